/**
 * Whether a kept simulation result still describes the plan: a fingerprint of each part of the
 * plan a run reads (tasks' scheduling fields, estimates, links, calendars, people's assignments,
 * risk events, the project's start and status date), kept with the result. A result whose
 * fingerprints differ from the plan's now is out of date, and the parts that differ say why.
 * Names, notes, board columns, costs and the like are left out: a run does not read them, so
 * renaming a task does not make its figures wrong.
 */
import type { Plan, SimulationInputs, SimulationSummary } from '../model';
import { riskEventsOf } from './inputs';

export const SIMULATION_INPUTS = ['tasks', 'estimates', 'links', 'calendars', 'assignments', 'risks', 'project'] as const;
/** A part of the plan a simulation reads. */
export type SimulationInput = (typeof SIMULATION_INPUTS)[number];

const byId = <T extends { readonly id: string }>(record: Readonly<Record<string, T>>): T[] =>
  Object.values(record).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * A 53-bit string hash (cyrb53, public domain), as hex. Not cryptographic: it tells a changed
 * plan from its earlier self, where a chance collision (about 1 in 9·10^15) only misses a notice.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** What a run reads of each part, in a fixed order (records sorted by id: a reloaded plan lists them in another order). */
function inputValues(plan: Plan): Record<SimulationInput, unknown> {
  const tasks = byId(plan.tasks);
  return {
    // Rank and parent order the network, and so which random draw each task gets. Only manual
    // tasks' stored dates are read (an auto task's are the engine's own output).
    tasks: tasks.map((t) => [
      t.id, t.parentId, t.rank, t.kind, t.durationMinutes, t.schedulingMode,
      t.schedulingMode === 'manual' ? [t.start, t.finish] : null, t.constraint.type, t.constraint.date, t.deadline,
      t.percentComplete, t.actualStart, t.actualFinish, t.calendarId, t.levelingDelayMinutes ?? 0, t.durationIsElapsed ?? false, t.splits ?? [],
    ]),
    estimates: tasks.flatMap((t) => (t.estimate ? [[t.id, t.estimate.optimisticMinutes, t.estimate.mostLikelyMinutes, t.estimate.pessimisticMinutes, t.estimate.distribution]] : [])),
    links: byId(plan.links).map((l) => [l.id, l.predecessorId, l.successorId, l.type, l.lagMinutes, l.lagIsElapsed]),
    calendars: byId(plan.calendars).map((c) => [c.id, c.baseCalendarId, c.workWeek, c.exceptions.map((e) => [e.from, e.to, e.isWorking, e.intervals, e.recurrence])]),
    assignments: [
      byId(plan.resources).map((r) => [r.id, r.type, r.calendarId]),
      byId(plan.assignments).map((a) => [a.id, a.taskId, a.resourceId, a.units, a.workMinutes]),
    ],
    risks: riskEventsOf(plan).map((r) => [r.id, r.probability, r.impactMinutes, r.taskIds]),
    project: [plan.project.start, plan.project.statusDate, plan.project.calendarId],
  };
}

/** The fingerprint of each part of the plan a simulation reads, to keep with its result. */
export function simulationInputs(plan: Plan): SimulationInputs {
  const values = inputValues(plan);
  return Object.fromEntries(SIMULATION_INPUTS.map((part) => [part, hashText(JSON.stringify(values[part]))]));
}

/**
 * The parts of the plan changed since the result was run, in SIMULATION_INPUTS order: empty when
 * the result describes the plan as it is; null when the result kept no fingerprints (run before
 * they were kept), so nothing can be said either way.
 */
export function changedInputs(plan: Plan, summary: Pick<SimulationSummary, 'inputs'>): readonly SimulationInput[] | null {
  const kept = summary.inputs;
  if (!kept) return null;
  const now = simulationInputs(plan);
  return SIMULATION_INPUTS.filter((part) => kept[part] !== now[part]);
}

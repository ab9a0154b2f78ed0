/**
 * Whether a kept simulation result still describes the plan: a fingerprint of each part of the
 * plan a run reads (tasks' scheduling fields, estimates, links, calendars, people's assignments,
 * risk events, the project's start and status date), kept with the result. A result whose
 * fingerprints differ from the plan's now is out of date, and the parts that differ say why.
 * Names, notes, board columns, costs and the like are left out: a run does not read them, so
 * renaming a task does not make its figures wrong.
 */
import type { Plan, SimulationInputs, SimulationSummary, Task } from '../model';
import { riskEventsOf } from './inputs';

export const SIMULATION_INPUTS = ['tasks', 'estimates', 'links', 'calendars', 'assignments', 'risks', 'project'] as const;
/** A part of the plan a simulation reads. */
export type SimulationInput = (typeof SIMULATION_INPUTS)[number];

const byId = <T extends { readonly id: string }>(record: Readonly<Record<string, T>>): T[] =>
  Object.values(record).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * A 53-bit string hash (cyrb53, public domain), fed text by text so that a long text made of
 * parts need not be joined first. Not cryptographic: it tells a changed plan from its earlier
 * self, where a chance collision (about 1 in 9·10^15) only misses a notice.
 */
class Cyrb53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  feed(text: string): this {
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** The hash of everything fed, as hex. */
  digest(): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  }
}

export function hashText(text: string): string {
  return new Cyrb53().feed(text).digest();
}

/** hashText of the JSON array whose elements' JSON texts are `texts`, without building it. */
function hashJsonArray(texts: readonly string[]): string {
  const hash = new Cyrb53().feed('[');
  texts.forEach((text, i) => { (i === 0 ? hash : hash.feed(',')).feed(text); });
  return hash.feed(']').digest();
}

/**
 * What a run reads of one task, as JSON text: its scheduling fields, and its estimate (null when
 * it has none). Rank and parent order the network, and so which random draw each task gets. Only
 * manual tasks' stored dates are read (an auto task's are the engine's own output).
 */
interface TaskTexts { readonly schedule: string; readonly estimate: string | null }

function taskTexts(t: Task): TaskTexts {
  return {
    schedule: JSON.stringify([
      t.id, t.parentId, t.rank, t.kind, t.durationMinutes, t.schedulingMode,
      t.schedulingMode === 'manual' ? [t.start, t.finish] : null, t.constraint.type, t.constraint.date, t.deadline,
      t.percentComplete, t.actualStart, t.actualFinish, t.calendarId, t.levelingDelayMinutes ?? 0, t.durationIsElapsed ?? false, t.splits ?? [],
    ]),
    estimate: t.estimate
      ? JSON.stringify([t.id, t.estimate.optimisticMinutes, t.estimate.mostLikelyMinutes, t.estimate.pessimisticMinutes, t.estimate.distribution])
      : null,
  };
}

/**
 * The fingerprints are read again on every edit while Schedule risk is shown, so each is kept by
 * the records it is made from. A plan is an immutable value (every edit goes through a command,
 * which makes new records for what it changes and keeps the rest, Immer's structural sharing):
 * an edit to one task writes that task's text again and joins the rest as they were, and the
 * parts it did not touch cost a lookup. 10,000 tasks, after a one-task edit: 64–131 ms each time
 * before (every record turned to JSON), see the simulation bench for now. The texts are joined
 * as JSON.stringify joins an array, so a fingerprint is the same as a whole-plan JSON one.
 */
const textsByTask = new WeakMap<Task, TaskTexts>();
const tasksParts = new WeakMap<object, { readonly tasks: string; readonly estimates: string }>();
const partByRecord: Record<'links' | 'calendars' | 'risks', WeakMap<object, string>> = { links: new WeakMap(), calendars: new WeakMap(), risks: new WeakMap() };
const assignmentsByResources = new WeakMap<object, WeakMap<object, string>>();

function kept<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const made = make();
  cache.set(key, made);
  return made;
}

const hashOf = (value: unknown): string => hashText(JSON.stringify(value));

/**
 * The tasks sorted by id. An edit's new tasks record has the same keys in the same order as the
 * one before, so the last order is checked (O(n)) and used again rather than sorted again.
 */
let lastTaskOrder: { readonly keys: readonly string[]; readonly sorted: readonly string[] } | null = null;
function tasksById(tasks: Plan['tasks']): Task[] {
  const keys = Object.keys(tasks);
  const last = lastTaskOrder;
  const sameKeys = last !== null && last.keys.length === keys.length && keys.every((key, i) => last.keys[i] === key);
  const sorted = sameKeys ? last.sorted : [...keys].sort((a, b) => {
    const x = tasks[a]?.id ?? a;
    const y = tasks[b]?.id ?? b;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  lastTaskOrder = { keys, sorted };
  return sorted.flatMap((key) => { const task = tasks[key]; return task ? [task] : []; });
}

function tasksAndEstimates(plan: Plan): { readonly tasks: string; readonly estimates: string } {
  return kept(tasksParts, plan.tasks, () => {
    const texts = tasksById(plan.tasks).map((t) => kept(textsByTask, t, () => taskTexts(t)));
    return {
      tasks: hashJsonArray(texts.map((t) => t.schedule)),
      estimates: hashJsonArray(texts.flatMap((t) => (t.estimate === null ? [] : [t.estimate]))),
    };
  });
}

/** The fingerprint of each part of the plan a simulation reads, to keep with its result (records sorted by id: a reloaded plan lists them in another order). */
export function simulationInputs(plan: Plan): SimulationInputs {
  const { tasks, estimates } = tasksAndEstimates(plan);
  const inputs: Record<SimulationInput, string> = {
    tasks,
    estimates,
    links: kept(partByRecord.links, plan.links, () => hashOf(byId(plan.links).map((l) => [l.id, l.predecessorId, l.successorId, l.type, l.lagMinutes, l.lagIsElapsed]))),
    calendars: kept(partByRecord.calendars, plan.calendars, () => hashOf(byId(plan.calendars)
      .map((c) => [c.id, c.baseCalendarId, c.workWeek, c.exceptions.map((e) => [e.from, e.to, e.isWorking, e.intervals, e.recurrence])]))),
    assignments: kept(kept(assignmentsByResources, plan.resources, () => new WeakMap<object, string>()), plan.assignments, () => hashOf([
      byId(plan.resources).map((r) => [r.id, r.type, r.calendarId]),
      byId(plan.assignments).map((a) => [a.id, a.taskId, a.resourceId, a.units, a.workMinutes]),
    ])),
    risks: kept(partByRecord.risks, plan.risks, () => hashOf(riskEventsOf(plan).map((r) => [r.id, r.probability, r.impactMinutes, r.taskIds]))),
    project: hashOf([plan.project.start, plan.project.statusDate, plan.project.calendarId]),
  };
  return inputs;
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

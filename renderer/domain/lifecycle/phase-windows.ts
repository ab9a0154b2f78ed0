/**
 * A lifecycle phase's dates come from its tasks: it starts when its first task starts and ends
 * when its last task finishes, so a phase is never typed twice. A task belongs to the phase it
 * shows (its own, else its summary's: model/phase.ts for the fixed labels, model/phases.ts for
 * phase objects).
 */
import {
  effectivePhase, orderedPhases, phaseOfTask, PHASES, type LifecyclePhase, type LocalDateTime, type Phase, type PhaseId, type Plan, type Task,
} from '../model';
import type { ScheduleResult } from '../schedule';

export interface PhaseWindow {
  readonly phase: Phase;
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  /** Leaf tasks and milestones in the phase (summaries are counted through their children). */
  readonly taskCount: number;
  /** Duration-weighted % complete of those tasks, 0..100. */
  readonly percentComplete: number;
}

/** A phase object's window: the same figures, keyed by the phase's id. */
export interface PhaseObjectWindow extends Omit<PhaseWindow, 'phase'> {
  readonly phaseId: PhaseId;
  /** The tasks counted, for comparing with a baseline. */
  readonly taskIds: readonly Task['id'][];
}

interface Acc { start: LocalDateTime; finish: LocalDateTime; count: number; weight: number; done: number; ids: Task['id'][] }

/** Groups the scheduled leaf tasks by `keyOf` (null = in no phase). */
function accumulate<K>(plan: Plan, schedule: ScheduleResult, keyOf: (task: Task) => K | null): Map<K, Acc> {
  const acc = new Map<K, Acc>();
  for (const task of Object.values(plan.tasks)) {
    const scheduled = schedule.tasks.get(task.id);
    if (!scheduled || scheduled.isSummary) continue;
    const key = keyOf(task);
    if (key === null) continue;
    const weight = Math.max(scheduled.durationMinutes, 1);
    const a = acc.get(key);
    if (!a) {
      acc.set(key, { start: scheduled.start, finish: scheduled.finish, count: 1, weight, done: weight * scheduled.percentComplete, ids: [task.id] });
      continue;
    }
    if (scheduled.start < a.start) a.start = scheduled.start;
    if (scheduled.finish > a.finish) a.finish = scheduled.finish;
    a.count += 1;
    a.weight += weight;
    a.done += weight * scheduled.percentComplete;
    a.ids.push(task.id);
  }
  return acc;
}

const figures = (a: Acc) => ({ start: a.start, finish: a.finish, taskCount: a.count, percentComplete: Math.round(a.done / a.weight) });

/** The fixed-label phases that have tasks, in lifecycle order. */
export function phaseWindows(plan: Plan, schedule: ScheduleResult): PhaseWindow[] {
  const acc = accumulate(plan, schedule, (task) => effectivePhase(plan.tasks, task));
  return PHASES.flatMap((phase) => {
    const a = acc.get(phase);
    return a ? [{ phase, ...figures(a) }] : [];
  });
}

/** The phase objects that have tasks, in their order. */
export function phaseObjectWindows(plan: Plan, schedule: ScheduleResult): PhaseObjectWindow[] {
  const acc = accumulate(plan, schedule, (task) => phaseOfTask(plan, task));
  return orderedPhases(plan.phases).flatMap((phase) => {
    const a = acc.get(phase.id);
    return a ? [{ phaseId: phase.id, ...figures(a), taskIds: a.ids }] : [];
  });
}

/** A phase's window under the name it shows: a phase object's, else a fixed label's. */
export interface NamedPhaseWindow extends Omit<PhaseWindow, 'phase'> {
  /** The phase id, else the fixed label: unique within the plan. */
  readonly key: string;
  readonly name: string;
  /** The phase object, for its colour; absent in plans without phase objects. */
  readonly phase?: LifecyclePhase;
  /** The fixed label, in plans without phase objects. */
  readonly lifecycle?: Phase;
}

/**
 * The phases that have tasks, in order, as each project names them: its phase objects (renamed,
 * added, reordered), or the five fixed labels in a plan without any. The portfolio's bands.
 */
export function namedPhaseWindows(plan: Plan, schedule: ScheduleResult): NamedPhaseWindow[] {
  if (Object.keys(plan.phases).length === 0) {
    return phaseWindows(plan, schedule).map(({ phase, ...figures }) => ({ ...figures, key: phase, name: `${phase.charAt(0).toUpperCase()}${phase.slice(1)}`, lifecycle: phase }));
  }
  return phaseObjectWindows(plan, schedule).flatMap(({ phaseId, taskIds: _ids, ...figures }) => {
    const phase = plan.phases[phaseId];
    return phase ? [{ ...figures, key: phaseId, name: phase.name, phase }] : [];
  });
}

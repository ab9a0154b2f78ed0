/**
 * A lifecycle phase's dates come from its tasks: it starts when its first task starts and ends
 * when its last task finishes, so a phase is never typed twice. A task belongs to the phase it
 * shows (its own, else its summary's: model/phase.ts for the fixed labels, model/phases.ts for
 * phase objects).
 */
import {
  changedIdsSince, effectivePhase, orderedPhases, phaseOfTask, phaseResolver, PHASES, type LifecyclePhase, type LocalDateTime, type Phase, type PhaseId,
  type Plan, type Task,
} from '../model';
import { ScheduleTable, type ScheduleResult, type TaskSchedule } from '../schedule';

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
    acc.set(key, withMember(acc.get(key), task.id, scheduled));
  }
  return acc;
}

/** `a` with one more scheduled task counted (a new Acc when there was none). */
function withMember(a: Acc | null | undefined, id: Task['id'], scheduled: TaskSchedule): Acc {
  const weight = Math.max(scheduled.durationMinutes, 1);
  if (!a) return { start: scheduled.start, finish: scheduled.finish, count: 1, weight, done: weight * scheduled.percentComplete, ids: [id] };
  if (scheduled.start < a.start) a.start = scheduled.start;
  if (scheduled.finish > a.finish) a.finish = scheduled.finish;
  a.count += 1;
  a.weight += weight;
  a.done += weight * scheduled.percentComplete;
  a.ids.push(id);
  return a;
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
  if (Object.keys(plan.phases).length === 0) return [];
  // phaseResolver is phaseOfTask's rule with the phases sorted once and each summary answered once.
  const acc = accumulate(plan, schedule, phaseResolver(plan));
  return orderedPhases(plan.phases).flatMap((phase) => {
    const a = acc.get(phase.id);
    return a ? [{ phaseId: phase.id, ...figures(a), taskIds: a.ids }] : [];
  });
}

interface KeptWindows {
  readonly tasks: Plan['tasks'];
  readonly phases: Plan['phases'];
  readonly table: ScheduleTable;
  /** Each counted task's phase. */
  readonly phaseOf: Map<string, PhaseId>;
  /** Each phase's counted tasks. */
  readonly members: Map<PhaseId, Set<string>>;
  readonly windows: PhaseObjectWindow[];
}

const NO_WINDOWS: readonly PhaseObjectWindow[] = [];

/** The phase a task's window counts it in: a scheduled leaf's phase, else none. */
function countedPhase(plan: Plan, schedule: ScheduleResult, task: Task | undefined): PhaseId | null {
  // The phase first: a task in no phase needs no TaskSchedule built.
  const phase = task ? phaseOfTask(plan, task) : null;
  if (!task || phase === null) return null;
  const scheduled = schedule.tasks.get(task.id);
  return scheduled && !scheduled.isSummary ? phase : null;
}

/** A phase's window from its members, or null when it has none. */
function windowOf(schedule: ScheduleResult, phaseId: PhaseId, ids: ReadonlySet<string>): PhaseObjectWindow | null {
  let a: Acc | null = null;
  for (const id of ids) {
    const s = schedule.tasks.get(id as Task['id']);
    if (s) a = withMember(a, id as Task['id'], s);
  }
  return a ? { phaseId, ...figures(a), taskIds: a.ids } : null;
}

function keepAll(plan: Plan, schedule: ScheduleResult, table: ScheduleTable): KeptWindows {
  const windows = phaseObjectWindows(plan, schedule);
  const phaseOf = new Map<string, PhaseId>();
  const members = new Map<PhaseId, Set<string>>();
  for (const w of windows) {
    members.set(w.phaseId, new Set(w.taskIds));
    for (const id of w.taskIds) phaseOf.set(id, w.phaseId);
  }
  return { tasks: plan.tasks, phases: plan.phases, table, phaseOf, members, windows };
}

/**
 * The tasks whose counting may have changed since `kept`, or null when the change can reach
 * tasks it does not name: the phases, a task's parent or phase (its subtasks follow it), or a
 * schedule of another network.
 */
function touchedSince(kept: KeptWindows, plan: Plan, table: ScheduleTable): Set<string> | null {
  if (kept.phases !== plan.phases) return null;
  const edited = changedIdsSince(kept.tasks, plan.tasks);
  const moved = table.changedSince(kept.table);
  if (!edited || !moved) return null;
  for (const id of edited) {
    const before = kept.tasks[id];
    const after = plan.tasks[id];
    if (before && after && (before.parentId !== after.parentId || before.phase !== after.phase || before.phaseId !== after.phaseId)) return null;
  }
  return new Set([...edited, ...moved]);
}

/**
 * phaseObjectWindows kept from one schedule to the next: after an edit it recounts only the
 * phases of the tasks the edit or the engine changed (a 10,000-task plan's windows walked every
 * task on every edit). Equal to phaseObjectWindows up to the order of each window's taskIds.
 */
export function createPhaseObjectWindows(): (plan: Plan, schedule: ScheduleResult) => readonly PhaseObjectWindow[] {
  let kept: KeptWindows | null = null;
  return (plan, schedule) => {
    // Without phase objects there are no windows: no task is read (an edit compared every task
    // the engine moved, building its TaskSchedule, to count it in no phase).
    if (Object.keys(plan.phases).length === 0) {
      kept = null;
      return NO_WINDOWS;
    }
    const table = schedule.tasks;
    if (!(table instanceof ScheduleTable)) {
      kept = null;
      return phaseObjectWindows(plan, schedule);
    }
    const touched = kept ? touchedSince(kept, plan, table) : null;
    if (!kept || !touched) return (kept = keepAll(plan, schedule, table)).windows;
    const dirty = new Set<PhaseId>();
    for (const id of touched) {
      const was = kept.phaseOf.get(id) ?? null;
      const now = countedPhase(plan, schedule, plan.tasks[id]);
      if (was !== null) dirty.add(was);
      if (now !== null) dirty.add(now);
      if (was === now) continue;
      if (was !== null) kept.members.get(was)?.delete(id);
      if (now === null) kept.phaseOf.delete(id);
      else {
        kept.phaseOf.set(id, now);
        const set = kept.members.get(now);
        if (set) set.add(id);
        else kept.members.set(now, new Set([id]));
      }
    }
    let windows = kept.windows;
    if (dirty.size > 0) {
      windows = orderedPhases(plan.phases).flatMap((phase) => {
        const old = kept?.windows.find((w) => w.phaseId === phase.id) ?? null;
        const next = dirty.has(phase.id) ? windowOf(schedule, phase.id, kept?.members.get(phase.id) ?? new Set()) : old;
        return next ? [next] : [];
      });
    }
    kept = { ...kept, tasks: plan.tasks, table, windows };
    return windows;
  };
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

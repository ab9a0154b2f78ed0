/**
 * Comparing the open plan with another version of it: a plan file (a colleague's copy, an MSPDI),
 * an older snapshot, or a saved baseline. Besides the diff, a comparison carries the other
 * version's dates as a Baseline keyed by the open plan's task ids, so the Gantt draws them with
 * its one baseline mechanism (ghost bars), and the tasks only the other version has, listed
 * beside the chart since they have no row of their own.
 */
import type { NotCarried } from '../formats/not-carried';
import type { Baseline, BaselineId, BaselineTask, LocalDateTime, Plan, TaskId } from '../model';
import { createScheduler } from '../schedule/scheduler';
import type { KnownSchedule } from '../schedule/scheduled-plan';
import { entityLabel } from './describe';
import { diffPlans } from './diff-plans';
import { durationTexts } from './duration-texts';
import type { DateChange, EntityChange, PlanDiff } from './types';

/** A task the other version has and the open plan does not, with its dates there (when known). */
export interface GhostOnly {
  readonly id: string;
  readonly label: string;
  readonly start?: LocalDateTime;
  readonly finish?: LocalDateTime;
}

export interface Comparison {
  /**
   * From the other version to the open plan when it is older (a baseline, a snapshot: "added"
   * means added since), else from the open plan to the other (a copy: "added" is in their copy).
   */
  readonly diff: PlanDiff;
  readonly isOtherOlder: boolean;
  /** The other version's dates by the open plan's task ids, for the Gantt's ghost bars. */
  readonly ghost: Baseline;
  readonly onlyInOther: readonly GhostOnly[];
}

const GHOST_ID = 'comparison' as BaselineId;

function ghostBaseline(name: string, tasks: Readonly<Record<string, BaselineTask>>): Baseline {
  return { id: GHOST_ID, number: -1, name, savedAt: '', tasks };
}

export interface ComparePlanOptions {
  readonly name: string;
  readonly isOtherOlder: boolean;
  /** What the other plan's file has no place for, so its reader made it up (formats/not-carried.ts): no change. */
  readonly otherNotCarried?: NotCarried;
}

/** The open plan compared with another plan (a file or a snapshot). */
export function compareWithPlan(current: Plan, currentSchedule: KnownSchedule | null, other: Plan, options: ComparePlanOptions): Comparison {
  const scheduler = createScheduler();
  const known = currentSchedule ?? scheduler.schedule(current);
  const otherSchedule = scheduler.schedule(other);
  const made = options.otherNotCarried;
  const diff = options.isOtherOlder
    ? diffPlans(other, current, { schedules: { a: otherSchedule, b: known }, notCarried: { a: made } })
    : diffPlans(current, other, { schedules: { a: known, b: otherSchedule }, notCarried: { b: made } });
  // The diff's renames run from its first plan's ids to its second's.
  const renames = diff.renames.tasks ?? {};
  const currentToOther = options.isOtherOlder ? Object.fromEntries(Object.entries(renames).map(([o, c]) => [c, o])) : renames;
  const tasks: Record<string, BaselineTask> = {};
  for (const id of Object.keys(current.tasks)) {
    const otherId = currentToOther[id] ?? id;
    const task = other.tasks[otherId];
    const dates = otherSchedule.tasks.get(otherId as TaskId);
    if (task !== undefined && dates !== undefined) tasks[id] = { start: dates.start, finish: dates.finish, durationMinutes: task.durationMinutes, workMinutes: 0, cost: 0 };
  }
  // Their tasks the open plan lacks: removed since (older) or added in their copy.
  const lacking = options.isOtherOlder ? 'remove' : 'add';
  const onlyInOther = diff.changes.filter((c) => c.collection === 'tasks' && c.op === lacking).map((c): GhostOnly => {
    const dates = otherSchedule.tasks.get(c.id as TaskId);
    return { id: c.id, label: c.label, ...(dates ? { start: dates.start, finish: dates.finish } : {}) };
  });
  return { diff, isOtherOlder: options.isOtherOlder, ghost: ghostBaseline(options.name, tasks), onlyInOther };
}

/**
 * The open plan compared with one of its baselines (always older). A baseline keeps each task's
 * dates, duration, work and cost by task id, not the task itself: a task deleted since is named
 * by its id, and only durations and the scheduled dates are compared.
 */
export function compareWithBaseline(current: Plan, currentSchedule: KnownSchedule | null, baseline: Baseline): Comparison {
  const known = currentSchedule ?? createScheduler().schedule(current);
  const changes: EntityChange[] = [];
  const dateChanges: DateChange[] = [];
  const taskMatches: Record<string, 'id'> = {};
  const onlyInOther: GhostOnly[] = [];
  for (const id of Object.keys(baseline.tasks).sort()) {
    const base = baseline.tasks[id];
    const task = current.tasks[id];
    if (base === undefined) continue;
    if (task === undefined) {
      const label = `task ${id} (deleted since the baseline)`;
      changes.push({ key: `tasks/${id}`, collection: 'tasks', id, op: 'remove', category: 'removed', label, before: base });
      onlyInOther.push({ id, label, start: base.start, finish: base.finish });
      continue;
    }
    taskMatches[id] = 'id';
    const label = entityLabel('tasks', task);
    if (base.durationMinutes !== task.durationMinutes && task.kind !== 'summary') {
      changes.push({ key: `tasks/${id}/durationMinutes`, collection: 'tasks', id, op: 'update', category: 'duration', label, field: 'durationMinutes', before: base.durationMinutes, after: task.durationMinutes, match: 'id' });
    }
    const now = known.tasks.get(id as TaskId);
    if (now === undefined) continue;
    for (const field of ['start', 'finish'] as const) {
      if (base[field] !== now[field]) dateChanges.push({ taskId: id, label, field, before: base[field], after: now[field] });
    }
  }
  for (const id of Object.keys(current.tasks).sort()) {
    const task = current.tasks[id];
    if (task !== undefined && baseline.tasks[id] === undefined) {
      changes.push({ key: `tasks/${id}`, collection: 'tasks', id, op: 'add', category: 'added', label: entityLabel('tasks', task), after: task });
    }
  }
  // In id order, as a plan diff lists its changes.
  changes.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  // A baseline keeps no day length or elapsed flag of its own: its durations read in the plan's.
  const diff: PlanDiff = { changes, renames: {}, dateChanges, taskMatches, valueTexts: durationTexts(changes, current, current) };
  return { diff, isOtherOlder: true, ghost: baseline, onlyInOther };
}

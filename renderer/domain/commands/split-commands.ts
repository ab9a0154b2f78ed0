/**
 * Splitting a task's work, as MS Project's Split Task does: the work stops after some of the
 * duration and resumes after a gap; the duration (work time) is unchanged, the finish and every
 * successor move by the gap. Both numbers are working minutes on the task's calendar (see
 * Task.splits), so the pieces follow the task when it moves.
 */
import type { TaskId } from '../model/ids';
import type { TaskSplit } from '../model/plan';
import { defineCommand } from './command';

export interface SplitTaskArgs {
  readonly id: TaskId;
  /** Working minutes of the duration done before the gap: strictly inside the duration. */
  readonly afterWorkMinutes: number;
  /** Working minutes without work; more than zero. */
  readonly gapMinutes: number;
}

/** Adds a gap at a point of the work; a second gap at the same point lengthens the first. */
function withSplit(splits: readonly TaskSplit[], add: TaskSplit): TaskSplit[] {
  const same = splits.find((s) => s.afterWorkMinutes === add.afterWorkMinutes);
  const rest = splits.filter((s) => s !== same);
  const merged = same ? { afterWorkMinutes: add.afterWorkMinutes, gapMinutes: same.gapMinutes + add.gapMinutes } : add;
  return [...rest, merged].sort((a, b) => a.afterWorkMinutes - b.afterWorkMinutes);
}

export const splitTask = defineCommand<SplitTaskArgs>({
  name: 'splitTask',
  label: () => 'Split task',
  apply(draft, args) {
    const task = draft.tasks[args.id];
    if (!task) return { message: 'That task no longer exists.' };
    const where = `Task '${task.name}'`;
    if (task.kind !== 'task') return { message: 'Only a task with work can be split (not a summary or a milestone).', where };
    if (task.durationIsElapsed === true) return { message: 'A task that runs round the clock (elapsed duration) cannot be split.', where };
    const after = Math.round(args.afterWorkMinutes);
    const gap = Math.round(args.gapMinutes);
    if (!(after > 0 && after < task.durationMinutes)) return { message: 'A split must fall inside the task\'s work, after its start and before its finish.', where };
    if (!(gap > 0)) return { message: 'A split needs a gap of working time.', where };
    task.splits = withSplit(task.splits ?? [], { afterWorkMinutes: after, gapMinutes: gap });
    return undefined;
  },
});

export const joinTask = defineCommand<{ readonly id: TaskId }>({
  name: 'joinTask',
  label: () => 'Remove splits',
  apply(draft, args) {
    const task = draft.tasks[args.id];
    if (!task) return { message: 'That task no longer exists.' };
    if ((task.splits?.length ?? 0) === 0) return { message: 'This task is not split.', where: `Task '${task.name}'` };
    delete task.splits;
    return undefined;
  },
});

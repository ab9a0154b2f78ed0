/**
 * Edits of several rows at once (a multi-row selection, Ctrl+D fill down): one command, so the
 * whole edit is one undo step. Each row goes through the single-row command's own rules.
 */
import type { ResourceId, TaskId } from '../model/ids';
import type { Problem } from '../model/result';
import { defineCommand } from './command';
import { labelForTaskChanges } from './task-changes';
import { updateTask, type UpdateTaskArgs } from './task-commands';
import { setAssignees } from './team-commands';

export interface UpdateTasksArgs {
  /** Each row's edit, as updateTask takes it (with the engine's dates for a typed % complete). */
  readonly edits: readonly UpdateTaskArgs[];
}

export const updateTasks = defineCommand<UpdateTasksArgs>({
  name: 'updateTasks',
  label: (args) => {
    const first = args.edits[0];
    const what = first ? labelForTaskChanges(first.changes) : 'Edit tasks';
    return args.edits.length === 1 ? what : `${what} (${String(args.edits.length)} rows)`;
  },
  apply(draft, args, ctx) {
    if (args.edits.length === 0) return { message: 'No rows are selected.' };
    for (const edit of args.edits) {
      const problem = updateTask.apply(draft, edit, ctx);
      if (problem) return problem;
    }
    return undefined;
  },
});

export interface AssignToTasksArgs {
  readonly taskIds: readonly TaskId[];
  readonly resourceIds: readonly ResourceId[];
}

/** The same people on every chosen row; summaries are passed over (people work on their subtasks). */
export const assignToTasks = defineCommand<AssignToTasksArgs>({
  name: 'assignToTasks',
  label: (args) => (args.taskIds.length === 1 ? 'Assign people' : `Assign people (${String(args.taskIds.length)} rows)`),
  apply(draft, args, ctx) {
    const workRows = args.taskIds.filter((id) => draft.tasks[id] && draft.tasks[id]?.kind !== 'summary');
    if (workRows.length === 0) return { message: 'Summary tasks take no people: assign people to their subtasks.' };
    let problem: Problem | undefined;
    for (const taskId of workRows) {
      problem = setAssignees.apply(draft, { taskId, resourceIds: args.resourceIds }, ctx);
      if (problem) return problem;
    }
    return undefined;
  },
});

/**
 * The Task Information dialog's OK: the task's fields, its predecessors and its people in ONE
 * undoable edit, built from the commands that own each part (updateTask, setPredecessors,
 * setAssignees), so every rule is checked where it always is and a refusal leaves the plan as it was.
 */
import type { ResourceId, TaskId } from '../model/ids';
import { defineCommand } from './command';
import { setPredecessors, type PredecessorInput } from './predecessor-commands';
import { setAssignees } from './team-commands';
import { updateTask } from './task-commands';
import type { TaskChanges } from './task-changes';

export interface AssignmentInput {
  readonly resourceId: ResourceId;
  /** 1 = 100 %. */
  readonly units: number;
  /** Planned work in minutes; null = duration x units. */
  readonly workMinutes: number | null;
}

export interface EditTaskInformationArgs {
  readonly taskId: TaskId;
  readonly changes: TaskChanges;
  /** Replaces the task's predecessors when given. */
  readonly predecessors?: readonly PredecessorInput[];
  /** Replaces the task's people when given. */
  readonly assignments?: readonly AssignmentInput[];
}

export const editTaskInformation = defineCommand<EditTaskInformationArgs>({
  name: 'editTaskInformation',
  label: () => 'Edit task information',
  apply(draft, args, ctx) {
    const task = draft.tasks[args.taskId];
    if (!task) return { message: 'That task no longer exists.' };
    if (Object.keys(args.changes).length > 0) {
      const problem = updateTask.apply(draft, { id: args.taskId, changes: args.changes }, ctx);
      if (problem) return problem;
    }
    if (args.predecessors) {
      const problem = setPredecessors.apply(draft, { taskId: args.taskId, predecessors: args.predecessors }, ctx);
      if (problem) return problem;
    }
    if (args.assignments) {
      const where = `Task '${task.name}', Resources`;
      for (const a of args.assignments) {
        const person = draft.resources[a.resourceId]?.name ?? 'that person';
        if (!(a.units > 0 && a.units <= 10)) return { message: `Units for ${person} must be more than 0 % and at most 1000 %.`, where };
        if (a.workMinutes !== null && !(a.workMinutes >= 0)) return { message: `Work for ${person} must be zero or more.`, where };
      }
      const problem = setAssignees.apply(draft, { taskId: args.taskId, resourceIds: args.assignments.map((a) => a.resourceId) }, ctx);
      if (problem) return problem;
      const wanted = new Map(args.assignments.map((a) => [a.resourceId as string, a]));
      for (const assignment of Object.values(draft.assignments)) {
        const input = assignment.taskId === args.taskId ? wanted.get(assignment.resourceId) : undefined;
        if (!input) continue;
        if (assignment.units !== input.units) assignment.units = input.units;
        if (assignment.workMinutes !== input.workMinutes) assignment.workMinutes = input.workMinutes;
      }
    }
    return undefined;
  },
});

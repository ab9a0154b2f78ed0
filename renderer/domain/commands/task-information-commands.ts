/**
 * The Task Information dialog's OK: the task's fields, its predecessors and its people in ONE
 * undoable edit, built from the commands that own each part (updateTask, setPredecessors,
 * setAssignees), so every rule is checked where it always is and a refusal leaves the plan as it was.
 */
import type { ColumnId, ResourceId, TaskId } from '../model/ids';
import type { ScheduledDates, StartChoice } from '../board/progress-rules';
import { setStatus } from './board-commands';
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
  /**
   * The engine's dates of the task: a % complete typed in the dialog records them as actual dates
   * (updateTask), unless the same edit changes its predecessors, which may move those dates.
   */
  readonly scheduled?: ScheduledDates;
  /**
   * A new status, applied by the board's own rule (setStatus): progress and actual dates follow
   * it, with the person's answer when it would start the task before the schedule allows. Applied
   * before `changes`, so a % complete or actual date typed in the dialog wins.
   */
  readonly status?: {
    readonly columnId: ColumnId;
    readonly scheduled?: ScheduledDates;
    readonly start?: StartChoice;
  };
}

export const editTaskInformation = defineCommand<EditTaskInformationArgs>({
  name: 'editTaskInformation',
  label: () => 'Edit task information',
  apply(draft, args, ctx) {
    const task = draft.tasks[args.taskId];
    if (!task) return { message: 'That task no longer exists.' };
    if (args.status) {
      const column = draft.columns[args.status.columnId];
      if (!column) return { message: 'That status column no longer exists.', where: `Task '${task.name}', Status` };
      const from = draft.columns[task.statusId]?.category ?? 'not-started';
      setStatus(draft, args.taskId, from, column, ctx, {
        ...(args.status.scheduled ? { scheduled: args.status.scheduled } : {}), ...(args.status.start ? { start: args.status.start } : {}),
      });
    }
    if (Object.keys(args.changes).length > 0) {
      const problem = updateTask.apply(draft, { id: args.taskId, changes: args.changes, ...(args.scheduled && !args.predecessors ? { scheduled: args.scheduled } : {}) }, ctx);
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
        if (!(a.units > 0 && a.units <= 10)) return { message: `Units for ${person} must be more than 0% and at most 1000%.`, where };
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

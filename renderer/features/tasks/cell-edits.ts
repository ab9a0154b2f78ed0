/**
 * What typing into a table cell means, as MS Project users expect it: a start typed on an
 * auto-scheduled task becomes a start-no-earlier-than constraint; a finish changes the duration;
 * predecessors are row numbers. Returns the command to dispatch, or a message saying what is wrong.
 */
import { typedDurationTooLong, typedFinishTooLate, typedLagTooLong, type ArgsOf, type CommandName, type TaskChanges } from '../../domain/commands';
import {
  fromWallMinutes, fullOutline, parseDuration, parsePredecessors, PRIORITY_LEVELS, priorityValue, toWallMinutes,
  type ColumnId, type LocalDateTime, type Plan, type Problem, type Task, type TaskId,
} from '../../domain/model';
import { calendarForTask, type ScheduleResult } from '../../domain/schedule';
import { readTypedDate } from '../../components/locale-date';
import { formatDate } from '../shared/format';
import { scheduledDates } from '../shared/schedule';
import { phaseChoiceChanges } from './phase-cells';

export type EditableColumn = 'name' | 'duration' | 'start' | 'finish' | 'predecessors' | 'percent' | DatedField;

/** Date columns typed as a date and cleared by an empty cell, as MS Project's Deadline and Actual Start/Finish. */
export type DatedField = 'deadline' | 'actualStart' | 'actualFinish';

export type CellEdit =
  | { readonly name: 'updateTask'; readonly args: ArgsOf<'updateTask'> }
  | { readonly name: 'setPredecessors'; readonly args: ArgsOf<'setPredecessors'> };

export function cellEdit(
  plan: Plan, schedule: ScheduleResult | null, task: Task, column: EditableColumn, text: string,
): CellEdit | Problem {
  const where = `Task '${task.name}'`;
  const units = plan.project;
  switch (column) {
    case 'name':
      return { name: 'updateTask', args: { id: task.id, changes: { name: text } } };
    case 'duration': {
      const parsed = parseDuration(text, units);
      if (!parsed) return { message: `'${text}' is not a duration. Try 3d, 4h, 2w, or 2ed for elapsed days.`, where };
      if (parsed.minutes < 0) return { message: `'${text}' is negative: a duration is zero or more, such as 0d for a milestone or 3d.`, where };
      const tooLong = typedDurationTooLong(text, units);
      if (tooLong !== undefined) return { message: tooLong, where };
      return { name: 'updateTask', args: { id: task.id, changes: { durationMinutes: parsed.minutes, durationIsElapsed: parsed.isElapsed } } };
    }
    case 'start':
      return startEdit(plan, task, text, where);
    case 'finish':
      return finishEdit(plan, schedule, task, text, where);
    case 'predecessors':
      return predecessorEdit(plan, task.id, text, where);
    case 'percent': {
      const value = Number(text.replace('%', '').trim());
      if (!Number.isFinite(value) || value < 0 || value > 100) return { message: `'${text}' is not a percentage from 0 to 100.`, where };
      return { name: 'updateTask', args: { id: task.id, changes: { percentComplete: Math.round(value) }, ...scheduledDates(plan, schedule, task.id) } };
    }
    case 'deadline':
    case 'actualStart':
    case 'actualFinish':
      return datedFieldEdit(plan, schedule, task, column, text, where);
    default: {
      const never: never = column;
      return never;
    }
  }
}

/**
 * A deadline or an actual date, typed: the day at the project's default finish time (a deadline
 * and an actual finish end the day, as MS Project sets them) or start time (an actual start); an
 * empty cell clears it. Actual dates are checked against each other by the command. An actual
 * finish carries the engine's dates: it completes the task, which then started as scheduled.
 */
function datedFieldEdit(plan: Plan, schedule: ScheduleResult | null, task: Task, field: DatedField, text: string, where: string): CellEdit | Problem {
  const scheduled = field === 'actualFinish' ? scheduledDates(plan, schedule, task.id) : {};
  if (text.trim() === '') return { name: 'updateTask', args: { id: task.id, changes: { [field]: null }, ...scheduled } };
  const read = readTypedDate(text);
  if (!read.ok) return { message: read.message, where };
  const time = field === 'actualStart' ? plan.project.defaultStartTime : plan.project.defaultFinishTime;
  return { name: 'updateTask', args: { id: task.id, changes: { [field]: `${read.date}T${time}` as LocalDateTime }, ...scheduled } };
}

function startEdit(plan: Plan, task: Task, text: string, where: string): CellEdit | Problem {
  const read = readTypedDate(text);
  if (!read.ok) return { message: read.message, where };
  const date = read.date;
  const start = `${date}T${plan.project.defaultStartTime}` as LocalDateTime;
  if (task.schedulingMode === 'manual') {
    const length = toWallMinutes(task.finish) - toWallMinutes(task.start);
    const finish = fromWallMinutes(toWallMinutes(start) + length);
    return { name: 'updateTask', args: { id: task.id, changes: { start, finish } } };
  }
  return { name: 'updateTask', args: { id: task.id, changes: { constraint: { type: 'SNET', date: start } } } };
}

function finishEdit(plan: Plan, schedule: ScheduleResult | null, task: Task, text: string, where: string): CellEdit | Problem {
  const read = readTypedDate(text);
  if (!read.ok) return { message: read.message, where };
  const date = read.date;
  const finish = `${date}T${plan.project.defaultFinishTime}` as LocalDateTime;
  const start = schedule?.tasks.get(task.id)?.start ?? task.start;
  if (finish < start) return { message: `Finish ${formatDate(date)} is before the task's start ${formatDate(start)}.`, where };
  const calendar = calendarForTask(plan, task);
  const tooLate = typedFinishTooLate({ text, start, finish }, calendar, plan.project);
  if (tooLate !== undefined) return { message: tooLate, where };
  if (task.schedulingMode === 'manual') return { name: 'updateTask', args: { id: task.id, changes: { finish } } };
  const minutes = calendar.workingBetween(toWallMinutes(start), toWallMinutes(finish));
  return { name: 'updateTask', args: { id: task.id, changes: { durationMinutes: minutes }, typedField: 'finish' } };
}

function predecessorEdit(plan: Plan, taskId: TaskId, text: string, where: string): CellEdit | Problem {
  const parsed = parsePredecessors(text, plan.project);
  if (!parsed.ok) return { ...parsed.error, where };
  const rows = fullOutline(plan.tasks);
  const predecessors = [];
  const seen = new Set<number>();
  for (const spec of parsed.value) {
    const row = rows[spec.row - 1];
    if (!row) return { message: `There is no row ${String(spec.row)}.`, where };
    // One link per pair of tasks (MS Project's rule): a row typed twice is a slip, said as such.
    if (seen.has(spec.row)) return { message: `Row ${String(spec.row)} ('${row.task.name}') is listed twice; a task can follow another only once.`, where };
    seen.add(spec.row);
    const tooLong = typedLagTooLong(spec, plan.project);
    if (tooLong !== undefined) return { message: tooLong, where };
    predecessors.push({ predecessorId: row.task.id, type: spec.type, lagMinutes: spec.lagMinutes, lagIsElapsed: spec.lagIsElapsed });
  }
  return { name: 'setPredecessors', args: { taskId, predecessors } };
}

type Dispatch = <N extends CommandName>(name: N, args: ArgsOf<N>) => Problem | null;

/** Dispatches a cell edit; the switch keeps each command paired with its own argument type. */
export function dispatchCellEdit(dispatch: Dispatch, edit: CellEdit): Problem | null {
  switch (edit.name) {
    case 'updateTask': return dispatch(edit.name, edit.args);
    case 'setPredecessors': return dispatch(edit.name, edit.args);
    default: {
      const never: never = edit;
      return never;
    }
  }
}

/** A choice made in a select cell (phase, priority, status) as task changes; '' phase = none. */
export function choiceChanges(plan: Pick<Plan, 'phases'>, editor: 'phase' | 'priority' | 'status', value: string): TaskChanges | Problem {
  switch (editor) {
    case 'phase': return phaseChoiceChanges(plan, value);
    case 'priority': {
      const level = PRIORITY_LEVELS.find((p) => p === value);
      return level ? { priority: priorityValue(level) } : { message: `'${value}' is not a priority.` };
    }
    case 'status': return { statusId: value as ColumnId };
    default: {
      const never: never = editor;
      return never;
    }
  }
}

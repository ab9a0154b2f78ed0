/** Which task fields an edit may change, how they are validated, and how the edit is labelled. */
import type { Task } from '../model/plan';
import { CONSTRAINT_TYPES, PHASES } from '../model/plan';
import type { Problem } from '../model/result';
import { minutesInTypedUnit, parseDuration, type DurationUnits } from '../model/duration';
import { addDays, atTime, dateOf, fromWallMinutes, toWallMinutes, type LocalDate, type LocalDateTime } from '../model/time';
import type { WorkingCalendar } from '../calendar';
import { MAX_SPAN_MINUTES } from '../formats/plan-bounds';

export type EditableTaskField =
  | 'name' | 'notes' | 'kind' | 'durationMinutes' | 'schedulingMode' | 'start' | 'finish' | 'constraint'
  | 'deadline' | 'percentComplete' | 'actualStart' | 'actualFinish' | 'statusId' | 'boardRank' | 'priority'
  | 'phase' | 'phaseId' | 'tags' | 'calendarId' | 'levelingDelayMinutes' | 'durationIsElapsed' | 'extra';

export type TaskChanges = Partial<Pick<Task, EditableTaskField>>;

const LABELS: Partial<Record<EditableTaskField, string>> = {
  name: 'Rename task',
  notes: 'Edit notes',
  kind: 'Change task type',
  durationMinutes: 'Change duration',
  durationIsElapsed: 'Change duration',
  schedulingMode: 'Change scheduling mode',
  start: 'Change start',
  finish: 'Change finish',
  constraint: 'Change constraint',
  deadline: 'Change deadline',
  percentComplete: 'Update progress',
  actualStart: 'Set actual start',
  actualFinish: 'Set actual finish',
  statusId: 'Change status',
  boardRank: 'Reorder card',
  priority: 'Change priority',
  phase: 'Change phase',
  phaseId: 'Change phase',
  tags: 'Edit tags',
  levelingDelayMinutes: 'Level task',
};

/** Fields whose change may move a task's dates. */
const DATE_MOVING_FIELDS = [
  'durationMinutes', 'durationIsElapsed', 'kind', 'schedulingMode', 'start', 'finish', 'constraint', 'calendarId',
  'levelingDelayMinutes', 'actualStart', 'actualFinish',
] as const satisfies readonly EditableTaskField[];

/**
 * Does this edit change a field that may move the task's dates? Then the engine's dates computed
 * before it are no longer the task's to record as actual dates.
 */
export function movesDates(changes: TaskChanges): boolean {
  return DATE_MOVING_FIELDS.some((field) => changes[field] !== undefined);
}

/** The longest duration, delay or lag a plan holds, as a person reads it. */
export const SPAN_TEXT = `20 years (${MAX_SPAN_MINUTES.toLocaleString('en-US')} minutes)`;

/**
 * A typed duration longer than a plan holds: what was typed, and the limit in the unit it was
 * typed in (a person who typed days reads days, not minutes). Working units are not 20 calendar
 * years (21,915 working days of 8 hours are 20 years round the clock), so only elapsed ones say
 * years. Undefined when it fits or is not a duration.
 */
export function typedDurationTooLong(text: string, units: DurationUnits): string | undefined {
  const parsed = parseDuration(text, units);
  if (parsed === null || parsed.minutes <= MAX_SPAN_MINUTES) return undefined;
  const limit = minutesInTypedUnit(MAX_SPAN_MINUTES, text, units) ?? SPAN_TEXT;
  return `'${text.trim()}' is too long: a duration can be at most ${limit}${parsed.isElapsed ? ' (20 years)' : ''}.`;
}

/**
 * A typed lag longer than a plan holds, as typedDurationTooLong: the entry, and the limit in the
 * unit the lag was typed in. Undefined when it fits or the spec was not typed.
 */
export function typedLagTooLong(spec: { readonly entry?: string; readonly lagText?: string }, units: DurationUnits): string | undefined {
  if (spec.entry === undefined || spec.lagText === undefined) return undefined;
  const parsed = parseDuration(spec.lagText, units);
  if (parsed === null || parsed.minutes <= MAX_SPAN_MINUTES) return undefined;
  const limit = minutesInTypedUnit(MAX_SPAN_MINUTES, spec.lagText, units) ?? SPAN_TEXT;
  return `'${spec.entry}' has too long a lag: a lag can be at most ${limit}${parsed.isElapsed ? ' (20 years)' : ''}, ahead or back.`;
}

/** A finish as typed (`text`), as read (`finish`, at the default finish time), and the start it is counted from. */
export interface TypedFinish {
  readonly text: string;
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
}
type FinishUnits = DurationUnits & { readonly defaultFinishTime: string };

/**
 * A finish typed further from the task's start than the longest duration a plan holds (the
 * Finish cell sets the duration to the working time between them): what was typed, the limit in
 * working days, the unit of the Duration beside it, and the last day the person can type, which
 * the task's calendar gives. Undefined when it fits.
 */
export function typedFinishTooLate(typed: TypedFinish, calendar: Pick<WorkingCalendar, 'addWorking' | 'workingBetween'>, units: FinishUnits): string | undefined {
  const { text, start, finish } = typed;
  if (calendar.workingBetween(toWallMinutes(start), toWallMinutes(finish)) <= MAX_SPAN_MINUTES) return undefined;
  const end = fromWallMinutes(calendar.addWorking(toWallMinutes(start), MAX_SPAN_MINUTES));
  // A day typed in the Finish cell ends at the default finish time: the last day that fits ends by `end`.
  const lastDay: LocalDate = atTime(dateOf(end), units.defaultFinishTime) <= end ? dateOf(end) : addDays(dateOf(end), -1);
  const days = minutesInTypedUnit(MAX_SPAN_MINUTES, '1d', units) ?? SPAN_TEXT;
  return `'${text.trim()}' is too late: a task can last at most ${days}, so from its start on ${dateOf(start)} it can finish on ${lastDay} at the latest.`;
}

export function labelForTaskChanges(changes: TaskChanges): string {
  const fields = Object.keys(changes) as EditableTaskField[];
  const first = fields[0];
  if (fields.length === 1 && first) return LABELS[first] ?? 'Edit task';
  if (fields.length === 2 && fields.includes('phase') && fields.includes('phaseId')) return 'Change phase';
  // A typed duration says whether it is elapsed ("2ed") with its length: one change to the person.
  if (fields.length === 2 && fields.includes('durationMinutes') && fields.includes('durationIsElapsed')) return 'Change duration';
  if (fields.includes('statusId')) return 'Move card';
  if (fields.includes('start') || fields.includes('durationMinutes')) return 'Reschedule task';
  return 'Edit task';
}

/** Refuses edits that would make the task impossible, naming the task and the field. */
export function validateTaskChanges(task: Task, changes: TaskChanges): Problem | undefined {
  const where = `Task '${task.name}'`;
  if (changes.name !== undefined && !changes.name.trim()) return { message: 'A task needs a name.', where };
  if (changes.durationMinutes !== undefined) {
    if (!Number.isFinite(changes.durationMinutes) || changes.durationMinutes < 0) {
      return { message: 'Duration must be zero or more.', where };
    }
    // The bound a file's durations are held to (plan-bounds.ts): a longer one only pushes tasks to the horizon.
    if (changes.durationMinutes > MAX_SPAN_MINUTES) return { message: `Duration must be at most ${SPAN_TEXT}.`, where };
    if (task.kind === 'summary') return { message: 'A summary task takes its duration from its subtasks.', where };
  }
  if (changes.percentComplete !== undefined && !(changes.percentComplete >= 0 && changes.percentComplete <= 100)) {
    return { message: '% complete must be between 0 and 100.', where };
  }
  if (changes.levelingDelayMinutes !== undefined && !(changes.levelingDelayMinutes >= 0 && changes.levelingDelayMinutes <= MAX_SPAN_MINUTES)) {
    return { message: `A leveling delay must be between zero and ${SPAN_TEXT}.`, where };
  }
  if (changes.priority !== undefined && !(changes.priority >= 0 && changes.priority <= 1000)) {
    return { message: 'Priority must be between 0 and 1000.', where };
  }
  if (changes.kind === 'summary') return { message: 'A task becomes a summary by indenting tasks under it.', where };
  if (changes.kind !== undefined && task.kind === 'summary') return { message: 'A summary task cannot change type while it has subtasks.', where };
  if (changes.phase !== undefined && changes.phase !== null && !PHASES.includes(changes.phase)) {
    return { message: `Unknown phase '${String(changes.phase)}'.`, where };
  }
  if (changes.constraint !== undefined) {
    const { type, date } = changes.constraint;
    if (!CONSTRAINT_TYPES.includes(type)) return { message: `Unknown constraint '${String(type)}'.`, where };
    if (type !== 'ASAP' && type !== 'ALAP' && date === null) return { message: `Constraint ${type} needs a date.`, where };
  }
  const start = changes.start ?? task.start;
  const finish = changes.finish ?? task.finish;
  if ((changes.start !== undefined || changes.finish !== undefined) && finish < start) {
    return { message: `Finish ${finish.replace('T', ' ')} is before start ${start.replace('T', ' ')}.`, where };
  }
  const actualStart = changes.actualStart === undefined ? task.actualStart : changes.actualStart;
  const actualFinish = changes.actualFinish === undefined ? task.actualFinish : changes.actualFinish;
  if (actualStart && actualFinish && actualFinish < actualStart) {
    return { message: 'Actual finish is before actual start.', where };
  }
  return undefined;
}

/**
 * Commands on calendars: the working week, exceptions (holidays, shutdowns, extra working days,
 * recurring ones) and imported holidays, on the project calendar or on one person's.
 *
 * A person without a calendar of their own works on the project's. The first edit of their
 * calendar creates one in the same command (derived from the project calendar: it inherits the
 * week and the holidays and adds its own), so opening the editor changes nothing and one undo
 * removes both the edit and the new calendar.
 *
 * Holidays imported from an .ics file or a public-holiday region are added as non-working
 * exceptions; those the calendar already has are skipped, so importing the same feed twice
 * changes nothing.
 */
import { castDraft } from 'immer';
import { checkException, checkWorkWeek, exceptionLabel } from '../calendar/calendar-checks';
import type { CalendarId, ResourceId } from '../model/ids';
import type { CalendarException, ProjectCalendar, WorkWeek } from '../model/plan';
import type { Problem } from '../model/result';
import { defineCommand, type CommandContext, type PlanDraft } from './command';

/** Which calendar an edit is for: one by id, or a person's (created on first edit). Default: the project's. */
export type CalendarTarget = { readonly calendarId: CalendarId } | { readonly resourceId: ResourceId };

type CalendarDraft = PlanDraft['calendars'][string];

/** The calendar a target names, creating a person's own calendar when they have none yet. */
function targetCalendar(draft: PlanDraft, target: CalendarTarget | undefined, ctx: CommandContext): CalendarDraft | Problem {
  if (target === undefined) return draft.calendars[draft.project.calendarId] ?? { message: 'The project calendar no longer exists.' };
  if ('calendarId' in target) return draft.calendars[target.calendarId] ?? { message: 'That calendar no longer exists.' };
  const person = draft.resources[target.resourceId];
  if (person === undefined) return { message: 'That person is no longer in the team.' };
  const own = person.calendarId !== null ? draft.calendars[person.calendarId] : undefined;
  if (own !== undefined) return own;
  const created: ProjectCalendar = {
    id: ctx.newId() as CalendarId, name: person.name || 'Person', baseCalendarId: draft.project.calendarId, workWeek: null, exceptions: [],
  };
  draft.calendars[created.id] = castDraft(created);
  person.calendarId = created.id;
  return draft.calendars[created.id] ?? { message: 'The calendar could not be created.' };
}

const isProblem = (x: CalendarDraft | Problem): x is Problem => !('exceptions' in x);

/** Same days, same kind and same recurrence: the name alone does not make a holiday different. */
export function isSameException(a: CalendarException, b: CalendarException): boolean {
  return a.from === b.from && a.to === b.to && a.isWorking === b.isWorking
    && JSON.stringify(a.recurrence) === JSON.stringify(b.recurrence);
}

/** The exceptions the calendar does not have yet, each once, in file order. */
export function newHolidays(calendar: Pick<ProjectCalendar, 'exceptions'>, exceptions: readonly CalendarException[]): CalendarException[] {
  const out: CalendarException[] = [];
  for (const candidate of exceptions) {
    const known = (e: CalendarException): boolean => isSameException(e, candidate);
    if (!calendar.exceptions.some(known) && !out.some(known)) out.push(candidate);
  }
  return out;
}

export interface ImportHolidaysArgs {
  readonly exceptions: readonly CalendarException[];
  /** Default: the project calendar. */
  readonly calendarId?: CalendarId;
  /** A person's calendar instead (created if they have none); wins over calendarId. */
  readonly resourceId?: ResourceId;
  /** The public-holiday region these came from, remembered on the project in the same edit. */
  readonly holidayRegion?: string;
}

export const importHolidays = defineCommand<ImportHolidaysArgs>({
  name: 'importHolidays',
  label: (args) => (args.exceptions.length === 1 ? 'Import a holiday' : 'Import holidays'),
  apply(draft, args, ctx) {
    const invalid = args.exceptions.find((e) => e.to < e.from);
    if (invalid !== undefined) return { message: `The holiday '${invalid.name}' ends (${invalid.to}) before it starts (${invalid.from}).` };
    const target = args.resourceId !== undefined ? { resourceId: args.resourceId } : args.calendarId !== undefined ? { calendarId: args.calendarId } : undefined;
    const calendar = targetCalendar(draft, target, ctx);
    if (isProblem(calendar)) return calendar;
    // Copies, so the draft never aliases the caller's objects.
    for (const e of newHolidays(calendar, args.exceptions)) calendar.exceptions.push(castDraft(structuredClone(e)));
    if (args.holidayRegion !== undefined) draft.project.holidayRegion = args.holidayRegion;
    return undefined;
  },
});

export interface UpdateCalendarArgs {
  readonly target?: CalendarTarget;
  readonly changes: { readonly name?: string; readonly workWeek?: WorkWeek | null };
}

export const updateCalendar = defineCommand<UpdateCalendarArgs>({
  name: 'updateCalendar',
  label: (args) => (args.changes.workWeek !== undefined ? 'Change working week' : 'Rename calendar'),
  apply(draft, { target, changes }, ctx) {
    if (changes.name !== undefined && !changes.name.trim()) return { message: 'A calendar needs a name.' };
    if (changes.workWeek === null && (target === undefined || draft.project.calendarId === ('calendarId' in target ? target.calendarId : null))) {
      return { message: 'The project calendar needs a working week of its own.' };
    }
    if (changes.workWeek) {
      const problem = checkWorkWeek(changes.workWeek);
      if (problem !== null) return { message: problem };
    }
    const calendar = targetCalendar(draft, target, ctx);
    if (isProblem(calendar)) return calendar;
    if (changes.name !== undefined) calendar.name = changes.name.trim();
    if (changes.workWeek !== undefined) calendar.workWeek = castDraft(structuredClone(changes.workWeek));
    return undefined;
  },
});

export interface SetCalendarExceptionArgs {
  readonly target?: CalendarTarget;
  /** The row to replace; absent = add a new row at the end. */
  readonly index?: number;
  readonly exception: CalendarException;
}

export const setCalendarException = defineCommand<SetCalendarExceptionArgs>({
  name: 'setCalendarException',
  label: (args) => {
    const noun = args.exception.isWorking ? 'working day' : 'holiday';
    return args.index === undefined ? `Add ${noun}` : `Edit ${noun}`;
  },
  apply(draft, { target, index, exception }, ctx) {
    const calendar = targetCalendar(draft, target, ctx);
    if (isProblem(calendar)) return calendar;
    const row = index ?? calendar.exceptions.length;
    const problem = checkException(exception, exceptionLabel(exception, row));
    if (problem !== null) return { message: problem };
    const copy = castDraft(structuredClone({ ...exception, name: exception.name.trim(), intervals: exception.isWorking ? exception.intervals : [] }));
    if (index === undefined) calendar.exceptions.push(copy);
    else if (index >= 0 && index < calendar.exceptions.length) calendar.exceptions[index] = copy;
    else return { message: `Row ${String(index + 1)} is no longer in the calendar.` };
    return undefined;
  },
});

export interface RemoveCalendarExceptionsArgs {
  readonly target?: CalendarTarget;
  /** Rows to remove (any order). */
  readonly indexes: readonly number[];
}

export const removeCalendarExceptions = defineCommand<RemoveCalendarExceptionsArgs>({
  name: 'removeCalendarExceptions',
  label: (args) => (args.indexes.length === 1 ? 'Remove holiday' : 'Remove holidays'),
  apply(draft, { target, indexes }, ctx) {
    const calendar = targetCalendar(draft, target, ctx);
    if (isProblem(calendar)) return calendar;
    const missing = indexes.find((i) => i < 0 || i >= calendar.exceptions.length);
    if (missing !== undefined) return { message: `Row ${String(missing + 1)} is no longer in the calendar.` };
    for (const i of [...new Set(indexes)].sort((a, b) => b - a)) calendar.exceptions.splice(i, 1);
    return undefined;
  },
});

export const calendarCommands = { importHolidays, updateCalendar, setCalendarException, removeCalendarExceptions } as const;

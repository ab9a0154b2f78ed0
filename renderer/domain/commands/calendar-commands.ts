/**
 * Commands on calendars. Holidays imported from an .ics file are added as non-working exceptions
 * to one calendar (the project's by default); exceptions the calendar already has are skipped, so
 * importing the same feed twice changes nothing.
 */
import { castDraft } from 'immer';
import type { CalendarId } from '../model/ids';
import type { CalendarException, ProjectCalendar } from '../model/plan';
import { defineCommand } from './command';

export interface ImportHolidaysArgs {
  readonly exceptions: readonly CalendarException[];
  /** Default: the project calendar. */
  readonly calendarId?: CalendarId;
}

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

export const importHolidays = defineCommand<ImportHolidaysArgs>({
  name: 'importHolidays',
  label: (args) => (args.exceptions.length === 1 ? 'Import a holiday' : 'Import holidays'),
  apply(draft, args) {
    const calendarId = args.calendarId ?? draft.project.calendarId;
    const calendar = draft.calendars[calendarId];
    if (calendar === undefined) return { message: 'The calendar to add the holidays to no longer exists.' };
    const invalid = args.exceptions.find((e) => e.to < e.from);
    if (invalid !== undefined) return { message: `The holiday '${invalid.name}' ends (${invalid.to}) before it starts (${invalid.from}).` };
    // Copies, so the draft never aliases the caller's objects.
    for (const e of newHolidays(calendar, args.exceptions)) calendar.exceptions.push(castDraft(structuredClone(e)));
    return undefined;
  },
});

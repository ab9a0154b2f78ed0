/**
 * Holidays from an .ics file (public-holiday feeds, Hebcal, Outlook exports) -> non-working
 * CalendarExceptions. Reads each VEVENT's DTSTART/DTEND (VALUE=DATE, or a date-time whose day is
 * used; DTEND is exclusive) and SUMMARY. RRULE:FREQ=YEARLY without BY-rules becomes a yearly
 * recurrence (until UNTIL, else 50 years); other RRULEs import the first occurrence with a warning.
 * Plotline's own export (its PRODID, see ical-export) holds a plan's tasks, not holidays: it is
 * refused with a message saying so, rather than offering every task as a day off.
 */
import type { CalendarException } from '../../model/plan';
import { fail, ok, type Result } from '../../model/result';
import { addDays, parseLocalDate, type LocalDate } from '../../model/time';
import { sizeProblem } from '../import-context';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from '../plan-bounds';
import { parseContentLine, PLOTLINE_PRODID, unescapeIcalText, unfoldLines, type ContentLine } from './ical-text';

export interface HolidaysImported {
  readonly exceptions: CalendarException[];
  readonly warnings: string[];
}

function icalDate(value: string | undefined): LocalDate | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value ?? '');
  return m ? parseLocalDate(`${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`) : null;
}

/** Reads every VEVENT as a holiday. Fails only when the text is not an iCalendar file. */
export function importIcalHolidays(text: string, options: { maxChars?: number } = {}): Result<HolidaysImported> {
  const tooBig = sizeProblem(text, options.maxChars);
  if (tooBig !== null) return fail(tooBig, 'the whole file');
  const lines = unfoldLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!lines.some((l) => l.trim().toUpperCase() === 'BEGIN:VCALENDAR')) return fail('This is not an iCalendar file (no BEGIN:VCALENDAR).', 'line 1');
  const ownExport = plotlineExportProblem(lines);
  if (ownExport !== null) return ownExport;
  const exceptions: CalendarException[] = [];
  const warnings: string[] = [];
  let event: ContentLine[] | null = null;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line.toUpperCase() === 'BEGIN:VEVENT') event = [];
    else if (line.toUpperCase() === 'END:VEVENT' && event !== null) {
      const read = readEvent(event, index + 1, warnings);
      if (read !== null) exceptions.push(read);
      event = null;
    } else if (event !== null) {
      const parsed = parseContentLine(line);
      if (parsed !== null) event.push(parsed);
    }
  });
  return ok({ exceptions, warnings });
}

/**
 * The refusal of a calendar Plotline wrote: the PRODID before the first event is Plotline's.
 * Every version of the export writes it, and Plotline never writes holidays to an .ics. The
 * whole file is the place, so no line is named (the dialog names the file).
 */
function plotlineExportProblem(lines: readonly string[]): Result<never> | null {
  const firstEvent = lines.findIndex((l) => l.trim().toUpperCase() === 'BEGIN:VEVENT');
  const header = (firstEvent < 0 ? lines : lines.slice(0, firstEvent)).map((l) => parseContentLine(l.trim()));
  const valueOf = (name: string): string | undefined => header.find((p) => p?.name === name)?.value;
  if (valueOf('PRODID') !== PLOTLINE_PRODID) return null;
  const calendarName = valueOf('X-WR-CALNAME');
  const what = calendarName === undefined ? "a plan's tasks and milestones" : `the tasks and milestones of “${unescapeIcalText(calendarName)}”`;
  const events = lines.filter((l) => l.trim().toUpperCase() === 'BEGIN:VEVENT').length;
  return fail(
    `This is Plotline's own calendar export of ${what} (${String(events)} event${events === 1 ? '' : 's'}), not a holiday calendar: nothing was imported as holidays. `
    + 'To open the plan itself, open its .plotline or MS Project XML file; for holidays, import a holiday calendar (.ics) or use Add public holidays.',
  );
}

/** Holidays land in plan calendars, which hold dates of MIN_PLAN_YEAR..MAX_PLAN_YEAR only. */
const PLAN_FIRST_DAY = `${String(MIN_PLAN_YEAR)}-01-01`;
const PLAN_LAST_DAY = `${String(MAX_PLAN_YEAR)}-12-31` as LocalDate;

function readEvent(props: readonly ContentLine[], endLine: number, warnings: string[]): CalendarException | null {
  const get = (name: string): ContentLine | undefined => props.find((p) => p.name === name);
  const name = unescapeIcalText(get('SUMMARY')?.value ?? '').trim();
  const from = icalDate(get('DTSTART')?.value);
  if (from === null) {
    warnings.push(`The event ending on line ${String(endLine)} ('${name}') has no readable DTSTART and was skipped.`);
    return null;
  }
  if (from < PLAN_FIRST_DAY || from > PLAN_LAST_DAY) {
    warnings.push(`The event ending on line ${String(endLine)} ('${name}') starts on ${from}, outside ${PLAN_FIRST_DAY.slice(0, 4)}-${PLAN_LAST_DAY.slice(0, 4)}, and was skipped.`);
    return null;
  }
  const end = get('DTEND');
  const endDate = icalDate(end?.value);
  const isDateOnly = end?.params.get('VALUE') === 'DATE' || /^\d{8}$/.test(end?.value ?? '');
  const lastDay = endDate === null ? from : isDateOnly ? addDays(endDate, -1) : endDate;
  const to = lastDay < from ? from : lastDay > PLAN_LAST_DAY ? PLAN_LAST_DAY : lastDay;
  const rule = get('RRULE')?.value;
  const base = { name, from, to, isWorking: false, intervals: [], recurrence: null };
  if (rule === undefined) return base;
  const parts = new Map(rule.split(';').map((p) => [p.split('=')[0]?.toUpperCase() ?? '', p.split('=')[1] ?? ''] as const));
  if (parts.get('FREQ') === 'YEARLY' && [...parts.keys()].every((k) => k === 'FREQ' || k === 'UNTIL' || k === 'INTERVAL' && parts.get(k) === '1')) {
    const until = icalDate(parts.get('UNTIL')) ?? addDays(from, 365 * 50);
    return { ...base, to: until < from ? from : until > PLAN_LAST_DAY ? PLAN_LAST_DAY : until, recurrence: { kind: 'yearly-date', month: Number(from.slice(5, 7)), day: Number(from.slice(8, 10)) } };
  }
  warnings.push(`'${name}' repeats (${rule}); only its first occurrence was imported.`);
  return base;
}

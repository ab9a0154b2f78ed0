/**
 * Calendar editor text <-> model: a day's hours as a person types them ("09:00–12:00, 13:00–17:00"),
 * and the exception form. Messages name the row, so the editor can say which line is wrong.
 */
import { checkIntervals, clockText, parseClockText } from '../../domain/calendar';
import {
  DEFAULT_DAY, weekdayOf, type CalendarException, type ExceptionRecurrence, type LocalDate, type Result, type WorkInterval, type WorkWeek,
} from '../../domain/model';

/** [[540,720],[780,1020]] → "09:00–12:00, 13:00–17:00"; [] → "". */
export function intervalsText(intervals: readonly WorkInterval[]): string {
  return intervals.map((i) => `${clockText(i.startMinute)}–${clockText(i.endMinute)}`).join(', ');
}

/** Working minutes of a day's intervals. */
export function intervalsMinutes(intervals: readonly WorkInterval[]): number {
  return intervals.reduce((sum, i) => sum + Math.max(0, i.endMinute - i.startMinute), 0);
}

/** "09:00-12:00, 13:00–17:00" → intervals; '' → none. `where` names the row in messages. */
export function parseIntervalsText(text: string, where: string): Result<WorkInterval[]> {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const out: WorkInterval[] = [];
  for (const part of parts) {
    const m = /^(.+?)\s*(?:–|—|-|to)\s*(.+)$/.exec(part);
    const start = m ? parseClockText(m[1] ?? '') : null;
    const end = m ? parseClockText(m[2] ?? '') : null;
    if (start === null || end === null) return { ok: false, error: { message: `${where}: '${part}' is not a time range such as 09:00–17:00.`, where } };
    out.push({ startMinute: start, endMinute: end });
  }
  const problem = checkIntervals(out, where);
  return problem === null ? { ok: true, value: out } : { ok: false, error: { message: problem, where } };
}

export type RepeatChoice = 'none' | 'yearly' | 'weekly' | 'monthly' | 'keep';

export interface ExceptionForm {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly isWorking: boolean;
  readonly hours: string;
  readonly repeat: RepeatChoice;
  /** Last year a repetition runs to (YYYY), '' = 10 years on. */
  readonly until: string;
}

/** What the form shows for an exception (a new holiday when none). */
export function exceptionForm(e: CalendarException | null, defaultDate: string, isWorking = false): ExceptionForm {
  if (e === null) return { name: '', from: defaultDate, to: defaultDate, isWorking, hours: isWorking ? intervalsText(DEFAULT_DAY) : '', repeat: 'none', until: '' };
  const repeat: RepeatChoice = e.recurrence === null ? 'none'
    : e.recurrence.kind === 'yearly-date' ? 'yearly' : e.recurrence.kind === 'weekly' && e.recurrence.every === 1 && e.recurrence.weekdays.length === 1 ? 'weekly'
      : e.recurrence.kind === 'monthly-day' && e.recurrence.every === 1 ? 'monthly' : 'keep';
  return {
    name: e.name, from: e.from, to: e.recurrence === null ? e.to : e.from, isWorking: e.isWorking, hours: intervalsText(e.intervals), repeat,
    until: e.recurrence === null ? '' : e.to.slice(0, 4),
  };
}

/** The exception the form describes; `previous` supplies a recurrence the form does not edit ("keep"). */
export function formException(form: ExceptionForm, where: string, previous: CalendarException | null): Result<CalendarException> {
  const intervals = form.isWorking ? parseIntervalsText(form.hours, where) : { ok: true as const, value: [] };
  if (!intervals.ok) return intervals;
  if (form.isWorking && intervals.value.length === 0) return { ok: false, error: { message: `${where}: a working day needs its hours, such as 09:00–17:00.`, where } };
  const from = form.from as LocalDate;
  if (form.repeat === 'none') return { ok: true, value: { name: form.name.trim(), from, to: form.to as LocalDate, isWorking: form.isWorking, intervals: intervals.value, recurrence: null } };
  const untilYear = form.until.trim() === '' ? Number(form.from.slice(0, 4)) + 10 : Number(form.until);
  if (!Number.isInteger(untilYear) || untilYear < Number(form.from.slice(0, 4)) || untilYear > 9999) {
    return { ok: false, error: { message: `${where}: repeats until '${form.until}', which is not a year after it starts.`, where } };
  }
  const recurrence = recurrenceFor(form.repeat, from, previous);
  const to = `${String(untilYear)}-12-31` as LocalDate;
  return { ok: true, value: { name: form.name.trim(), from, to, isWorking: form.isWorking, intervals: intervals.value, recurrence } };
}

function recurrenceFor(repeat: Exclude<RepeatChoice, 'none'>, from: LocalDate, previous: CalendarException | null): ExceptionRecurrence | null {
  const month = Number(from.slice(5, 7));
  const day = Number(from.slice(8, 10));
  switch (repeat) {
    case 'yearly': return { kind: 'yearly-date', month, day };
    case 'weekly': return { kind: 'weekly', every: 1, weekdays: [weekdayOf(from)] };
    case 'monthly': return { kind: 'monthly-day', every: 1, day };
    case 'keep': return previous?.recurrence ?? null;
    default: {
      const never: never = repeat;
      return never;
    }
  }
}

/** Reads the seven day texts (Sunday first) into a working week. */
export function parseWeekTexts(texts: readonly string[], names: readonly string[]): Result<WorkWeek> {
  const days: WorkInterval[][] = [];
  for (let d = 0; d < 7; d++) {
    const day = parseIntervalsText(texts[d] ?? '', names[d] ?? `Day ${String(d)}`);
    if (!day.ok) return day;
    days.push(day.value);
  }
  const [sun = [], mon = [], tue = [], wed = [], thu = [], fri = [], sat = []] = days;
  if (days.every((d) => d.length === 0)) return { ok: false, error: { message: 'The working week needs at least one working day.' } };
  return { ok: true, value: [sun, mon, tue, wed, thu, fri, sat] };
}

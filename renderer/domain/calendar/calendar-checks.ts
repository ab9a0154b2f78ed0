/**
 * What makes a working week or a calendar exception acceptable, with messages that name the row a
 * person typed it in ("Monday: 13:00–12:00 ends before it starts"). The engine tolerates sloppy
 * intervals (normaliseIntervals merges them), but the editor refuses them so what is shown is
 * what is scheduled.
 */
import type { CalendarException, ExceptionRecurrence, WorkInterval, WorkWeek } from '../model/plan';
import { parseLocalDate } from '../model/time';
import { MINUTES_PER_DAY } from './civil';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** 540 → "09:00". */
export function clockText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** "09:00" → 540; "24:00" is the end of the day. Null when not a time of day. */
export function parseClockText(text: string): number | null {
  const m = /^\s*(\d{1,2})(?::(\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Intervals of one day: each ends after it starts, inside the day, none overlapping. `where` names the row. */
export function checkIntervals(intervals: readonly WorkInterval[], where: string): string | null {
  for (const i of intervals) {
    const text = `${clockText(i.startMinute)}–${clockText(i.endMinute)}`;
    if (!Number.isInteger(i.startMinute) || !Number.isInteger(i.endMinute) || i.startMinute < 0 || i.endMinute > MINUTES_PER_DAY) {
      return `${where}: ${text} is not within the day (00:00–24:00).`;
    }
    if (i.endMinute <= i.startMinute) return `${where}: ${text} ends before it starts.`;
  }
  const sorted = [...intervals].sort((a, b) => a.startMinute - b.startMinute);
  for (let k = 1; k < sorted.length; k++) {
    const before = sorted[k - 1];
    const after = sorted[k];
    if (before && after && after.startMinute < before.endMinute) {
      return `${where}: ${clockText(before.startMinute)}–${clockText(before.endMinute)} overlaps ${clockText(after.startMinute)}–${clockText(after.endMinute)}.`;
    }
  }
  return null;
}

export function checkWorkWeek(week: WorkWeek): string | null {
  for (let day = 0; day < 7; day++) {
    const problem = checkIntervals(week[day] ?? [], WEEKDAY_NAMES[day] ?? `Day ${String(day)}`);
    if (problem !== null) return problem;
  }
  if (week.every((day) => day.length === 0)) return 'The working week needs at least one working day.';
  return null;
}

function checkRecurrence(r: ExceptionRecurrence, where: string): string | null {
  const weekday = (d: number): boolean => Number.isInteger(d) && d >= 0 && d <= 6;
  switch (r.kind) {
    case 'daily': return r.every >= 1 ? null : `${where}: repeats every ${String(r.every)} days; use 1 or more.`;
    case 'weekly':
      if (r.every < 1) return `${where}: repeats every ${String(r.every)} weeks; use 1 or more.`;
      return r.weekdays.length > 0 && r.weekdays.every(weekday) ? null : `${where}: choose the weekdays it repeats on.`;
    case 'monthly-day': return r.day >= 1 && r.day <= 31 && r.every >= 1 ? null : `${where}: day ${String(r.day)} of the month is not a day 1–31.`;
    case 'monthly-weekday': return r.week >= 1 && r.week <= 5 && weekday(r.weekday) && r.every >= 1 ? null : `${where}: the week of the month must be 1–4 or last.`;
    case 'yearly-date': {
      const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][r.month - 1];
      return days !== undefined && r.day >= 1 && r.day <= days ? null : `${where}: ${String(r.month)}/${String(r.day)} is not a date in the year.`;
    }
    case 'yearly-weekday': return r.month >= 1 && r.month <= 12 && r.week >= 1 && r.week <= 5 && weekday(r.weekday) ? null : `${where}: the month must be 1–12 and the week 1–4 or last.`;
    default: {
      const never: never = r;
      return never;
    }
  }
}

/** One exception; `where` names it as the list shows it ("Holiday 'Shutdown' (row 3)"). */
export function checkException(e: CalendarException, where: string): string | null {
  if (parseLocalDate(e.from) === null) return `${where}: '${e.from}' is not a date.`;
  if (parseLocalDate(e.to) === null) return `${where}: '${e.to}' is not a date.`;
  if (e.to < e.from) return `${where} ends (${e.to}) before it starts (${e.from}).`;
  if (e.isWorking) {
    const problem = checkIntervals(e.intervals, where);
    if (problem !== null) return problem;
  }
  return e.recurrence === null ? null : checkRecurrence(e.recurrence, where);
}

/** How a list names the exception at `index`: "'Company shutdown' (row 3)". */
export function exceptionLabel(e: Pick<CalendarException, 'name' | 'isWorking'>, index: number): string {
  const kind = e.isWorking ? 'Working day' : 'Holiday';
  return `${kind} '${e.name || 'unnamed'}' (row ${String(index + 1)})`;
}

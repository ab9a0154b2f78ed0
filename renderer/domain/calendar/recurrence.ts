/**
 * Which days a calendar exception covers (MSPDI's exception recurrences). Occurrences are counted
 * from the exception's `from` date, so "every 2 weeks" means the weeks 0, 2, 4 ... after it.
 */
import type { CalendarException, ExceptionRecurrence } from '../model';
import { civilFromDays, dayOfLocalDate, daysInMonth, weekdayOfDay, type CivilDate } from './civil';

/** Week of month 1..4 counts from the first day; 5 means the last such weekday of the month. */
function isNthWeekday(date: CivilDate, weekday: number, week: number, actualWeekday: number): boolean {
  if (actualWeekday !== weekday) return false;
  if (week >= 5) return date.day + 7 > daysInMonth(date.year, date.month);
  return date.day > (week - 1) * 7 && date.day <= week * 7;
}

/** A day-of-month past the month's end (the 31st in April) falls on the month's last day. */
function isDayOfMonth(date: CivilDate, day: number): boolean {
  return date.day === Math.min(day, daysInMonth(date.year, date.month));
}

const every = (n: number): number => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);

function monthsSince(from: CivilDate, date: CivilDate): number {
  return (date.year - from.year) * 12 + (date.month - from.month);
}

/** True when `day` is an occurrence of the recurrence that started on `fromDay`. */
export function recursOn(rule: ExceptionRecurrence, fromDay: number, day: number): boolean {
  return recursOnDate(rule, fromDay, civilFromDays(fromDay), day, civilFromDays(day), weekdayOfDay(day));
}

/** recursOn with the civil dates and weekday already known (forEachExceptionDay walks them). */
function recursOnDate(rule: ExceptionRecurrence, fromDay: number, from: CivilDate, day: number, date: CivilDate, weekday: number): boolean {
  switch (rule.kind) {
    case 'daily':
      return (day - fromDay) % every(rule.every) === 0;
    case 'weekly': {
      const weeks = Math.floor((day - weekday - (fromDay - weekdayOfDay(fromDay))) / 7);
      return weeks % every(rule.every) === 0 && rule.weekdays.includes(weekday);
    }
    case 'monthly-day':
      return monthsSince(from, date) % every(rule.every) === 0 && isDayOfMonth(date, rule.day);
    case 'monthly-weekday':
      return monthsSince(from, date) % every(rule.every) === 0
        && isNthWeekday(date, rule.weekday, rule.week, weekday);
    case 'yearly-date':
      return date.month === rule.month && isDayOfMonth(date, rule.day);
    case 'yearly-weekday':
      return date.month === rule.month && isNthWeekday(date, rule.weekday, rule.week, weekday);
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/**
 * Calls `visit` for every day in [windowStart, windowEnd) that the exception covers.
 * Work is bounded by the window, so a yearly holiday "until 2100" costs only the days asked for.
 */
export function forEachExceptionDay(
  exception: CalendarException, windowStart: number, windowEnd: number, visit: (day: number) => void,
): void {
  const fromDay = dayOfLocalDate(exception.from);
  const first = Math.max(fromDay, windowStart);
  const last = Math.min(dayOfLocalDate(exception.to), windowEnd - 1);
  const rule = exception.recurrence;
  if (rule === null) {
    for (let day = first; day <= last; day++) visit(day);
    return;
  }
  if (first > last) return;
  // The civil date and weekday are stepped a day at a time rather than computed (and allocated)
  // per day: a yearly holiday "until 2099" is asked about every day of a compiled window, for
  // every calendar of every project the portfolio loads.
  const from = civilFromDays(fromDay);
  const start = civilFromDays(first);
  const date = { year: start.year, month: start.month, day: start.day };
  let monthLength = daysInMonth(date.year, date.month);
  let weekday = weekdayOfDay(first);
  for (let day = first; day <= last; day++) {
    if (recursOnDate(rule, fromDay, from, day, date, weekday)) visit(day);
    weekday = weekday === 6 ? 0 : weekday + 1;
    if (++date.day > monthLength) {
      date.day = 1;
      if (++date.month > 12) { date.month = 1; date.year++; }
      monthLength = daysInMonth(date.year, date.month);
    }
  }
}

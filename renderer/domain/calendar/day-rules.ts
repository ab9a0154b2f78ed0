/**
 * What working hours a calendar has on a given day: the work week, overridden by exceptions.
 * Precedence (most specific wins): the calendar's own exceptions, then its base calendar's
 * exceptions (so a resource inherits the project's holidays), then its own work week, then the
 * base's week. Within one calendar a later exception overrides an earlier one.
 */
import { DEFAULT_DAY, type CalendarId, type Plan, type ProjectCalendar, type WorkInterval } from '../model';
import { MINUTES_PER_DAY, weekdayOfDay } from './civil';
import { forEachExceptionDay } from './recurrence';

/** Flat, sorted, disjoint [start, end, start, end ...] minutes from midnight; [] = non-working. */
export type DayPattern = readonly number[];

export const NON_WORKING: DayPattern = Object.freeze([]);
const ALL_DAY: DayPattern = Object.freeze([0, MINUTES_PER_DAY]);

/** Clamps to the day, drops empty intervals and merges overlaps, so arithmetic can trust the pattern. */
export function normaliseIntervals(intervals: readonly WorkInterval[]): DayPattern {
  const sorted = intervals
    .map((i) => [Math.max(0, Math.min(MINUTES_PER_DAY, i.startMinute)), Math.max(0, Math.min(MINUTES_PER_DAY, i.endMinute))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of sorted) {
    const lastEnd = out[out.length - 1];
    if (lastEnd !== undefined && s <= lastEnd) out[out.length - 1] = Math.max(lastEnd, e);
    else out.push(s, e);
  }
  return Object.freeze(out);
}

export function patternMinutes(pattern: DayPattern): number {
  let total = 0;
  for (let i = 0; i + 1 < pattern.length; i += 2) total += (pattern[i + 1] ?? 0) - (pattern[i] ?? 0);
  return total;
}

/** The calendar and its bases, root first. A missing or looping base ends the chain. */
export function calendarChain(plan: Pick<Plan, 'calendars'>, id: CalendarId): ProjectCalendar[] {
  const chain: ProjectCalendar[] = [];
  const seen = new Set<string>();
  for (let cal = plan.calendars[id]; cal && !seen.has(cal.id); cal = cal.baseCalendarId ? plan.calendars[cal.baseCalendarId] : undefined) {
    seen.add(cal.id);
    chain.unshift(cal);
  }
  return chain;
}

/**
 * The seven weekday patterns of a chain: the nearest calendar with a week wins. A week with no
 * working time at all would make every search endless, so it is read as round-the-clock.
 */
export function weekPatterns(chain: readonly ProjectCalendar[]): { readonly patterns: DayPattern[]; readonly isDegenerate: boolean } {
  let week = null;
  for (const cal of chain) if (cal.workWeek) week = cal.workWeek;
  const patterns = week ? week.map((day) => normaliseIntervals(day)) : Array.from({ length: 7 }, () => normaliseIntervals(DEFAULT_DAY));
  const isDegenerate = patterns.every((p) => p.length === 0);
  return { patterns: isDegenerate ? patterns.map(() => ALL_DAY) : patterns, isDegenerate };
}

/** Day patterns for days [windowStart, windowEnd). */
export function fillPatterns(
  chain: readonly ProjectCalendar[], week: readonly DayPattern[], windowStart: number, windowEnd: number,
): DayPattern[] {
  const out: DayPattern[] = new Array<DayPattern>(windowEnd - windowStart);
  for (let day = windowStart; day < windowEnd; day++) out[day - windowStart] = week[weekdayOfDay(day)] ?? NON_WORKING;
  for (const cal of chain) {
    for (const exception of cal.exceptions) {
      const pattern = exception.isWorking
        ? normaliseIntervals(exception.intervals.length > 0 ? exception.intervals : DEFAULT_DAY)
        : NON_WORKING;
      forEachExceptionDay(exception, windowStart, windowEnd, (day) => { out[day - windowStart] = pattern; });
    }
  }
  return out;
}

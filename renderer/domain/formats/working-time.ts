/**
 * Working minutes between two wall-clock instants over a work week. Used only to derive a missing
 * Duration from Start and Finish (TaskJuggler writes none); calendar exceptions are ignored, which
 * matches what the other tool shows for the common case.
 */
import type { WorkWeek } from '../model/plan';
import { fromWallMinutes, toWallMinutes, weekdayOf, type LocalDateTime } from '../model/time';

const MAX_DAYS = 3660;

export function workingMinutesBetween(start: LocalDateTime, finish: LocalDateTime, week: WorkWeek | null): number {
  const from = toWallMinutes(start);
  const to = toWallMinutes(finish);
  if (to <= from) return 0;
  if (week === null) return to - from;
  let total = 0;
  const firstDay = Math.floor(from / 1440);
  const lastDay = Math.min(Math.floor(to / 1440), firstDay + MAX_DAYS);
  for (let day = firstDay; day <= lastDay; day++) {
    const dayStart = day * 1440;
    for (const interval of week[weekdayOf(dayStart)] ?? []) {
      const a = Math.max(from, dayStart + interval.startMinute);
      const b = Math.min(to, dayStart + interval.endMinute);
      if (b > a) total += b - a;
    }
  }
  return total;
}

/**
 * The instant `minutes` working minutes after `start` over a work week (used when a CSV row has a
 * start and a duration but no finish). A week with no working time falls back to clock time.
 */
export function addWorkingMinutes(start: LocalDateTime, minutes: number, week: WorkWeek | null): LocalDateTime {
  const from = toWallMinutes(start);
  if (week === null || week.every((d) => d.length === 0) || minutes <= 0) return fromWallMinutes(from + Math.max(0, minutes));
  let left = minutes;
  for (let day = Math.floor(from / 1440), guard = 0; guard < 40_000; day++, guard++) {
    const dayStart = day * 1440;
    for (const interval of week[weekdayOf(dayStart)] ?? []) {
      const a = Math.max(from, dayStart + interval.startMinute);
      const b = dayStart + interval.endMinute;
      if (b <= a) continue;
      if (b - a >= left) return fromWallMinutes(a + left);
      left -= b - a;
    }
  }
  return fromWallMinutes(from + minutes);
}

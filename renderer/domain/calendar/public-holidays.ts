/**
 * Public holidays as calendar exceptions. The holidays come from the date-holidays package (read
 * by features/settings, which owns that library); this file only maps its records, so the rule
 * is pure and tested without the dataset.
 *
 * date-holidays gives each holiday a local `date` ('2027-07-05 00:00:00') and `start`/`end`
 * instants; a holiday longer than a day (rare, e.g. some regional festivals) has `end` more than
 * 24 hours after `start`. Observed ("substitute day") holidays are their own records, so
 * Independence Day 2027 (a Sunday) comes with a Monday 5 July substitute.
 */
import type { CalendarException } from '../model/plan';
import { addDays, parseLocalDate, type LocalDate } from '../model/time';

/** The fields of a date-holidays `Holiday` that the mapping reads (structurally compatible). */
export interface PublicHolidayRecord {
  readonly date: string;
  readonly start: Date;
  readonly end: Date;
  readonly name: string;
  /** 'public' | 'bank' | 'school' | 'optional' | 'observance' */
  readonly type: string;
}

const MS_PER_DAY = 86_400_000;

/**
 * Non-working exceptions for the public holidays among `records`, one per day in date order.
 * Two holidays on one day become one exception named by both ("Christmas Day / Boxing Day").
 */
export function publicHolidayExceptions(records: readonly PublicHolidayRecord[]): CalendarException[] {
  const byDay = new Map<LocalDate, CalendarException>();
  for (const record of records) {
    if (record.type !== 'public') continue;
    const from = parseLocalDate(record.date.slice(0, 10));
    if (from === null) continue;
    const days = Math.max(1, Math.round((record.end.getTime() - record.start.getTime()) / MS_PER_DAY));
    const known = byDay.get(from);
    if (known !== undefined) {
      if (!known.name.split(' / ').includes(record.name)) byDay.set(from, { ...known, name: `${known.name} / ${record.name}` });
      continue;
    }
    byDay.set(from, { name: record.name, from, to: addDays(from, days - 1), isWorking: false, intervals: [], recurrence: null });
  }
  return [...byDay.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The years whose holidays a plan needs: from the project's start year to its finish year, plus
 * `marginYears` after it so a slipping plan still meets next year's holidays.
 */
export function holidayYears(startDate: string, finishDate: string | null, marginYears = 1): number[] {
  const first = Number(startDate.slice(0, 4));
  const last = Math.max(first, Number((finishDate ?? startDate).slice(0, 4))) + marginYears;
  const out: number[] = [];
  for (let year = first; year <= last; year++) out.push(year);
  return out;
}

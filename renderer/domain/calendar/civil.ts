/**
 * Day arithmetic without Date objects: the engine asks for thousands of days per pass, and
 * Hinnant's civil-from-days algorithm is exact for the proleptic Gregorian calendar.
 * A day number is whole days since 1970-01-01 (day 0, a Thursday), matching WallMinutes / 1440.
 */
import type { LocalDate, WallMinutes } from '../model';
import { daysFromCivil } from '../model/time';

export const MINUTES_PER_DAY = 1440;

export interface CivilDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

/** Day number of a wall-clock instant (floor, so instants before 1970 work too). */
export function dayOf(t: WallMinutes): number {
  return Math.floor(t / MINUTES_PER_DAY);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of a proleptic Gregorian date and a month's length (kept in the model: its date parsing needs them too). */
export { daysFromCivil, daysInMonth } from '../model/time';

/** Day number of 'YYYY-MM-DD' (or the date part of 'YYYY-MM-DDTHH:mm'). */
export function dayOfLocalDate(date: LocalDate | string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const pad2 = (n: number): string => (n < 10 ? `0${String(n)}` : String(n));

export function localDateOfDay(dayNumber: number): LocalDate {
  const c = civilFromDays(dayNumber);
  return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}` as LocalDate;
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * 'YYYY-MM-DDTHH:mm[:ss]' or 'YYYY-MM-DD' to WallMinutes, like model/time.ts toWallMinutes but
 * without a Date or string splitting: the scheduler parses thousands of these per pass.
 */
export function parseWall(value: string): number {
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const day = daysFromCivil(year, digit(value, 5) * 10 + digit(value, 6), digit(value, 8) * 10 + digit(value, 9));
  if (value.length < 16) return day * MINUTES_PER_DAY;
  const minutes = day * MINUTES_PER_DAY + (digit(value, 11) * 10 + digit(value, 12)) * 60 + digit(value, 14) * 10 + digit(value, 15);
  // 'YYYY-MM-DDTHH:mm:ss': seconds are a fraction of a minute.
  return value.length < 19 ? minutes : minutes + (digit(value, 17) * 10 + digit(value, 18)) / 60;
}

/**
 * The instant a status date stands for: the END of that day, so the day's own work counts as done,
 * remaining work resumes the day after, and the Gantt and S-curve draw the status line there.
 * The one rule for the scheduler, the compiled plan and earned value alike.
 */
export function statusInstant(statusDate: LocalDate): WallMinutes {
  return parseWall(statusDate) + MINUTES_PER_DAY;
}

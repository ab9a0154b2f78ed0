/**
 * Dates as people type them and as spreadsheets export them: ISO 8601 (2026-03-02, what Plotline
 * writes), numeric day/month forms whose order depends on the locale (02/03/2026 is 2 March in
 * London and February 3 in New York; dots and dashes as separators, two-digit years in 2000-2099),
 * and forms with a month name, with or without a weekday ("Mon, 2 Mar 26", "Mar 2, 2026",
 * "2-Mar-2026"); a time after the date, with or without a comma and with the locale's word for
 * AM or PM before or after it ("3/1/2027, 9:00 AM", "2027. 3. 1. 오전 9:00"), is ignored. Other
 * scripts' digits and the direction marks Arabic locales write read as well ("١‏/٣‏/٢٠٢٧، ٩:٠٠ ص").
 * An impossible day (2026-02-30) is told apart from text that is not a date, so the message can
 * say which. Pure: the locale's order is passed in.
 */
import type { LocalDate } from '../model/time';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from './plan-bounds';
import { plainNumeralText } from './numeral-text';

/** Which of a numeric date's parts is the day: day-month-year, month-day-year, or year first. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export type DateText =
  | { readonly ok: true; readonly date: LocalDate }
  | { readonly ok: false; readonly reason: 'not-a-date' | 'impossible'; readonly message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "02/03/2026", "2.3.26", and Korean's "2027. 3. 1." (a space after each dot, and a last one). */
const NUMERIC = /^(\d{1,4})[/.-]\s?(\d{1,2})[/.-]\s?(\d{1,4})\.?$/;
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const DAY_MONTH_YEAR = /^(\d{1,2})[\s.-]+([a-z]{3,9})\.?,?[\s.-]+(\d{2}|\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{2}|\d{4})$/i;

/**
 * The date part of a date and time: "3/1/2027, 9:00 AM" (Intl's short style puts a comma between
 * them in en-US, de-DE and others), "2026-03-02T09:00", "02.03.2026 09:00", "2027. 3. 1. 오전 9:00".
 */
const withoutTime = (text: string): string => text
  .replace(/[T\s]+(?:\p{L}[\p{L}.]*\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\p{L}[\p{L}.]*)?$/iu, '').trim().replace(/,$/, '');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const fullYear = (text: string): number => (text.length <= 2 ? 2000 + Number(text) : Number(text));

function monthOf(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? 0 : index + 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a real day ('2301-01-05') cannot be a plan's date, in the words every reader uses. */
export const outsidePlanYears = (text: string): string => `'${text}' is outside the years Plotline plans: ${String(MIN_PLAN_YEAR)} to ${String(MAX_PLAN_YEAR)}.`;

/** Year, month and day as a date, or why not. */
export function dateFromParts(year: number, month: number, day: number, text: string): DateText {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { ok: false, reason: 'impossible', message: `'${text}' is not a real date: there is no such day in the calendar.` };
  }
  // The day exists; the year is one no plan holds (plan-bounds.ts), which is not the same complaint.
  if (year < MIN_PLAN_YEAR || year > MAX_PLAN_YEAR) {
    return { ok: false, reason: 'impossible', message: outsidePlanYears(text) };
  }
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` as LocalDate };
}

const notADate = (text: string): DateText => ({
  ok: false, reason: 'not-a-date', message: `'${text}' is not a date: type it as YYYY-MM-DD, e.g. 2026-03-02.`,
});

function numeric(m: RegExpExecArray, order: DateOrder, text: string): DateText {
  const [a = '', b = '', c = ''] = m.slice(1);
  // A four-digit first part is always a year (2026-03-02, 2026/3/2), whatever the locale says.
  if (a.length >= 3 || order === 'ymd') return a.length >= 3 ? dateFromParts(Number(a), Number(b), Number(c), text) : notADate(text);
  if (c.length === 3) return notADate(text);
  const [day, month] = order === 'dmy' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  return dateFromParts(fullYear(c), month, day, text);
}

/**
 * Reads a typed or pasted date. `order` says how to read an all-numeric date whose year is last
 * (the person's locale, or what detectDateOrder found in a file). A trailing time is ignored.
 */
export function parseDateText(input: string, order: DateOrder): DateText {
  const text = input.trim();
  const bare = withoutTime(plainNumeralText(text)).replace(WEEKDAY, '');
  const num = NUMERIC.exec(bare);
  if (num) return numeric(num, order, text);
  const dmy = DAY_MONTH_YEAR.exec(bare);
  if (dmy && monthOf(dmy[2] ?? '') > 0) return dateFromParts(fullYear(dmy[3] ?? ''), monthOf(dmy[2] ?? ''), Number(dmy[1]), text);
  const mdy = MONTH_DAY_YEAR.exec(bare);
  if (mdy && monthOf(mdy[1] ?? '') > 0) return dateFromParts(fullYear(mdy[3] ?? ''), monthOf(mdy[1] ?? ''), Number(mdy[2]), text);
  return notADate(text);
}

/**
 * Which order a column of numeric dates is written in, from the data: a first part above 12
 * can only be a day (dmy), a second part above 12 only a day (mdy). 'ambiguous' when every
 * date reads both ways (the person must say), 'none' when no numeric day-month date is present,
 * 'mixed' when the file contradicts itself.
 */
export function detectDateOrder(samples: readonly string[]): 'dmy' | 'mdy' | 'ambiguous' | 'none' | 'mixed' {
  let isDayFirst = false;
  let isMonthFirst = false;
  let seen = 0;
  for (const sample of samples) {
    const m = NUMERIC.exec(withoutTime(plainNumeralText(sample).trim()));
    if (!m || (m[1] ?? '').length >= 3) continue;
    seen++;
    if (Number(m[1]) > 12) isDayFirst = true;
    if (Number(m[2]) > 12) isMonthFirst = true;
  }
  if (seen === 0) return 'none';
  if (isDayFirst && isMonthFirst) return 'mixed';
  return isDayFirst ? 'dmy' : isMonthFirst ? 'mdy' : 'ambiguous';
}

/**
 * Dates and times as a locale's short style writes them, which is what the CSV export's "dates in
 * my locale's format" writes: "3/1/2027, 9:00 AM" (en-US), "01.03.2027, 09:00" (de-DE),
 * "2027/03/01 9:00" (ja-JP), "2027. 3. 1. 오전 9:00" (ko-KR), "1‏/3‏/2027، 9:00 ص" (ar-EG).
 * The order of the parts and the words for AM and PM are learned from the platform
 * (Intl.DateTimeFormat#formatToParts), not from a table of patterns per locale; the separators
 * between the numbers are not checked. Node and Chromium carry full ICU data, but not the same
 * version: Node 20's ICU writes Korean's AM as "AM" where Chromium writes "오전", so the locale's
 * morning and afternoon words are accepted too. Pure: the locale is passed in.
 */
import type { LocalDateTime } from '../model/time';
import { dateFromParts, type DateOrder } from './date-text';
import { plainNumeralText } from './numeral-text';

type NumericPart = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** What a locale's short date and time look like. */
export interface LocaleDateTimeForm {
  readonly locale: string;
  /** The numeric parts in the order the locale writes them ("2027. 3. 1. 오전 9:00": year, month, day, hour, minute). */
  readonly parts: readonly NumericPart[];
  /** The locale's words for before and after noon, lower-case and longest first, with CLDR's root AM and PM. */
  readonly dayPeriods: readonly { readonly word: string; readonly isPm: boolean }[];
  /** 1 March 2027, 09:00 as the locale writes it, year in full, for messages. */
  readonly example: string;
}

const isNumericPart = (type: string): type is NumericPart => ['year', 'month', 'day', 'hour', 'minute'].includes(type);
const at = (hour: number): Date => new Date(Date.UTC(2027, 2, 1, hour, 0));

/** Day-period words Intl writes at these hours, for AM (before noon) or PM. */
function periodWords(locale: string, hours: readonly number[], options: Intl.DateTimeFormatOptions): string[] {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return hours.flatMap((hour) => format.formatToParts(at(hour)).filter((p) => p.type === 'dayPeriod').map((p) => plainNumeralText(p.value).trim().toLowerCase()));
}

/** The locale's short date and time form, learned from Intl (the same options as the CSV export's). */
export function localeDateTimeForm(locale: string): LocaleDateTimeForm {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
  const parts = format.formatToParts(at(9)).map((p) => p.type).filter(isNumericPart);
  const twelveHour = { hour: 'numeric', hourCycle: 'h12' } as const;
  // The flexible periods ("오전", "in the morning") at 10:00 and 15:00; a word written on both sides of noon is no help.
  const am = ['am', ...periodWords(locale, [9], { timeStyle: 'short' }), ...periodWords(locale, [9], twelveHour), ...periodWords(locale, [10], { dayPeriod: 'short' })];
  const pm = ['pm', ...periodWords(locale, [21], { timeStyle: 'short' }), ...periodWords(locale, [21], twelveHour), ...periodWords(locale, [15], { dayPeriod: 'short' })];
  const dayPeriods = [
    ...[...new Set(am)].filter((w) => w !== '' && !pm.includes(w)).map((word) => ({ word, isPm: false })),
    ...[...new Set(pm)].filter((w) => w !== '' && !am.includes(w)).map((word) => ({ word, isPm: true })),
  ].sort((a, b) => b.word.length - a.word.length);
  const example = format.formatToParts(at(9)).map((p) => (p.type === 'year' ? '2027' : p.value)).join('');
  return { locale, parts, dayPeriods, example };
}

const DATE_PARTS: readonly NumericPart[] = ['year', 'month', 'day'];

/** The order of a form's date parts, for a numeric date the data or the person has not settled. */
function orderOf(parts: readonly NumericPart[]): DateOrder {
  const first = parts.find((p) => DATE_PARTS.includes(p));
  return first === 'year' ? 'ymd' : first === 'month' ? 'mdy' : 'dmy';
}

/**
 * Whether the form writes the day or the month first ('dmy' for de-DE, 'mdy' for en-US): the
 * answer to a file's numeric dates that read both ways (02/03/2027) when the person has said the
 * file is in this locale's format. Null when the year comes first (ko-KR, ja-JP), which settles it.
 */
export function dayMonthOrder(form: LocaleDateTimeForm): 'dmy' | 'mdy' | null {
  const order = orderOf(form.parts);
  return order === 'ymd' ? null : order;
}

/** Where each date part sits among the three date numbers. */
const POSITIONS: Readonly<Record<DateOrder, readonly [year: number, month: number, day: number]>> = { ymd: [0, 1, 2], mdy: [2, 0, 1], dmy: [2, 1, 0] };

/** The day period written in the text (true for PM), and the text without it. */
function withoutDayPeriod(text: string, form: LocaleDateTimeForm): { rest: string; isPm: boolean | null } {
  const lower = text.toLowerCase();
  for (const { word, isPm } of form.dayPeriods) {
    const index = lower.indexOf(word);
    if (index >= 0) return { rest: `${lower.slice(0, index)} ${lower.slice(index + word.length)}`, isPm };
  }
  return { rest: lower, isPm: null };
}

/** Hour and minute from the text's numbers, 12-hour when a day period was written; null when impossible. */
function timeOf(hourText: string, minuteText: string, isPm: boolean | null): string | null {
  const hour = Number(hourText);
  const minute = Number(minuteText);
  // h11 locales write 0-11 with the period, h12 ones 1-12: both read.
  if (minute > 59 || (isPm === null ? hour > 23 : hour > 12)) return null;
  const wall = isPm === null ? hour : (hour % 12) + (isPm ? 12 : 0);
  return `${String(wall).padStart(2, '0')}:${minuteText.padStart(2, '0')}`;
}

/**
 * Reads a date, or a date and time, written in the form's order (a time without a date is not
 * read). `order` settles which of day and month comes first when the file's data or the person
 * did; a four-digit first number is a year whatever either says. A date without a time is 09:00,
 * as the ISO reader's. Null when the text is not in this form or names no real day.
 */
export function readLocaleDateTime(text: string, form: LocaleDateTimeForm, order?: 'dmy' | 'mdy'): LocalDateTime | null {
  const { rest, isPm } = withoutDayPeriod(plainNumeralText(text).trim(), form);
  // A month name, weekday or other word: not the short form (date-text.ts reads those).
  if (/\p{L}/u.test(rest)) return null;
  const numbers = rest.match(/\d+/g) ?? [];
  if (numbers.length !== 3 && numbers.length !== 5) return null;
  const parts = numbers.length === 3 ? form.parts.filter((p) => DATE_PARTS.includes(p)) : form.parts;
  if (parts.length !== numbers.length) return null;
  const dates = numbers.filter((_, i) => DATE_PARTS.includes(parts[i] ?? 'minute'));
  const [yearAt, monthAt, dayAt] = POSITIONS[(dates[0] ?? '').length >= 3 ? 'ymd' : order ?? orderOf(parts)];
  const yearText = dates[yearAt] ?? '';
  const year = yearText.length <= 2 ? 2000 + Number(yearText) : Number(yearText);
  const date = dateFromParts(year, Number(dates[monthAt]), Number(dates[dayAt]), text);
  if (!date.ok) return null;
  if (numbers.length === 3) return isPm === null ? (`${date.date}T09:00` as LocalDateTime) : null;
  const time = timeOf(numbers[parts.indexOf('hour')] ?? '', numbers[parts.indexOf('minute')] ?? '', isPm);
  return time === null ? null : (`${date.date}T${time}` as LocalDateTime);
}

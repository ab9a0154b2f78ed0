/**
 * Plans are written in wall-clock time with no time zone, as MS Project and GanttProject do:
 * "2026-03-02T09:00" means nine in the morning wherever the plan is opened.
 * LocalDateTime is 'YYYY-MM-DDTHH:mm', or 'YYYY-MM-DDTHH:mm:ss' when the seconds are not zero
 * (MS Project writes them: 11:53:18 must not become 11:53); LocalDate is 'YYYY-MM-DD'.
 */
import type { Brand } from './ids';

export type LocalDateTime = Brand<string, 'LocalDateTime'>;
export type LocalDate = Brand<string, 'LocalDate'>;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_MINUTE = 60_000;

/** Minutes since 1970-01-01T00:00 wall time (fractional with seconds). The engine works in these numbers. */
export type WallMinutes = number;

function validParts(y: number, m: number, d: number, h = 0, min = 0, sec = 0): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59 || sec > 59) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Parses 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss' (a trailing zone is not accepted); zero
 * seconds are dropped so one instant has one spelling. Null when not a real instant.
 */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const fixed = fixedSpellingDateTime(text);
  if (fixed !== undefined) return fixed;
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const sec = Number(m[6] ?? 0);
  if (!validParts(y, mo, d, h, mi, sec)) return null;
  return (sec === 0 ? text.slice(0, 16) : text) as LocalDateTime;
}

/**
 * parseLocalDateTime's answer for the spellings nearly every date has (YYYY-MM-DDTHH:mm[:ss], year
 * ≥ 100), read by character code: an MS Project file of 10,000 tasks has ~60,000 dates, and the
 * regex's match array and a Date per date were a tenth of reading its tasks. Undefined sends any
 * other text (other lengths, non-digits, a year before 100, which Date.UTC reads as 19xx) to the
 * general path; both give the same answer (mspdi-dates.test.ts compares them).
 */
function fixedSpellingDateTime(text: string): LocalDateTime | null | undefined {
  const n = text.length;
  if ((n !== 16 && n !== 19) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 || (n === 19 && text.charCodeAt(16) !== 58)) return undefined;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  const h = digitsAt(text, 11, 2);
  const mi = digitsAt(text, 14, 2);
  const sec = n === 19 ? digitsAt(text, 17, 2) : 0;
  // NaN (a non-digit) fails `>= 100` or the range checks below only by accident, so it is sent on explicitly.
  if (!(y >= 100) || Number.isNaN(mo + d + h + mi + sec)) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return null;
  return (sec === 0 ? text.slice(0, 16) : text) as LocalDateTime;
}

/**
 * Whether `text` is a real date, 'YYYY-MM-DD', or with `withTime` a real date-time,
 * 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss': the plan schema's date check. Every year 0000–9999
 * is read on the proleptic Gregorian calendar (parseLocalDateTime reads years before 100 as Date
 * does). By character code: the schema checks the ~50,000 dates of a 10,000-task plan, and a
 * regex's match array for each was a quarter of that check.
 */
export function isRealDateText(text: string, withTime: boolean): boolean {
  const n = text.length;
  if (withTime ? n !== 16 && n !== 19 : n !== 10) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  if (withTime) {
    if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || (n === 19 && text.charCodeAt(16) !== 58)) return false;
    const h = digitsAt(text, 11, 2);
    const mi = digitsAt(text, 14, 2);
    const sec = n === 19 ? digitsAt(text, 17, 2) : 0;
    // NaN (a non-digit) fails every comparison, so `!(x <= max)` refuses it.
    if (!(h <= 23) || !(mi <= 59) || !(sec <= 59)) return false;
  }
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Parses 'YYYY-MM-DD'. Null for impossible dates such as 2026-02-30. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  return validParts(y, mo, d) ? (text as LocalDate) : null;
}

export function toWallMinutes(value: LocalDateTime | LocalDate): WallMinutes {
  // The engine, the load and the reports read dates here hundreds of thousands of times a run:
  // the fixed spellings are read by character code (no split arrays, no Date), which took the
  // portfolio's cross-project load from ~50 ms of date parsing to a few. Anything else (a year
  // before 100, which Date.UTC reads as 19xx) takes the general path; both give identical numbers.
  const fast = wallMinutesOfFixedSpelling(value);
  return Number.isNaN(fast) ? wallMinutesOfAnySpelling(value) : fast;
}

/** Two or four ASCII digits at `at` as a number; NaN when any is not a digit. */
function digitsAt(text: string, at: number, width: 2 | 4): number {
  let n = 0;
  for (let i = at; i < at + width; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Whole days since 1970-01-01 of a proleptic Gregorian date, month 1..12, without Date objects
 * (H. Hinnant's days_from_civil, exact for every year). The calendar's day arithmetic uses it too.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days in a month (1..12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss' with year ≥ 100 and month 1..12; else NaN. */
function wallMinutesOfFixedSpelling(value: string): number {
  const n = value.length;
  if ((n !== 10 && n !== 16 && n !== 19) || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  if (!(y >= 100) || !(mo >= 1 && mo <= 12) || Number.isNaN(d)) return NaN;
  let h = 0, mi = 0, sec = 0;
  if (n > 10) {
    if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || (n === 19 && value.charCodeAt(16) !== 58)) return NaN;
    h = digitsAt(value, 11, 2);
    mi = digitsAt(value, 14, 2);
    sec = n === 19 ? digitsAt(value, 17, 2) : 0;
  }
  // Whole milliseconds first, then one division: the same arithmetic as Date.UTC(...) / 60,000.
  const ms = ((daysFromCivil(y, mo, 1) + d - 1) * 1440 + h * 60 + mi) * MS_PER_MINUTE + sec * 1000;
  return ms / MS_PER_MINUTE;
}

function wallMinutesOfAnySpelling(value: string): WallMinutes {
  const [date, time = '00:00'] = value.split('T') as [string, string?];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, sec = 0] = time.split(':').map(Number) as [number, number, number?];
  return Date.UTC(y, mo - 1, d, h, mi, sec) / MS_PER_MINUTE;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Wall minutes as text, to the second (seconds written only when not zero). */
export function fromWallMinutes(minutes: WallMinutes): LocalDateTime {
  const dt = new Date(Math.round(minutes * 60) * 1000);
  const seconds = dt.getUTCSeconds();
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}T${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}${seconds === 0 ? '' : `:${pad(seconds)}`}` as LocalDateTime;
}

export function dateOf(value: LocalDateTime): LocalDate {
  return value.slice(0, 10) as LocalDate;
}

export function atTime(date: LocalDate, hhmm: string): LocalDateTime {
  return `${date}T${hhmm}` as LocalDateTime;
}

/** Day of week of a wall-clock instant or date: 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(value: LocalDateTime | LocalDate | WallMinutes): number {
  const minutes = typeof value === 'number' ? value : toWallMinutes(value);
  return new Date(minutes * MS_PER_MINUTE).getUTCDay();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromWallMinutes(toWallMinutes(date) + days * 1440).slice(0, 10) as LocalDate;
}

export function compareLocal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

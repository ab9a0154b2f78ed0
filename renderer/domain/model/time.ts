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
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const sec = Number(m[6] ?? 0);
  if (!validParts(y, mo, d, h, mi, sec)) return null;
  return (sec === 0 ? text.slice(0, 16) : text) as LocalDateTime;
}

/** Parses 'YYYY-MM-DD'. Null for impossible dates such as 2026-02-30. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  return validParts(y, mo, d) ? (text as LocalDate) : null;
}

export function toWallMinutes(value: LocalDateTime | LocalDate): WallMinutes {
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

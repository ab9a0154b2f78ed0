/**
 * Fast WallMinutes -> LocalDateTime for the engine's output: a 10,000-task schedule formats
 * 60,000 dates, so day strings are cached instead of building a Date for each.
 */
import { civilFromDays, dayOf, localDateOfDay, MINUTES_PER_DAY } from '../calendar';
import type { LocalDate, LocalDateTime, WallMinutes } from '../model';
import type { IssueMessagePart, ScheduleIssue } from './types';

const dayPrefix = new Map<number, string>();
const pad2 = (n: number): string => (n < 10 ? `0${String(n)}` : String(n));
const CLOCK: readonly string[] = Array.from({ length: MINUTES_PER_DAY }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);

/** The same text as model/time.ts fromWallMinutes, without allocating a Date. */
export function formatWall(t: WallMinutes): LocalDateTime {
  // An instant with seconds (imported from MS Project) keeps them; whole minutes take the fast path.
  if (!Number.isInteger(t)) return withSeconds(t);
  const day = dayOf(t);
  let prefix = dayPrefix.get(day);
  if (prefix === undefined) {
    const c = civilFromDays(day);
    prefix = `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}T`;
    // Plans span years, not centuries: the cache stays small, and is bounded anyway.
    if (dayPrefix.size > 200_000) dayPrefix.clear();
    dayPrefix.set(day, prefix);
  }
  return `${prefix}${CLOCK[t - day * MINUTES_PER_DAY] ?? '00:00'}` as LocalDateTime;
}

function withSeconds(t: WallMinutes): LocalDateTime {
  const seconds = Math.round(t * 60);
  const minute = Math.floor(seconds / 60);
  const rest = seconds - minute * 60;
  const text = formatWall(minute);
  return (rest === 0 ? text : `${text}:${pad2(rest)}`) as LocalDateTime;
}

export function formatDate(t: WallMinutes): LocalDate {
  return localDateOfDay(dayOf(t));
}

/** "2 days", "1 day", "3 hours", "45 minutes": how far a date is off, for messages. */
export function describeMinutes(minutes: number, minutesPerDay: number): string {
  const abs = Math.abs(minutes);
  const plural = (v: number, unit: string): string => `${String(v)} ${unit}${v === 1 ? '' : 's'}`;
  if (abs >= minutesPerDay) return plural(Math.round((abs / minutesPerDay) * 10) / 10, 'day');
  if (abs >= 60) return plural(Math.round((abs / 60) * 10) / 10, 'hour');
  return plural(abs, 'minute');
}

/** A task's name in quotes, as messages show it. */
export const quoted = (name: string): string => `'${name}'`;

/** An issue's message and its pieces (ScheduleIssue.messageParts) from the same pieces: the message writes dates in ISO. */
export function issueText(parts: readonly IssueMessagePart[]): Pick<ScheduleIssue, 'message' | 'messageParts'> {
  return { message: parts.map((p) => (typeof p === 'string' ? p : p.date)).join(''), messageParts: parts };
}

/** What an over-allocation warning asks of the planner; a report for executives leaves it out (report/section-text.ts). */
export const LEVELING_ADVICE = ' Level resources, or change the assignments.';

/** "on 2027-01-04", "on 3 days from 2027-01-04": the days a person is over-allocated, as issue pieces. */
export function overAllocatedSpan(days: number, first: LocalDate): IssueMessagePart[] {
  return [days === 1 ? 'on ' : `on ${String(days)} days from `, { date: first }];
}

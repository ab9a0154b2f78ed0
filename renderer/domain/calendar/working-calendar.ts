/**
 * A compiled working calendar. Every day's working intervals are resolved once and a running
 * total of working minutes ("ordinal") is kept per day, so converting between wall-clock time and
 * working time costs one array lookup one way and a binary search the other way.
 *
 * Ordinal = working minutes since the calendar's anchor day. Non-working time has no ordinal of
 * its own: all instants between the end of one working period and the start of the next share
 * one ordinal. Hence two inverse functions: `finishAt` picks the earliest such instant (the end
 * of work, where a finish lands: Monday 17:00) and `startAt` the latest (the next working
 * instant, where a start lands: Tuesday 09:00).
 */
import type { CalendarId, LocalDate, ProjectCalendar, WallMinutes } from '../model';
import { dayOf, dayOfLocalDate, MINUTES_PER_DAY } from './civil';
import { fillPatterns, NON_WORKING, type DayPattern } from './day-rules';

/** Days compiled on first use either side of the anchor; grown by doubling when asked for more. */
const INITIAL_BEFORE = 400;
const INITIAL_AFTER = 1500;
/** Hard bounds (about 1900 and 2250) so a calendar without enough working time cannot loop. */
const MIN_DAY = -25567;
const MAX_DAY = 102000;

export interface WorkingCalendar {
  readonly id: CalendarId;
  /** True when the work week had no working time and was read as round-the-clock instead. */
  readonly isDegenerate: boolean;
  /** Working minutes between the anchor and t (negative before the anchor). */
  ordinalOf(t: WallMinutes): number;
  /** The earliest instant with this ordinal: the end of working time when on a boundary. */
  finishAt(ordinal: number): WallMinutes;
  /** The latest instant with this ordinal: the next working instant when on a boundary. */
  startAt(ordinal: number): WallMinutes;
  /** t plus `minutes` of working time, landing at the end of work (finish convention). Negative subtracts. */
  addWorking(t: WallMinutes, minutes: number): WallMinutes;
  /** t minus `minutes` of working time, landing at the start of work (start convention). */
  subtractWorking(t: WallMinutes, minutes: number): WallMinutes;
  /** Working minutes from a to b; negative when b is before a. */
  workingBetween(a: WallMinutes, b: WallMinutes): number;
  /** t itself inside working time, else the start of the next working period. */
  nextWorkingInstant(t: WallMinutes): WallMinutes;
  /** t itself inside working time, else the end of the previous working period (Friday 17:00 for Monday 08:00). */
  previousWorkingInstant(t: WallMinutes): WallMinutes;
  isWorkingDay(date: LocalDate): boolean;
  /** Working minutes on a day number (days since 1970-01-01). */
  workingMinutesOnDay(day: number): number;
  /** Flat [start, end ...] minutes from midnight of a day number. */
  patternOfDay(day: number): DayPattern;
}

/** Builds a compiled calendar from its base chain (root first) and week. */
export function compileChain(
  chain: readonly ProjectCalendar[], week: readonly DayPattern[], isDegenerate: boolean, anchorDay: number,
): WorkingCalendar {
  return new CompiledCalendar(chain, week, isDegenerate, anchorDay);
}

class CompiledCalendar implements WorkingCalendar {
  readonly id: CalendarId;
  private first: number;
  private patterns: DayPattern[];
  /** cum[i] = ordinal at the start of day first + i; one more entry than patterns. */
  private cum: Float64Array;

  constructor(
    private readonly chain: readonly ProjectCalendar[],
    private readonly week: readonly DayPattern[],
    readonly isDegenerate: boolean,
    private readonly anchorDay: number,
  ) {
    const own = chain[chain.length - 1];
    this.id = (own?.id ?? '') as CalendarId;
    this.first = Math.max(MIN_DAY, anchorDay - INITIAL_BEFORE);
    this.patterns = fillPatterns(chain, week, this.first, Math.min(MAX_DAY, anchorDay + INITIAL_AFTER));
    this.cum = this.totals();
  }

  private get end(): number {
    return this.first + this.patterns.length;
  }

  /** Running totals re-based so the anchor day always starts at ordinal 0, whatever the window. */
  private totals(): Float64Array {
    const cum = new Float64Array(this.patterns.length + 1);
    for (let i = 0; i < this.patterns.length; i++) cum[i + 1] = (cum[i] ?? 0) + minutesOf(this.patterns[i] ?? NON_WORKING);
    const offset = cum[this.anchorDay - this.first] ?? 0;
    for (let i = 0; i < cum.length; i++) cum[i] = (cum[i] ?? 0) - offset;
    return cum;
  }

  /** Grows the compiled window to include `day` (clamped to the hard bounds). Returns false when it cannot. */
  private cover(day: number): boolean {
    if (day >= this.first && day < this.end) return true;
    if (day < MIN_DAY || day >= MAX_DAY) return false;
    const span = this.patterns.length;
    const newFirst = day < this.first ? Math.max(MIN_DAY, Math.min(day, this.first - span)) : this.first;
    const newEnd = day >= this.end ? Math.min(MAX_DAY, Math.max(day + 1, this.end + span)) : this.end;
    const before = newFirst < this.first ? fillPatterns(this.chain, this.week, newFirst, this.first) : [];
    const after = newEnd > this.end ? fillPatterns(this.chain, this.week, this.end, newEnd) : [];
    this.patterns = [...before, ...this.patterns, ...after];
    this.first = newFirst;
    this.cum = this.totals();
    return true;
  }

  patternOfDay(day: number): DayPattern {
    return this.cover(day) ? (this.patterns[day - this.first] ?? NON_WORKING) : NON_WORKING;
  }

  workingMinutesOnDay(day: number): number {
    return minutesOf(this.patternOfDay(day));
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.workingMinutesOnDay(dayOfLocalDate(date)) > 0;
  }

  ordinalOf(t: WallMinutes): number {
    const day = dayOf(t);
    if (!this.cover(day)) return day < MIN_DAY ? (this.cum[0] ?? 0) : (this.cum[this.cum.length - 1] ?? 0);
    const i = day - this.first;
    const minute = t - day * MINUTES_PER_DAY;
    const pattern = this.patterns[i] ?? NON_WORKING;
    let acc = this.cum[i] ?? 0;
    for (let k = 0; k + 1 < pattern.length; k += 2) {
      const s = pattern[k] ?? 0;
      if (minute <= s) break;
      const e = pattern[k + 1] ?? 0;
      acc += Math.min(minute, e) - s;
      if (minute < e) break;
    }
    return acc;
  }

  /** Grows the window until the ordinal lies inside it (or the hard bounds are hit). */
  private coverOrdinal(ordinal: number): void {
    while (ordinal <= (this.cum[0] ?? 0) && this.cover(this.first - 1));
    while (ordinal >= (this.cum[this.cum.length - 1] ?? 0) && this.cover(this.end));
  }

  finishAt(ordinal: number): WallMinutes {
    this.coverOrdinal(ordinal);
    const cum = this.cum;
    if (ordinal <= (cum[0] ?? 0)) return this.first * MINUTES_PER_DAY;
    // Smallest day i with cum[i + 1] >= ordinal: that day holds the minute that reaches it.
    let lo = 0;
    let hi = this.patterns.length - 1;
    if (ordinal > (cum[hi + 1] ?? 0)) return this.end * MINUTES_PER_DAY;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid + 1] ?? 0) >= ordinal) hi = mid;
      else lo = mid + 1;
    }
    return (this.first + lo) * MINUTES_PER_DAY + minuteReaching(this.patterns[lo] ?? NON_WORKING, ordinal - (cum[lo] ?? 0), true);
  }

  startAt(ordinal: number): WallMinutes {
    this.coverOrdinal(ordinal);
    const cum = this.cum;
    if (ordinal >= (cum[cum.length - 1] ?? 0)) return this.end * MINUTES_PER_DAY;
    // Largest day i with cum[i] <= ordinal: it still has work left after the ordinal.
    let lo = 0;
    let hi = this.patterns.length - 1;
    if (ordinal < (cum[0] ?? 0)) return this.first * MINUTES_PER_DAY;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((cum[mid] ?? 0) <= ordinal) lo = mid;
      else hi = mid - 1;
    }
    return (this.first + lo) * MINUTES_PER_DAY + minuteReaching(this.patterns[lo] ?? NON_WORKING, ordinal - (cum[lo] ?? 0), false);
  }

  addWorking(t: WallMinutes, minutes: number): WallMinutes {
    if (minutes < 0) return this.subtractWorking(t, -minutes);
    if (minutes === 0) return t;
    return this.finishAt(this.ordinalOf(t) + minutes);
  }

  subtractWorking(t: WallMinutes, minutes: number): WallMinutes {
    if (minutes < 0) return this.addWorking(t, -minutes);
    if (minutes === 0) return t;
    return this.startAt(this.ordinalOf(t) - minutes);
  }

  workingBetween(a: WallMinutes, b: WallMinutes): number {
    return this.ordinalOf(b) - this.ordinalOf(a);
  }

  nextWorkingInstant(t: WallMinutes): WallMinutes {
    return Math.max(t, this.startAt(this.ordinalOf(t)));
  }

  previousWorkingInstant(t: WallMinutes): WallMinutes {
    return Math.min(t, this.finishAt(this.ordinalOf(t)));
  }
}

function minutesOf(pattern: DayPattern): number {
  let total = 0;
  for (let k = 0; k + 1 < pattern.length; k += 2) total += (pattern[k + 1] ?? 0) - (pattern[k] ?? 0);
  return total;
}

/**
 * Minute of the day at which `remaining` working minutes of the day have passed. With
 * `atEnd`, a remainder that exactly fills an interval lands on that interval's end (a finish);
 * otherwise it moves on to the next interval's start (a start).
 */
function minuteReaching(pattern: DayPattern, remaining: number, atEnd: boolean): number {
  let left = remaining;
  for (let k = 0; k + 1 < pattern.length; k += 2) {
    const s = pattern[k] ?? 0;
    const len = (pattern[k + 1] ?? 0) - s;
    if (atEnd ? left <= len : left < len) return s + left;
    left -= len;
  }
  return MINUTES_PER_DAY;
}

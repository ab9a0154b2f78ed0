/**
 * Working calendars: the week's working hours and the exceptions to it (holidays, extra working
 * days, recurring ones), as MS Project's calendars hold them. A resource's calendar derives from
 * the project's.
 */
import type { CalendarId } from './ids';
import type { Extra } from './plan';
import type { LocalDate } from './time';

/** Minutes from midnight, [start, end). A working day 09:00-17:00 with lunch is [[540,720],[780,1020]]. */
export interface WorkInterval {
  readonly startMinute: number;
  readonly endMinute: number;
}

/** Index 0 = Sunday ... 6 = Saturday; an empty array is a non-working day. */
export type WorkWeek = readonly [
  readonly WorkInterval[], readonly WorkInterval[], readonly WorkInterval[], readonly WorkInterval[],
  readonly WorkInterval[], readonly WorkInterval[], readonly WorkInterval[],
];

/** Weekday 0 = Sunday ... 6 = Saturday. Week of month: 1..4, 5 = last. */
export type ExceptionRecurrence =
  | { readonly kind: 'daily'; readonly every: number }
  | { readonly kind: 'weekly'; readonly every: number; readonly weekdays: readonly number[] }
  | { readonly kind: 'monthly-day'; readonly every: number; readonly day: number }
  | { readonly kind: 'monthly-weekday'; readonly every: number; readonly week: number; readonly weekday: number }
  | { readonly kind: 'yearly-date'; readonly month: number; readonly day: number }
  | { readonly kind: 'yearly-weekday'; readonly month: number; readonly week: number; readonly weekday: number };

/**
 * A calendar exception (MSPDI's Exception). Without recurrence, every day from..to is affected.
 * With a recurrence, the occurrences that fall inside from..to are affected (a yearly holiday
 * until 2030, say); `to` may be far in the future.
 */
export interface CalendarException {
  readonly name: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly isWorking: boolean;
  /** Working hours on an extra working day; empty for non-working exceptions. */
  readonly intervals: readonly WorkInterval[];
  readonly recurrence: ExceptionRecurrence | null;
}

export interface ProjectCalendar {
  readonly id: CalendarId;
  readonly name: string;
  /** A resource calendar derives from the project's: null week = inherit the base week. */
  readonly baseCalendarId: CalendarId | null;
  readonly workWeek: WorkWeek | null;
  readonly exceptions: readonly CalendarException[];
  readonly extra?: Extra;
}

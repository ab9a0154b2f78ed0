/**
 * Moving a date across a link: from the predecessor's calendar, plus the lag, onto the
 * successor's calendar. Working lags are measured on the project calendar (MS Project's
 * default); elapsed lags ("ed") on the clock. When all three calendars are the same and the lag
 * is in working time this is plain addition of ordinals, which is the case for most links.
 */
import type { WorkingCalendar } from '../calendar';
import type { LinkType } from '../model';

export interface LagSpec {
  readonly lag: number;
  readonly elapsed: boolean;
  readonly lagCal: WorkingCalendar;
}

/**
 * `value` is an ordinal on `from`; `isStart` says whether it is a start (read as the next
 * working instant) or a finish (read as the end of work). Returns the ordinal on `to`.
 */
export function carry(value: number, from: WorkingCalendar, isStart: boolean, lag: LagSpec | null, to: WorkingCalendar): number {
  if (lag === null || lag.lag === 0) {
    return from === to ? value : to.ordinalOf(isStart ? from.startAt(value) : from.finishAt(value));
  }
  if (!lag.elapsed && from === lag.lagCal) {
    const moved = value + lag.lag;
    return from === to ? moved : to.ordinalOf(isStart ? from.startAt(moved) : from.finishAt(moved));
  }
  let t = isStart ? from.startAt(value) : from.finishAt(value);
  if (lag.elapsed) t += lag.lag;
  else {
    const moved = lag.lagCal.ordinalOf(t) + lag.lag;
    t = isStart ? lag.lagCal.startAt(moved) : lag.lagCal.finishAt(moved);
  }
  return to.ordinalOf(t);
}

/** Whether a link reads the predecessor's start (SS, SF) rather than its finish (FS, FF). */
export function readsPredecessorStart(type: LinkType): boolean {
  switch (type) {
    case 'FS': case 'FF': return false;
    case 'SS': case 'SF': return true;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** Whether a link bounds the successor's start (FS, SS) rather than its finish (FF, SF). */
export function boundsSuccessorStart(type: LinkType): boolean {
  switch (type) {
    case 'FS': case 'SS': return true;
    case 'FF': case 'SF': return false;
    default: {
      const never: never = type;
      return never;
    }
  }
}

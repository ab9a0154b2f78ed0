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

/** Where a carried finish can be shown: at the end of work (true) or only at the next start. */
export interface CarryBias { atEnd: boolean }

/**
 * `value` is an ordinal on `from`; `isStart` says whether it is a start (read as the next
 * working instant) or a finish (read as the end of work). Returns the ordinal on `to`.
 * `bias`, when given, learns whether a finish still lands at the end of work on `to`: an
 * elapsed lag ending on Friday 18:00 cannot show a milestone at Friday 17:00.
 */
export function carry(value: number, from: WorkingCalendar, isStart: boolean, lag: LagSpec | null, to: WorkingCalendar, bias?: CarryBias): number {
  if (bias) bias.atEnd = !isStart;
  const noLag = lag === null || lag.lag === 0;
  if (noLag || (!lag.elapsed && from === lag.lagCal)) {
    const moved = noLag ? value : value + lag.lag;
    return from === to ? moved : landOn(to, isStart ? from.startAt(moved) : from.finishAt(moved), isStart, bias);
  }
  let t = isStart ? from.startAt(value) : from.finishAt(value);
  if (lag.elapsed) t += lag.lag;
  else {
    const moved = lag.lagCal.ordinalOf(t) + lag.lag;
    t = isStart ? lag.lagCal.startAt(moved) : lag.lagCal.finishAt(moved);
  }
  return landOn(to, t, isStart, bias);
}

function landOn(to: WorkingCalendar, t: number, isStart: boolean, bias: CarryBias | undefined): number {
  const ordinal = to.ordinalOf(t);
  if (bias && !isStart) bias.atEnd = to.finishAt(ordinal) >= t;
  return ordinal;
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

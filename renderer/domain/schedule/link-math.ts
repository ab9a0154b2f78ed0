/**
 * Moving a date across a link: from the predecessor's calendar, plus the lag, onto the
 * successor's calendar. Working lags are measured on the project calendar (MS Project's
 * default); elapsed lags ("ed") on the clock. When all three calendars are the same and the lag
 * is in working time this is plain addition of ordinals, which is the case for most links.
 */
import type { WorkingCalendar } from '../calendar';
import type { LinkType } from '../model';

/** A link's lag: working minutes on `lagCal`, or elapsed (clock) minutes. */
export interface LagSpec {
  readonly lag: number;
  readonly elapsed: boolean;
  readonly lagCal: WorkingCalendar;
}

/** Link type codes as the compiled links store them. */
export const FS = 0, SS = 1, FF = 2, SF = 3;
const TYPE_CODES: Readonly<Record<LinkType, number>> = { FS, SS, FF, SF };
export const linkTypeCode = (type: LinkType): number => TYPE_CODES[type];
const CODE_TYPES: readonly LinkType[] = ['FS', 'SS', 'FF', 'SF'];
/** The link type of a code (the inverse of linkTypeCode). */
export const linkTypeOfCode = (code: number): LinkType => CODE_TYPES[code] ?? 'FS';
/** Whether a link type code reads the predecessor's start (SS, SF) rather than its finish. */
export const codeReadsStart = (code: number): boolean => code === SS || code === SF;
/** Whether a link type code bounds the successor's start (FS, SS) rather than its finish. */
export const codeBoundsStart = (code: number): boolean => code === FS || code === SS;

/** Where a carried finish can be shown: at the end of work (true) or only at the next start. */
export interface CarryBias { atEnd: boolean }

/**
 * `value` is an ordinal on `from`; `isStart` says whether it is a start (read as the next
 * working instant) or a finish (read as the end of work). Returns the ordinal on `to`.
 * `bias`, when given, learns whether a finish still lands at the end of work on `to`: an
 * elapsed lag ending on Friday 18:00 cannot show a milestone at Friday 17:00.
 */
export function carry(value: number, from: WorkingCalendar, isStart: boolean, lag: LagSpec | null, to: WorkingCalendar, bias?: CarryBias): number {
  return lag === null ? carryLag(value, from, isStart, 0, false, from, to, bias) : carryLag(value, from, isStart, lag.lag, lag.elapsed, lag.lagCal, to, bias);
}

/** carry() with the lag spelled out, as the compiled links hold it (no object per link). */
export function carryLag(
  value: number, from: WorkingCalendar, isStart: boolean, lag: number, elapsed: boolean, lagCal: WorkingCalendar, to: WorkingCalendar,
  bias?: CarryBias,
): number {
  if (bias) bias.atEnd = !isStart;
  if (lag === 0 || (!elapsed && from === lagCal)) {
    const moved = value + lag;
    return from === to ? moved : landOn(to, isStart ? from.startAt(moved) : from.finishAt(moved), isStart, bias);
  }
  let t = isStart ? from.startAt(value) : from.finishAt(value);
  if (elapsed) t += lag;
  else {
    const moved = lagCal.ordinalOf(t) + lag;
    t = isStart ? lagCal.startAt(moved) : lagCal.finishAt(moved);
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

/**
 * What the chart draws right after a bar's end, in this order: the late flag, then the risk
 * marker; and the room they take, so that a name drawn right of the bar (frappe's label that
 * does not fit, a milestone's or a split task's name) starts after them instead of under them.
 * Window-local px. Pure.
 */
const GAP = 3;
export const LATE_FLAG_RADIUS = 6;
/** The risk marker's box (a warning triangle), as wide as it is high, about the bar's height. */
export const RISK_MARK_SIZE = 14;

export interface BarEndMarks {
  /** Centre x of the late flag, or null when the task is not late. */
  readonly lateCx: number | null;
  /** Left x of the risk marker, or null when the task has none. */
  readonly riskX: number | null;
  /** Px the marks take after the bar's end (0 when there are none). */
  readonly widthPx: number;
}

export function barEndMarks(endX: number, isLate: boolean, isAtRisk: boolean): BarEndMarks {
  const lateWidth = isLate ? GAP + 2 * LATE_FLAG_RADIUS : 0;
  return {
    lateCx: isLate ? endX + GAP + LATE_FLAG_RADIUS : null,
    riskX: isAtRisk ? endX + lateWidth + GAP : null,
    widthPx: lateWidth + (isAtRisk ? GAP + RISK_MARK_SIZE : 0),
  };
}

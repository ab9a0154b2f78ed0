/**
 * Where a bar's label goes, in frappe's SVG coordinates (labels are start-anchored). frappe
 * centres a label that fits inside its bar and puts one that does not right of the bar. A bar
 * that starts left of the visible chart would have its centred label cut off (or out of view)
 * at the left edge, so its label is pinned to that edge, as MS Project and most Gantt tools
 * do; when it no longer fits in the visible part of the bar it moves right of the bar. A label
 * right of a bar that the edge cuts (its bar just out of view) starts at the edge too. A label
 * right of a bar also clears the marks after its end (bar-end.ts: late flag, risk marker). Pure.
 */
export interface LabelPlacement {
  /** Left edge of the text. */
  readonly x: number;
  /** Right of the bar (frappe's `big` class: dark text on the chart background). */
  readonly isOutside: boolean;
}

/** Space between a pinned label and the chart's edge, and between a label and the bar's end. */
export const LABEL_PAD = 5;

/**
 * A label right of its bar (`trailingPx`: room the marks after the bar's end take, bar-end.ts); a
 * label cut by the visible left edge (its bar just out of view) starts at that edge. `visibleRight`:
 * the visible chart's right edge, past which a label right of its bar would run; it then goes left
 * of the bar where it fits there, ending before `entryTurn()` (asked only then): where an arrow
 * into the bar's start turns into its last run. Also a milestone's name beside its diamond in the
 * exported chart (export-svg.ts), the diamond being the bar.
 */
export function labelBeside(
  barX: number, barWidth: number, labelWidth: number, visibleLeft: number, trailingPx = 0, visibleRight = Infinity, entryTurn: () => number | null = () => null,
): LabelPlacement {
  const after = barX + barWidth + trailingPx + LABEL_PAD;
  if (after + labelWidth > visibleRight) {
    const before = Math.min(barX, entryTurn() ?? Infinity) - LABEL_PAD - labelWidth;
    if (before >= visibleLeft) return { x: before, isOutside: true };
  }
  const pinned = visibleLeft + LABEL_PAD;
  return { x: after < pinned && after + labelWidth > visibleLeft ? pinned : after, isOutside: true };
}

/**
 * Inside the bar, centred, where it fits; pinned to the visible left edge when the bar starts
 * left of it; else beside the bar (labelBeside), as a milestone's name goes left of its diamond
 * (milestoneLabelStart) at the right edge. The screen (frappe-window.ts) and the exported chart
 * (export-svg.ts) both place their labels here.
 */
export function labelPlacement(
  barX: number, barWidth: number, labelWidth: number, visibleLeft: number, trailingPx = 0, visibleRight = Infinity, entryTurn: () => number | null = () => null,
): LabelPlacement {
  const end = barX + barWidth;
  const pinned = visibleLeft + LABEL_PAD;
  const outside = (): LabelPlacement => labelBeside(barX, barWidth, labelWidth, visibleLeft, trailingPx, visibleRight, entryTurn);
  if (labelWidth > barWidth) return outside();
  const centred = barX + barWidth / 2 - labelWidth / 2;
  if (centred >= pinned || end <= visibleLeft) return { x: centred, isOutside: false };
  return pinned + labelWidth <= end - LABEL_PAD ? { x: pinned, isOutside: false } : outside();
}

/**
 * Where a milestone's name starts when not right of its diamond (past the marks after it), or
 * null there. Left of the diamond when right of it the name would run past the visible chart's
 * right edge and left of it stays in view; pinned to the visible left edge when the diamond is
 * just out of view there and the name would be cut ("sign-off" for "UAT sign-off"), as a bar's
 * label is (labelBeside). MS Project and most Gantt tools do the same. `x` is the diamond's
 * centre. Pure.
 */
export function milestoneLabelStart(x: number, halfPx: number, trailingPx: number, labelWidth: number, visibleLeft: number, visibleRight: number): number | null {
  const [barX, barWidth] = [x - halfPx, 2 * halfPx];
  const placed = labelBeside(barX, barWidth, labelWidth, visibleLeft, trailingPx, visibleRight).x;
  // The same sum labelBeside makes for "right of the bar", so equal means it stayed there.
  return placed === barX + barWidth + trailingPx + LABEL_PAD ? null : placed;
}

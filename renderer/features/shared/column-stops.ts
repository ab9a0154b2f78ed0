/**
 * Where a table with frozen columns rests when it scrolls sideways (the task table, the Team
 * table): always with a whole column against the frozen ones, as Excel and MS Project scroll by
 * whole columns. A column stopped part-way under the frozen task name leaves the cut end of its
 * text beside it (the tail of "PREDECESSORS" read as a stray "›"). Pure: widths in, scroll
 * positions (px) out; a table applies them as CSS scroll snapping and as the scroll that brings
 * the active cell (or the focused control) into view.
 */

interface Column { readonly width: number }

/**
 * The scroll positions that put a whole column against the frozen edge: 0, then each scrolled
 * column's right edge measured from the first scrolled column's left (the last is their total width).
 */
export function columnStops(columns: readonly Column[], frozen: readonly (number | null)[]): number[] {
  const stops = [0];
  columns.forEach((c, i) => { if ((frozen[i] ?? null) === null) stops.push((stops.at(-1) ?? 0) + c.width); });
  return stops;
}

/**
 * Blank room after the last column so the farthest scroll is a stop too: without it the table
 * ends scrolled to wherever its width runs out, part-way through a column. `viewWidth` is the
 * scrolling area's width (clientWidth) less the frozen columns'.
 */
export function trailingRoom(stops: readonly number[], viewWidth: number): number {
  const total = stops.at(-1) ?? 0;
  const farthest = total - viewWidth;
  if (farthest <= 0) return 0;
  return (stops.find((s) => s >= farthest) ?? farthest) - farthest;
}

/**
 * The scroll position (a stop) that shows scrolled column `index` (0 = the first scrolled column)
 * whole, moving as little as possible; the same position when it is in view already. A column
 * wider than the view is shown from its left edge.
 */
export function scrollToShow(stops: readonly number[], index: number, scrollLeft: number, viewWidth: number): number {
  const left = stops[index];
  const right = stops[index + 1];
  if (left === undefined || right === undefined) return scrollLeft;
  if (left < scrollLeft || right - left >= viewWidth) return left;
  if (right <= scrollLeft + viewWidth) return scrollLeft;
  return stops.find((s) => s >= right - viewWidth) ?? left;
}

/**
 * The scroll position once the view has widened (a window made wider, the frozen name narrowed):
 * the columns scrolled under the frozen ones come back, as far as column `index` (the cursor's)
 * stays whole in view: the least stop that shows it, when that is less than `scrollLeft`. Kept
 * where it was, a table scrolled at 1024 px went on hiding Duration, Start and Finish at 1440 px
 * beside room enough for them.
 */
export function scrollAfterWidening(stops: readonly number[], index: number, scrollLeft: number, viewWidth: number): number {
  const left = stops[index];
  const right = stops[index + 1];
  if (left === undefined || right === undefined) return scrollLeft;
  const least = Math.min(left, stops.find((s) => s >= right - viewWidth) ?? left);
  return Math.min(scrollLeft, least);
}

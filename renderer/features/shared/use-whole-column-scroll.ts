/**
 * An HTML table that scrolls sideways in its own frame with its first column(s) frozen (sticky)
 * rests only on whole columns beside them, by the task table's rule (column-stops.ts): the frame
 * snaps to its header cells' left edges (CSS, with --frozen-edge as their scroll margin), gets
 * blank room after the last column (--trailing-room) so its farthest scroll is a stop too, and a
 * control focused by Tab is scrolled to a stop that shows its column whole. The browser's own
 * focus scrolling brings just the control into view, which left the column before it part-way
 * under the frozen names (the Team table's Email under Name, with Rates… focused).
 */
import { useEffect, type RefObject } from 'react';
import { columnStops, scrollToShow, trailingRoom } from './column-stops';

interface Layout {
  readonly frozen: readonly (number | null)[];
  /** Width of the frozen columns together: where the scrolled columns start on screen, px. */
  readonly frozenEdge: number;
  readonly stops: readonly number[];
  readonly viewWidth: number;
}

/** The header's columns as they are drawn: their widths, which are frozen (sticky), and the stops. */
function measure(frame: HTMLElement): Layout | null {
  const cells = Array.from(frame.querySelectorAll<HTMLElement>('thead tr:first-child > th'));
  if (cells.length === 0) return null;
  const columns = cells.map((cell) => ({ width: cell.getBoundingClientRect().width }));
  const frozen = cells.map((cell) => (getComputedStyle(cell).position === 'sticky' ? cell.offsetLeft : null));
  const frozenEdge = columns.reduce((sum, c, i) => sum + ((frozen[i] ?? null) === null ? 0 : c.width), 0);
  const stops = columnStops(columns, frozen);
  return { frozen, frozenEdge, stops, viewWidth: frame.clientWidth - frozenEdge };
}

function applyLayout(frame: HTMLElement): void {
  const layout = measure(frame);
  if (!layout) return;
  frame.style.setProperty('--frozen-edge', `${String(layout.frozenEdge)}px`);
  frame.style.setProperty('--trailing-room', `${String(trailingRoom(layout.stops, layout.viewWidth))}px`);
}

/** Keeps `frame` (the table's scrolling frame) on whole columns; see the file's comment. */
export function useWholeColumnScroll(frame: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    applyLayout(el);
    const resize = new ResizeObserver(() => applyLayout(el));
    resize.observe(el);
    const table = el.querySelector('table');
    if (table) resize.observe(table);
    const onFocusIn = (e: FocusEvent): void => {
      const cell = e.target instanceof Element ? e.target.closest('td, th') : null;
      const layout = measure(el);
      if (!cell || !layout || !el.contains(cell)) return;
      const index = (cell as HTMLTableCellElement).cellIndex;
      // A frozen cell is always in view: scrolling to it would only lose the person's place.
      if ((layout.frozen[index] ?? null) !== null) return;
      const scrolledIndex = layout.frozen.slice(0, index).filter((f) => f === null).length;
      const left = scrollToShow(layout.stops, scrolledIndex, el.scrollLeft, layout.viewWidth);
      if (Math.abs(left - el.scrollLeft) >= 1) el.scrollLeft = left;
    };
    el.addEventListener('focusin', onFocusIn);
    return () => {
      resize.disconnect();
      el.removeEventListener('focusin', onFocusIn);
    };
  }, [frame]);
}

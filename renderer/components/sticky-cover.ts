/**
 * How much of a table's scrolling box its sticky parts cover: the frozen columns at its left (the
 * task table's #, WBS and name; a register's or the Team table's first column) and a header row
 * stuck at its top. A cell that scrolls under them has left the table's visible area as surely as
 * one scrolled past its edge, so a popover hanging from such a cell hides (Popover.tsx).
 */

export interface StickyCover {
  /** From the scrolling box's inner left edge to the right edge of the frozen cells in the anchor's row, px. */
  readonly left: number;
  /** From the scrolling box's inner top edge to the bottom of a stuck header row, px. */
  readonly top: number;
}

const NO_COVER: StickyCover = { left: 0, top: 0 };

const isSticky = (el: Element): boolean => getComputedStyle(el).position === 'sticky';

function scrollingAncestor(from: Element): HTMLElement | null {
  for (let el = from.parentElement; el; el = el.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(el);
    if (/auto|scroll/.test(overflowX + overflowY)) return el;
  }
  return null;
}

/** The sticky cover over `anchor`'s table; none when the anchor is not in a scrolled table's row. */
export function stickyCover(anchor: Element): StickyCover {
  const row = anchor.closest('tr, [role="row"]');
  const scroller = row ? scrollingAncestor(row) : null;
  if (!row || !scroller) return NO_COVER;
  const box = scroller.getBoundingClientRect();
  const innerLeft = box.left + scroller.clientLeft;
  const innerTop = box.top + scroller.clientTop;
  let left = 0;
  for (const cell of Array.from(row.children)) {
    if (!cell.contains(anchor) && isSticky(cell)) left = Math.max(left, cell.getBoundingClientRect().right - innerLeft);
  }
  // The table's first row is its header; it covers the rows only while it is stuck (a sticky row, or sticky header cells).
  const header = scroller.querySelector('tr, [role="row"]');
  const headerCell = header?.firstElementChild;
  const isHeaderStuck = header && header !== row && (isSticky(header) || (headerCell !== null && headerCell !== undefined && isSticky(headerCell) && getComputedStyle(headerCell).top !== 'auto'));
  const top = isHeaderStuck ? Math.max(0, header.getBoundingClientRect().bottom - innerTop) : 0;
  return { left: Math.max(0, left), top };
}

/**
 * A table's rows as a person sees them: where each cell's box starts and ends, and where the
 * first line of its text sits. One row's cells share one top and one bottom (its border is one
 * straight line across the columns, a frozen column included) and their text sits on one line.
 */
import type { Locator } from 'playwright-core';

/** One body cell as drawn, in CSS pixels from the top of the window. */
export interface CellGeometry {
  /** The column's header text ('Name', 'Taken') or name ('Actions'), else its number from 1. */
  readonly column: string;
  readonly top: number;
  readonly bottom: number;
  /** How thick its bottom border is drawn (0 for none): a row's line runs on under every column or under none. */
  readonly borderBottomPx: number;
  /**
   * The vertical centre of the cell's first line of text: its first text's line box, or its first
   * field, list or button (whose text is centred in it); null for a cell that shows neither.
   */
  readonly lineCentre: number | null;
}

export interface RowGeometry {
  /** The row's first field's text or its first cell's ('Ada Lovelace', 'Sun, 6 Dec 26, 07:02'), to name it in a failure. */
  readonly label: string;
  readonly cells: readonly CellGeometry[];
}

/** Every body row of `table` (a cell spanning the whole row, as an empty table's message, left out). */
export function tableRowGeometry(table: Locator): Promise<RowGeometry[]> {
  return table.evaluate((element) => {
    const headers = [...element.querySelectorAll('thead tr:first-child > th')].map((th) => (th as HTMLElement).innerText.replace(/\s+/g, ' ').trim() || (th.getAttribute('aria-label') ?? ''));
    const isShown = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    /** The first line of text in a cell, in document order: a text's first line box or a control. */
    const firstLine = (cell: Element): DOMRect | null => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => {
          if (node instanceof Element) return isShown(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
          return (node.textContent ?? '').trim() === '' ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
        },
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.matches('input, select, textarea, button')) return node.getBoundingClientRect();
          continue;
        }
        const range = document.createRange();
        range.selectNodeContents(node);
        const line = range.getClientRects()[0];
        if (line) return line;
      }
      return null;
    };
    const rows = [...element.querySelectorAll(':scope > tbody > tr')]
      .filter((row) => isShown(row) && !(row.children.length === 1 && (row.children[0] as HTMLTableCellElement).colSpan > 1));
    return rows.map((row) => ({
      label: (row.querySelector('input')?.value || (row.children[0] as HTMLElement | undefined)?.innerText || '').replace(/\s+/g, ' ').trim(),
      cells: [...row.children].filter(isShown).map((cell) => {
        const box = cell.getBoundingClientRect();
        const line = firstLine(cell);
        const index = [...row.children].indexOf(cell);
        const style = getComputedStyle(cell);
        const borderBottomPx = style.borderBottomStyle === 'none' ? 0 : parseFloat(style.borderBottomWidth);
        return { column: headers[index] || String(index + 1), top: box.top, bottom: box.bottom, borderBottomPx, lineCentre: line ? (line.top + line.bottom) / 2 : null };
      }),
    }));
  });
}

/**
 * What is out of line in each row: "Ada Lovelace: Role's bottom 2.0 px off Name's". Empty when
 * every row's cells share their top and bottom within `edgePx` of its first cell's and draw the
 * same bottom border, and the centres of their first lines agree within `linePx` with the first
 * cell's that shows text.
 */
export function rowMisalignments(rows: readonly RowGeometry[], { edgePx = 0.5, linePx = 1 } = {}): string[] {
  const found: string[] = [];
  for (const row of rows) {
    const off = (cell: CellGeometry, what: string, by: number, limit: number, against: CellGeometry): void => {
      if (Math.abs(by) > limit) found.push(`${row.label.slice(0, 40)}: ${cell.column}'s ${what} ${by.toFixed(1)} px off ${against.column}'s`);
    };
    const [first] = row.cells;
    const lined = row.cells.find((c) => c.lineCentre !== null);
    for (const cell of row.cells) {
      if (first && cell !== first) {
        off(cell, 'top', cell.top - first.top, edgePx, first);
        off(cell, 'bottom', cell.bottom - first.bottom, edgePx, first);
        off(cell, 'bottom border', cell.borderBottomPx - first.borderBottomPx, 0, first);
      }
      if (lined && cell !== lined && lined.lineCentre !== null && cell.lineCentre !== null) {
        off(cell, 'text line', cell.lineCentre - lined.lineCentre, linePx, lined);
      }
    }
  }
  return found;
}

/** A table against the frame it scrolls in, as a person reads it without scrolling sideways. */
export interface TableFit {
  /** The frame (the nearest box that clips the table sideways) is narrower than the table: it scrolls sideways. */
  readonly scrollsSideways: boolean;
  /** Named columns whose header's right edge lies past the frame's visible right edge or the window's. */
  readonly columnsPastEdge: readonly string[];
  /**
   * Text cut short in the body's cells and fields, as "Column: text": wider than its box and
   * neither ended with an ellipsis nor given whole in a tooltip (its own title or its cell's).
   */
  readonly cutText: readonly string[];
  /** Text that shows whole only in its tooltip (cut with an ellipsis and a title), as "Column: text". */
  readonly ellipsed: readonly string[];
}

/** How `table` fits its frame at the window's present size; `columns` are the headers a person needs to see. */
export function tableFit(table: Locator, columns: readonly string[]): Promise<TableFit> {
  return table.evaluate((element, named) => {
    let frame: HTMLElement = element as HTMLElement;
    for (let up = element.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') { frame = up; break; }
    }
    const frameBox = frame.getBoundingClientRect();
    const right = Math.min(window.innerWidth, frame === element ? frameBox.right : frameBox.left + frame.clientLeft + frame.clientWidth);
    // The headers' words as written (textContent): a header drawn in capitals still reads 'Rate / h'.
    const headers = [...element.querySelectorAll('thead tr:first-child > th')].map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim() || (th.getAttribute('aria-label') ?? ''));
    const headerCells = [...element.querySelectorAll<HTMLElement>('thead tr:first-child > th')];
    const columnsPastEdge = named.filter((name) => {
      const th = headerCells[headers.indexOf(name)];
      return !th || th.getBoundingClientRect().right > right + 0.5;
    });
    const cutText: string[] = [];
    const ellipsed: string[] = [];
    for (const row of element.querySelectorAll(':scope > tbody > tr')) {
      [...row.children].forEach((cell, index) => {
        const boxes = [cell, ...cell.querySelectorAll('*')].filter((el): el is HTMLElement => el instanceof HTMLElement && el.clientWidth > 2 && !(el instanceof HTMLSelectElement) && !el.closest('option, select'));
        for (const box of boxes) {
          const isField = box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement;
          const text = isField ? (box as HTMLInputElement).value : box.innerText.replace(/\s+/g, ' ').trim();
          const style = getComputedStyle(box);
          if (!text || (!isField && style.overflowX === 'visible')) continue;
          // One pixel for the caret, which Chromium adds to a field's scroll width when it is at the end.
          // A box of lines clamped to one (-webkit-line-clamp) hides the rest below its first line.
          const isClamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
          if (box.scrollWidth <= box.clientWidth + 1 && !(isClamped && box.scrollHeight > box.clientHeight + 1)) continue;
          const title = box.title || box.closest('td')?.title || box.querySelector<HTMLElement>('[title]')?.title || '';
          const entry = `${headers[index] ?? String(index + 1)}: ${text}`;
          // A cell's tooltip may leave out what leads its text (a WBS number before a task's name).
          const isTold = title !== '' && (title.includes(text) || text.endsWith(title));
          if ((style.textOverflow === 'ellipsis' || isClamped) && isTold) ellipsed.push(entry); else cutText.push(entry);
        }
      });
    }
    return { scrollsSideways: frame !== element && frame.scrollWidth > frame.clientWidth + 1, columnsPastEdge, cutText, ellipsed };
  }, columns);
}

/** How many of `table`'s body rows show whole between its sticky header and the bottom of the frame it scrolls in. */
export function rowsInView(table: Locator): Promise<number> {
  return table.evaluate((element) => {
    let frame: HTMLElement = element as HTMLElement;
    for (let up = element.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowY !== 'visible') { frame = up; break; }
    }
    const box = frame.getBoundingClientRect();
    const top = Math.max(box.top, element.querySelector('thead')?.getBoundingClientRect().bottom ?? box.top);
    const bottom = Math.min(window.innerHeight, box.top + frame.clientTop + frame.clientHeight);
    return [...element.querySelectorAll(':scope > tbody > tr')].filter((row) => {
      const r = row.getBoundingClientRect();
      return row.getAttribute('aria-hidden') !== 'true' && r.height > 1 && r.top >= top - 0.5 && r.bottom <= bottom + 0.5;
    }).length;
  });
}

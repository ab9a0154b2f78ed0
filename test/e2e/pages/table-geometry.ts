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

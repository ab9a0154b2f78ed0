/**
 * How wide a column of text fields is drawn: wide enough for its widest value, as a spreadsheet's
 * auto-fit (Excel's double-click on a column edge) sizes a column to its content, within a floor
 * (room to type into an empty column) and a ceiling (one long value must not push the rest of the
 * table off screen; it ends in '…' instead). Pure: measured text widths in, a width (px) out.
 */

export interface ColumnFitLimits {
  /** The column's narrowest width, px. */
  readonly minPx: number;
  /** The column's widest width, px: a value needing more is cut. */
  readonly maxPx: number;
  /** What a field adds around its text (padding, border and a pixel for the caret), px. */
  readonly chromePx: number;
}

/** The field width (px, whole) that shows the widest of `textWidthsPx` whole, within the limits. */
export function fitColumnWidth(textWidthsPx: readonly number[], limits: ColumnFitLimits): number {
  const widest = textWidthsPx.reduce((max, width) => Math.max(max, width), 0);
  return Math.min(limits.maxPx, Math.max(limits.minPx, Math.ceil(widest + limits.chromePx)));
}

/** True when a value `textWidthPx` wide needs more than the column's widest width. */
export function isTooWideForColumn(textWidthPx: number, limits: ColumnFitLimits): boolean {
  return Math.ceil(textWidthPx + limits.chromePx) > limits.maxPx;
}

/** A column that shares a table's room with others: the width it asks for and the least it can do with, px. */
export interface SharedColumn {
  readonly fitPx: number;
  readonly minPx: number;
}

/**
 * The widths of `columns` sharing `roomPx`: each its fitted width while all of them fit; when
 * they do not, the columns give up room in the order given, each down to its floor, so the first
 * is cut before the next one is. Floors that do not fit are kept (the table scrolls sideways).
 */
export function shareRoom(roomPx: number, columns: readonly SharedColumn[]): number[] {
  let excessPx = columns.reduce((sum, c) => sum + Math.max(c.fitPx, c.minPx), 0) - roomPx;
  return columns.map((c) => {
    const fitPx = Math.max(c.fitPx, c.minPx);
    const givenPx = Math.max(0, Math.min(excessPx, fitPx - c.minPx));
    excessPx -= givenPx;
    return fitPx - givenPx;
  });
}

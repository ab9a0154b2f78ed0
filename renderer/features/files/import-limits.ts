/**
 * The limits a person is told about when importing: what the preview shows, what is read, when
 * Plotline asks first and when it stops. One place, so the dialogs and the checks say the same.
 */
import { LARGE_FILE_CHARS, MAX_FILE_CHARS, MAX_SHEET_ROWS } from '../../domain/formats';

/** Data rows the mapping preview shows (below the header). */
export const PREVIEW_ROWS = 5;
/**
 * Columns the mapping preview shows and offers for mapping. A CSV with thousands of columns froze
 * the window rendering a picker per column (issue 19); the preview says when it shows fewer.
 */
export const PREVIEW_COLUMNS = 40;
/** Data rows one table (CSV or sheet) may hold: the workbook reader's limit, for CSV too. */
export const MAX_TABLE_ROWS = MAX_SHEET_ROWS;
/** A read, or a check of the whole table, that takes longer is stopped with a message. */
export const IMPORT_TIMEOUT_MS = 20_000;

const MB = 1024 * 1024;
const mb = (size: number): string => String(Math.round((size / MB) * 10) / 10);

export type SizeRule =
  | { readonly kind: 'read' }
  | { readonly kind: 'ask'; readonly sizeMb: string; readonly message: string }
  | { readonly kind: 'refuse'; readonly message: string };

/**
 * What to do with a file of `size` characters (bytes for a workbook): read it, ask first (over
 * LARGE_FILE_CHARS, 10 MB), or refuse it (over MAX_FILE_CHARS, 50 MB).
 */
export function sizeRule(name: string, size: number): SizeRule {
  if (size > MAX_FILE_CHARS) {
    return { kind: 'refuse', message: `“${name}” is ${mb(size)} MB; Plotline opens files up to ${mb(MAX_FILE_CHARS)} MB.` };
  }
  if (size <= LARGE_FILE_CHARS) return { kind: 'read' };
  return {
    kind: 'ask', sizeMb: mb(size),
    message: `“${name}” is ${mb(size)} MB, more than the ${mb(LARGE_FILE_CHARS)} MB Plotline opens without asking. Reading it runs in the background `
      + `with a Cancel button; Plotline reads up to ${MAX_TABLE_ROWS.toLocaleString('en-US')} rows of a table and stops any read that takes over `
      + `${String(IMPORT_TIMEOUT_MS / 1000)} s, with a message.`,
  };
}

/** "Rows 2–6 of 12,345 and columns 1–40 of 5,000 are shown": what the preview's sample is. */
export function sampleSentence(shownRows: number, totalRows: number, shownColumns: number, totalColumns: number): string {
  const rows = totalRows > shownRows ? `the first ${String(shownRows)} of ${totalRows.toLocaleString('en-US')} rows` : `all ${String(totalRows)} row${totalRows === 1 ? '' : 's'}`;
  const columns = totalColumns > shownColumns
    ? `the first ${String(shownColumns)} of ${totalColumns.toLocaleString('en-US')} columns (only these can be mapped)`
    : `all ${String(totalColumns)} column${totalColumns === 1 ? '' : 's'}`;
  return `The preview shows ${rows} and ${columns}; every row is checked in the background.`;
}

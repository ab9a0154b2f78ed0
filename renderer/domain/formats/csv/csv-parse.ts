/**
 * RFC 4180 CSV reading and writing primitives: quoted fields with "" escapes, newlines inside
 * quotes, CRLF or LF rows, a BOM, and ';' / ',' / tab delimiter detection (spreadsheets in
 * locales with a decimal comma export ';').
 */
import { csvSafeText } from '../escape';
import { fail, ok, type Result } from '../../model/result';

export type CsvDelimiter = ',' | ';' | '\t';

/** The delimiter that appears most often outside quotes in the first line; ',' on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 10_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Bounds for reading a file of unknown size (the import worker's): work stays in proportion to
 * what can be used, and a runaway file is stopped early instead of filling memory.
 */
export interface CsvReadLimits {
  /** Cells kept per row; the rest are counted (widestRow) and dropped. */
  readonly maxColumns?: number;
  /** Rows kept; reading stops after one more (then `isTruncated`). */
  readonly maxRows?: number;
  /** Called with the share of the text read (0..1), about every 256 K characters. */
  readonly onProgress?: (fraction: number) => void;
}

export interface ParsedCsv {
  readonly rows: string[][];
  readonly delimiter: CsvDelimiter;
  /** The most cells any row had, kept or not. */
  readonly widestRow: number;
  /** True when reading stopped at maxRows + 1 rows: the file has more than maxRows. */
  readonly isTruncated: boolean;
}

const PROGRESS_STEP = 1 << 18;

/** Parses CSV text into rows of cells. An unclosed quote is reported with its row number. */
export function parseCsv(source: string, delimiter?: CsvDelimiter, limits: CsvReadLimits = {}): Result<ParsedCsv> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const sep = delimiter ?? detectDelimiter(text);
  const maxColumns = limits.maxColumns ?? Infinity;
  const maxRows = limits.maxRows ?? Infinity;
  const rows: string[][] = [];
  let row: string[] = [];
  let width = 0;
  let widestRow = 0;
  let cell = '';
  let i = 0;
  let quoteRow = 0;
  let nextProgress = PROGRESS_STEP;
  const special = new RegExp(`[${sep === '\t' ? '\\t' : sep}\\r\\n]`, 'g');
  const pushCell = (): void => {
    if (width < maxColumns) row.push(cell);
    width++;
    cell = '';
  };
  const endRow = (): void => {
    const isBlank = width === 0 && cell === '';
    pushCell();
    if (!isBlank) rows.push(row);
    widestRow = Math.max(widestRow, width);
    row = [];
    width = 0;
  };
  while (i < text.length && rows.length <= maxRows) {
    if (i >= nextProgress) {
      limits.onProgress?.(i / text.length);
      nextProgress = i + PROGRESS_STEP;
    }
    const ch = text.charAt(i);
    if (ch === '"' && cell === '') {
      quoteRow = rows.length + 1;
      const end = readQuoted(text, i + 1);
      if (end === null) return fail(`Row ${String(quoteRow)}: a quoted cell is never closed.`, `row ${String(quoteRow)}`);
      cell = end.value;
      i = end.next;
    } else if (ch === sep) {
      pushCell();
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      i += ch === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
    } else {
      // The rest of an unquoted cell in one slice (a quote inside it is text): far faster than
      // growing the cell a character at a time on a 40 MB file.
      special.lastIndex = i;
      const end = special.exec(text)?.index ?? text.length;
      cell += text.slice(i, end);
      i = end;
    }
  }
  if (cell !== '' || width > 0) endRow();
  const isTruncated = rows.length > maxRows;
  return ok({ rows: isTruncated ? rows.slice(0, maxRows) : rows, delimiter: sep, widestRow, isTruncated });
}

function readQuoted(text: string, from: number): { value: string; next: number } | null {
  let value = '';
  let i = from;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return null;
    value += text.slice(i, quote);
    if (text.charAt(quote + 1) === '"') {
      value += '"';
      i = quote + 2;
    } else {
      // Characters between the closing quote and the delimiter are kept, as spreadsheets do.
      return { value, next: quote + 1 };
    }
  }
}

/**
 * One cell for a spreadsheet: quoted when it holds the delimiter, a quote or a newline; and a
 * leading apostrophe when it, or any part after a ';' or ',', starts with = + - @ tab or CR, so a
 * spreadsheet never runs it as a formula (CSV injection, OWASP; the rule lives in ../escape.ts).
 */
export function formatCsvCell(value: string, delimiter: CsvDelimiter = ','): string {
  const safe = csvSafeText(value);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with CRLF line endings (RFC 4180). */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return rows.map((r) => r.map((c) => formatCsvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

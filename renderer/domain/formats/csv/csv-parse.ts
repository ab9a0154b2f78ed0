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

/** Parses CSV text into rows of cells. An unclosed quote is reported with its row number. */
export function parseCsv(source: string, delimiter?: CsvDelimiter): Result<{ rows: string[][]; delimiter: CsvDelimiter }> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoteRow = 0;
  const endRow = (): void => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"' && cell === '') {
      quoteRow = rows.length + 1;
      const end = readQuoted(text, i + 1);
      if (end === null) return fail(`Row ${String(quoteRow)}: a quoted cell is never closed.`, `row ${String(quoteRow)}`);
      cell = end.value;
      i = end.next;
    } else if (ch === sep) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      i += ch === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return ok({ rows, delimiter: sep });
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

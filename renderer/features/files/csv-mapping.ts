/**
 * The CSV import dialog's state: which field each column feeds. One column per field and one
 * field per column; the dialog shows it column by column, the importer wants it field by field.
 */
import { CSV_FIELD_LABELS, CSV_FIELDS, guessMapping, type CsvField, type CsvMapping } from '../../domain/formats';
import { PREVIEW_COLUMNS, PREVIEW_ROWS } from './import-limits';

export const FIELD_LABELS: Readonly<Record<CsvField, string>> = CSV_FIELD_LABELS;

export { PREVIEW_COLUMNS, PREVIEW_ROWS } from './import-limits';

export function initialMapping(header: readonly string[]): CsvMapping {
  return guessMapping(header);
}

export function fieldOfColumn(mapping: CsvMapping, column: number): CsvField | null {
  return CSV_FIELDS.find((f) => mapping[f] === column) ?? null;
}

/** Maps a column to a field (or to nothing); the field leaves any column it fed before. */
export function assignColumn(mapping: CsvMapping, column: number, field: CsvField | null): CsvMapping {
  const next: CsvMapping = {};
  for (const f of CSV_FIELDS) {
    const at = mapping[f];
    if (at !== undefined && at !== column && f !== field) next[f] = at;
  }
  if (field !== null) next[field] = column;
  return next;
}

/** The header and the first data rows (at most `maxColumns` wide), padded so every preview row has a cell per column. */
export function previewOf(
  rows: readonly (readonly string[])[], count = PREVIEW_ROWS, maxColumns = PREVIEW_COLUMNS,
): { header: string[]; body: string[][]; totalColumns: number } {
  let totalColumns = 0;
  for (const r of rows.slice(0, count + 1)) totalColumns = Math.max(totalColumns, r.length);
  const width = Math.min(totalColumns, maxColumns);
  const pad = (r: readonly string[]): string[] => Array.from({ length: width }, (_, i) => r[i] ?? '');
  return { header: pad(rows[0] ?? []), body: rows.slice(1, count + 1).map(pad), totalColumns };
}

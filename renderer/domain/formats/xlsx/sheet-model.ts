/**
 * A workbook as plain data: what the .xlsx doorways (ExcelJS in the app's import worker and in
 * the command line) read into and write from. The domain maps plans to and from this model and
 * never sees ExcelJS, whose reader needs Node's or the browser's streams and buffers.
 */
import { fromWallMinutes, toWallMinutes, type LocalDateTime } from '../../model/time';

/** A real date cell (Excel serial date on disk), in the plan's wall-clock time. */
export interface DateCell {
  readonly date: LocalDateTime;
}

/** One cell: text, a number, a boolean, a date, or empty. */
export type SheetCell = string | number | boolean | DateCell | null;

export interface SheetColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** Excel number format for the column's cells, e.g. 'yyyy-mm-dd hh:mm' or '0.00'. */
  readonly numberFormat?: string;
}

export interface SheetTable {
  readonly name: string;
  /** Row 1 is the header; every row as read (or to be written). */
  readonly rows: readonly (readonly SheetCell[])[];
  /** Merged ranges as Excel writes them ('A1:B1'); read only. */
  readonly merges?: readonly string[];
  /** Column layout for writing. */
  readonly columns?: readonly SheetColumn[];
}

export interface WorkbookData {
  readonly sheets: readonly SheetTable[];
}

/** A sheet to write: as SheetTable, but its rows may be made one at a time as the writer takes them. */
export type SheetToWrite = Omit<SheetTable, 'rows'> & { readonly rows: Iterable<readonly SheetCell[]> };

/** A workbook to write; a WorkbookData is one. */
export interface WorkbookToWrite {
  readonly sheets: readonly SheetToWrite[];
}

export function isDateCell(cell: SheetCell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

/** The cell as text, as the column-mapping preview shows it and the CSV reader takes it. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return cell.date;
  if (typeof cell === 'number') return String(Math.round(cell * 1e9) / 1e9);
  return String(cell);
}

/** "A", "B", ... "AA": the column letters a person sees in Excel. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A cell value as spreadsheet libraries hand it over, as a SheetCell. Excel stores dates as
 * zone-less serial numbers that ExcelJS turns into a Date at that wall-clock time in UTC, so the
 * UTC fields are the plan's wall-clock time. Rich text, hyperlinks and formulas give their text
 * or cached result; error values (#N/A) are empty.
 */
export function sheetCellOf(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : { date: fromWallMinutes(Math.floor(ms / 60_000)) };
  }
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: unknown) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '')).join('');
  }
  if ('result' in value) return sheetCellOf(value.result);
  if ('text' in value) return sheetCellOf(value.text);
  return null;
}

/** Milliseconds for the Date a spreadsheet library writes for a date cell (UTC fields = wall clock). */
export function wallClockMs(value: LocalDateTime): number {
  return toWallMinutes(value) * 60_000;
}

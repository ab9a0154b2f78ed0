/**
 * A CSV or workbook import as a conversation with the import worker: open the file (parse, keep the
 * table there), pick a sheet, check a column mapping against every row (conversion and the import
 * gate's scheduling), and hand over the plan. Only a bounded sample (PREVIEW_ROWS x PREVIEW_COLUMNS)
 * and the check's counts and first messages cross to the page, so a 5,000-column or 50,000-row
 * table costs the window nothing. The same host runs in-thread where no Worker exists (unit tests).
 */
import {
  csvDateOrder, csvRowsToPlan, parseCsv, sheetRows, xlsxRowsToPlan, type CsvImported, type CsvMapping, type SheetTable, type WorkbookData,
} from '../../domain/formats';
import { readWorkbook } from '../../domain/formats/xlsx/excel-io';
import { fail, ok, type Plan, type Result } from '../../domain/model';
import { previewOf } from './csv-mapping';
import { MAX_TABLE_ROWS, PREVIEW_COLUMNS, PREVIEW_ROWS } from './import-limits';
import { randomUuids } from '../shared/random-ids';

export type TableSource =
  | { readonly kind: 'csv'; readonly fileName: string; readonly text: string }
  | { readonly kind: 'xlsx'; readonly fileName: string; readonly bytes: Uint8Array };

export type TableRequest =
  | { readonly op: 'open'; readonly source: TableSource }
  | { readonly op: 'sheet'; readonly index: number }
  | {
    readonly op: 'check'; readonly mapping: CsvMapping; readonly planName: string; readonly dateOrder?: 'dmy' | 'mdy'; readonly now: string;
    /** The person's locale (BCP 47), whose short dates the table may hold. */
    readonly locale?: string;
  }
  | { readonly op: 'plan' };

/** What the preview shows: the header and first rows of the first columns, and the table's size. */
export interface TableSample {
  readonly header: readonly string[];
  readonly body: readonly (readonly string[])[];
  /** Data rows below the header. */
  readonly totalRows: number;
  readonly totalColumns: number;
  readonly sheets: readonly string[];
  readonly sheetIndex: number;
}

/** Messages listed per kind; the rest are counted ("and 1,234 more"). */
export const LISTED_MESSAGES = 50;

export interface TableCheck {
  /** Dates such as 02/03/2026 that the data does not settle: the person chooses. */
  readonly isAmbiguous: boolean;
  readonly result: Result<{
    readonly taskCount: number;
    readonly rowErrors: readonly string[];
    readonly rowErrorCount: number;
    readonly warnings: readonly string[];
    readonly warningCount: number;
  }>;
}

export interface TableReplies {
  readonly open: Result<TableSample>;
  readonly sheet: Result<TableSample>;
  readonly check: TableCheck;
  readonly plan: Result<Plan>;
}

export type ReplyOf<R extends TableRequest> = TableReplies[R['op']];

/** A failed reply of the request's shape: a check fails inside its `result`. */
export function failedReply<R extends TableRequest>(request: R, problem: Result<never>): ReplyOf<R>;
export function failedReply(request: TableRequest, problem: Result<never>): TableReplies[TableRequest['op']] {
  return request.op === 'check' ? ({ isAmbiguous: false, result: problem } satisfies TableCheck) : problem;
}

/** Ids for imported entities: random UUIDs, as the app's own id factory makes. */
const randomId = randomUuids();

/** Holds one table between requests; one per import. */
export class TableImportHost {
  private rows: readonly (readonly string[])[] = [];
  private workbook: WorkbookData | null = null;
  private sheetIndex = 0;
  private checked: Result<CsvImported> | null = null;

  /** Answers a request; a bug in a reader becomes a message rather than a silent worker. */
  async handle<R extends TableRequest>(request: R, onProgress: (fraction: number | null) => void): Promise<ReplyOf<R>> {
    try {
      // answer() switches on request.op, so its reply is the one for R (TypeScript cannot narrow a generic through a switch).
      return await this.answer(request, onProgress) as ReplyOf<R>;
    } catch (error) {
      return failedReply(request, fail(`Plotline could not read this table: ${error instanceof Error ? error.message : String(error)}.`, 'the whole file'));
    }
  }

  private async answer(request: TableRequest, onProgress: (fraction: number | null) => void): Promise<TableReplies[TableRequest['op']]> {
    switch (request.op) {
      case 'open': return this.open(request.source, onProgress);
      case 'sheet': return this.chooseSheet(request.index);
      case 'check': return this.check(request);
      case 'plan': return this.checked === null ? fail('Check the column mapping first.') : this.checked.ok ? ok(this.checked.value.plan) : this.checked;
      default: {
        const never: never = request;
        return never;
      }
    }
  }

  private async open(source: TableSource, onProgress: (fraction: number | null) => void): Promise<Result<TableSample>> {
    if (source.kind === 'xlsx') {
      onProgress(null);
      const read = await readWorkbook(source.bytes, source.fileName);
      if (!read.ok) return read;
      this.workbook = read.value;
      return this.chooseSheet(0);
    }
    const parsed = parseCsv(source.text, undefined, { maxColumns: PREVIEW_COLUMNS, maxRows: MAX_TABLE_ROWS + 1, onProgress });
    if (!parsed.ok) return parsed;
    if (parsed.value.isTruncated) return fail(tooManyRows(`'${source.fileName}'`), `row ${String(MAX_TABLE_ROWS + 2)}`);
    if (parsed.value.rows.length === 0) return fail(`'${source.fileName}' is empty: the first row should name the columns (Name, Start, Duration...).`, 'row 1');
    return ok(this.keep(parsed.value.rows, parsed.value.widestRow));
  }

  private chooseSheet(index: number): Result<TableSample> {
    const sheet: SheetTable | undefined = this.workbook?.sheets[index];
    if (sheet === undefined) return fail('The workbook has no sheets.', 'the whole file');
    this.sheetIndex = index;
    const rows = sheetRows(sheet);
    if (!rows.ok) return rows;
    return ok(this.keep(rows.value, Math.max(0, ...rows.value.slice(0, PREVIEW_ROWS + 1).map((r) => r.length))));
  }

  private keep(rows: readonly (readonly string[])[], totalColumns: number): TableSample {
    this.rows = rows;
    this.checked = null;
    const preview = previewOf(rows, PREVIEW_ROWS, PREVIEW_COLUMNS);
    return {
      header: preview.header, body: preview.body, totalRows: Math.max(0, rows.length - 1), totalColumns: Math.max(totalColumns, preview.totalColumns),
      sheets: this.workbook?.sheets.map((s) => s.name) ?? [], sheetIndex: this.sheetIndex,
    };
  }

  private check(request: Extract<TableRequest, { op: 'check' }>): TableCheck {
    const { mapping, planName, dateOrder, now, locale } = request;
    const ctx = { newId: randomId, now };
    const options = { planName, ...(dateOrder ? { dateOrder } : {}), ...(locale === undefined ? {} : { locale }) };
    const sheet = this.workbook?.sheets[this.sheetIndex];
    const result = this.workbook !== null && sheet !== undefined
      ? xlsxRowsToPlan(this.workbook, sheet, this.rows, mapping, ctx, options)
      : csvRowsToPlan(this.rows, mapping, ctx, options);
    this.checked = result;
    const isAmbiguous = csvDateOrder(this.rows, mapping) === 'ambiguous';
    if (!result.ok) return { isAmbiguous, result };
    const { plan, rowErrors } = result.value;
    const warnings = result.value.warnings.filter((w) => !w.endsWith('skipped because of errors.'));
    return {
      isAmbiguous,
      result: ok({
        taskCount: Object.keys(plan.tasks).length, rowErrors: rowErrors.slice(0, LISTED_MESSAGES), rowErrorCount: rowErrors.length,
        warnings: warnings.slice(0, LISTED_MESSAGES), warningCount: warnings.length,
      }),
    };
  }
}

export function tooManyRows(what: string): string {
  const limit = MAX_TABLE_ROWS.toLocaleString('en-US');
  return `${what} has more than ${limit} rows below its header; Plotline imports up to ${limit} tasks from one table (row ${(MAX_TABLE_ROWS + 2).toLocaleString('en-US')} is the first past the limit). Split the file and import the parts.`;
}

/**
 * The one doorway to ExcelJS: .xlsx bytes <-> the domain's WorkbookData, for the app (its browser
 * build, reading in the import worker, writing when Export… asks for Excel) and the command line
 * (its Node build). ExcelJS (about 1 MB) is loaded on first use, so neither pays for it at start.
 * It works on bytes only, no file system or DOM, so the pure core may hold it; all mapping between
 * plans and sheets is in sheet-model/xlsx-import/xlsx-export.
 */
import type ExcelJS from 'exceljs';
import { sheetCellOf, wallClockMs, type SheetCell, type SheetTable, type SheetToWrite, type WorkbookData, type WorkbookToWrite } from './sheet-model';
import { fail, ok, type Result } from '../../model/result';

async function excel(): Promise<typeof ExcelJS> {
  const loaded: { default?: typeof ExcelJS } & typeof ExcelJS = await import('exceljs');
  return loaded.default ?? loaded;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** A workbook that cannot be opened is refused as a whole: there is no sheet, row or cell to name yet. */
const WHOLE_FILE = 'the whole file';

/** Reads every sheet's cells; a file that is not a workbook is a Problem naming the file. */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Result<WorkbookData>> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return fail(`'${fileName}' is not an Excel workbook: an .xlsx file is a zip archive, and this one is not.`, WHOLE_FILE);
  const { Workbook } = await excel();
  const workbook = new Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer; a copy gives one that no other view shares.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    return fail(`'${fileName}' is a zip archive but not an Excel workbook (${describe(error)}). Was another file renamed to .xlsx?`, WHOLE_FILE);
  }
  if (workbook.worksheets.length === 0) return fail(`'${fileName}' is a zip archive with no worksheets: it is not an Excel workbook (was another file renamed to .xlsx?).`, WHOLE_FILE);
  return ok({ sheets: workbook.worksheets.map(readSheet) });
}

function readSheet(sheet: ExcelJS.Worksheet): SheetTable {
  const rows: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = sheetCellOf(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []), merges: mergesOf(sheet) };
}

/** ExcelJS keeps merged ranges in the sheet's model ('A1:B1'). */
function mergesOf(sheet: ExcelJS.Worksheet): string[] {
  const merges: unknown = (sheet.model as { merges?: unknown }).merges;
  return Array.isArray(merges) ? merges.filter((m): m is string => typeof m === 'string') : [];
}

/** Fastest deflate: on a 10,000-task plan it writes in about half the time of the default level for a file ~20 % larger. */
const ZIP_OPTIONS = { zip: { compression: 'DEFLATE' as const, compressionOptions: { level: 1 } } };

/**
 * Writes the sheets with real date and number cells, a bold frozen header and column widths.
 * ExcelJS's Node build streams (WorkbookWriter: each row is rendered to XML and zipped as it is
 * committed, with no whole-workbook model in memory); its browser build has no stream writer, so
 * the app's export worker builds the workbook in memory, which gives the same file.
 */
export async function writeWorkbook(data: WorkbookToWrite, options: WriteOptions = {}): Promise<Uint8Array> {
  if (options.onNode === true) return writeStreamed(await nodeStreamWriter(options.nodeWriterModule), data);
  const excelJs = await excel();
  const Writer = (excelJs as { stream?: typeof excelJs.stream }).stream?.xlsx.WorkbookWriter;
  return Writer ? writeStreamed(Writer, data) : writeInMemory(excelJs, data);
}

export interface WriteOptions {
  /**
   * The caller runs on Node (the command line): only ExcelJS's streaming writer is loaded. The
   * package's entry also loads its reader, unzip and CSV code, which a write never uses: about
   * half of ExcelJS's load time (0.6 s -> 0.3 s of CPU on the bench machine).
   */
  readonly onNode?: boolean;
  /**
   * Where the Node writer is loaded from, when not from the package (NODE_STREAM_WRITER): the
   * command line's build bundles it into one file, which loads in half the time of the package's
   * hundred CommonJS files. The module must export the writer class as ExcelJS's does.
   */
  readonly nodeWriterModule?: string;
}

/**
 * ExcelJS's Node writer module, by its path in the package (exceljs 4.4.0 is pinned and declares
 * no exports map). The specifier is a variable so the app's bundler leaves this Node-only module
 * (streams, zlib) out of the browser build, which never asks for it.
 */
const NODE_STREAM_WRITER = 'exceljs/lib/stream/xlsx/workbook-writer.js';

const nodeWriterLoads = new Map<string, Promise<typeof ExcelJS.stream.xlsx.WorkbookWriter>>();

function nodeStreamWriter(module = NODE_STREAM_WRITER): Promise<typeof ExcelJS.stream.xlsx.WorkbookWriter> {
  let load = nodeWriterLoads.get(module);
  if (load === undefined) {
    load = import(/* @vite-ignore */ module).then((loaded: { default: typeof ExcelJS.stream.xlsx.WorkbookWriter }) => loaded.default);
    nodeWriterLoads.set(module, load);
  }
  return load;
}

/**
 * Starts loading ExcelJS's Node writer now, for a caller that will write .xlsx after reading a file
 * (the command line's convert): the module's evaluation, about 0.1 s, then runs while the disk
 * read is under way instead of after the plan is ready. A load that fails fails writeWorkbook.
 */
export function preloadNodeWriter(module?: string): void {
  nodeStreamWriter(module).catch(() => undefined);
}

async function writeStreamed(Writer: typeof ExcelJS.stream.xlsx.WorkbookWriter, data: WorkbookToWrite): Promise<Uint8Array> {
  // useStyles for the date formats and the bold header; inline strings skip the shared-string table.
  const writer = new Writer({ zip: { zlib: { level: 1 } }, useStyles: true, useSharedStrings: false });
  writer.creator = 'Plotline';
  for (const table of data.sheets) {
    const sheet = writer.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    defineColumns(sheet, table);
    const styles = new SharedStyles();
    let isHeader = table.columns === undefined;
    for (const row of bodyRows(table)) {
      const values = row.map(excelValue);
      const added = sheet.addRow(values);
      // The header's bold style is its own, never one that body cells share.
      if (isHeader) added.font = HEADER_FONT;
      else styles.share(added, values);
      isHeader = false;
      added.commit();
    }
    sheet.commit();
  }
  await writer.commit();
  // With neither a stream nor a file name, the writer collects the zip in its own memory buffer.
  const sink = (writer as unknown as { stream?: { toBuffer?: () => Uint8Array } }).stream;
  if (typeof sink?.toBuffer !== 'function') throw new Error('ExcelJS WorkbookWriter has no memory buffer');
  return new Uint8Array(sink.toBuffer());
}

/**
 * ExcelJS gives every cell of a new row its own style object, merged from its column's, and its
 * writer caches style ids by that object's identity: left alone, it renders and hashes a style
 * for each of a 10,000-task sheet's ~250,000 cells. Cells of one column and one value type get
 * equal styles (a body row has no style of its own), so the first such cell's object stands for
 * the rest and the cache answers them; the file is the same. Keyed by type too, because an
 * empty style's number format depends on the value type.
 */
class SharedStyles {
  private readonly byColumnAndType = new Map<string, Partial<ExcelJS.Style>>();

  /** Every cell the row's values made (empty ones too: they carry the column's format); none is added. */
  share(row: ExcelJS.Row, values: readonly ExcelJS.CellValue[]): void {
    values.forEach((value, index) => {
      if (value === undefined) return;
      const cell = row.getCell(index + 1);
      const key = `${String(index)}:${String(cell.type)}`;
      const shared = this.byColumnAndType.get(key);
      if (shared === undefined) this.byColumnAndType.set(key, cell.style);
      else cell.style = shared;
    });
  }
}

async function writeInMemory(excelJs: typeof ExcelJS, data: WorkbookToWrite): Promise<Uint8Array> {
  const workbook = new excelJs.Workbook();
  workbook.creator = 'Plotline';
  for (const table of data.sheets) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    defineColumns(sheet, table);
    sheet.addRows(Array.from(bodyRows(table), (row) => row.map(excelValue)));
    if (table.columns === undefined) sheet.getRow(1).font = HEADER_FONT;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer(ZIP_OPTIONS));
}

/** The rows below the header: with `columns`, row 1 is the header they write. */
function* bodyRows(table: SheetToWrite): Generator<readonly SheetCell[], void, undefined> {
  let first = true;
  for (const row of table.rows) {
    if (!first || !table.columns) yield row;
    first = false;
  }
}

const HEADER_FONT = { bold: true };

/**
 * Header cells, widths and number formats; the header row is bold. Without `columns` there is
 * nothing to define: the first of the rows is the header, written (and made bold) as it comes,
 * so row 1 is not left empty above it.
 */
function defineColumns(sheet: ExcelJS.Worksheet, table: SheetToWrite): void {
  if (table.columns === undefined) return;
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width, ...(c.numberFormat ? { style: { numFmt: c.numberFormat } } : {}) }));
  sheet.getRow(1).font = HEADER_FONT;
}

/**
 * A cell's value for ExcelJS; an empty one (null or '') is no cell at all, as Excel stores an empty
 * cell: a 10,000-task sheet has about 70,000 of its 250,000 cells empty, each rendered and zipped.
 */
function excelValue(cell: SheetCell): ExcelJS.CellValue {
  if (cell === null || cell === '') return undefined;
  if (typeof cell !== 'object') return cell;
  return new Date(wallClockMs(cell.date));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

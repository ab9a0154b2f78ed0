/**
 * Plan files on disk for the command line: which formats it reads and writes (by extension),
 * reading into an ImportedPlan and writing a plan out. All parsing and writing is the domain's;
 * this file only touches the file system and ExcelJS's doorway.
 */
import { closeSync, existsSync, ftruncateSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import {
  CSV_COLUMNS, dayMonthOrder, exportGanttProject, exportIcal, exportMspdi, ganNotWritten, exportTasksCsv, importPlanFile, importXlsx, localeDateTimeForm, partsNotCarried,
  planWorkbook, identityNotCarriedInFile, type NotCarried, writePlotline, type CsvImportOptions, type ImportedPlan, type TextSink,
} from '../renderer/domain/formats';
import type { LocalDateTime, Plan } from '../renderer/domain/model';
import { fail, ok, type Result } from '../renderer/domain/model/result';
import type { ScheduleResult } from '../renderer/domain/schedule';
import { preloadNodeWriter, readWorkbook, writeWorkbook } from '../renderer/domain/formats/xlsx/excel-io';

export const READABLE = ['.plotline', '.xml', '.gan', '.csv', '.xlsx'] as const;
export const WRITABLE = ['.plotline', '.xml', '.gan', '.csv', '.xlsx', '.ics'] as const;
type Writable = (typeof WRITABLE)[number];

export interface FileClock {
  /** ISO timestamp written into files (LastSaved, exported) and used for import dates. */
  readonly now: string;
  readonly newId: () => string;
  readonly version: string;
}

export interface ReadOptions {
  /** The .xlsx sheet to import; default the first. */
  readonly sheet?: string;
  /** The locale (canonical BCP 47) whose short dates a CSV or sheet may hold. */
  readonly locale?: string;
}

/** A plan file as read: the rows a table import skipped are also among the warnings. */
export interface PlanFileRead extends ImportedPlan {
  /** One message per row of a CSV or sheet that could not be read and is not in the plan. */
  readonly rowErrors: readonly string[];
  /**
   * What the file has no place for, so the read made it up or left it empty (formats/not-carried.ts),
   * decided from the format the reader took it for, as the app's Compare and Merge decide it.
   */
  readonly notCarried: NotCarried | undefined;
}

/** Reads any readable plan file; the Problem names the file and, where the importer knows it, the row. */
export async function readPlanFile(path: string, clock: FileClock, options: ReadOptions = {}): Promise<Result<PlanFileRead>> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (!(READABLE as readonly string[]).includes(ext)) {
    return fail(`Plotline cannot read '${name}': it reads ${READABLE.join(', ')} files.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readWhole(path);
  } catch (error) {
    return fail(`Cannot read '${path}': ${describeFileError(error)}.`);
  }
  const ctx = { newId: clock.newId, now: clock.now };
  const dates = tableDates(options.locale);
  if (ext === '.xlsx') {
    const workbook = await readWorkbook(bytes, name);
    if (!workbook.ok) return workbook;
    const read = importXlsx(workbook.value, ctx, { planName: name.replace(/\.[^.]+$/, ''), ...dates, ...(options.sheet === undefined ? {} : { sheet: options.sheet }) });
    // A workbook is known by its extension; its bytes are no text to look at.
    return withRowErrors(read, identityNotCarriedInFile(name, ''));
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return withRowErrors(importPlanFile(name, text, ctx, dates), identityNotCarriedInFile(name, text));
}

/**
 * How a table's dates are read in `locale`: its short date and time, and its order of day and
 * month for numeric dates the file leaves open (02/03/2027), the question the app's mapping
 * preview asks the person, answered here by the locale they named.
 */
function tableDates(locale: string | undefined): Pick<CsvImportOptions, 'locale' | 'dateOrder'> {
  if (locale === undefined) return {};
  const dateOrder = dayMonthOrder(localeDateTimeForm(locale));
  return { locale, ...(dateOrder === null ? {} : { dateOrder }) };
}

/**
 * The file's bytes, asked of the disk in one read where it can be. fs.readFile reads 512 KB at a
 * time, each piece asked for by the main thread: while that thread is busy (loading ExcelJS for an
 * .xlsx output, see prepareWriter) the read of a 16 MB file stood still, and finished only after,
 * with the thread idle. One request reads on in the background. Files whose size is not known
 * ahead (a pipe) and files that grow while read go to readFile.
 */
async function readWhole(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > 0) {
      const bytes = Buffer.allocUnsafe(size);
      let done = 0;
      while (done < size) {
        const { bytesRead } = await file.read(bytes, done, size - done, done);
        if (bytesRead === 0) return bytes.subarray(0, done);
        done += bytesRead;
      }
      const { bytesRead: more } = await file.read(Buffer.alloc(1), 0, 1, size);
      if (more === 0) return bytes;
    }
  } finally {
    await file.close();
  }
  return readFile(path);
}

/** Table imports skip bad rows and list them apart; on the command line they are warnings like the rest. */
function withRowErrors(result: Result<ImportedPlan & { readonly rowErrors?: readonly string[] }>, notCarried: NotCarried | undefined): Result<PlanFileRead> {
  if (!result.ok) return result;
  const rowErrors = result.value.rowErrors ?? [];
  return ok({ ...result.value, rowErrors, warnings: [...rowErrors, ...result.value.warnings], notCarried });
}

/** Whether (and why not) Plotline can write a file with this name. */
export function writableFormat(path: string): Result<Writable> {
  const ext = extname(path).toLowerCase();
  const found = WRITABLE.find((w) => w === ext);
  if (found !== undefined) return ok(found);
  return fail(`Plotline cannot write '${basename(path)}': it writes ${WRITABLE.join(', ')} files.`);
}

/** Starts loading what writing `format` needs beyond the command line's own code (ExcelJS for .xlsx), so it overlaps the reading. */
export function prepareWriter(format: Writable): void {
  if (format === '.xlsx') preloadNodeWriter(excelWriterModule());
}

/**
 * ExcelJS's stream writer bundled into one file beside the command line's bundle by
 * scripts/build-cli.mjs (measured: 70 ms to load against 120 for the package's own modules), or
 * the package's when that file is absent (the command line run from source, as the unit tests do).
 */
function excelWriterModule(): string | undefined {
  const bundled = new URL(EXCEL_WRITER_BUNDLE, import.meta.url);
  return existsSync(bundled) ? bundled.href : undefined;
}

/** The bundled writer's file name; build-cli.mjs writes it next to dist/cli/plotline.mjs. */
export const EXCEL_WRITER_BUNDLE = './exceljs-writer.mjs';

/**
 * The file's contents for a plan that already carries the dates to show. `schedule`, when the
 * caller has it, is the engine's schedule of this very plan: the writers that date tasks
 * themselves take it instead of scheduling a 10,000-task plan once more.
 */
export async function encodePlan(plan: Plan, format: Writable, clock: FileClock, schedule?: ScheduleResult): Promise<FileContents> {
  const known = schedule === undefined ? {} : { schedule };
  switch (format) {
    case '.plotline': return { writeTo: (sink) => { writePlotline(plan, { app: `Plotline ${clock.version} (command line)`, exported: clock.now, ...known }, sink); } };
    case '.xml': return exportMspdi(plan, { now: clock.now, ...known });
    case '.gan': return exportGanttProject(plan, { now: clock.now, ...known }).text;
    case '.csv': return exportTasksCsv(plan, { columns: CSV_COLUMNS, formatDate: isoDate, ...known });
    case '.xlsx': {
      const nodeWriterModule = excelWriterModule();
      return writeWorkbook(planWorkbook(plan, known), { onNode: true, ...(nodeWriterModule === undefined ? {} : { nodeWriterModule }) });
    }
    case '.ics': return exportIcal(plan, { now: clock.now, includeTasks: true, ...known });
    default: {
      const never: never = format;
      return never;
    }
  }
}

/**
 * What the target format cannot carry, named with counts (stderr warnings of `convert`): the
 * domain's list (formats/not-carried.ts, the same the app's Export notice names), and a .gan's
 * own from its writer (whole days and GanttProject's fields only).
 */
export function notCarried(plan: Plan, format: Writable): string[] {
  const dropped = partsNotCarried(plan, format).map((part) => `not written to ${format}: ${part}.`);
  return format === '.gan' ? [...dropped, ...ganNotWritten(plan)] : dropped;
}

/** CSV dates as ISO text, so the file reads back anywhere regardless of locale. */
function isoDate(value: LocalDateTime): string {
  return value.replace('T', ' ');
}

/** Text made piece by piece into a sink, so a large file is never one string in memory. */
export interface StreamedText {
  readonly writeTo: (sink: TextSink) => void;
}

export type FileContents = string | Uint8Array | StreamedText;

/** Writes through a temporary file and a rename, so a failed write never leaves half a file behind. */
export async function writeFileAtomically(path: string, data: FileContents): Promise<Result<void>> {
  const temporary = join(dirname(path), `.${basename(path)}.${String(process.pid)}.tmp`);
  if (typeof data === 'object' && 'writeTo' in data) return writeStreamedAtomically(path, temporary, data);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
    return ok(undefined);
  } catch (error) {
    removeTemporary(temporary);
    return fail(`Cannot write '${path}': ${describeFileError(error, true)}.`);
  }
}

/** A failed write's temporary file, removed: the folder is left as it was. */
function removeTemporary(temporary: string): void {
  try {
    unlinkSync(temporary);
  } catch {
    // Nothing was created, or it is already gone.
  }
}

/** Bytes gathered before each write: few system calls, and one buffer reused for the whole file. */
const WRITE_BUFFER_BYTES = 1 << 20;

/** Writes all `length` bytes of `bytes` at `position` (writeSync may write fewer than asked). */
function writeAll(file: number, bytes: Uint8Array, length: number, position: number): void {
  for (let done = 0; done < length;) done += writeSync(file, bytes, done, length - done, position + done);
}

function writeStreamedAtomically(path: string, temporary: string, data: StreamedText): Result<void> {
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    const file = fd;
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    let position = 0;
    const flush = (): void => {
      writeAll(file, buffer, used, position);
      position += used;
      used = 0;
    };
    data.writeTo({
      write: (text) => {
        // A UTF-16 code unit is at most 3 UTF-8 bytes, so text that fits by this bound is written whole.
        if (used + text.length * 3 > WRITE_BUFFER_BYTES) flush();
        if (text.length * 3 > WRITE_BUFFER_BYTES) {
          const bytes = Buffer.from(text, 'utf8');
          writeAll(file, bytes, bytes.length, position);
          position += bytes.length;
        } else {
          used += buffer.write(text, used, 'utf8');
        }
      },
      restart: () => {
        used = 0;
        position = 0;
        ftruncateSync(file, 0);
      },
    });
    flush();
    closeSync(file);
    fd = undefined;
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // The write already failed; that is the error to report.
      }
    }
    removeTemporary(temporary);
    return fail(`Cannot write '${path}': ${describeFileError(error, true)}.`);
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What went wrong with a file, in words, for the system errors a person can act on. Node's own
 * text names the call and, for a write, the temporary file ("EISDIR: illegal operation on a
 * directory, rename '.plan.xml.123.tmp' -> 'plan.xml'"), not the path the person gave.
 */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is in use',
};

export function describeFileError(error: unknown, isWrite = false): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (isWrite && code === 'ENOENT') return 'the folder it goes in does not exist';
  return FILE_ERRORS[code] ?? describe(error);
}

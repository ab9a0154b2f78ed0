/**
 * Plan files on disk for the command line: which formats it reads and writes (by extension),
 * reading into an ImportedPlan and writing a plan out. All parsing and writing is the domain's;
 * this file only touches the file system and ExcelJS's doorway.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import {
  CSV_COLUMNS, exportIcal, exportMspdi, exportTasksCsv, importPlanFile, importXlsx, planToWorkbook, serializePlotline,
  type ImportedPlan,
} from '../renderer/domain/formats';
import type { LocalDateTime, Plan } from '../renderer/domain/model';
import { fail, ok, type Result } from '../renderer/domain/model/result';
import { readWorkbook, writeWorkbook } from './xlsx-file';

export const READABLE = ['.plotline', '.xml', '.gan', '.csv', '.xlsx'] as const;
export const WRITABLE = ['.plotline', '.xml', '.csv', '.xlsx', '.ics'] as const;
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
}

/** Reads any readable plan file; the Problem names the file and, where the importer knows it, the row. */
export async function readPlanFile(path: string, clock: FileClock, options: ReadOptions = {}): Promise<Result<ImportedPlan>> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (!(READABLE as readonly string[]).includes(ext)) {
    return fail(`Plotline cannot read '${name}': it reads ${READABLE.join(', ')} files.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(`Cannot read '${path}': ${describe(error)}.`);
  }
  const ctx = { newId: clock.newId, now: clock.now };
  if (ext === '.xlsx') {
    const workbook = await readWorkbook(bytes, name);
    if (!workbook.ok) return workbook;
    return importXlsx(workbook.value, ctx, { planName: name.replace(/\.[^.]+$/, ''), ...(options.sheet === undefined ? {} : { sheet: options.sheet }) });
  }
  return importPlanFile(name, new TextDecoder('utf-8').decode(bytes), ctx);
}

/** Whether (and why not) Plotline can write a file with this name. */
export function writableFormat(path: string): Result<Writable> {
  const ext = extname(path).toLowerCase();
  const found = WRITABLE.find((w) => w === ext);
  if (found !== undefined) return ok(found);
  if (ext === '.gan') return fail(`Plotline reads GanttProject (.gan) files but does not write them; write '${basename(path, ext)}.xml' (GanttProject opens MS Project XML).`);
  return fail(`Plotline cannot write '${basename(path)}': it writes ${WRITABLE.join(', ')} files.`);
}

/** The file's contents for a plan that already carries the dates to show. */
export async function encodePlan(plan: Plan, format: Writable, clock: FileClock): Promise<string | Uint8Array> {
  switch (format) {
    case '.plotline': return serializePlotline(plan, { app: `Plotline ${clock.version} (command line)`, exported: clock.now });
    case '.xml': return exportMspdi(plan, { now: clock.now });
    case '.csv': return exportTasksCsv(plan, { columns: CSV_COLUMNS, formatDate: isoDate });
    case '.xlsx': return writeWorkbook(planToWorkbook(plan));
    case '.ics': return exportIcal(plan, { now: clock.now, includeTasks: true });
    default: {
      const never: never = format;
      return never;
    }
  }
}

/** CSV dates as ISO text, so the file reads back anywhere regardless of locale. */
function isoDate(value: LocalDateTime): string {
  return value.replace('T', ' ');
}

/** Writes through a temporary file and a rename, so a failed write never leaves half a file behind. */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<Result<void>> {
  const temporary = join(dirname(path), `.${basename(path)}.${String(process.pid)}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
    return ok(undefined);
  } catch (error) {
    return fail(`Cannot write '${path}': ${describe(error)}.`);
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

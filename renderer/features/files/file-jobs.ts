/**
 * The parsing work that may take seconds on a big file, as plain request -> result functions.
 * The import worker runs them off the main thread; where no Worker exists (unit tests) the same
 * function runs in-thread, so both paths give identical results.
 */
import {
  detectFormat, importIcalHolidays, importPlanFile, parseCsv, type FileFormat, type HolidaysImported, type ImportedPlan,
  type ImportSummary, type WorkbookData,
} from '../../domain/formats';
import { fail, type Plan, type Result } from '../../domain/model';
import { readWorkbook } from '../../domain/formats/xlsx/excel-io';
import { randomUuids } from '../shared/random-ids';
import { shareRepeatedPlanValues } from '../../db/shared-task-values';

export type FileJob =
  | { readonly kind: 'plan'; readonly fileName: string; readonly text: string; readonly now: string }
  | { readonly kind: 'csv'; readonly text: string }
  | { readonly kind: 'holidays'; readonly text: string }
  | { readonly kind: 'xlsx'; readonly fileName: string; readonly bytes: Uint8Array };

export interface FileJobResults {
  readonly plan: Result<ImportedPlan>;
  readonly csv: Result<{ readonly rows: string[][] }>;
  readonly holidays: Result<HolidaysImported>;
  readonly xlsx: Result<WorkbookData>;
}

/** Jobs that finish synchronously (text formats); reading a workbook is asynchronous. */
export type TextJob = Exclude<FileJob, { readonly kind: 'xlsx' }>;

export type JobOf<K extends FileJob['kind']> = Extract<FileJob, { kind: K }>;

/** Ids for imported entities: random UUIDs, as the app's own id factory makes. */
const randomId = randomUuids();

export function runFileJob<K extends TextJob['kind']>(job: JobOf<K>): FileJobResults[K];
export function runFileJob(job: FileJob): FileJobResults[FileJob['kind']] {
  switch (job.kind) {
    // A plan job's result is shown in the import summary and then opened through the session,
    // which schedules it before showing or storing it and refuses one it cannot schedule
    // (addProject): the gate need not schedule it here as well.
    case 'plan': return importPlanFile(job.fileName, job.text, { newId: randomId, now: job.now, scheduledByCaller: true });
    case 'csv': return parseCsv(job.text);
    case 'holidays': return importIcalHolidays(job.text);
    // Unreachable through the overload (text jobs only): workbooks are read by runAnyFileJob.
    case 'xlsx': return fail(`'${job.fileName}' is a workbook, read asynchronously.`);
    default: {
      const never: never = job;
      return never;
    }
  }
}

/** Any job, text or workbook: what the import worker (and the in-thread fallback) runs. */
export async function runAnyFileJob<K extends FileJob['kind']>(job: JobOf<K>): Promise<FileJobResults[K]>;
export async function runAnyFileJob(job: FileJob): Promise<FileJobResults[FileJob['kind']]> {
  return job.kind === 'xlsx' ? readWorkbook(job.bytes, job.fileName) : runFileJob<TextJob['kind']>(job);
}

/**
 * The worker's reply travels as JSON text: for a 10,000-task plan, Chromium's structured clone
 * took 120-250 ms where JSON.stringify + parse took 90-130 ms, most of it in the worker rather
 * than on the page's thread. Results are plain data (the plan is JSON in .plotline files).
 */
export function encodeJobResult(result: FileJobResults[FileJob['kind']]): string {
  // The gate's schedule (Maps) does not survive JSON and the page reschedules the plan anyway.
  if (result.ok && 'schedule' in result.value) {
    const { schedule: _dropped, ...value } = result.value;
    return JSON.stringify({ ...result, value });
  }
  return JSON.stringify(result);
}

export function decodeJobResult<K extends FileJob['kind']>(text: string): FileJobResults[K] {
  return JSON.parse(text) as FileJobResults[K];
}

/**
 * What the import summary shows of a plan file. The worker sends it ahead of the plan, whose
 * encoding, crossing and decoding took 160-240 ms of a 10,000-task file's wait for its summary
 * (Chromium, December 2026); the plan follows while the summary is read.
 */
export interface PlanHead {
  readonly projectName: string;
  /** The file's people: the summary offers to link those who match the pool. */
  readonly resources: Plan['resources'];
  readonly warnings: readonly string[];
  readonly summary: ImportSummary;
}

export function headOf(imported: ImportedPlan): PlanHead {
  const { plan, warnings, summary } = imported;
  return { projectName: plan.project.name, resources: plan.resources, warnings, summary };
}

/** One message from the import worker about a job: a plan file's head, or the job's result. */
export type JobReply<K extends FileJob['kind']> = { readonly head: PlanHead } | { readonly result: FileJobResults[K] };

/** Sends a job's replies, as the import worker does: a plan file's head first, then the result. */
export function replyToJob(job: FileJob, result: FileJobResults[FileJob['kind']], post: (text: string) => void): void {
  if (job.kind === 'plan' && result.ok && 'plan' in result.value) post(JSON.stringify({ head: headOf(result.value) }));
  post(encodeJobResult(result));
}

export function decodeJobReply<K extends FileJob['kind']>(text: string): JobReply<K> {
  const value = JSON.parse(text) as FileJobResults[K] | { readonly head: PlanHead };
  if ('head' in value) return value;
  // The plan is kept as the session's plan: one string per date, one object per constraint.
  if (value.ok && 'plan' in value.value) shareRepeatedPlanValues(value.value.plan);
  return { result: value };
}

/** Which job a file needs: CSV and .xlsx go through the column-mapping dialog, .ics through holidays. */
export function jobFor(fileName: string, text: string, now: string, bytes?: Uint8Array): { format: FileFormat; job: FileJob } {
  if (bytes !== undefined) return { format: 'xlsx', job: { kind: 'xlsx', fileName, bytes } };
  const format = detectFormat(fileName, text);
  if (format === 'csv') return { format, job: { kind: 'csv', text } };
  if (format === 'ical') return { format, job: { kind: 'holidays', text } };
  return { format, job: { kind: 'plan', fileName, text, now } };
}

export const FORMAT_LABELS: Readonly<Record<FileFormat, string>> = {
  plotline: 'Plotline plan (.plotline)',
  mspdi: 'Microsoft Project XML',
  'gantt-project': 'GanttProject (.gan)',
  csv: 'CSV table',
  xlsx: 'Excel workbook (.xlsx)',
  ical: 'iCalendar (.ics)',
  unknown: 'Unknown',
};

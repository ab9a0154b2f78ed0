/**
 * The parsing work that may take seconds on a big file, as plain request -> result functions.
 * The import worker runs them off the main thread; where no Worker exists (unit tests) the same
 * function runs in-thread, so both paths give identical results.
 */
import {
  detectFormat, importIcalHolidays, importPlanFile, parseCsv, type FileFormat, type HolidaysImported, type ImportedPlan,
} from '../../domain/formats';
import type { Result } from '../../domain/model';

export type FileJob =
  | { readonly kind: 'plan'; readonly fileName: string; readonly text: string; readonly now: string }
  | { readonly kind: 'csv'; readonly text: string }
  | { readonly kind: 'holidays'; readonly text: string };

export interface FileJobResults {
  readonly plan: Result<ImportedPlan>;
  readonly csv: Result<{ readonly rows: string[][] }>;
  readonly holidays: Result<HolidaysImported>;
}

export type JobOf<K extends FileJob['kind']> = Extract<FileJob, { kind: K }>;

/** Ids for imported entities: random UUIDs, as the app's own id factory makes. */
const randomId = (): string => crypto.randomUUID();

export function runFileJob<K extends FileJob['kind']>(job: JobOf<K>): FileJobResults[K];
export function runFileJob(job: FileJob): FileJobResults[FileJob['kind']] {
  switch (job.kind) {
    case 'plan': return importPlanFile(job.fileName, job.text, { newId: randomId, now: job.now });
    case 'csv': return parseCsv(job.text);
    case 'holidays': return importIcalHolidays(job.text);
    default: {
      const never: never = job;
      return never;
    }
  }
}

/**
 * The worker's reply travels as JSON text: for a 10,000-task plan, Chromium's structured clone
 * took 120-250 ms where JSON.stringify + parse took 90-130 ms, most of it in the worker rather
 * than on the page's thread. Results are plain data (the plan is JSON in .plotline files).
 */
export function encodeJobResult(result: FileJobResults[FileJob['kind']]): string {
  return JSON.stringify(result);
}

export function decodeJobResult<K extends FileJob['kind']>(text: string): FileJobResults[K] {
  return JSON.parse(text) as FileJobResults[K];
}

/** Which job a file needs: CSV goes through the column-mapping dialog, .ics through holidays. */
export function jobFor(fileName: string, text: string, now: string): { format: FileFormat; job: FileJob } {
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
  ical: 'iCalendar (.ics)',
  unknown: 'Unknown',
};

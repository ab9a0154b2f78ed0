/**
 * From an opened file to the dialog that shows it: parse off the main thread, then a summary
 * (plans), the column mapping (CSV, .xlsx), the holidays found (.ics), or an error saying what and where.
 */
import type { Problem } from '../../domain/model';
import type { FileOpenOutcome, SnapshotInfo } from '../../platform';
import type { FileDialog } from './file-dialogs';
import { jobFor } from './file-jobs';
import { parseOffThread } from './parse-off-thread';

/** "row 14: ..." unless the importer's message already names the place. */
export function problemText(problem: Problem): string {
  return problem.where === undefined || problem.message.includes(problem.where) ? problem.message : `${problem.where}: ${problem.message}`;
}

export async function readFileToDialog(outcome: FileOpenOutcome, now: string, snapshot?: SnapshotInfo): Promise<FileDialog> {
  if (outcome.kind === 'failed') return { kind: 'error', title: `Could not open “${outcome.name}”`, message: outcome.message };
  const { name, text, bytes } = outcome.file;
  const { format, job } = jobFor(name, text, now, bytes);
  const error = (problem: Problem): FileDialog => ({ kind: 'error', title: `Could not open “${name}”`, message: problemText(problem) });
  switch (job.kind) {
    case 'plan': {
      const started = performance.now();
      const result = await parseOffThread<'plan'>(job, { fileName: name });
      // User Timing entries let the files bench split an import into parse and store.
      performance.measure('plotline:file-parse', { start: started });
      if (!result.ok) return error(result.error);
      return { kind: 'summary', fileName: name, format, imported: result.value, ...(snapshot ? { snapshot } : {}) };
    }
    case 'csv': {
      const result = await parseOffThread<'csv'>(job, { fileName: name });
      return result.ok ? { kind: 'csv', fileName: name, rows: result.value.rows } : error(result.error);
    }
    case 'xlsx': {
      const result = await parseOffThread<'xlsx'>(job, { fileName: name });
      return result.ok ? { kind: 'xlsx', fileName: name, workbook: result.value } : error(result.error);
    }
    case 'holidays': {
      const result = await parseOffThread<'holidays'>(job, { fileName: name });
      return result.ok ? { kind: 'holidays', fileName: name, ...result.value } : error(result.error);
    }
    default: {
      const never: never = job;
      return never;
    }
  }
}

/**
 * From an opened file to the dialog that shows it: parse off the main thread, then a summary
 * (plans), the column mapping (CSV, .xlsx), the holidays found (.ics), or an error saying what and where.
 */
import type { ImportedPlan } from '../../domain/formats';
import type { Problem, Result } from '../../domain/model';
import type { FileOpenOutcome, SnapshotInfo } from '../../platform';
import type { FileDialog } from './file-dialogs';
import { headOf, jobFor, type PlanHead } from './file-jobs';
import { parseOffThread } from './parse-off-thread';
import type { TableSource } from './table-import';
import { isCancelled, startTableSession } from './table-session';

/** "row 14: ..." unless the importer's message already names the place. */
export function problemText(problem: Problem): string {
  return problem.where === undefined || problem.message.includes(problem.where) ? problem.message : `${problem.where}: ${problem.message}`;
}

export interface ReadHooks {
  /** Share of the file read (0..1), or null when the reader cannot tell. */
  readonly onProgress?: (fraction: number | null) => void;
  /** Aborting stops the read (its worker is terminated); the result is then null: no dialog. */
  readonly signal?: AbortSignal;
}

export async function readFileToDialog(outcome: FileOpenOutcome, now: string, snapshot?: SnapshotInfo, hooks: ReadHooks = {}): Promise<FileDialog | null> {
  if (outcome.kind === 'failed') return { kind: 'error', title: `Could not open “${outcome.name}”`, message: outcome.message };
  const { name, text, bytes } = outcome.file;
  const { format, job } = jobFor(name, text, now, bytes);
  const error = (problem: Problem): FileDialog | null =>
    (isCancelled(problem) ? null : { kind: 'error', title: `Could not open “${name}”`, message: problemText(problem) });
  const options = { fileName: name, ...(hooks.signal ? { signal: hooks.signal } : {}) };
  switch (job.kind) {
    case 'plan': {
      const started = performance.now();
      const summary = (head: PlanHead, plan: Promise<Result<ImportedPlan>>): FileDialog =>
        ({ kind: 'summary', fileName: name, format, head, plan, ...(snapshot ? { snapshot } : {}) });
      return new Promise((resolve) => {
        let isShown = false;
        const show = (dialog: FileDialog | null): void => {
          if (isShown) return;
          isShown = true;
          // User Timing entries let the files bench split an import into parse and store.
          performance.measure('plotline:file-parse', { start: started });
          resolve(dialog);
        };
        // The summary as soon as the worker sends the file's head; the plan arrives behind it.
        const plan: Promise<Result<ImportedPlan>> = parseOffThread<'plan'>(job, { ...options, onHead: (head) => show(summary(head, plan)) });
        void plan.then((result) => show(result.ok ? summary(headOf(result.value), plan) : error(result.error)));
      });
    }
    case 'csv':
      return openTable({ kind: 'csv', fileName: name, text: job.text }, hooks, error);
    case 'xlsx':
      return openTable({ kind: 'xlsx', fileName: name, bytes: job.bytes }, hooks, error);
    case 'holidays': {
      const result = await parseOffThread<'holidays'>(job, options);
      return result.ok ? { kind: 'holidays', fileName: name, ...result.value } : error(result.error);
    }
    default: {
      const never: never = job;
      return never;
    }
  }
}

/** Starts the table's import worker and reads the file there; the mapping dialog continues the session. */
async function openTable(source: TableSource, hooks: ReadHooks, error: (problem: Problem) => FileDialog | null): Promise<FileDialog | null> {
  const session = startTableSession({ fileName: source.fileName });
  hooks.signal?.addEventListener('abort', () => session.cancel(), { once: true });
  const opened = await session.request({ op: 'open', source }, hooks.onProgress);
  if (!opened.ok) {
    session.cancel();
    return error(opened.error);
  }
  return { kind: 'table', fileName: source.fileName, session, sample: opened.value };
}

/**
 * Runs a FileJob in a dedicated worker with a time limit. A parse that takes longer is stopped
 * (the worker is terminated, so a runaway parse cannot keep a core busy) and reported as a
 * Problem. Without Worker (unit tests under Node) the job runs in-thread.
 *
 * One worker is kept warm between jobs (and started early by warmUpParser when the File menu
 * or a file dialog opens, warming its parsers on small plans of its own), so an import does not pay for starting
 * a worker and compiling the parsers; it is let go after a minute without work.
 */
import { fail } from '../../domain/model';
import { decodeJobReply, runAnyFileJob, type FileJob, type FileJobResults, type JobOf, type PlanHead } from './file-jobs';
import type { WarmUpMessage } from './parser-warm-up';
import { CANCELLED } from './table-session';

export const PARSE_TIMEOUT_MS = 20_000;
export const IDLE_WORKER_MS = 60_000;

export interface OffThreadOptions {
  readonly timeoutMs?: number;
  /** What the timeout message calls the file. */
  readonly fileName: string;
  /** Cancel: the worker is terminated and the job answers with a Problem whose where is CANCELLED. */
  readonly signal?: AbortSignal;
  /** A plan file's head, as soon as the worker has read the file; the result follows. Not called when the parse ran in the page. */
  readonly onHead?: (head: PlanHead) => void;
}

let spare: { readonly worker: Worker; readonly idleTimer: ReturnType<typeof setTimeout> } | null = null;

function startWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}

function takeWorker(): Worker {
  if (!spare) return startWorker();
  clearTimeout(spare.idleTimer);
  const { worker } = spare;
  spare = null;
  return worker;
}

/** Keeps a worker that finished cleanly for the next job; one spare at most. */
function keepWorker(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (spare) {
    worker.terminate();
    return;
  }
  spare = { worker, idleTimer: setTimeout(() => dropSpareWorker(), IDLE_WORKER_MS) };
}

/** Ends the spare worker, if any (idle for a minute, or tests). */
export function dropSpareWorker(): void {
  if (!spare) return;
  clearTimeout(spare.idleTimer);
  spare.worker.terminate();
  spare = null;
}

/**
 * Starts the parser worker ahead of need and has it warm its parsers on a small plan of its own
 * (parser-warm-up.ts): call when the user is about to pick a file (the File menu opens, Open… is
 * chosen). A job that comes meanwhile stops the warm-up after its current step.
 */
export function warmUpParser(): void {
  if (typeof Worker === 'undefined' || spare) return;
  const worker = startWorker();
  const message: WarmUpMessage = { warmUp: true };
  worker.postMessage(message);
  keepWorker(worker);
}

export function parseOffThread<K extends FileJob['kind']>(job: JobOf<K>, options: OffThreadOptions): Promise<FileJobResults[K]> {
  if (typeof Worker === 'undefined') return runAnyFileJob<K>(job);
  const timeoutMs = options.timeoutMs ?? PARSE_TIMEOUT_MS;
  return new Promise((resolve) => {
    const worker = takeWorker();
    let isDone = false;
    const finish = (result: FileJobResults[K], reusable: boolean): void => {
      if (isDone) return;
      isDone = true;
      clearTimeout(timer);
      if (reusable) keepWorker(worker);
      else worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => {
      const seconds = String(Math.round(timeoutMs / 1000));
      finish(fail(`Reading '${options.fileName}' took longer than ${seconds} s, so Plotline stopped. The file may be damaged or far larger than a plan file usually is.`), false);
    }, timeoutMs);
    // The replies come from our own worker script running runFileJob on this very job.
    worker.onmessage = (event: MessageEvent<string>) => {
      const reply = decodeJobReply<K>(event.data);
      if ('head' in reply) options.onHead?.(reply.head);
      else finish(reply.result, true);
    };
    // A worker that cannot start (blocked script, out of memory) must not lose the file: parse here.
    worker.onerror = (event) => {
      event.preventDefault();
      void runAnyFileJob<K>(job).then((result) => finish(result, false));
    };
    options.signal?.addEventListener('abort', () => finish(fail('The import was cancelled.', CANCELLED), false), { once: true });
    worker.postMessage(job);
  });
}

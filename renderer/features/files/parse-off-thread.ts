/**
 * Runs a FileJob in a dedicated worker with a time limit. A parse that takes longer is stopped
 * (the worker is terminated, so a runaway parse cannot keep a core busy) and reported as a
 * Problem. Without Worker (unit tests under Node) the job runs in-thread.
 */
import { fail } from '../../domain/model';
import { runFileJob, type FileJob, type FileJobResults, type JobOf } from './file-jobs';

export const PARSE_TIMEOUT_MS = 20_000;

export interface OffThreadOptions {
  readonly timeoutMs?: number;
  /** What the timeout message calls the file. */
  readonly fileName: string;
}

export function parseOffThread<K extends FileJob['kind']>(job: JobOf<K>, options: OffThreadOptions): Promise<FileJobResults[K]> {
  if (typeof Worker === 'undefined') return Promise.resolve(runFileJob<K>(job));
  const timeoutMs = options.timeoutMs ?? PARSE_TIMEOUT_MS;
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: FileJobResults[K]): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => {
      const seconds = String(Math.round(timeoutMs / 1000));
      finish(fail(`Reading '${options.fileName}' took longer than ${seconds} s, so Plotline stopped. The file may be damaged or far larger than a plan file usually is.`));
    }, timeoutMs);
    // The reply comes from our own worker script running runFileJob on this very job.
    worker.onmessage = (event: MessageEvent<FileJobResults[K]>) => finish(event.data);
    // A worker that cannot start (blocked script, out of memory) must not lose the file: parse here.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(runFileJob<K>(job));
    };
    worker.postMessage(job);
  });
}

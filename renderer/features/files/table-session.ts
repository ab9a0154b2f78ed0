/**
 * The page's side of a table import (table-import.ts): one dedicated import worker per import,
 * holding the table, asked one request at a time. Every request has a time limit; past it, or on
 * Cancel, the worker is terminated (a runaway parse cannot keep a core busy) and the request
 * answers with a Problem that says so. Where no Worker exists the host runs in-thread.
 */
import { fail, type Problem, type Result } from '../../domain/model';
import { IMPORT_TIMEOUT_MS } from './import-limits';
import { failedReply, TableImportHost, type ReplyOf, type TableRequest } from './table-import';

export interface TableMessage {
  readonly id: number;
  readonly request: TableRequest;
}

export type TableWorkerReply =
  | { readonly id: number; readonly progress: number | null }
  | { readonly id: number; readonly reply: string };

/** The part of a Worker a session uses (a stub in unit tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<TableWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: TableMessage): void;
  terminate(): void;
}

/** Where a stop or a cancel is recorded in a Problem, so callers can tell it from a refusal. */
export const CANCELLED = 'cancelled';
export const isCancelled = (problem: Problem): boolean => problem.where === CANCELLED;

export interface TableSessionOptions {
  readonly fileName: string;
  readonly timeoutMs?: number;
  /** Default: the import worker, or null where no Worker exists (the host then runs in-thread). */
  readonly startWorker?: () => WorkerLike | null;
}

export interface TableSession {
  request<R extends TableRequest>(request: R, onProgress?: (fraction: number | null) => void): Promise<ReplyOf<R>>;
  /** Stops whatever runs and ends the session (the worker and its table are let go). */
  cancel(): void;
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}

export function startTableSession(options: TableSessionOptions): TableSession {
  const worker = (options.startWorker ?? defaultWorker)();
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const host = worker === null ? new TableImportHost() : null;
  let nextId = 1;
  let stopped: Result<never> | null = null;
  const pending = new Map<number, Pending>();

  const stop = (why: Result<never>): void => {
    if (stopped !== null) return;
    stopped = why;
    worker?.terminate();
    for (const entry of pending.values()) {
      clearTimeout(entry.timer);
      entry.stop(why);
    }
    pending.clear();
  };

  const request = <R extends TableRequest>(req: R, onProgress: (fraction: number | null) => void = () => undefined): Promise<ReplyOf<R>> => {
    if (stopped !== null) return Promise.resolve(failedReply(req, stopped));
    if (host !== null) return host.handle(req, onProgress);
    const id = nextId++;
    return new Promise<ReplyOf<R>>((resolve) => {
      const timer = setTimeout(() => stop(fail(timeoutMessage(req, options.fileName, timeoutMs), 'the whole file')), timeoutMs);
      pending.set(id, {
        progress: onProgress,
        // The reply is the worker's JSON of TableImportHost.handle for this very request.
        done: (text) => resolve(JSON.parse(text) as ReplyOf<R>),
        stop: (why) => resolve(failedReply(req, why)),
        timer,
      });
      worker?.postMessage({ id, request: req });
    });
  };

  if (worker !== null) {
    worker.onmessage = (event) => {
      const entry = pending.get(event.data.id);
      if (entry === undefined) return;
      if ('progress' in event.data) {
        entry.progress(event.data.progress);
        return;
      }
      clearTimeout(entry.timer);
      pending.delete(event.data.id);
      entry.done(event.data.reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop(fail(`Plotline could not read '${options.fileName}' in the background (${event.message || 'the worker failed'}). Try again; if it keeps failing, restart Plotline.`, 'the whole file'));
    };
  }

  return { request, cancel: () => stop(fail('The import was cancelled.', CANCELLED)) };
}

interface Pending {
  readonly progress: (fraction: number | null) => void;
  readonly done: (text: string) => void;
  readonly stop: (why: Result<never>) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

function timeoutMessage(request: TableRequest, fileName: string, timeoutMs: number): string {
  const seconds = String(Math.round(timeoutMs / 1000));
  const what = request.op === 'check' ? 'Checking every row of' : 'Reading';
  return `${what} '${fileName}' took longer than ${seconds} s, so Plotline stopped. The file may be damaged or far larger than a task list usually is; split it and import the parts.`;
}

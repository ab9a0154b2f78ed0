/**
 * Web Worker entry: parses a file off the main thread so a 10,000-task import never freezes the
 * window. A FileJob gets one reply; a table import (table-session.ts) is a conversation with one
 * TableImportHost that keeps the table here, answering each request with progress and a reply.
 */
import { replyToJob, runAnyFileJob, type FileJob } from './file-jobs';
import { runWarmUp, warmUpSteps, type WarmUp, type WarmUpMessage } from './parser-warm-up';
import { TableImportHost } from './table-import';
import type { TableMessage, TableWorkerReply } from './table-session';

let host: TableImportHost | null = null;
/** Started when a person is about to pick a file (the File menu opens); stopped by the first real message. */
let warmUp: WarmUp | null = null;

const post = (reply: TableWorkerReply): void => self.postMessage(reply);

self.onmessage = (event: MessageEvent<FileJob | TableMessage | WarmUpMessage>) => {
  const data = event.data;
  if ('warmUp' in data) {
    warmUp ??= runWarmUp(warmUpSteps());
    return;
  }
  warmUp?.stop();
  if ('request' in data) {
    host ??= new TableImportHost();
    void host.handle(data.request, (progress) => post({ id: data.id, progress }))
      .then((result) => post({ id: data.id, reply: JSON.stringify(result) }));
    return;
  }
  void runAnyFileJob(data).then((result) => replyToJob(data, result, (text) => self.postMessage(text)));
};

/**
 * Web Worker entry: parses a file off the main thread so a 10,000-task import never freezes the
 * window. One reply per request; the page keeps the worker for the next job or terminates it.
 */
import { encodeJobResult, runAnyFileJob, type FileJob } from './file-jobs';

self.onmessage = (event: MessageEvent<FileJob>) => {
  void runAnyFileJob(event.data).then((result) => self.postMessage(encodeJobResult(result)));
};

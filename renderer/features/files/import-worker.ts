/**
 * Web Worker entry: parses a file off the main thread so a 10,000-task import never freezes the
 * window. One reply per request; the page keeps the worker for the next job or terminates it.
 */
import { encodeJobResult, runFileJob, type FileJob } from './file-jobs';

self.onmessage = (event: MessageEvent<FileJob>) => {
  self.postMessage(encodeJobResult(runFileJob(event.data)));
};

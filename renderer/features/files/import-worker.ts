/**
 * Web Worker entry: parses a file off the main thread so a 10,000-task import never freezes the
 * window. One request, one reply; the page terminates the worker afterwards (or on timeout).
 */
import { runFileJob, type FileJob } from './file-jobs';

self.onmessage = (event: MessageEvent<FileJob>) => {
  self.postMessage(runFileJob(event.data));
};

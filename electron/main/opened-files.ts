/**
 * Files the OS hands over (launch argv, second instance, macOS open-file) arrive whenever they
 * like, often before React has mounted. They wait here until the renderer says it listens (by
 * taking the pending ones), then go straight through.
 */
import type { WebContents } from 'electron';
import { EVENTS, type FileOpenOutcome } from '../contract';

export interface OpenedFileQueue {
  deliver(outcome: FileOpenOutcome): void;
  /** Called by the renderer's subscription: returns what waited and marks the sender as listening. */
  take(listener: WebContents): FileOpenOutcome[];
  /** The page is (re)loading: hold deliveries again until it subscribes anew. */
  stopListening(): void;
}

export function createOpenedFileQueue(): OpenedFileQueue {
  const pending: FileOpenOutcome[] = [];
  let listener: WebContents | null = null;
  return {
    deliver(outcome) {
      if (listener !== null && !listener.isDestroyed()) listener.send(EVENTS.fileOpened, outcome);
      else pending.push(outcome);
    },
    take(contents) {
      listener = contents;
      return pending.splice(0, pending.length);
    },
    stopListening() {
      listener = null;
    },
  };
}

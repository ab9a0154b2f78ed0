/**
 * Closing the window (or quitting) first gives the renderer a moment to finish its last writes:
 * the automatic snapshot "on quit" (issue #6) is written by the renderer through IPC, and a window
 * that closes at once kills that write half way. So the first close is held, the renderer is
 * asked (EVENTS.closeRequested), and the window closes when it confirms or after a time limit,
 * whichever comes first: a hung or crashed page never keeps the app from closing.
 */
import { EVENTS } from '../contract';

export const CLOSE_FLUSH_TIMEOUT_MS = 3_000;

/** The part of BrowserWindow the guard uses (a fake in tests). */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: { send(channel: typeof EVENTS.closeRequested, payload: null): void };
}

export interface CloseGuard {
  /** The renderer is done: close now. */
  readonly release: () => void;
}

export function guardClose(window: ClosableWindow, timeoutMs = CLOSE_FLUSH_TIMEOUT_MS): CloseGuard {
  let state: 'open' | 'flushing' | 'closing' = 'open';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const release = (): void => {
    if (state !== 'flushing') return;
    state = 'closing';
    if (timer !== null) clearTimeout(timer);
    if (!window.isDestroyed()) window.close();
  };
  window.on('close', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    timer = setTimeout(release, timeoutMs);
    window.webContents.send(EVENTS.closeRequested, null);
  });
  return { release };
}

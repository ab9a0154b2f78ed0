import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../../../electron/contract';
import { guardClose, type ClosableWindow } from '../../../electron/main/close-guard';

vi.mock('electron', () => ({}));

/** A window that runs its 'close' listeners as BrowserWindow does: close() proceeds unless prevented. */
function fakeWindow() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const sent: unknown[][] = [];
  let closed = false;
  const window: ClosableWindow = {
    on: (_event, listener) => listeners.push(listener),
    close: () => {
      let prevented = false;
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
      if (!prevented) closed = true;
    },
    isDestroyed: () => closed,
    webContents: { send: (...args) => void sent.push(args) },
  };
  return { window, sent, isClosed: () => closed };
}

afterEach(() => vi.useRealTimers());

describe('close guard', () => {
  it('holds the first close, asks the renderer once, and closes when it confirms', () => {
    const { window, sent, isClosed } = fakeWindow();
    const guard = guardClose(window);
    window.close();
    window.close();
    expect(isClosed()).toBe(false);
    expect(sent).toEqual([[EVENTS.closeRequested, null]]);
    guard.release();
    expect(isClosed()).toBe(true);
  });

  it('closes after the time limit when the renderer never answers', () => {
    vi.useFakeTimers();
    const { window, isClosed } = fakeWindow();
    guardClose(window, 3_000);
    window.close();
    vi.advanceTimersByTime(2_999);
    expect(isClosed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(isClosed()).toBe(true);
  });

  it('ignores a confirmation that nobody asked for', () => {
    const { window, sent, isClosed } = fakeWindow();
    guardClose(window).release();
    expect(isClosed()).toBe(false);
    expect(sent).toEqual([]);
  });
});

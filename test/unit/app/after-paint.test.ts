// @vitest-environment happy-dom
/**
 * What waits for the next painted frame (an edit's write, a new project's first write) goes after
 * that frame, after a tenth of a second where no frame comes (a hidden window), and at once when
 * the window is being left, so an edit made just before a reload or a close is still sent.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../renderer/app/after-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Animation frames that come only when the test says. */
function framesByHand(): () => void {
  let callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => callbacks.push(callback));
  return () => {
    const now = callbacks;
    callbacks = [];
    for (const callback of now) callback(performance.now());
  };
}

const isSettled = async (promise: Promise<void>): Promise<boolean> => {
  let settled = false;
  void promise.then(() => { settled = true; });
  await Promise.resolve();
  await Promise.resolve();
  return settled;
};

describe('afterPaint', () => {
  it('resolves in the task after the next frame, not before', async () => {
    vi.useFakeTimers();
    const frame = framesByHand();
    const painted = afterPaint();
    expect(await isSettled(painted)).toBe(false);
    frame();
    expect(await isSettled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(await isSettled(painted)).toBe(true);
  });

  it('resolves after a tenth of a second in a window that gets no frames (hidden)', async () => {
    vi.useFakeTimers();
    framesByHand();
    const painted = afterPaint();
    await vi.advanceTimersByTimeAsync(99);
    expect(await isSettled(painted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isSettled(painted)).toBe(true);
  });

  it('resolves at once when the window is being left, before any frame or timer', async () => {
    vi.useFakeTimers();
    framesByHand();
    const painted = afterPaint();
    window.dispatchEvent(new Event('pagehide'));
    expect(await isSettled(painted)).toBe(true);
  });
});

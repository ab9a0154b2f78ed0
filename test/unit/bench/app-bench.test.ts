// @vitest-environment happy-dom
/**
 * Pins how the app bench (bench/app.bench.ts) measures, so a later change cannot make its
 * figures kinder unnoticed: a fresh browser context per sample with the page side installed
 * before the app loads, the session's first open as the first timed step and the Gantt's first
 * mount right after it, `Date` frozen while frames and performance.now() stay real, and timings
 * that run from the click to the first painted frame showing the result.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { armClickTimer, freezeToday, scrollBy } from '../../../bench/app-page';
import { coldSession, IMPORT_STEPS, interleaved, SCROLL, SESSION_STEPS, type BrowserLike, type PageLike } from '../../../bench/app-protocol';

/** A fake browser that records every call the protocol makes, in order. */
function recordingBrowser(log: string[]): BrowserLike<PageLike> {
  let contexts = 0;
  return {
    newContext: () => {
      const context = ++contexts;
      log.push(`newContext#${String(context)}`);
      const page: PageLike = { goto: (url) => { log.push(`goto ${url}`); return Promise.resolve(); } };
      return Promise.resolve({
        addInitScript: ({ content }) => { log.push(`init ${content}`); return Promise.resolve(); },
        newPage: () => { log.push('newPage'); return Promise.resolve(page); },
        close: () => { log.push(`close#${String(context)}`); return Promise.resolve(); },
      });
    },
  };
}

const stepsLogging = (log: string[]) => Object.fromEntries(SESSION_STEPS.map((step) => [step, () => { log.push(step); return Promise.resolve(1); }])) as Record<(typeof SESSION_STEPS)[number], () => Promise<number>>;

describe('app bench protocol', () => {
  const RealDate = Date;
  afterEach(() => { globalThis.Date = RealDate; vi.unstubAllGlobals(); });

  it('runs every sample in a fresh context, the page side installed before the app loads, the first open first', async () => {
    const log: string[] = [];
    const browser = recordingBrowser(log);
    const ready = (): Promise<void> => { log.push('ready'); return Promise.resolve(); };
    await coldSession(browser, 'http://app/', 'page-side', ready, SESSION_STEPS, stepsLogging(log));
    await coldSession(browser, 'http://app/', 'page-side', ready, IMPORT_STEPS, stepsLogging(log));
    expect(log).toEqual([
      'newContext#1', 'init page-side', 'newPage', 'goto http://app/', 'ready',
      'open', 'tasksToGantt', 'ganttToTasks', 'tasksToGanttAgain', 'ganttToTasksAgain', 'scroll', 'close#1',
      'newContext#2', 'init page-side', 'newPage', 'goto http://app/', 'ready', 'open', 'close#2',
    ]);
    expect(SCROLL).toEqual({ pxPerFrame: 100, frames: 120 });
  });

  it('closes the context when a step fails', async () => {
    const log: string[] = [];
    const steps = { ...stepsLogging(log), tasksToGantt: () => Promise.reject(new Error('no bars')) };
    await expect(coldSession(recordingBrowser(log), 'http://app/', 's', () => Promise.resolve(), SESSION_STEPS, steps)).rejects.toThrow('no bars');
    expect(log.at(-1)).toBe('close#1');
  });

  it('interleaves the builds and rotates who goes first', () => {
    expect(interleaved(['before', 'after'], 3).map((s) => `${String(s.run)}:${s.build}`))
      .toEqual(['0:before', '0:after', '1:after', '1:before', '2:before', '2:after']);
  });

  it('freezes what Date reads (today) and leaves performance.now() and animation frames real', () => {
    const raf = globalThis.requestAnimationFrame;
    const fixed = new Date('2026-01-05T09:00').getTime();
    freezeToday(fixed);
    expect(Date.now()).toBe(fixed);
    expect(new Date().getTime()).toBe(fixed);
    expect(new Date('2027-02-03T00:00:00Z').toISOString()).toBe('2027-02-03T00:00:00.000Z');
    expect(new Date(2027, 1, 3).getDate()).toBe(3);
    expect(new Date() instanceof RealDate).toBe(true);
    expect(globalThis.requestAnimationFrame).toBe(raf);
    const t0 = performance.now();
    while (performance.now() === t0) { /* performance.now() still moves */ }
    expect(performance.now()).toBeGreaterThan(t0);
  });

  it('times from the click to the first painted frame that shows the result, not to the click handler', async () => {
    const events: string[] = [];
    let frames = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => { frames++; events.push(`frame ${String(frames)}`); callback(performance.now()); }, 5));
    const timing = armClickTimer(() => { events.push('check'); return frames >= 3; });
    const clickedAt = performance.now();
    window.dispatchEvent(new MouseEvent('click'));
    const { ms, frames: waited } = await timing;
    // Checked once per frame, after that frame; the third frame is the first showing the view.
    expect(events).toEqual(['frame 1', 'check', 'frame 2', 'check', 'frame 3', 'check']);
    expect(waited).toBe(3);
    expect(ms).toBeGreaterThanOrEqual(performance.now() - clickedAt - 5);
  });

  it('scrolls the table by a fixed step in each animation frame', async () => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 1));
    const element = document.createElement('div');
    element.className = 'scroller';
    document.body.append(element);
    const tops: number[] = [];
    let top = 0;
    Object.defineProperty(element, 'scrollTop', { get: () => top, set: (v: number) => { top = v; tops.push(v); } });
    await expect(scrollBy('.scroller', 100, 4)).resolves.toBe(400);
    expect(tops).toEqual([100, 200, 300, 400]);
    await expect(scrollBy('.missing', 100, 4)).rejects.toThrow('.missing is not on the page');
    element.remove();
  });
});

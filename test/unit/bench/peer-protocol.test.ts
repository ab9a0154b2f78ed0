// @vitest-environment happy-dom
/**
 * Pins how the peer bench (bench/gantt-peers.bench.ts) measures, so a later change cannot make
 * its figures kinder unnoticed: a fresh browser context per sample, today frozen at the plan's
 * start before the page loads, the cold first render as the first timed step, timings that end
 * at a painted frame showing the change, interleaved runs, and the outside harness's plan shape.
 */
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateFlatPlan, peerData } from '../../../bench/peers/plan-shapes';
import { freezeTodayScript, interleavedRuns, measureCold, PEERS, SAMPLE_STEPS, type BrowserLike, type ContextLike, type PageLike } from '../../../bench/peers/protocol';
import { isFirstScreenFilled, timeToPaint, untilPainted, type NameBox } from '../../../bench/peers/pages/painted';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scheduleProject } from '../../../renderer/domain/schedule';

/** A fake browser that records every call the protocol makes, in order. */
function recordingBrowser(log: string[]): BrowserLike {
  let contexts = 0;
  return {
    newContext: () => {
      const context = ++contexts;
      log.push(`newContext#${String(context)}`);
      const page: PageLike = {
        goto: (url) => { log.push(`goto ${url}`); return Promise.resolve(); },
        evaluate: <R, A>(_fn: (arg: A) => R | Promise<R>, arg: A) => {
          log.push(typeof arg === 'string' && arg.startsWith('{') ? 'load' : `call ${String(arg)}`);
          return Promise.resolve(7 as R);
        },
      };
      const ctx: ContextLike = {
        addInitScript: ({ content }) => { log.push(content === freezeTodayScript('2026-01-05T09:00') ? 'freeze Date at 2026-01-05T09:00' : `init ${content}`); return Promise.resolve(); },
        newPage: () => { log.push('newPage'); return Promise.resolve(page); },
        close: () => { log.push(`close#${String(context)}`); return Promise.resolve(); },
      };
      return Promise.resolve(ctx);
    },
  };
}

describe('peer bench protocol', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('runs every sample in a fresh context, with today frozen before the page loads, cold first render first', async () => {
    const log: string[] = [];
    const browser = recordingBrowser(log);
    const readHeap = (): Promise<number> => { log.push('heap'); return Promise.resolve(1); };
    await measureCold(browser, 'file:///svar.html', '{"rows":[]}', '2026-01-05T09:00', readHeap);
    await measureCold(browser, 'file:///svar.html', '{"rows":[]}', '2026-01-05T09:00', readHeap);
    expect(log).toEqual([
      'newContext#1', 'freeze Date at 2026-01-05T09:00', 'newPage', 'goto file:///svar.html', 'load',
      'call firstRender', 'call domCount', 'heap', 'call zoomToWeek', 'call editOne', 'call reload', 'call reset', 'call firstRender', 'close#1',
      'newContext#2', 'freeze Date at 2026-01-05T09:00', 'newPage', 'goto file:///svar.html', 'load',
      'call firstRender', 'call domCount', 'heap', 'call zoomToWeek', 'call editOne', 'call reload', 'call reset', 'call firstRender', 'close#2',
    ]);
    expect(SAMPLE_STEPS[1]).toBe('firstRender');
  });

  it('freezes Date alone: requestAnimationFrame and performance.now stay the real ones', () => {
    const realDate = globalThis.Date;
    const realNow = performance.now;
    const realFrame = globalThis.requestAnimationFrame;
    try {
      runInThisContext(freezeTodayScript('2026-01-05T09:00'));
      expect(Date.now()).toBe(new realDate('2026-01-05T09:00').getTime());
      expect(new Date().getTime()).toBe(new realDate('2026-01-05T09:00').getTime());
      expect(new Date('2030-02-03T00:00').getFullYear()).toBe(2030);
      expect(performance.now).toBe(realNow);
      expect(globalThis.requestAnimationFrame).toBe(realFrame);
    } finally {
      globalThis.Date = realDate;
    }
  });

  it('interleaves the libraries and rotates who goes first, so each takes every position', () => {
    const slots = interleavedRuns(PEERS, 4);
    expect(slots).toHaveLength(16);
    for (let run = 0; run < 4; run++) {
      const order = slots.filter((s) => s.run === run).map((s) => s.peer);
      expect(new Set(order)).toEqual(new Set(PEERS));
      expect(order[0]).toBe(PEERS[run]);
    }
  });

  it('stops a timing at the first painted frame that shows the change, not when the call returns', async () => {
    const events: string[] = [];
    let frames = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => { frames++; events.push(`frame ${String(frames)}`); callback(performance.now()); }, 5));
    let shownAfterFrame = 3;
    const painted = untilPainted(() => { events.push('check'); return frames >= shownAfterFrame; });
    await expect(painted).resolves.toBeGreaterThan(0);
    // Checked once per frame, after that frame (the message task after the frame callback).
    expect(events).toEqual(['frame 1', 'check', 'frame 2', 'check', 'frame 3', 'check']);
    shownAfterFrame = Number.POSITIVE_INFINITY;
    await expect(untilPainted(() => false, 3)).rejects.toThrow('not on screen after 3 frames');
  });

  it('includes an asynchronous action in the time (a library that renders later is waited for)', async () => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 1));
    let shown = false;
    const time = await timeToPaint(() => new Promise((resolve) => setTimeout(() => { shown = true; resolve(null); }, 30)), () => shown);
    expect(time).toBeGreaterThanOrEqual(29);
  });
});

/** Name boxes of `count` grid rows from `top`, one every `pitch` px, each `height` px tall. */
const rows = (count: number, top: number, pitch: number, height: number): NameBox[] =>
  Array.from({ length: count }, (_, i) => ({ top: top + i * pitch, bottom: top + i * pitch + height }));

/** A method of a page's `window.peer` object literal: from its name to the next member at the same indent. */
function method(source: string, name: string): string {
  const start = source.indexOf(`\n  ${name}(`);
  if (start < 0) return '';
  const next = source.slice(start + 1).search(/\n {2}\w+\(/);
  return source.slice(start, next < 0 ? undefined : start + 1 + next);
}

describe('the first screen a first render and a reload wait for', () => {
  it('is not there while the grid shows the first rows only, as SVAR\'s first frame with bars did (2 of 22)', () => {
    expect(isFirstScreenFilled(rows(2, 73, 38, 20), 900, 1000)).toBe(false);
    expect(isFirstScreenFilled([], 900, 1000)).toBe(false);
  });

  it('is there once the names reach to within two rows of the screen\'s bottom, measured by the rows\' pitch', () => {
    // Plotline's rows: 15 px names every 27 px; the last one ends at the bottom.
    expect(isFirstScreenFilled(rows(24, 278, 27, 15), 900, 1000)).toBe(true);
    // One row further up than two pitches from the bottom is a screen still filling.
    expect(isFirstScreenFilled(rows(20, 278, 27, 15), 900, 1000)).toBe(false);
    // Names below the screen do not count as shown.
    expect(isFirstScreenFilled([...rows(2, 73, 38, 20), { top: 950, bottom: 970 }], 900, 1000)).toBe(false);
  });

  it('is there when every task\'s name shows, however short the plan', () => {
    expect(isFirstScreenFilled(rows(3, 73, 38, 20), 900, 3)).toBe(true);
  });

  it('is the stop of every grid library\'s first render and reload (read from the pages, so a page cannot drop it quietly)', () => {
    for (const page of ['plotline.tsx', 'svar.tsx', 'dhtmlx.ts']) {
      const source = readFileSync(join(import.meta.dirname, '../../../bench/peers/pages', page), 'utf8');
      expect(method(source, 'firstRender'), page).toMatch(/\bfirstScreen\b/);
      expect(method(source, 'reload'), page).toMatch(/\bfirstScreen\(\) &&/);
      expect(source, page).toMatch(/const firstScreen = \(\): boolean => bars\(\)\.length > 0 && firstScreenShown\(/);
    }
  });
});

describe('peer bench plans', () => {
  it('the flat plan has the outside harness shape: 10,000 flat tasks, 2,796 forward finish-to-start links', () => {
    const plan = generateFlatPlan(10_000, 7);
    const tasks = Object.values(plan.tasks);
    const links = Object.values(plan.links);
    expect(tasks).toHaveLength(10_000);
    expect(tasks.every((t) => t.parentId === null)).toBe(true);
    expect(links).toHaveLength(2_796);
    const order = new Map(tasks.map((t, i) => [t.id, i]));
    expect(links.every((l) => l.type === 'FS' && (order.get(l.predecessorId) ?? 0) < (order.get(l.successorId) ?? 0))).toBe(true);
    const slots = tasks.map((t) => t.constraint.date ?? '').sort();
    expect(slots[0]?.slice(0, 10)).toBe('2026-01-05');
    expect(slots.at(-1)?.slice(0, 7)).toBe('2027-12');
  });

  it('gives every library the dates Plotline\'s engine computes, in outline order', () => {
    for (const shape of ['flat', 'outlined'] as const) {
      const data = peerData(shape, 400);
      const schedule = scheduleProject(data.plan);
      expect(data.rows).toHaveLength(Object.keys(data.plan.tasks).length);
      for (const row of data.rows) {
        expect(row.start).toBe(schedule.tasks.get(row.id as never)?.start);
        expect(row.finish).toBe(schedule.tasks.get(row.id as never)?.finish);
      }
      const seen = new Set<string>();
      for (const row of data.rows) {
        if (row.parent !== null) expect(seen.has(row.parent)).toBe(true);
        seen.add(row.id);
      }
    }
    expect(new Set(peerData('outlined', 400).links.map((l) => l.type))).toEqual(new Set(['FS', 'SS', 'FF', 'SF']));
  });
});

/**
 * Main-thread work per frame, from a Chromium trace. A frame's interval, as requestAnimationFrame
 * sees it, is paced by the display: at 60 Hz it reads 16.7 ms whether the frame took 2 ms or 16
 * to produce (an idle page's p95 is 16.8 with timer jitter), so it cannot show how close a drag
 * comes to dropping frames. This measures what each frame cost the main thread instead: the
 * busy time (input handling, animation frame callbacks, style, layout, paint) between one
 * animation frame and the next. A frame fits the 60 Hz budget when that stays within 16.7 ms.
 * Busy time is wall time: on a loaded machine it includes the time the main thread was ready
 * but waited for a core. The same tasks' thread CPU time (the trace's thread-clock `tdur`)
 * leaves that wait out, so the two side by side tell the page's own cost from the machine's load.
 */
import type { Page } from 'playwright-core';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread-clock duration (µs of CPU time), where the platform has a thread clock. */
  readonly tdur?: number;
  readonly tid: number;
  readonly pid: number;
}

export interface FrameWork {
  /** Main-thread busy ms in each frame interval, in order. */
  readonly busyMs: readonly number[];
  /** Frame intervals (ms) as the trace's animation frames saw them. */
  readonly intervalsMs: readonly number[];
  /**
   * Main-thread CPU ms in each frame interval (a task cut by an interval's edge counts the
   * same share of its CPU time as of its wall time); empty when the trace has no thread clock.
   */
  readonly cpuMs: readonly number[];
}

/** Busy time per interval between consecutive animation frames on the page's main thread. */
export function frameWork(events: readonly TraceEvent[]): FrameWork {
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
  const first = frames[0];
  if (!first) return { busyMs: [], intervalsMs: [], cpuMs: [] };
  const thread = (e: TraceEvent): boolean => e.pid === first.pid && e.tid === first.tid;
  // One rAF per frame: several callbacks in a frame show as one FireAnimationFrame each; keep the first.
  const starts = [...new Set(frames.filter(thread).map((e) => e.ts))].sort((a, b) => a - b)
    .filter((ts, i, all) => i === 0 || ts - (all[i - 1] ?? 0) > 4000);
  const tasks = events.filter((e) => thread(e) && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const hasThreadClock = tasks.some((t) => t.tdur !== undefined);
  const busyMs: number[] = [];
  const intervalsMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const from = starts[i] ?? 0;
    const to = starts[i + 1] ?? 0;
    let busy = 0;
    let cpu = 0;
    for (const t of tasks) {
      const dur = t.dur ?? 0;
      const end = t.ts + dur;
      if (end <= from || t.ts >= to) continue;
      const inside = Math.min(end, to) - Math.max(t.ts, from);
      busy += inside;
      cpu += dur > 0 ? (t.tdur ?? 0) * (inside / dur) : 0;
    }
    busyMs.push(busy / 1000);
    intervalsMs.push((to - from) / 1000);
    if (hasThreadClock) cpuMs.push(cpu / 1000);
  }
  return { busyMs, intervalsMs, cpuMs };
}

/** Runs `action` under a trace and returns the main-thread work of each frame during it. */
export async function traceFrameWork(page: Page, action: () => Promise<void>): Promise<FrameWork> {
  const browser = page.context().browser();
  if (!browser) throw new Error('frame work needs a launched browser');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await action();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  return frameWork(traceEvents);
}

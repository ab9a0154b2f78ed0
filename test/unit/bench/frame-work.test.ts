/**
 * Pins what the frame benches (bench/frame-work.ts) read from a Chromium trace: busy wall time
 * and thread CPU time of the page's main thread per interval between animation frames, and the
 * intervals themselves. Hand-made trace, times in µs as Chromium writes them.
 */
import { describe, expect, it } from 'vitest';
import { frameWork } from '../../../bench/frame-work';

const MAIN = { pid: 1, tid: 10 };
const frame = (ts: number) => ({ name: 'FireAnimationFrame', ph: 'X', ts, dur: 100, ...MAIN });
const task = (ts: number, dur: number, tdur?: number, on = MAIN) => ({ name: 'RunTask', ph: 'X', ts, dur, ...(tdur === undefined ? {} : { tdur }), ...on });

describe('frame work from a trace', () => {
  it('adds busy and CPU time per frame interval, cutting a task at the edge by its share', () => {
    const events = [
      frame(0), frame(16_700), frame(50_000),
      // Frame 1: 4 ms busy, 4 ms on a core; then a 10 ms task that waited 6 ms for a core (4 ms CPU).
      task(1_000, 4_000, 4_000), task(6_000, 10_000, 4_000),
      // A 20 ms task across the second frame's start: 0.7 ms before it, 19.3 after; CPU 10 ms split alike.
      task(16_000, 20_000, 10_000),
      // Another thread's work (a worker) is not the main thread's.
      task(20_000, 30_000, 30_000, { pid: 1, tid: 11 }),
    ];
    const work = frameWork(events);
    expect(work.intervalsMs).toEqual([16.7, 33.3]);
    expect(work.busyMs.map((b) => Number(b.toFixed(3)))).toEqual([14.7, 19.3]);
    expect(work.cpuMs.map((c) => Number(c.toFixed(3)))).toEqual([8.35, 9.65]);
  });
  it('counts several rAF callbacks of one frame once, and gives no CPU series without a thread clock', () => {
    const work = frameWork([frame(0), frame(1_000), frame(16_700), task(2_000, 3_000)]);
    expect(work.intervalsMs).toEqual([16.7]);
    expect(work.busyMs).toEqual([3]);
    expect(work.cpuMs).toEqual([]);
  });
  it('has nothing to say about a trace without animation frames', () => {
    expect(frameWork([task(0, 5_000, 5_000)])).toEqual({ busyMs: [], intervalsMs: [], cpuMs: [] });
  });
});

/**
 * The progress meter between the simulation workers and the progress bar: the bar wakes at most
 * once per PROGRESS_WAKE_MS and then in an animation frame, with the latest counts; reports in
 * between are shown as one; a report that changes nothing wakes nobody.
 */
import { describe, expect, it } from 'vitest';
import { PROGRESS_WAKE_MS, ProgressMeter, type ProgressClock } from '../../../../renderer/features/risks/simulation-progress';

/** A clock the test moves by hand: timers and frames run only when it says so. */
function manualClock(): ProgressClock & { time: number; timers: { at: number; run: () => void }[]; frames: (() => void)[]; advance(ms: number): void } {
  const clock = {
    time: 0,
    timers: [] as { at: number; run: () => void }[],
    frames: [] as (() => void)[],
    now: () => clock.time,
    after: (ms: number, run: () => void) => { clock.timers.push({ at: clock.time + ms, run }); },
    frame: (run: () => void) => { clock.frames.push(run); },
    advance(ms: number) {
      clock.time += ms;
      for (const timer of clock.timers.filter((t) => t.at <= clock.time)) {
        clock.timers.splice(clock.timers.indexOf(timer), 1);
        timer.run();
      }
    },
  };
  return clock;
}

describe('simulation progress meter', () => {
  it('wakes the bar in the next frame at first, then at most once per interval, with the latest counts', () => {
    const clock = manualClock();
    const meter = new ProgressMeter(clock);
    const seen: string[] = [];
    meter.subscribe(() => seen.push(`${String(meter.get().done)}/${String(meter.get().total)}`));
    meter.set(100, 10_000);
    meter.set(200, 10_000);
    expect(seen).toEqual([]);
    expect(clock.frames).toHaveLength(1);
    clock.frames.shift()?.();
    expect(seen).toEqual(['200/10000']);
    // Reports within the interval wait for its end, then for a frame, and show as one.
    clock.advance(50);
    meter.set(300, 10_000);
    meter.set(400, 10_000);
    clock.advance(PROGRESS_WAKE_MS - 100);
    expect(clock.frames).toHaveLength(0);
    clock.advance(50);
    expect(clock.frames).toHaveLength(1);
    expect(seen).toEqual(['200/10000']);
    clock.frames.shift()?.();
    expect(seen).toEqual(['200/10000', '400/10000']);
    // A report after a quiet interval wakes the bar in the next frame.
    clock.advance(PROGRESS_WAKE_MS);
    meter.set(500, 10_000);
    expect(clock.timers).toHaveLength(0);
    clock.frames.shift()?.();
    expect(seen).toEqual(['200/10000', '400/10000', '500/10000']);
  });

  it('keeps its snapshot while the counts are the same, and stops waking a listener that left', () => {
    // Without animation frames (a worker-less fallback) a wake-up is at once.
    const clock = manualClock();
    const meter = new ProgressMeter({ now: clock.now, after: clock.after });
    let calls = 0;
    const leave = meter.subscribe(() => { calls++; });
    meter.set(5, 10);
    const snapshot = meter.get();
    meter.set(5, 10);
    expect(meter.get()).toBe(snapshot);
    expect(calls).toBe(1);
    leave();
    clock.advance(PROGRESS_WAKE_MS);
    meter.set(6, 10);
    expect(calls).toBe(1);
    expect(meter.get()).toEqual({ done: 6, total: 10 });
  });
});

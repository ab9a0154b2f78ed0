/**
 * The progress meter between the simulation workers and the progress bar: reports that arrive
 * between two animation frames wake the bar once, with the latest counts; a report that changes
 * nothing wakes nobody.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressMeter } from '../../../../renderer/features/risks/simulation-progress';

afterEach(() => { vi.unstubAllGlobals(); });

describe('simulation progress meter', () => {
  it('coalesces the reports of one frame into one wake-up with the latest counts', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const meter = new ProgressMeter();
    const seen: string[] = [];
    meter.subscribe(() => seen.push(`${String(meter.get().done)}/${String(meter.get().total)}`));
    meter.set(100, 10_000);
    meter.set(200, 10_000);
    meter.set(300, 10_000);
    expect(seen).toEqual([]);
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(seen).toEqual(['300/10000']);
    meter.set(400, 10_000);
    frames.shift()?.();
    expect(seen).toEqual(['300/10000', '400/10000']);
  });

  it('keeps its snapshot while the counts are the same, and stops waking a listener that left', () => {
    const meter = new ProgressMeter();
    let calls = 0;
    const leave = meter.subscribe(() => { calls++; });
    meter.set(5, 10);
    const snapshot = meter.get();
    meter.set(5, 10);
    expect(meter.get()).toBe(snapshot);
    expect(calls).toBe(1);
    leave();
    meter.set(6, 10);
    expect(calls).toBe(1);
    expect(meter.get()).toEqual({ done: 6, total: 10 });
  });
});

/**
 * A running simulation's progress, kept outside React state: the workers report about a hundred
 * times a run each, and held as the tab's state every report re-rendered the whole Schedule risk
 * tab (settings, results, the estimate table's element tree) for one moving bar. Here a report
 * only wakes the progress bar, and at most once per animation frame (reports that arrive between
 * two frames are shown as one).
 */
import { useSyncExternalStore } from 'react';

export interface ProgressCounts {
  readonly done: number;
  readonly total: number;
}

const NONE: ProgressCounts = { done: 0, total: 0 };

export class ProgressMeter {
  private counts: ProgressCounts = NONE;
  private readonly listeners = new Set<() => void>();
  private isScheduled = false;

  /** The counts shown; a new object only when they changed (useSyncExternalStore's snapshot). */
  readonly get = (): ProgressCounts => this.counts;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  set(done: number, total: number): void {
    if (this.counts.done === done && this.counts.total === total) return;
    this.counts = { done, total };
    if (this.isScheduled) return;
    // Without requestAnimationFrame (unit tests, a worker-less fallback) listeners hear at once.
    if (typeof requestAnimationFrame !== 'function') return void this.notify();
    this.isScheduled = true;
    requestAnimationFrame(() => {
      this.isScheduled = false;
      this.notify();
    });
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The bar alone re-renders with each report. */
export function SimulationProgress({ meter }: { readonly meter: ProgressMeter }) {
  const { done, total } = useSyncExternalStore(meter.subscribe, meter.get);
  return <progress className="simulation-progress" aria-label="Simulation progress" max={total} value={done} />;
}

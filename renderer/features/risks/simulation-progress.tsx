/**
 * A running simulation's progress, kept outside React state: the workers report about a hundred
 * times a run each, and held as the tab's state every report re-rendered the whole Schedule risk
 * tab (settings, results, the estimate table's element tree) for one moving bar. Here reports wake
 * only the progress bar, at most twice a second and then in an animation frame (reports in between
 * are shown as one, with the latest counts); the bar glides between wake-ups by a CSS transition
 * the compositor runs. Each wake-up costs the main thread a few ms (style, re-layerizing the tab,
 * committing it to the compositor: 3-5 ms beside a 1,000-row estimate table), so waking 60 times a
 * second kept the main thread runnable in every frame while a worker held a core, and frames waited
 * for a core (issue #14's frame-time goal, simulation-frames bench).
 */
import { useSyncExternalStore } from 'react';

export interface ProgressCounts {
  readonly done: number;
  readonly total: number;
}

/** How often the bar may wake, ms; the bar's transition (risks.css) lasts as long. */
export const PROGRESS_WAKE_MS = 500;

export interface ProgressClock {
  readonly now: () => number;
  readonly after: (ms: number, run: () => void) => void;
  /** The next animation frame; absent (unit tests, a worker-less fallback) = at once. */
  readonly frame?: (run: () => void) => void;
}

const NONE: ProgressCounts = { done: 0, total: 0 };

const browserClock = (): ProgressClock => ({
  now: () => performance.now(),
  after: (ms, run) => { setTimeout(run, ms); },
  ...(typeof requestAnimationFrame === 'function' ? { frame: (run: () => void) => { requestAnimationFrame(run); } } : {}),
});

export class ProgressMeter {
  private counts: ProgressCounts = NONE;
  private readonly listeners = new Set<() => void>();
  private isScheduled = false;
  private lastWake = Number.NEGATIVE_INFINITY;

  constructor(private readonly clock: ProgressClock = browserClock()) {}

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
    this.isScheduled = true;
    const wake = (): void => {
      this.isScheduled = false;
      this.lastWake = this.clock.now();
      this.notify();
    };
    const inFrame = (): void => { if (this.clock.frame) this.clock.frame(wake); else wake(); };
    const wait = this.lastWake + PROGRESS_WAKE_MS - this.clock.now();
    if (wait > 0) this.clock.after(wait, inFrame);
    else inFrame();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * The bar alone re-renders with each report, and moves by a transform on its own compositor layer:
 * a native <progress> repainted its box and made Chromium re-layerize the whole tab on every report
 * (~3 ms of main-thread work a frame beside a 1,000-row estimate table, simulation-frames bench),
 * while a transform change on a will-change layer is applied by the compositor without a paint.
 */
export function SimulationProgress({ meter }: { readonly meter: ProgressMeter }) {
  const { done, total } = useSyncExternalStore(meter.subscribe, meter.get);
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return (
    <div className="simulation-progress" role="progressbar" aria-label="Simulation progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
      <div className="simulation-progress-fill" style={{ transform: `translateX(${String((fraction - 1) * 100)}%)` }} />
    </div>
  );
}

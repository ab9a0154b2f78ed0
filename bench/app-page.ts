/**
 * What the app bench (bench/app.bench.ts) runs inside the built app's page, bundled by the runner
 * and added as an init script, so it is in place before the app's own code runs:
 * - `freezeToday(ms)`: `Date` reads a fixed instant (the plan's start), so the Gantt opens where
 *   the plan's bars are. Only `Date` is fixed: performance.now(), timers and animation frames stay
 *   real (Playwright's page clock replaces requestAnimationFrame with a timer, which would leave
 *   no real frames to stop a timing at or to read frame work from);
 * - `armClickTimer(isShown)`: times from the next click (the event a person's click delivers,
 *   before the app handles it) to the first PAINTED frame that shows the result (painted.ts);
 * - `scrollBy(selector, pxPerFrame, frames)`: scrolls an element by a fixed step in each frame.
 */
import { untilPainted } from './peers/pages/painted';

/** The instant `Date` reports while frozen; `new Date(x)` with arguments is untouched. */
export function freezeToday(fixedMs: number): void {
  const RealDate = Date;
  class FrozenDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixedMs);
      else super(...(args as [string | number | Date]));
    }
    static override now(): number { return fixedMs; }
  }
  globalThis.Date = FrozenDate as DateConstructor;
}

/** A milestone of the armed timer: a click seen, then the painted frame that showed its result. */
export interface ClickTiming {
  /** From the click event's timestamp to the end of the first painted frame showing the result. */
  readonly ms: number;
  /** Painted frames waited for, the one that showed the result included. */
  readonly frames: number;
}

/**
 * Resolves with the time from the next click anywhere in the page to the first painted frame
 * after which `isShown()` holds. Arm it (and await the arming) before the click is sent: a
 * listener added while the click is in flight would miss it.
 */
export function armClickTimer(isShown: () => boolean): Promise<ClickTiming> {
  return new Promise((resolve, reject) => {
    window.addEventListener('click', (event) => {
      const clickedAt = event.timeStamp;
      let frames = 0;
      untilPainted(() => { frames++; return isShown(); }).then((painted) => resolve({ ms: painted - clickedAt, frames }), reject);
    }, { once: true, capture: true });
  });
}

/** Scrolls `selector`'s element down by `pxPerFrame` in each of `frames` animation frames. */
export function scrollBy(selector: string, pxPerFrame: number, frames: number): Promise<number> {
  const element = document.querySelector(selector);
  if (!element) return Promise.reject(new Error(`nothing to scroll: ${selector} is not on the page`));
  return new Promise((resolve) => {
    let done = 0;
    const step = (): void => {
      element.scrollTop += pxPerFrame;
      if (++done < frames) requestAnimationFrame(step);
      else resolve(element.scrollTop);
    };
    requestAnimationFrame(step);
  });
}

/** Page-side conditions, named so the runner and the unit test mean the same thing. */
export const SHOWN = {
  /** The Gantt with its bars drawn (frappe's bar groups inside Plotline's chart). */
  gantt: (): boolean => document.querySelector('.gl-frappe .bar-wrapper .bar') !== null,
  /** The task table with its rows. */
  tasks: (): boolean => document.querySelector('[role="grid"][aria-label="Tasks"] .grid-row') !== null,
  /** The task table of a plan with at least `rows` rows, and no dialog left open. */
  openedPlan: (rows: number) => (): boolean =>
    document.querySelector('[role="dialog"]') === null
    && Number(document.querySelector('[role="grid"][aria-label="Tasks"]')?.getAttribute('aria-rowcount') ?? 0) > rows
    && document.querySelector('[role="grid"][aria-label="Tasks"] .grid-row') !== null,
} as const;

export interface AppBenchPage {
  readonly armClickTimer: typeof armClickTimer;
  readonly scrollBy: typeof scrollBy;
  readonly shown: typeof SHOWN;
  timing?: Promise<ClickTiming>;
}

declare global {
  interface Window { appBench?: AppBenchPage }
}

/** Installs the page side: called by the bundle the runner injects (see app.bench.ts). */
export function installAppBench(fixedTodayMs: number): void {
  freezeToday(fixedTodayMs);
  window.appBench = { armClickTimer, scrollBy, shown: SHOWN };
}

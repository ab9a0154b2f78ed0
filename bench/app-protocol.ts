/**
 * How the app bench (issue #18, "the rest of the app") measures, kept apart from the runner so a
 * unit test pins it and a later change cannot quietly make the figures kinder:
 * - every sample is a FRESH browser context on the BUILT app (dist/renderer): no compiled code,
 *   no IndexedDB, no cache, so the file open is the session's first and each view's first
 *   mount is cold;
 * - the page side (app-page.ts) is added as an init script BEFORE the page loads: it freezes
 *   `Date` at the plan's start, so the Gantt opens on the plan's bars, whatever the machine's date;
 * - the plan comes in the way a person brings it: File → Open… with the file;
 * - every timing runs from the click to the first PAINTED frame showing the result, never to
 *   the return of a call;
 * - builds being compared are interleaved in an order that rotates from run to run.
 */

export const VIEWPORT = { width: 1440, height: 900 } as const;
/** The task table's scroll: this many px in each animation frame, for this many frames. */
export const SCROLL = { pxPerFrame: 100, frames: 120 } as const;

/** The timed steps of one sample, in order: the open is the session's first, Tasks → Gantt the Gantt's first mount. */
export const SESSION_STEPS = ['open', 'tasksToGantt', 'ganttToTasks', 'tasksToGanttAgain', 'ganttToTasksAgain', 'scroll'] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];
/** The MS Project XML import is timed as a session's first open too, in a context of its own. */
export const IMPORT_STEPS = ['open'] as const satisfies readonly SessionStep[];
/** APP_BENCH_ONLY=views: the open (untimed in the table's sense, still the session's first) and the four view switches, for work on the Gantt's mount. */
export const VIEW_STEPS = ['open', 'tasksToGantt', 'ganttToTasks', 'tasksToGanttAgain', 'ganttToTasksAgain'] as const satisfies readonly SessionStep[];

/** The small part of Playwright the protocol uses (so a unit test can check it with a fake). */
export interface BrowserLike<P> { newContext(options: { viewport: typeof VIEWPORT }): Promise<ContextLike<P>> }
export interface ContextLike<P> {
  addInitScript(script: { content: string }): Promise<unknown>;
  newPage(): Promise<P>;
  close(): Promise<void>;
}
export interface PageLike { goto(url: string): Promise<unknown> }

/**
 * One sample: a fresh context, the page side in place before the app loads, the app at `url`
 * (ready when `whenReady` resolves), then each of `order`'s steps (SESSION_STEPS or
 * IMPORT_STEPS), in order. The context is closed whatever happens.
 */
export async function coldSession<P extends PageLike, R, S extends SessionStep>(
  browser: BrowserLike<P>, url: string, pageScript: string, whenReady: (page: P) => Promise<void>,
  order: readonly S[], steps: { readonly [K in S]: (page: P) => Promise<R> },
): Promise<Record<S, R>> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: pageScript });
    const page = await context.newPage();
    await page.goto(url);
    await whenReady(page);
    const results: Partial<Record<S, R>> = {};
    for (const step of order) results[step] = await steps[step](page);
    return results as Record<S, R>;
  } finally {
    await context.close();
  }
}

/** Run r visits the builds starting at build r mod n, so each build takes each position. */
export function interleaved<T>(builds: readonly T[], runs: number): { readonly run: number; readonly build: T }[] {
  const slots: { run: number; build: T }[] = [];
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < builds.length; k++) {
      const build = builds[(run + k) % builds.length];
      if (build !== undefined) slots.push({ run, build });
    }
  }
  return slots;
}

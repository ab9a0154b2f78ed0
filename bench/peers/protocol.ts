/**
 * How the peer bench measures (issue #18), kept apart from the runner so a unit test pins it and
 * a later change cannot quietly make the numbers kinder:
 * - every sample runs in a FRESH browser context (cold: no compiled code, no cache, no DOM);
 * - "today" is frozen at the plan's start in that context before the page loads, so every chart
 *   opens where the plan's bars are (Plotline's Gantt and frappe scroll to today). Only `Date` is
 *   frozen (app-page.ts freezeToday, an init script): Playwright's context clock would also replace
 *   requestAnimationFrame and performance.now() with timer-driven fakes, so a "painted frame"
 *   would be a timer callback, not a frame Chromium painted;
 * - each timing runs from the call to the first PAINTED frame that shows the change
 *   (pages/painted.ts), never to the return of the call;
 * - libraries are interleaved within each run, in an order that rotates from run to run, so a
 *   burst of machine load does not fall on one library;
 * - "reload" is a real data reload: the chart is rebuilt from freshly parsed JSON;
 * - the heap is read after a forced garbage collection.
 */

import { freezeToday } from '../app-page';

/** The init script that freezes `Date` (only) at `today`, a local wall time such as '2026-01-05T09:00'. */
export function freezeTodayScript(today: string): string {
  return `(${freezeToday.toString()})(${String(new Date(today).getTime())});`;
}

export const PEERS = ['plotline', 'svar', 'dhtmlx', 'frappe'] as const;
export type Peer = (typeof PEERS)[number];
/** The libraries Plotline must be ahead of (raw frappe is shown beside them, not raced). */
export const RIVALS: readonly Peer[] = ['svar', 'dhtmlx'];

export const VIEWPORT = { width: 1440, height: 900 } as const;

export interface Slot { readonly run: number; readonly peer: Peer }

/** Runs × peers, interleaved: run r starts with peer r mod n, so each peer takes each position. */
export function interleavedRuns(peers: readonly Peer[], runs: number): Slot[] {
  const slots: Slot[] = [];
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < peers.length; k++) {
      const peer = peers[(run + k) % peers.length];
      if (peer) slots.push({ run, peer });
    }
  }
  return slots;
}

/** One cold sample's figures (ms unless named). */
export interface ColdSample {
  readonly firstRender: number;
  readonly zoom: number;
  readonly edit: number;
  readonly reload: number;
  readonly warmFirstRender: number;
  readonly domElements: number;
  readonly heapBytes: number;
}

/** The small part of Playwright the protocol uses (so a unit test can check it with a fake). */
export interface BrowserLike { newContext(options: { viewport: typeof VIEWPORT }): Promise<ContextLike> }
export interface ContextLike {
  addInitScript(script: { content: string }): Promise<unknown>;
  newPage(): Promise<PageLike>;
  close(): Promise<void>;
}
export interface PageLike {
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
/** Forces a garbage collection and returns the used JS heap (through CDP in the runner). */
export type HeapReader = (page: PageLike) => Promise<number>;

/** The steps of one sample, in order; the first timed step is the cold first render. */
export const SAMPLE_STEPS = ['load', 'firstRender', 'domCount', 'heap', 'zoomToWeek', 'editOne', 'reload', 'reset', 'warmFirstRender'] as const;

/** One sample: a fresh context with today frozen at `today`, the page at `url`, then SAMPLE_STEPS. */
export async function measureCold(browser: BrowserLike, url: string, json: string, today: string, readHeap: HeapReader): Promise<ColdSample> {
  const { context, page } = await freshSamplePage(browser, url, json, today);
  try {
    const firstRender = await call<number>(page, 'firstRender');
    const domElements = await call<number>(page, 'domCount');
    const heapBytes = await readHeap(page);
    const zoom = await call<number>(page, 'zoomToWeek');
    const edit = await call<number>(page, 'editOne');
    const reload = await call<number>(page, 'reload');
    await call<undefined>(page, 'reset');
    const warmFirstRender = await call<number>(page, 'firstRender');
    return { firstRender, zoom, edit, reload, warmFirstRender, domElements, heapBytes };
  } finally {
    await context.close();
  }
}

/** Where every sample starts: a fresh context with today frozen at `today`, the page at `url` handed its data. */
export async function freshSamplePage(browser: BrowserLike, url: string, json: string, today: string): Promise<{ context: ContextLike; page: PageLike }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: freezeTodayScript(today) });
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate((text) => (globalThis as unknown as { peer: { load(t: string): void | Promise<void> } }).peer.load(text), json);
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export type PageMethod = 'firstRender' | 'zoomToWeek' | 'editOne' | 'reload' | 'reset' | 'domCount';

/** Calls one method of the page's window.peer (pages/painted.ts) inside the page; the function is self-contained because Playwright sends its source. */
export function call<R>(page: PageLike, method: PageMethod): Promise<R> {
  return page.evaluate((name) => {
    const peer = (globalThis as unknown as { peer?: Record<string, () => unknown> }).peer;
    if (!peer) throw new Error('the bench page did not install window.peer');
    const fn = peer[name];
    if (!fn) throw new Error(`the bench page has no ${name}()`);
    return fn.call(peer) as R | Promise<R>;
  }, method).catch((error: unknown) => {
    throw new Error(`${method}(): ${error instanceof Error ? error.message : String(error)}`);
  });
}

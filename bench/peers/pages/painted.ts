/**
 * The one stop every page of the peer bench uses: the first painted frame that shows the change.
 * A frame's animation-frame callbacks run before its style, layout and paint; a task posted from
 * one runs after that frame was produced. So "painted" is that task, and a page whose library
 * renders asynchronously (React's scheduler, a library's own timers) is waited for frame after
 * frame until what the person asked for is on screen — never stopped when the call returns.
 */

/** Resolves in the task after the next frame, with its time (performance.now()). */
export function nextPaintedFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { channel.port1.close(); resolve(performance.now()); };
      channel.port2.postMessage(0);
    });
  });
}

/** Frames to wait for a change before the page reports that it never showed. */
export const FRAME_LIMIT = 1200;

/** The time of the first painted frame after which `isShown()` holds. */
export async function untilPainted(isShown: () => boolean, frameLimit = FRAME_LIMIT): Promise<number> {
  for (let frame = 0; frame < frameLimit; frame++) {
    const painted = await nextPaintedFrame();
    if (isShown()) return painted;
  }
  throw new Error(`the change was not on screen after ${String(frameLimit)} frames`);
}

/** Milliseconds from the call of `action` to the first painted frame that shows its result. */
export async function timeToPaint(action: () => unknown, isShown: () => boolean): Promise<number> {
  const started = performance.now();
  await action();
  return (await untilPainted(isShown)) - started;
}

/** The top and bottom of a task name's box in the grid, in viewport pixels. */
export interface NameBox { readonly top: number; readonly bottom: number }

/**
 * Whether the grid's task names fill the first screen: they reach to within two rows of the
 * screen's bottom (a last row cut in half, a horizontal scroll bar), or every task's name shows.
 * The stop of a first render and a reload, beside "bars are drawn": what a person waits for is a
 * screen of rows, each name beside its bar. SVAR React Gantt paints its bars in one frame and
 * fills its grid frames later (2 of 22 names in view at its bars' first frame, 6 Dec 2026), so
 * "bars drawn" alone stopped its clock before its first screen was there, and read its DOM count
 * (117 elements) from that half-built screen.
 */
export function isFirstScreenFilled(names: readonly NameBox[], screenBottom: number, taskCount: number): boolean {
  const inView = names.filter((b) => b.bottom > b.top && b.bottom > 0 && b.top < screenBottom);
  if (inView.length === 0) return false;
  if (inView.length >= taskCount) return true;
  const tops = inView.map((b) => b.top).sort((a, b) => a - b);
  const gaps = tops.slice(1).map((top, i) => top - (tops[i] ?? top)).filter((gap) => gap > 0).sort((a, b) => a - b);
  // A row's pitch, not its text's height: the names sit in taller rows.
  const pitch = gaps[Math.floor(gaps.length / 2)] ?? Math.max(...inView.map((b) => b.bottom - b.top));
  return Math.max(...inView.map((b) => b.bottom)) >= screenBottom - 2 * pitch;
}

/** Whether the task names matched by `selector` under the host fill the first screen (isFirstScreenFilled). */
export function firstScreenShown(selector: string, taskCount: number): boolean {
  const boxes = [...host().querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
  return isFirstScreenFilled(boxes, window.innerHeight, taskCount);
}

/** What each library's page offers the runner (window.peer). Every timing ends at a painted frame. */
export interface PeerPage {
  /** Hands the page its data (as JSON text), outside every timer. */
  load(json: string): void | Promise<void>;
  /** Mounts the chart on the loaded data; stops when bars are drawn and the grid's names fill the first screen. */
  firstRender(): Promise<number>;
  /** Day scale to Week scale. */
  zoomToWeek(): Promise<number>;
  /** Lengthens one task on screen by a day; Plotline's edit runs its command and engine. */
  editOne(): Promise<number>;
  /** A real data reload: the chart is torn down and rebuilt from freshly parsed JSON; the same stop as the first render. */
  reload(): Promise<number>;
  /** Tears the chart down (outside every timer) so the next firstRender() is a warm mount. */
  reset(): void;
  /** Elements under the chart's host. */
  domCount(): number;
}

declare global {
  interface Window { peer?: PeerPage }
}

export function host(): HTMLElement {
  const element = document.getElementById('app');
  if (!element) throw new Error('the bench page has no #app');
  return element;
}

/** A number that changes whenever the element's box does: the stop condition of zoom and edit. */
export function boxWidth(element: Element | null): number {
  return element ? Math.round(element.getBoundingClientRect().width * 100) / 100 : Number.NaN;
}

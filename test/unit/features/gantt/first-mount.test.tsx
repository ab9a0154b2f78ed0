// @vitest-environment happy-dom
/**
 * The Gantt's first mount (issue 18, Tasks → Gantt): nothing window-dependent is drawn before the
 * viewport is measured, and frappe draws once, for the window the viewport shows, not first for
 * a guessed window that is thrown away at once. A width measured at mount leaves the scale of a
 * plan wider than the viewport alone (a new scale would draw the window again).
 */
import { act, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartFrame } from '../../../../renderer/features/gantt/frappe-window';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { scaleMinWidth } from '../../../../renderer/features/gantt/use-gantt-model';
import { useFrappe } from '../../../../renderer/features/gantt/use-frappe';
import { useChartViewport } from '../../../../renderer/features/gantt/use-viewport';
import type { RenderWindow } from '../../../../renderer/features/gantt/visible-window';
import { rootPerTest } from '../../../support/react-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// frappe-gantt itself does not load outside a browser build (its CSS export): a stand-in pool records what it is asked to draw.
const drawn: RenderWindow[] = [];
vi.mock('../../../../renderer/features/gantt/frappe-window', () => ({
  acquireFrappeWindow: (doc: Document) => ({
    host: doc.createElement('div'),
    bind: () => undefined,
    render: (frame: ChartFrame) => void drawn.push(frame.window),
    pinLabels: () => undefined,
  }),
  releaseFrappeWindow: (chart: { host: HTMLElement }) => chart.host.remove(),
}));

const DAY = 1440;
const start = Date.UTC(2026, 0, 5) / 60_000;
const scale = makeScale('day', start, start + 700 * DAY);
const ROWS = 10_000;
const NO_EDITS = { onBarEdit: () => undefined, onProgress: () => undefined, onOpen: () => undefined, onSelect: () => undefined };

function Chart({ seen, surface = 'never measured', home = () => 0 }: { seen: (RenderWindow | null)[]; surface?: string; home?: (s: typeof scale, width: number) => number }) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const rowsInner = useRef<HTMLDivElement | null>(null);
  const headerViewport = useRef<HTMLDivElement | null>(null);
  const gridViewport = useRef<HTMLDivElement | null>(null);
  const host = useRef<HTMLDivElement | null>(null);
  const refs = useRef({ scroller, rowsInner, headerViewport, gridViewport }).current;
  const win = useChartViewport(refs, ROWS, 32, scale, home, surface);
  seen.push(win);
  const frame: ChartFrame | null = win ? { rows: [], window: win, scale, rowHeight: 32, barHeight: 18, colourOf: () => '#888', readOnly: false } : null;
  useFrappe(host, scroller, frame, NO_EDITS);
  return (
    <div ref={scroller}>
      <div ref={host} />
    </div>
  );
}

const { root } = rootPerTest();
afterEach(() => {
  drawn.length = 0;
  vi.restoreAllMocks();
});

/** happy-dom lays nothing out: the viewport's size as a browser would measure it. */
function viewportMeasures(width: number, height: number): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
}

describe('the Gantt’s first mount', () => {
  it('draws frappe once, for the measured window, and nothing before the viewport is read', () => {
    const seen: (RenderWindow | null)[] = [];
    act(() => root().render(<Chart seen={seen} />));
    expect(seen[0]).toBeNull();
    const measured = seen.at(-1);
    expect(measured).toBeTruthy();
    // happy-dom lays nothing out: the viewport reads as 800 × 600 (use-viewport.ts), 19 rows + 8 overscan.
    expect(measured).toMatchObject({ firstRow: 0, endRow: 27 });
    expect(drawn).toEqual([measured]);
  });

  it('draws a chart seen before at the same size in its first commit, once, for the window its home position shows', () => {
    viewportMeasures(1000, 640);
    const home = (_: typeof scale, width: number): number => 30 * 48 - width / 2;
    act(() => root().render(<Chart seen={[]} surface="Gantt seen before" home={home} />));
    act(() => root().render(<div />));
    drawn.length = 0;

    const seen: (RenderWindow | null)[] = [];
    act(() => root().render(<Chart seen={seen} surface="Gantt seen before" home={home} />));
    // 640 px shows 20 rows (+ 8 overscan); the home position centres day 30 at Day zoom's 48 px a day.
    expect(seen[0]).toMatchObject({ firstRow: 0, endRow: 28 });
    expect(seen.every((win) => win === seen[0])).toBe(true);
    expect(drawn).toEqual([seen[0]]);
  });

  it('measures and draws again when the viewport has changed since it was remembered', () => {
    viewportMeasures(1000, 640);
    act(() => root().render(<Chart seen={[]} surface="Gantt resized" />));
    act(() => root().render(<div />));
    drawn.length = 0;

    viewportMeasures(1000, 960);
    const seen: (RenderWindow | null)[] = [];
    act(() => root().render(<Chart seen={seen} surface="Gantt resized" />));
    expect(seen[0]).toMatchObject({ endRow: 28 });
    // 960 px shows 30 rows: the remembered window would leave rows 28-37 blank.
    expect(seen.at(-1)).toMatchObject({ firstRow: 0, endRow: 38 });
    expect(drawn.at(-1)).toEqual(seen.at(-1));
  });
});

describe('the viewport width the scale depends on', () => {
  it('is none for a plan wider than the viewport, so measuring it at mount keeps the scale', () => {
    expect(scaleMinWidth(scale.width, 0, false)).toBe(0);
    expect(scaleMinWidth(scale.width, 1000, false)).toBe(0);
    expect(makeScale('day', start, start + 700 * DAY, { minWidth: 1000 })).toEqual(scale);
  });
  it('is the viewport for a narrower plan, which the scale widens to fill, and for a fitted chart', () => {
    const small = makeScale('day', start, start + 3 * DAY);
    expect(scaleMinWidth(small.width, 4000, false)).toBe(4000);
    expect(makeScale('day', start, start + 3 * DAY, { minWidth: 4000 }).width).toBe(4000);
    expect(scaleMinWidth(scale.width, 1000, true)).toBe(1000);
  });
});

/**
 * Virtualisation in both directions: the chart renders only the rows and the time range near the
 * viewport (plus overscan), so a 10,000-task plan costs the same DOM as a 50-task one. Scrolling
 * inside the rendered window moves nothing but the scroll position; leaving it re-renders.
 */
import { minutesAt, type Scale } from './time-scale';

export interface Viewport {
  readonly scrollTop: number;
  readonly scrollLeft: number;
  readonly width: number;
  readonly height: number;
}

export interface RenderWindow {
  readonly firstRow: number;
  /** Exclusive. */
  readonly endRow: number;
  /** Wall minutes, both at midnight (frappe-gantt starts its grid at midnight). */
  readonly startMinutes: number;
  readonly endMinutes: number;
}

const DAY = 1440;
/**
 * Rows rendered beyond the viewport on each side: enough for a wheel notch or two without a
 * re-render, few enough that the re-render on leaving them (every frappe bar of the window is
 * rebuilt) stays within a frame.
 */
export const OVERSCAN_ROWS = 8;

function visibleRows(viewport: Viewport, rowCount: number, rowHeight: number): [number, number] {
  const first = Math.max(0, Math.floor(viewport.scrollTop / rowHeight));
  const end = Math.min(rowCount, Math.ceil((viewport.scrollTop + viewport.height) / rowHeight));
  return [first, Math.max(first, end)];
}

function visibleMinutes(viewport: Viewport, scale: Scale): [number, number] {
  return [minutesAt(scale, viewport.scrollLeft), minutesAt(scale, viewport.scrollLeft + viewport.width)];
}

/** The window to render for a viewport: visible rows and time plus overscan (half a viewport of time each side). */
export function computeWindow(viewport: Viewport, rowCount: number, rowHeight: number, scale: Scale): RenderWindow {
  const [first, end] = visibleRows(viewport, rowCount, rowHeight);
  const [from, to] = visibleMinutes(viewport, scale);
  const pad = Math.max(DAY, (to - from) / 2);
  const chartEnd = minutesAt(scale, scale.width);
  return {
    firstRow: Math.max(0, first - OVERSCAN_ROWS),
    endRow: Math.min(rowCount, end + OVERSCAN_ROWS),
    startMinutes: Math.floor(Math.max(scale.originMinutes, from - pad) / DAY) * DAY,
    endMinutes: Math.ceil(Math.min(chartEnd, Math.max(to + pad, from + DAY)) / DAY) * DAY,
  };
}

/** True when everything visible in the viewport is already rendered in the window. */
export function windowCovers(window: RenderWindow, viewport: Viewport, rowCount: number, rowHeight: number, scale: Scale): boolean {
  const [first, end] = visibleRows(viewport, rowCount, rowHeight);
  const [from, to] = visibleMinutes(viewport, scale);
  const chartEnd = minutesAt(scale, scale.width);
  return (
    first >= window.firstRow && end <= window.endRow &&
    from >= window.startMinutes && Math.min(to, chartEnd) <= window.endMinutes
  );
}

export function sameWindow(a: RenderWindow, b: RenderWindow): boolean {
  return a.firstRow === b.firstRow && a.endRow === b.endRow && a.startMinutes === b.startMinutes && a.endMinutes === b.endMinutes;
}

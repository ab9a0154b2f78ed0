/**
 * Where the divider between the Gantt's grid and its chart stands. Untouched, it scales with the
 * view: the grid takes what WBS, a name of about 30 characters, Duration, Start and Finish need,
 * but at most GRID_SHARE of the view, so on a 1024 px laptop screen the chart keeps the larger
 * part (the grid took 45 % of the window, 461 of the view's 776 px, leaving the chart about 300),
 * and at 1440 px the grid is as wide as it was (560 px: Start and Finish beside whole names). As in
 * MS Project, a divider the person dragged is theirs and is remembered (view-preferences.ts),
 * only kept from leaving the chart less than CHART_MIN_PX in a narrower window than it was set in.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { columnWidthPx, GANTT_COLUMNS, type DateColumnWidths } from './GanttGrid';

/** The divider's range (the Splitter's), in px of grid. */
export const GRID_MIN_PX = 180;
export const GRID_MAX_PX = 900;
/** The most of the view's width the grid takes until the person moves the divider: the chart keeps the larger part. */
export const GRID_SHARE = 0.47;
/**
 * The name column's width in the default: about 30 characters of 13 px text after the outline
 * toggle. NAME_WANTED_PX (22 characters) is the least a name gets; given only that at 1440 px,
 * "Payment gateway tests" was cut.
 */
const DEFAULT_NAME_PX = 240;
/** The least chart beside a remembered divider: about two weeks of the Days zoom. */
export const CHART_MIN_PX = 240;

/** The columns a person planning reads beside the bars before any other (MS Project's Entry table starts with them). */
const WANTED_KEYS: ReadonlySet<string> = new Set(['wbs', 'duration', 'start', 'finish']);

/** The grid's width for a view `viewPx` wide, with Start and Finish `dates` wide. Pure. */
export function defaultGridWidthPx(viewPx: number, dates: number | DateColumnWidths): number {
  const wantedPx = DEFAULT_NAME_PX + GANTT_COLUMNS.reduce((sum, c) => sum + (WANTED_KEYS.has(c.key) ? columnWidthPx(c, dates) : 0), 0);
  return Math.round(Math.max(GRID_MIN_PX, Math.min(wantedPx, viewPx * GRID_SHARE)));
}

/** The most grid a view `viewPx` wide leaves room for beside CHART_MIN_PX of chart. Pure. */
export const gridMaxPx = (viewPx: number): number => Math.max(GRID_MIN_PX, Math.min(GRID_MAX_PX, Math.round(viewPx - CHART_MIN_PX)));

/**
 * The grid's width as drawn: the person's `chosenPx` (null: never moved) within what the view
 * leaves room for, else the default. The chosen width itself is kept as it was. Pure.
 */
export function gridWidthPx(chosenPx: number | null, viewPx: number, dates: number | DateColumnWidths): number {
  if (chosenPx === null) return defaultGridWidthPx(viewPx, dates);
  return Math.min(Math.max(GRID_MIN_PX, chosenPx), gridMaxPx(viewPx));
}

/** A stored divider read back: a whole number of px within the divider's range, else null. Pure. */
export function readGridWidthPx(stored: unknown): number | null {
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= GRID_MIN_PX && stored <= GRID_MAX_PX ? stored : null;
}

/** The last width useElementWidth measured in this window: a view opened again is that wide. */
let lastMeasuredPx: number | null = null;

/**
 * The element's width, measured before the first paint and again whenever it changes (a window
 * resized). Until then the last width measured stands in (so returning to the Gantt lays its grid
 * out once, not twice), or the window's on a first open: the view is never wider.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(() => lastMeasuredPx ?? (typeof window === 'undefined' ? 0 : window.innerWidth));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    // An element taken out of the page measures 0: keep the last width.
    const measure = (): void => {
      if (!el.isConnected || el.clientWidth <= 0) return;
      lastMeasuredPx = el.clientWidth;
      setWidth(el.clientWidth);
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [ref]);
  return width;
}

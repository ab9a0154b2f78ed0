/**
 * The chart's horizontal scale: wall-clock minutes (see domain/model/time.ts) to pixels, one
 * linear scale per zoom level. Linear on purpose: frappe-gantt's month and year units place
 * bars by calendar-month arithmetic while its ticks use 30-day months, so they drift apart
 * (the "Month view drifts" bug). Plotline feeds frappe hour or day steps only and draws its
 * own month/quarter/year header.
 */
export const ZOOMS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface ZoomSpec {
  readonly label: string;
  readonly pxPerDay: number;
  /** frappe-gantt view mode: step and column width give exactly pxPerDay. */
  readonly frappeStep: '1h' | '1d' | '7d';
  /** Drags snap to this many minutes. */
  readonly snapMinutes: number;
  readonly upper: TickUnit;
  readonly lower: TickUnit;
}

const DAY = 1440;

export const ZOOM_SPECS: Readonly<Record<Zoom, ZoomSpec>> = {
  hour: { label: 'Hours', pxPerDay: 24 * 36, frappeStep: '1h', snapMinutes: 60, upper: 'day', lower: 'hour' },
  day: { label: 'Days', pxPerDay: 40, frappeStep: '1d', snapMinutes: DAY, upper: 'month', lower: 'day' },
  week: { label: 'Weeks', pxPerDay: 16, frappeStep: '1d', snapMinutes: DAY, upper: 'month', lower: 'week' },
  month: { label: 'Months', pxPerDay: 4.5, frappeStep: '7d', snapMinutes: DAY, upper: 'year', lower: 'month' },
  quarter: { label: 'Quarters', pxPerDay: 1.6, frappeStep: '7d', snapMinutes: 7 * DAY, upper: 'year', lower: 'quarter' },
  // Quarters under the years: a second row of years said nothing, and 41 px fit "Q1".
  year: { label: 'Years', pxPerDay: 0.45, frappeStep: '7d', snapMinutes: 7 * DAY, upper: 'year', lower: 'quarter' },
};

export interface Scale {
  readonly zoom: Zoom;
  /** Wall minutes at x = 0 (a Monday midnight, so week ticks and weekend shading align). */
  readonly originMinutes: number;
  readonly pxPerMinute: number;
  /** Total chart width in px. */
  readonly width: number;
}

/** Monday 00:00 on or before t. 1970-01-01 was a Thursday, so Monday is day 4 of that week. */
export function mondayOnOrBefore(t: number): number {
  const day = Math.floor(t / DAY);
  const sinceMonday = (((day - 4) % 7) + 7) % 7;
  return (day - sinceMonday) * DAY;
}

export interface ScaleOptions {
  /** Draw at least this wide (the chart's viewport), so a short plan in Years still fills the chart. */
  readonly minWidth?: number;
  /** Overrides the zoom's px per day ("Fit project" stretches the plan across the viewport). */
  readonly pxPerDay?: number;
}

/**
 * A scale covering the project with a margin either side (two weeks before, six after). In
 * Quarters and Years it starts and ends on whole quarters or years, so the first and last
 * labels are never cut in half; it is never narrower than `minWidth`.
 */
export function makeScale(zoom: Zoom, projectStart: number, projectFinish: number, options: ScaleOptions = {}): Scale {
  const pxPerMinute = (options.pxPerDay ?? ZOOM_SPECS[zoom].pxPerDay) / DAY;
  const isCoarse = zoom === 'quarter' || zoom === 'year';
  const before = projectStart - 14 * DAY;
  const originMinutes = isCoarse ? floorTo(ZOOM_SPECS[zoom].lower, before) : mondayOnOrBefore(before);
  const after = Math.max(projectFinish, projectStart + DAY) + 42 * DAY;
  const end = isCoarse ? ceilTo(ZOOM_SPECS[zoom].lower, after) : after;
  const width = Math.max(Math.ceil((end - originMinutes) * pxPerMinute), Math.ceil(options.minWidth ?? 0));
  return { zoom, originMinutes, pxPerMinute, width };
}

/**
 * "Fit project": the zoom whose labels suit the span, stretched so the project fills 90 % of the
 * viewport (the rest is the margin either side). Pure.
 */
export function fitScale(projectStart: number, projectFinish: number, viewportWidth: number): { readonly zoom: Zoom; readonly pxPerDay: number } {
  const days = Math.max(1, (projectFinish - projectStart) / DAY);
  const usable = Math.max(100, viewportWidth * 0.9);
  const zoom = fitZoom(projectStart, projectFinish, viewportWidth);
  return { zoom, pxPerDay: Math.max(usable / days, ZOOM_SPECS.year.pxPerDay) };
}

/** The scroll position that shows a fitted project: its start 5 % in from the left edge. */
export function fitScrollLeft(scale: Scale, projectStart: number, viewportWidth: number): number {
  return Math.max(0, Math.round(xOf(scale, projectStart) - viewportWidth * 0.05));
}

export const xOf = (scale: Scale, minutes: number): number => (minutes - scale.originMinutes) * scale.pxPerMinute;
export const minutesAt = (scale: Scale, x: number): number => scale.originMinutes + x / scale.pxPerMinute;

/**
 * The scroll position that keeps the instant under the pointer still when the zoom changes
 * (Ctrl/Cmd+wheel zooms around the pointer, as maps do).
 */
export function scrollLeftAfterZoom(from: Scale, to: Scale, scrollLeft: number, pointerX: number): number {
  const instant = minutesAt(from, scrollLeft + pointerX);
  return Math.max(0, xOf(to, instant) - pointerX);
}

/**
 * The scroll position after a zoom that puts `anchorMinutes` back at `anchorX` px from the
 * viewport's left edge, within the scrollable range.
 */
export function scrollLeftKeeping(to: Scale, anchorMinutes: number, anchorX: number, viewportWidth: number): number {
  const max = Math.max(0, to.width - viewportWidth);
  return Math.round(Math.min(max, Math.max(0, xOf(to, anchorMinutes) - anchorX)));
}

/**
 * What a toolbar or keyboard zoom keeps in place: the selected task's start where it is on
 * screen (a third of the way in when it is off screen), else the instant at the viewport's
 * centre. Null when the centre is outside the project (the empty margin of a coarse view):
 * the chart then goes back to the project (home-view.ts).
 */
export function zoomAnchor(
  from: Scale, scrollLeft: number, viewportWidth: number, selectedStart: number | null, span: readonly [number, number],
): { readonly minutes: number; readonly x: number } | null {
  if (selectedStart !== null) {
    const x = xOf(from, selectedStart) - scrollLeft;
    return { minutes: selectedStart, x: x >= 0 && x <= viewportWidth ? x : viewportWidth / 3 };
  }
  const x = viewportWidth / 2;
  const minutes = minutesAt(from, scrollLeft + x);
  return minutes >= span[0] && minutes <= span[1] ? { minutes, x } : null;
}

/**
 * The scroll position that brings [start, finish] into a viewport, or null when it is already
 * visible. A bar wider than the viewport shows its start.
 */
export function revealScrollLeft(scale: Scale, start: number, finish: number, scrollLeft: number, width: number): number | null {
  const margin = 40;
  const x1 = xOf(scale, start);
  const x2 = xOf(scale, Math.max(start, finish));
  if (x1 >= scrollLeft && x2 <= scrollLeft + width) return null;
  const left = x2 - x1 + 2 * margin > width || x1 < scrollLeft ? x1 - margin : x2 + margin - width;
  return Math.max(0, Math.round(left));
}

/** The next zoom in or out, or the same one at either end. */
export function stepZoom(zoom: Zoom, direction: 1 | -1): Zoom {
  const index = ZOOMS.indexOf(zoom) - direction;
  return ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, index))] ?? zoom;
}

/** The closest zoom at which the whole project fits the viewport ("Fit project"). */
export function fitZoom(projectStart: number, projectFinish: number, viewportWidth: number): Zoom {
  const days = Math.max(1, (projectFinish - projectStart) / DAY);
  const usable = Math.max(100, viewportWidth * 0.9);
  return ZOOMS.find((z) => days * ZOOM_SPECS[z].pxPerDay <= usable) ?? 'year';
}

export interface Tick {
  readonly minutes: number;
  readonly x: number;
  readonly width: number;
  readonly label: string;
  /** `label` and its shorter forms, longest first (tickLabels). */
  readonly labels: readonly string[];
}

const formats = new Map<string, Intl.DateTimeFormat>();
/**
 * Wall minutes are UTC-based, so formatting in UTC shows the wall clock unchanged. The user's
 * locale, as the grid's dates (shared/format.ts), so "Sep 7" never sits above "7 Sept".
 */
function format(options: Intl.DateTimeFormatOptions, minutes: number): string {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' })));
  return f.format(new Date(minutes * 60_000));
}

/** Start of the tick unit containing t. */
export function floorTo(unit: TickUnit, t: number): number {
  const d = new Date(t * 60_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'hour': return Math.floor(t / 60) * 60;
    case 'day': return Math.floor(t / DAY) * DAY;
    case 'week': return mondayOnOrBefore(t);
    case 'month': return Date.UTC(y, m, 1) / 60_000;
    case 'quarter': return Date.UTC(y, m - (m % 3), 1) / 60_000;
    case 'year': return Date.UTC(y, 0, 1) / 60_000;
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/** Start of the next tick unit at or after t (t itself when it is on a boundary). */
export function ceilTo(unit: TickUnit, t: number): number {
  const floor = floorTo(unit, t);
  return floor === t ? t : next(unit, floor);
}

function next(unit: TickUnit, t: number): number {
  const d = new Date(t * 60_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'hour': return t + 60;
    case 'day': return t + DAY;
    case 'week': return t + 7 * DAY;
    case 'month': return Date.UTC(y, m + 1, 1) / 60_000;
    case 'quarter': return Date.UTC(y, m + 3, 1) / 60_000;
    case 'year': return Date.UTC(y + 1, 0, 1) / 60_000;
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/**
 * A tick's labels, longest first: where a cell is too narrow for one (a month's last days at the
 * left edge, a cell cut by a page), the next shorter one is drawn, else none, rather than a label
 * cut in two ("ovember 2026", "February 2").
 */
export function tickLabels(unit: TickUnit, t: number, isUpper: boolean): readonly string[] {
  const key = `${unit}${isUpper ? '^' : '_'}${String(t)}`;
  let labels = tickLabelMemo.get(key);
  if (!labels) {
    if (tickLabelMemo.size >= TICK_LABEL_MEMO_SIZE) tickLabelMemo.clear();
    tickLabelMemo.set(key, (labels = formatTickLabels(unit, t, isUpper)));
  }
  return labels;
}

/**
 * A tick's labels never change in a session (the locale is the page's), and every mount of the
 * Gantt, every zoom back and every scroll past the render window asked Intl for them again: four
 * formats per day tick, about 8 ms of a 1,000-task Gantt's remount (CPU profile, December 2026).
 * Two years of hour ticks fit; past that the memo starts again.
 */
const tickLabelMemo = new Map<string, readonly string[]>();
const TICK_LABEL_MEMO_SIZE = 20_000;

function formatTickLabels(unit: TickUnit, t: number, isUpper: boolean): readonly string[] {
  switch (unit) {
    case 'hour': return [format({ hour: '2-digit', hourCycle: 'h23' }, t)];
    case 'day': return isUpper
      ? [format({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, t), format({ day: 'numeric', month: 'short' }, t), format({ day: 'numeric' }, t)]
      : [format({ day: 'numeric' }, t)];
    case 'week': return [format({ day: 'numeric', month: 'short' }, t), format({ day: 'numeric' }, t)];
    case 'month': return isUpper
      ? [format({ month: 'long', year: 'numeric' }, t), format({ month: 'short', year: 'numeric' }, t), format({ month: 'short' }, t)]
      : [format({ month: 'short' }, t), format({ month: 'narrow' }, t)];
    case 'quarter': return [`Q${String(Math.floor(new Date(t * 60_000).getUTCMonth() / 3) + 1)}`];
    case 'year': return [format({ year: 'numeric' }, t)];
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/** The longest of `labels` that `widthOf` says fits `roomPx`, or '' when none does. */
export function fittingLabel(labels: readonly string[], roomPx: number, widthOf: (label: string) => number): string {
  return labels.find((label) => widthOf(label) <= roomPx) ?? '';
}

/** Ticks of one unit overlapping [fromMinutes, toMinutes). */
export function ticks(scale: Scale, unit: TickUnit, fromMinutes: number, toMinutes: number, isUpper = false): Tick[] {
  const out: Tick[] = [];
  for (let t = floorTo(unit, fromMinutes); t < toMinutes; ) {
    const after = next(unit, t);
    const x = xOf(scale, t);
    const labels = tickLabels(unit, t, isUpper);
    out.push({ minutes: t, x, width: xOf(scale, after) - x, label: labels[0] ?? '', labels });
    t = after;
  }
  return out;
}

/**
 * The label of the tick the visible chart starts inside (its start is scrolled past), for the
 * tier `isUpper` says: the longest form that fits the tick's visible part, kept at the left edge
 * (the upper tier's sticky label) or centred in the whole tick (the lower tier's). Null when the
 * visible chart starts on a tick's boundary or before the chart. `widthOf` includes padding.
 */
export function edgeTickLabel(
  scale: Scale, unit: TickUnit, isUpper: boolean, visibleLeftPx: number, widthOf: (label: string) => number,
): { readonly minutes: number; readonly label: string } | null {
  const at = minutesAt(scale, visibleLeftPx);
  const [tick] = ticks(scale, unit, at, at + 1, isUpper);
  if (!tick || tick.x >= visibleLeftPx) return null;
  const room = isUpper ? tick.x + tick.width - visibleLeftPx : 2 * (tick.x + tick.width / 2 - visibleLeftPx);
  return { minutes: tick.minutes, label: fittingLabel(tick.labels, Math.min(room, tick.width), widthOf) };
}

/**
 * The label of the tick the visible chart ends inside (it runs on past the right edge), for the
 * tier `isUpper` says: the longest form that fits the part of the tick in view, from its start
 * (the upper tier's label sits at a tick's left) or centred in the whole tick (the lower tier's).
 * "February 2027" whose month starts 40 px before the edge reads "Feb", not "Febru". Null when
 * the tick ends at the edge, or starts left of the visible chart (edgeTickLabel places that one).
 */
export function rightEdgeTickLabel(
  scale: Scale, unit: TickUnit, isUpper: boolean, visibleLeftPx: number, visibleRightPx: number, widthOf: (label: string) => number,
): { readonly minutes: number; readonly label: string } | null {
  const at = minutesAt(scale, visibleRightPx);
  const [tick] = ticks(scale, unit, at, at + 1, isUpper);
  if (!tick || tick.x >= visibleRightPx || tick.x < visibleLeftPx) return null;
  const room = isUpper ? visibleRightPx - tick.x : 2 * (visibleRightPx - (tick.x + tick.width / 2));
  return { minutes: tick.minutes, label: fittingLabel(tick.labels, Math.min(room, tick.width), widthOf) };
}

/** frappe-gantt column width for a scale: step length x the scale's px per day (a fitted scale has its own). */
export function frappeColumnWidth(scale: Scale): number {
  const spec = ZOOM_SPECS[scale.zoom];
  const stepDays = spec.frappeStep === '1h' ? 1 / 24 : spec.frappeStep === '1d' ? 1 : 7;
  return stepDays * scale.pxPerMinute * DAY;
}

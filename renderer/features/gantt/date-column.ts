/**
 * The width of the Gantt grid's Start and Finish columns: the widest date of a year as this
 * locale writes it (features/shared/format.ts: "Wed, May 12, 27" in en-US, "Wed 12 May 27" in
 * en-GB) plus the cell's padding. A fixed 112 px cut en-US's widest dates by a pixel to
 * "Wed, May 12, …", and was more than a shorter format needs, room the names can have.
 */
import { formatDate } from '../shared/format';
import { textWidth } from './text-width';

/** Where text cannot be measured (no canvas, as in unit tests): what en-US's dates needed at 12 px. */
export const DATE_COLUMN_FALLBACK_PX = 112;
/** The cell's 6 px each side, and 1 px for the DOM's rounding of what the canvas measured. */
const CELL_SPACE_PX = 13;

/**
 * The widest of a year's dates (every weekday, month and day number with a two-digit year) by
 * `measure`; 0 when nothing could be measured. Dates outside 2000-2099, written with four digits,
 * are left out: a column that wide for a date typed by mistake would take the names' room.
 */
export function widestDatePx(measure: (text: string) => number): number {
  let widest = 0;
  for (let day = 0; day < 365; day++) {
    const iso = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
    widest = Math.max(widest, measure(formatDate(iso)));
  }
  return widest;
}

/** The date columns' width in px for cells drawn in `font` (a CSS font shorthand). */
export function dateColumnWidthPx(font: string): number {
  const widest = widestDatePx((text) => textWidth(font, text));
  return widest > 0 ? Math.ceil(widest) + CELL_SPACE_PX : DATE_COLUMN_FALLBACK_PX;
}

let measuredForWindow: number | null = null;

/**
 * The date columns' width for the app's UI font at 12 px (gantt.css .gl-c-date), measured once
 * per window: neither the font nor the locale changes while it is open, and each Gantt mount
 * (every open, every return from another view) would otherwise read the root's computed style
 * in its render and measure 365 dates again.
 */
export function gridDateWidthPx(doc: Document): number {
  measuredForWindow ??= dateColumnWidthPx(`12px ${getComputedStyle(doc.documentElement).getPropertyValue('--font-ui')}`);
  return measuredForWindow;
}

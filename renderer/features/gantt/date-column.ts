/**
 * The width of the Gantt grid's Start and Finish columns: the widest date the plan's rows show as
 * this locale writes it (features/shared/format.ts: "Wed, May 12, 27" in en-US, "Wed 12 May 27" in
 * en-GB) plus the cell's padding. A fixed 112 px cut en-US's widest dates by a pixel to
 * "Wed, May 12, …", and was more than a shorter format needs, room the names can have.
 */
import { formatDateParts, isYearWrittenInFull } from '../shared/format';
import { textWidth } from '../shared/text-width';

/** Where text cannot be measured (no canvas, as in unit tests): what en-US's dates needed at 12 px. */
export const DATE_COLUMN_FALLBACK_PX = 112;
/** Likewise for a date with a four-digit year ("Wed, Sep 29, 2101"): two more digits of about 7 px. */
const FULL_YEAR_FALLBACK_PX = DATE_COLUMN_FALLBACK_PX + 14;
/** The cell's 6 px each side, and 1 px for the DOM's rounding of what the canvas measured. */
const CELL_SPACE_PX = 13;
/** The year whose dates stand for every year written with two digits (2000–2099). */
const TWO_DIGIT_YEAR = 2027;
/**
 * The most years written in full that are measured for one plan: more than this are typing slips
 * (each year's parts are measured again), and the UI font's digits are of one width, so the
 * first of them stand for the rest.
 */
const FULL_YEARS_MEASURED = 12;

/** The parts of a date that change from one date to another; the literals between them do not. */
const CHANGING_PARTS: ReadonlySet<string> = new Set(['weekday', 'day', 'month', 'year']);

/**
 * The widest of a year's dates (every weekday, month and day number) by `measure`, as formatDate
 * writes them: with two digits for a year in 2000–2099 (the default, 2027, stands for them all),
 * with four outside it; 0 when nothing could be measured.
 *
 * Measured part by part: the widest weekday, day number and month as the locale writes them in
 * a date (January's 31 days hold every day number and weekday, the 15th of each month every
 * month), put in one date with its separators. A date is as wide as its parts (no letter kerns
 * across a separator), so that date is the widest any year can show, and about 50 texts are
 * measured instead of 365 dates: measuring a year of dates was about 8 ms of a cold 1,000-task
 * first render (peer bench profile).
 */
export function widestDatePx(measure: (text: string) => number, year: number = TWO_DIGIT_YEAR): number {
  const widths = new Map<string, number>();
  const widthOf = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = measure(text)));
    return width;
  };
  const widest = new Map<string, string>();
  const consider = (iso: string): void => {
    for (const { type, value } of formatDateParts(iso)) {
      const best = widest.get(type);
      if (CHANGING_PARTS.has(type) && (best === undefined || widthOf(value) > widthOf(best))) widest.set(type, value);
    }
  };
  const isoOf = (month: number, day: number): string => new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
  for (let day = 1; day <= 31; day++) consider(isoOf(0, day));
  for (let month = 1; month < 12; month++) consider(isoOf(month, 15));
  const template = formatDateParts(isoOf(0, 1));
  return template.length === 0 ? 0 : widthOf(template.map(({ type, value }) => widest.get(type) ?? value).join(''));
}

/**
 * The widest of a `year`'s dates in `font` (a CSS font shorthand), measured once per window for
 * each font and year: neither the font nor the locale changes while it is open. 0 where text cannot
 * be measured (no canvas, as in unit tests).
 */
const widestByFontAndYear = new Map<string, number>();
function widestDateOfYear(font: string, year: number): number {
  const key = `${font}|${String(year)}`;
  let widest = widestByFontAndYear.get(key);
  if (widest === undefined) widestByFontAndYear.set(key, (widest = widestDatePx((text) => textWidth(font, text), year)));
  return widest;
}

/** Wall minutes (time.ts: minutes since 1970-01-01, UTC arithmetic) at which 2000 and 2100 begin. */
const YEAR_2000_MINUTES = Date.UTC(2000, 0, 1) / 60_000;
const YEAR_2100_MINUTES = Date.UTC(2100, 0, 1) / 60_000;

/** A row's date that a grid column shows: Start's or Finish's. */
export type DateField = 'startMinutes' | 'finishMinutes';
const BOTH_DATES: readonly DateField[] = ['startMinutes', 'finishMinutes'];

/**
 * The years, in order and each once, of the `fields` dates (start and finish unless named) among
 * `rows` that are written with four digits: what widens the date column that shows them. Most plans have none, so the bounds are compared
 * as numbers and only a date outside them is turned into a year. It runs on every edit: given the
 * rows' span (their earliest start and latest finish, which the Gantt model keeps), a span inside
 * 2000–2099 answers without looking at a row (the walk was about 3 ms of a 10,000-task plan's first
 * edit, its code not yet optimised; 0.25 ms once it is).
 */
export function fullYearsShown(
  rows: readonly { readonly startMinutes: number; readonly finishMinutes: number }[],
  span?: readonly [number, number],
  fields: readonly DateField[] = BOTH_DATES,
): number[] {
  if (span && isInCentury(span[0]) && isInCentury(span[1])) return [];
  const years = new Set<number>();
  const see = (minutes: number): void => {
    if (!isInCentury(minutes)) years.add(new Date(minutes * 60_000).getUTCFullYear());
  };
  for (const row of rows) {
    for (const field of fields) see(row[field]);
  }
  return [...years].sort((a, b) => a - b);
}

/** True for wall minutes in 2000–2099, whose dates are written with two digits of year. */
const isInCentury = (minutes: number): boolean => minutes >= YEAR_2000_MINUTES && minutes < YEAR_2100_MINUTES;

let gridFontForWindow: string | null = null;

/**
 * The date columns' width for the app's UI font at 12 px (gantt.css .gl-c-date) and the years
 * written in full that the grid shows (fullYearsShown). Each Gantt mount (every open, every
 * return from another view) takes what this window measured: it would otherwise read the root's
 * computed style in its render and measure the year's dates again.
 */
export function gridDateWidthPx(doc: Document, fullYears: readonly number[] = []): number {
  gridFontForWindow ??= `12px ${getComputedStyle(doc.documentElement).getPropertyValue('--font-ui')}`;
  const font = gridFontForWindow;
  const widthOf = (year: number): number => {
    const widest = widestDateOfYear(font, year);
    if (widest > 0) return Math.ceil(widest) + CELL_SPACE_PX;
    return isYearWrittenInFull(year) ? FULL_YEAR_FALLBACK_PX : DATE_COLUMN_FALLBACK_PX;
  };
  return Math.max(widthOf(TWO_DIGIT_YEAR), ...fullYears.slice(0, FULL_YEARS_MEASURED).map(widthOf));
}

/** The task table's cells (app.css .cell): 8 px padding each side, a 1 px border, 1 px for rounding. */
const TABLE_CELL_SPACE_PX = 18;
let tableFontForWindow: string | null = null;

/** The task table's cells' font: the UI font at theme.css's --font-size, read once per window. */
function tableFont(doc: Document): string {
  if (tableFontForWindow === null) {
    const root = getComputedStyle(doc.documentElement);
    tableFontForWindow = `${root.getPropertyValue('--font-size').trim() || '13px'} ${root.getPropertyValue('--font-ui')}`;
  }
  return tableFontForWindow;
}

/** The widest date of any of `years` in `font` (the first FULL_YEARS_MEASURED of them); 0 where text cannot be measured. */
const widestDateOfYears = (font: string, years: readonly number[]): number =>
  Math.max(0, ...years.slice(0, FULL_YEARS_MEASURED).map((year) => widestDateOfYear(font, year)));

/**
 * The width the task table's date columns need for the years written in full among its dates
 * (features/tasks/date-columns.ts), in its cells' font, or null when there are none: the table's
 * fixed 130 px fit every two-digit year, and a year with four digits cut "Thu, Sep 29, 2101" by 6 px.
 */
export function tableDateWidthPx(doc: Document, fullYears: readonly number[]): number | null {
  if (fullYears.length === 0) return null;
  const widest = widestDateOfYears(tableFont(doc), fullYears);
  return widest > 0 ? Math.ceil(widest) + TABLE_CELL_SPACE_PX : null;
}

/**
 * The width a task table column needs to show each of `labels` followed by a space and a date
 * ("Finish no earlier than Sat, Sep 26, 2105": the Constraint column), for any two-digit year
 * and each of `fullYears`, or null where text cannot be measured. The widest label and the
 * widest date are measured apart and added, as widestDatePx adds a date's parts.
 */
export function tableLabelledDateWidthPx(doc: Document, labels: readonly string[], fullYears: readonly number[]): number | null {
  const font = tableFont(doc);
  const widestDate = Math.max(widestDateOfYear(font, TWO_DIGIT_YEAR), widestDateOfYears(font, fullYears));
  const widestLabel = Math.max(0, ...labels.map((label) => textWidth(font, `${label} `)));
  return widestDate > 0 && widestLabel > 0 ? Math.ceil(widestLabel + widestDate) + TABLE_CELL_SPACE_PX : null;
}

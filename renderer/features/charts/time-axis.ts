/**
 * A chart's time axis as the app writes dates: month names in the person's locale, the year once
 * where it changes. uPlot's own time labels are numeric ("1/4\n2027", "1/11"), unlike every other
 * date in the app ("Mon, 4 Jan 27"). Pure: tick times in, labels out. Ticks are wall-clock times in
 * seconds and are read as UTC, as plans carry no zone (shared/format.ts), so no day moves with the
 * machine's zone.
 */
import { formatShortDate, monthAxisLabels } from '../shared/format';

const DAY_SECONDS = 86_400;
/**
 * uPlot lays out ticks of 30 days or more on the first of a month, stepping by `step / 30 days`
 * months (365 days or more: on 1 January, by `step / 365 days` years), so those steps are whole
 * multiples of its month and year; a 91-day step stepped by 3.03 months.
 */
const MONTH_SECONDS = 30 * DAY_SECONDS;
const YEAR_SECONDS = 365 * DAY_SECONDS;

/**
 * The steps a time axis may take between ticks, in seconds, smallest first (uPlot takes the first
 * at which its labels have room): days, a week, a fortnight, months, a quarter, half a year, years.
 * Money and plans are read by the day or longer, never by the hour ("12pm").
 */
export const TIME_AXIS_STEPS: readonly number[] = [
  ...[1, 2, 7, 14].map((days) => days * DAY_SECONDS),
  ...[1, 2, 3, 6].map((months) => months * MONTH_SECONDS),
  ...[1, 2, 5, 10, 25, 50, 100].map((years) => years * YEAR_SECONDS),
];

/**
 * Where ticks `step` seconds apart go between `min` and `max` (seconds, read as UTC), on dates a
 * plan is read by: steps of a week or a fortnight on Mondays (uPlot counted them from the first
 * midnight, so a plan starting on a Monday at 8:00 had its weeks on Tuesdays); months on the 1st,
 * from January in steps that divide the year (quarters on Jan, Apr, Jul, Oct, where uPlot counted
 * from the plan's first month: "May, Nov"); years on 1 January of years the step divides; days at
 * midnight.
 */
export function timeAxisTicks(min: number, max: number, step: number): number[] {
  if (step >= MONTH_SECONDS) {
    const stepMonths = monthsIn(step);
    const from = new Date(min * 1000);
    let month = from.getUTCFullYear() * 12 + from.getUTCMonth();
    if (monthStart(month) < min) month += 1;
    month = Math.ceil(month / stepMonths) * stepMonths;
    const ticks: number[] = [];
    for (let t = monthStart(month); t <= max; month += stepMonths, t = monthStart(month)) ticks.push(t);
    return ticks;
  }
  const stepDays = Math.max(1, Math.round(step / DAY_SECONDS));
  let day = Math.ceil(min / DAY_SECONDS);
  // 1 January 1970 was a Thursday: day 4 was the first Monday.
  if (stepDays % 7 === 0) day += (((4 - day) % 7) + 7) % 7;
  const ticks: number[] = [];
  for (; day * DAY_SECONDS <= max; day += stepDays) ticks.push(day * DAY_SECONDS);
  return ticks;
}

/** A step of a month or more in whole months (a year step: 12 a year). */
const monthsIn = (step: number): number => (step >= YEAR_SECONDS ? 12 * Math.max(1, Math.round(step / YEAR_SECONDS)) : Math.max(1, Math.round(step / MONTH_SECONDS)));

/** Midnight UTC of the 1st of a month counted from year 0 (year × 12 + month). */
const monthStart = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1) / 1000;

/** The steps of an axis of whole months (a bar a month): a month and up. */
export const MONTH_AXIS_STEPS: readonly number[] = TIME_AXIS_STEPS.filter((step) => step >= MONTH_SECONDS);

/**
 * Which of a monthly axis's `months` (any time within each month, ascending) get a tick for a step
 * of `step` seconds: all of them for a month, else those whose month the step divides from January
 * (quarters on Jan, Apr, Jul, Oct; years on January), so a bar a month for three years is not
 * labelled 36 times over itself.
 */
export function monthTicks(months: readonly number[], step: number): number[] {
  const stepMonths = monthsIn(step);
  const picked = months.filter((t) => {
    const d = new Date(t * 1000);
    return (d.getUTCFullYear() * 12 + d.getUTCMonth()) % stepMonths === 0;
  });
  // A few months between two the step takes (a narrow chart) still show when they begin.
  return picked.length > 0 ? picked : months.slice(0, 1);
}

const yearOnly = new Intl.DateTimeFormat(undefined, { year: 'numeric', timeZone: 'UTC' });
const isoDay = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);

/**
 * Labels for ticks `step` seconds apart (ascending, in seconds), as the app writes dates:
 * - steps of a year or more: the year ("2027");
 * - of a month or more: the month, with the year in full on the first tick and on the first of
 *   each new year ("Nov 2026", "Dec", "Jan 2027"; a two-digit "Jan 27" reads as a day);
 * - shorter: the day ("Jan 4" or "4 Jan", by locale), the year on a second line under the first
 *   tick and under the first tick of each new year, so the labels stay as narrow as the days.
 */
export function timeAxisLabels(ticks: readonly number[], step: number): string[] {
  if (step >= YEAR_SECONDS) return ticks.map((t) => yearOnly.format(new Date(t * 1000)));
  if (step >= MONTH_SECONDS) return monthAxisLabels(ticks.map((t) => new Date(t * 1000)));
  return ticks.map((t, i) => {
    const day = isoDay(t);
    const isNewYear = i === 0 || day.slice(0, 4) !== isoDay(ticks[i - 1] ?? t).slice(0, 4);
    return isNewYear ? `${formatShortDate(day)}\n${yearOnly.format(new Date(t * 1000))}` : formatShortDate(day);
  });
}

/**
 * The widest labels timeAxisLabels can write in this locale (each month with its year, and the
 * 28th of each month): an axis that keeps this much room between ticks never writes one label over
 * the next, whichever step it takes.
 */
export function widestTimeAxisLabels(): string[] {
  return Array.from({ length: 12 }, (_m, month) => {
    const first = Date.UTC(2026, month, 1) / 1000;
    return [monthAxisLabels([new Date(first * 1000)])[0] ?? '', formatShortDate(isoDay(first + 27 * DAY_SECONDS))];
  }).flat();
}

/** Room kept between two of a time axis's labels, in CSS px. */
export const TIME_LABEL_GAP_PX = 12;

/**
 * The step a time axis takes: the first of `steps` (ascending, seconds) whose ticks fall at least
 * `spacePx` apart on an axis `widthPx` wide over `spanSeconds`; the longest when none does. This
 * is the choice uPlot makes among an axis's `incrs` for its `space`, made here for what is drawn
 * without uPlot (the charts' SVG export), so both pick one step for one width.
 */
export function stepWithRoom(steps: readonly number[], spanSeconds: number, widthPx: number, spacePx: number): number {
  const pxPerSecond = widthPx / Math.max(1, spanSeconds);
  return steps.find((step) => step * pxPerSecond >= spacePx) ?? steps[steps.length - 1] ?? DAY_SECONDS;
}

/** A label on a time axis: where (seconds, as the ticks) and what it reads (lines split by "\n"). */
export interface TimeAxisLabel {
  readonly at: number;
  readonly text: string;
}

const labelled = (ticks: readonly number[], texts: readonly string[]): TimeAxisLabel[] => ticks.map((at, i) => ({ at, text: texts[i] ?? '' }));

/**
 * A time axis from `min` to `max` (seconds, read as UTC) `widthPx` wide, its labels at least
 * `spacePx` apart: the S-curve's ticks and labels as on screen (timeAxisTicks, timeAxisLabels).
 */
export function timeAxis(min: number, max: number, widthPx: number, spacePx: number): TimeAxisLabel[] {
  const step = stepWithRoom(TIME_AXIS_STEPS, max - min, widthPx, spacePx);
  const ticks = timeAxisTicks(min, max, step);
  return labelled(ticks, timeAxisLabels(ticks, step));
}

/**
 * The axis of a bar a month (`months`: a time in each, ascending) `widthPx` wide, a month a bar's
 * slot: the cash flow's ticks and labels as on screen (monthTicks, monthAxisLabels).
 */
export function monthAxis(months: readonly number[], widthPx: number, spacePx: number): TimeAxisLabel[] {
  const step = stepWithRoom(MONTH_AXIS_STEPS, months.length * MONTH_SECONDS, widthPx, spacePx);
  const ticks = monthTicks(months, step);
  return labelled(ticks, monthAxisLabels(ticks.map((t) => new Date(t * 1000))));
}

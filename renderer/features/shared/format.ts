/** How dates, money and percentages read in the UI (the user's locale; plans are wall-clock). */
import { costVarianceSide, type CostVarianceSide } from '../../domain/money';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
const fullYearDateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * 'YYYY-MM-DD[THH:mm]' → "Mon, 7 Sep 26". Plans carry no zone, so format as UTC to avoid shifts.
 * Two digits read as this century: a date outside 2000–2099 shows all four ("Tue, 5 Nov 2216"),
 * or a task pushed to 2216 would read as 2016.
 */
export function formatDate(value: string): string {
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  return (isYearWrittenInFull(d.getUTCFullYear()) ? fullYearDateFormat : dateFormat).format(d);
}

/**
 * formatDate's text with the weekday and the separator beside it left out ("Jan 6, 27"): for days
 * set side by side (a timeline's labels) or in a narrow column where the weekday tells nothing
 * (the day a decision was recorded).
 */
export function formatDateWithoutWeekday(value: string): string {
  const parts = formatDateParts(value);
  const at = parts.findIndex((p) => p.type === 'weekday');
  if (at < 0) return formatDate(value);
  const separator = at === 0 ? at + 1 : at - 1;
  return parts.filter((_, i) => i !== at && i !== separator).map((p) => p.value).join('').trim();
}

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const twoDigits = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant (ISO, e.g. when a simulation ran) as the app writes dates, then the time, both in the
 * person's own zone: "Sun, 6 Dec 26, 07:02". Plan dates are wall-clock and formatted as UTC; an
 * instant is not, so its local day is taken first. Text that is not an instant is given back.
 */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const localDay = `${String(d.getFullYear()).padStart(4, '0')}-${twoDigits(d.getMonth() + 1)}-${twoDigits(d.getDate())}`;
  return `${formatDate(localDay)}, ${timeOfDay.format(d)}`;
}

/** formatDate's text in its parts (weekday, literal, month, day, year), for measuring each; [] for no date. */
export function formatDateParts(value: string): Intl.DateTimeFormatPart[] {
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return [];
  return (isYearWrittenInFull(d.getUTCFullYear()) ? fullYearDateFormat : dateFormat).formatToParts(d);
}

/** Whether formatDate writes this year with all four digits (outside 2000–2099), not two. */
export function isYearWrittenInFull(year: number): boolean {
  return year < 2000 || year >= 2100;
}

const monthOnly = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthAndYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

const wallTimeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

/**
 * A plan's wall-clock time ('2026-12-14T17:00' or '2026-12-14 17:00') as the app writes dates, then
 * the time: "Mon, 14 Dec 26, 5:00 PM". Wall-clock, so formatted as UTC, as formatDate is. Text that
 * is not such a time is given back.
 */
export function formatWallDateTime(value: string): string {
  const d = new Date(`${value.slice(0, 10)}T${value.slice(11, 16)}:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value) || Number.isNaN(d.getTime())) return value;
  return `${formatDate(value)}, ${wallTimeOfDay.format(d)}`;
}

/**
 * Labels for an axis of months, in order: the year in full on the first and where a new year
 * begins ("Nov 2026", "Dec", "Jan 2027", "Feb"), the month alone between. A two-digit year
 * ("Jan 27") reads as the 27th of January.
 */
export function monthAxisLabels(months: readonly Date[]): string[] {
  return months.map((d, i) => (i === 0 || d.getUTCFullYear() !== months[i - 1]?.getUTCFullYear() ? monthAndYear : monthOnly).format(d));
}

/**
 * Labels for a chart's axis of days or runs of days ('YYYY-MM-DD' first and last; one day when
 * they are equal), in order: "Dec 15", "Dec 15 – Dec 21". When the axis crosses a year
 * (`crossesYear`) the year goes on a second line under the first label and under each label
 * with a date in a new year ("Dec 31\n2026", "Jan 1\n2027", "Jan 2"), as a time header names the
 * year once above its days, so the labels stay as narrow as the days alone; within one year, the
 * days alone (a two-digit year, "Jan 27", would read as a day).
 */
export function dayAxisLabels(spans: readonly (readonly [first: string, last: string])[], crossesYear: boolean): string[] {
  let yearWritten = '';
  return spans.map(([first, last]) => {
    const days = first === last ? formatShortDate(first) : `${formatShortDate(first)} – ${formatShortDate(last)}`;
    if (!crossesYear) return days;
    const years = [...new Set([first.slice(0, 4), last.slice(0, 4)])].filter((year) => year !== yearWritten);
    yearWritten = last.slice(0, 4);
    return years.length === 0 ? days : `${days}\n${years.join(' – ')}`;
  });
}

export function formatShortDate(value: string): string {
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? value : shortDate.format(d);
}

/**
 * An amount in an ISO 4217 currency, in the user's locale unless one is given ("$1,235",
 * "1.234,50 €"). An unknown code reads "1235 XYZ" rather than throwing.
 */
export function formatMoney(amount: number, currency: string, locale?: string, fractionDigits = 0): string {
  const format = moneyFormat(currency, locale, fractionDigits);
  return format ? format.format(amount) : `${amount.toFixed(fractionDigits)} ${currency}`;
}

/**
 * Formatters by locale, currency and digits, made once: an Intl.NumberFormat costs far more to make
 * than to use (a chart's axis and legend format dozens of amounts per draw). Null for a code Intl
 * refuses. A handful of currencies are in use at a time; the cap only bounds odd input.
 */
const moneyFormats = new Map<string, Intl.NumberFormat | null>();
const MONEY_FORMATS_KEPT = 64;

function moneyFormat(currency: string, locale: string | undefined, fractionDigits: number): Intl.NumberFormat | null {
  const key = `${locale ?? ''}|${currency}|${String(fractionDigits)}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    } catch {
      format = null;
    }
    if (moneyFormats.size >= MONEY_FORMATS_KEPT) moneyFormats.clear();
    moneyFormats.set(key, format);
  }
  return format;
}


/** A cost variance as shown: signed text, the side, and words for a tooltip and screen readers. */
export interface CostVarianceText {
  /** "+$400", "−$150" (a true minus sign), "$0". */
  readonly text: string;
  readonly side: CostVarianceSide;
  /** "$400 over baseline", "$150 under baseline", "on baseline". */
  readonly words: string;
}

/**
 * Cost − baseline cost with its side spelled out (domain/money/cost-variance.ts): positive is over
 * the baseline, as MS Project's Cost Variance, and always carries a "+" so it cannot read as a saving.
 */
export function formatCostVariance(variance: number, currency: string, locale?: string): CostVarianceText {
  const side = costVarianceSide(variance);
  const size = formatMoney(side === 'on' ? 0 : Math.abs(variance), currency, locale);
  switch (side) {
    case 'over': return { text: `+${size}`, side, words: `${size} over baseline` };
    case 'under': return { text: `\u2212${size}`, side, words: `${size} under baseline` };
    case 'on': return { text: size, side, words: 'on baseline' };
    default: { const never: never = side; return never; }
  }
}

/**
 * A count with its noun, singular for exactly one: "1 task", "2 tasks", "0 milestones"; the
 * count in the person's locale ("1,204 tasks"). `many` for a noun whose plural is not `one`+s.
 */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

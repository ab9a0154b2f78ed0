/** Plain-words formatting shared by every report writer (dates, days, money, RAG names). */
import type { LocalDate, Rag } from '../model';
import { percentText, weekdayOf } from '../model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Fri 6 Mar 2026": unambiguous in every locale a report is mailed to (no 03/06). */
export function reportDate(date: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${DAYS[weekdayOf(date)] ?? ''} ${String(d)} ${MONTHS[m - 1] ?? ''} ${String(y)}`;
}

/**
 * How a report writes its days: `day` in sentences, headings and tables, `short` (no weekday)
 * beside a milestone on the timeline. The app passes the dates it shows on every screen
 * (features/reports/report-dates.ts), so the report reads as the task table does; the command
 * line, with no screen to match, writes REPORT_DATES.
 */
export interface ReportDates {
  readonly day: (date: LocalDate) => string;
  readonly short: (date: LocalDate) => string;
}

export const REPORT_DATES: ReportDates = { day: reportDate, short: (date) => reportDate(date).slice(4) };

/** "4 working days", "1 working day", "0.5 working days". */
export function workingDays(days: number): string {
  const n = Math.abs(days);
  return `${formatNumber(n)} working ${n === 1 ? 'day' : 'days'}`;
}

/**
 * Where the project stands, after its RAG: "46% complete · forecast finish Thu 17 Dec 2026", or,
 * before the start, "not started: starts Mon 7 Dec 2026 · forecast finish ..." (0 % complete
 * would read as work that should have begun).
 */
export function standingText(model: { readonly startsOn: LocalDate | null; readonly percentComplete: number; readonly projectFinish: LocalDate }, dates: ReportDates): string {
  const standing = model.startsOn !== null && model.percentComplete === 0 ? `not started: starts ${dates.day(model.startsOn)}` : `${percentText(model.percentComplete)} complete`;
  return `${standing} · forecast finish ${dates.day(model.projectFinish)}`;
}

/** A slip as words: "4 working days late", "2 working days early", "on time". */
export function slipWords(days: number | null): string {
  if (days === null) return 'not baselined';
  if (days === 0) return 'on time';
  return `${workingDays(days)} ${days > 0 ? 'late' : 'early'}`;
}

export function formatNumber(n: number, places = 1): string {
  const f = 10 ** places;
  return String(Math.round(n * f) / f);
}

/**
 * Whole currency units as the Cost view shows them, in English whatever the reader's locale (a
 * report is one document for every reader): "$12,500", "-$2,764", "€4,000", "CHF 900"; a code
 * Intl does not know reads "XYZ 12,500". The report said "USD 12,500" beside the Cost view's
 * "$12,500" for the same figure until 7 Dec 2026.
 */
export function money(amount: number, currency: string): string {
  const rounded = Math.round(amount) || 0; // never "-$0"
  const format = wholeMoneyFormat(currency);
  // Intl puts a no-break space after a code ("CHF 900"); a plain one reads the same in every writer.
  if (format) return format.format(rounded).replace(/\u00a0/g, ' ');
  const text = Math.abs(rounded).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${currency} ${text}`;
}

/** One formatter per currency, made once (an Intl.NumberFormat costs far more to make than to use); null for a code Intl refuses. */
const wholeMoneyFormats = new Map<string, Intl.NumberFormat | null>();

function wholeMoneyFormat(currency: string): Intl.NumberFormat | null {
  let format = wholeMoneyFormats.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    } catch {
      format = null;
    }
    if (wholeMoneyFormats.size >= 64) wholeMoneyFormats.clear();
    wholeMoneyFormats.set(currency, format);
  }
  return format;
}

export function ratio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

/**
 * A ratio read against limits, with as many decimals (2 to 4) as it takes not to print the same
 * as a limit it differs from: a CPI of 0.898 under a red limit of 0.90 reads "0.898", not "0.90".
 */
export function ratioAgainst(value: number, limits: readonly number[]): string {
  for (let digits = 2; digits < 4; digits++) {
    const text = value.toFixed(digits);
    if (!limits.some((limit) => limit !== value && limit.toFixed(digits) === text)) return text;
  }
  return value.toFixed(4);
}

export const RAG_WORDS: Readonly<Record<Rag, string>> = { green: 'Green', amber: 'Amber', red: 'Red', none: 'Not measured' };
export const RAG_COLOURS: Readonly<Record<Rag, string>> = { green: '#15803d', amber: '#b45309', red: '#b91c1c', none: '#6b7280' };

/**
 * A RAG trend needs an earlier report to run from: with only this report's own colour, one point
 * drawn under "Trend" reads as a trend that is not there, so the writers show none and say when it comes.
 */
export function hasRagTrend(dimensions: readonly { readonly trend: readonly unknown[] }[]): boolean {
  return dimensions.some((d) => d.trend.length >= 2);
}

export const NO_RAG_TREND_YET = 'The trend of each RAG appears from the second report: issue this one to compare the next with it.';

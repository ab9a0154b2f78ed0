/**
 * The person's numeric date order, read from their locale once (02/03/2026 is 2 March in en-GB,
 * February 3 in en-US), and today's date as the picker shows it. The domain takes the order as
 * an argument (formats/date-text.ts); only the UI asks the browser.
 */
import { parseDateText, type DateOrder, type DateText } from '../domain/formats/date-text';

let order: DateOrder | null = null;

export function localeDateOrder(): DateOrder {
  if (order) return order;
  const parts = new Intl.DateTimeFormat(undefined, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 10, 22)));
  const first = parts.find((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')?.type;
  order = first === 'year' ? 'ymd' : first === 'month' ? 'mdy' : 'dmy';
  return order;
}

/** A date typed in a field or cell, read in the person's order (ISO always works). */
export function readTypedDate(text: string): DateText {
  return parseDateText(text, localeDateOrder());
}

/** Today as 'YYYY-MM-DD' on the person's wall clock. */
export function todayIso(): string {
  const now = new Date();
  return `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** How dates, money and percentages read in the UI (the user's locale; plans are wall-clock). */
const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** 'YYYY-MM-DD[THH:mm]' → "Mon, 7 Sep 26". Plans carry no zone, so format as UTC to avoid shifts. */
export function formatDate(value: string): string {
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
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
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(amount);
  } catch {
    return `${amount.toFixed(fractionDigits)} ${currency}`;
  }
}

export function formatPercent(fraction: number): string {
  return `${String(Math.round(fraction * 100))} %`;
}

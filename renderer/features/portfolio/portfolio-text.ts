/** How the portfolio and the Team view's notice word dates and cross-project bookings, in one place. */
import type { Booking } from '../../domain/lifecycle';

/** "4 Jan 2027" in the user's locale; plan dates are wall-clock, so formatted as UTC (no shift). */
export function formatDate(value: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** "Checkout — UI (8 h) + Payments — API (8 h)": what competes for a person on one day. */
export function bookingsText(bookings: readonly Booking[]): string {
  return bookings.map((b) => `${b.projectName} — ${b.taskNames.join(', ')} (${String(Math.round(b.workMinutes / 6) / 10)} h)`).join(' + ');
}

/**
 * The date picker's arithmetic, on plain 'YYYY-MM-DD' strings (plans are wall-clock, no zone):
 * the weeks of a month as the grid shows them, and where each key moves the focused day. Kept
 * apart from the component so every key can be tested without a browser.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Same day in another month, clamped to that month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** 0 = Monday … 6 = Sunday (ISO weeks; the picker starts weeks on Monday). */
export function weekdayOf(date: IsoDate): number {
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

/** The month's days in weeks of seven, Monday first, padded with the neighbouring months' days. */
export function monthWeeks(date: IsoDate): IsoDate[][] {
  const first = `${date.slice(0, 7)}-01`;
  let day = addDays(first, -weekdayOf(first));
  const month = date.slice(0, 7);
  const weeks: IsoDate[][] = [];
  while (weeks.length === 0 || day.slice(0, 7) === month) {
    const week: IsoDate[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Where a key moves the focused day, or null when the key is not the grid's. */
export function calendarKeyMove(date: IsoDate, key: string, shiftKey: boolean): IsoDate | null {
  switch (key) {
    case 'ArrowLeft': return addDays(date, -1);
    case 'ArrowRight': return addDays(date, 1);
    case 'ArrowUp': return addDays(date, -7);
    case 'ArrowDown': return addDays(date, 7);
    case 'Home': return addDays(date, -weekdayOf(date));
    case 'End': return addDays(date, 6 - weekdayOf(date));
    case 'PageUp': return addMonths(date, shiftKey ? -12 : -1);
    case 'PageDown': return addMonths(date, shiftKey ? 12 : 1);
    default: return null;
  }
}

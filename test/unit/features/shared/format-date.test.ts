/**
 * Dates read with two-digit years, as MS Project shows them, while that is unambiguous: a date
 * outside 2000–2099 (a task a long lag pushed past the horizon, a history before 2000) shows all four.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateWithoutWeekday } from '../../../../renderer/features/shared/format';

describe('formatDate', () => {
  it('shows two digits of a year in this century', () => {
    expect(formatDate('2026-09-07')).toMatch(/\b26\b/);
    expect(formatDate('2026-09-07T09:00')).not.toContain('2026');
  });

  it('shows all four digits of a year outside it', () => {
    expect(formatDate('2216-11-05')).toContain('2216');
    expect(formatDate('1999-12-31T17:00')).toContain('1999');
    expect(formatDate('2100-01-01')).toContain('2100');
  });

  it('gives back text that is not a date', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  // An instant, e.g. when a simulation ran: the app's date and the minute, in the person's zone.
  const ranAt = '2026-12-06T07:02:31.456Z';
  const local = new Date(ranAt);
  const localDay = `${String(local.getFullYear())}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;

  it('writes the day as every date in the app, then the time to the minute', () => {
    const text = formatDateTime(ranAt);
    expect(text.startsWith(`${formatDate(localDay)}, `)).toBe(true);
    expect(text).toMatch(/\b\d{1,2}:02\b/);
    expect(text, 'no seconds').not.toMatch(/:31\b/);
    expect(text, 'not the browser\'s numeric date').not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
  });

  it('gives back text that is not an instant', () => {
    expect(formatDateTime('never')).toBe('never');
  });
});

describe('formatDateWithoutWeekday', () => {
  it('is formatDate with the weekday and its separator left out', () => {
    const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
    for (const day of ['2026-09-28', '2026-09-30', '2026-10-04']) {
      const name = weekday.format(new Date(`${day}T00:00:00Z`));
      expect(formatDate(day)).toContain(name);
      expect(formatDateWithoutWeekday(day)).not.toContain(name);
      expect(formatDate(day)).toContain(formatDateWithoutWeekday(day));
    }
    expect(formatDateWithoutWeekday('2216-11-05')).toContain('2216');
    expect(formatDateWithoutWeekday('never')).toBe('never');
  });
});

// @vitest-environment happy-dom
/**
 * The Gantt grid's date columns are measured once per window (date-column.ts): each mount of the
 * Gantt (an open, a return from another view) takes the width already measured, without reading
 * the root's computed style in its render or measuring the year's dates again.
 */
import { describe, expect, it, vi } from 'vitest';
import { DATE_COLUMN_FALLBACK_PX, fullYearsShown, gridDateWidthPx, widestDatePx } from '../../../../renderer/features/gantt/date-column';
import { formatDate } from '../../../../renderer/features/shared/format';

/** Every date of `year` as the grid writes it. */
function datesOf(year: number): string[] {
  const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  return Array.from({ length: days }, (_, day) => formatDate(new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10)));
}

describe('the Gantt grid\'s date column width', () => {
  it('is measured for the first mount and taken as it was by every later one', () => {
    const styles = vi.spyOn(window, 'getComputedStyle');
    const first = gridDateWidthPx(document);
    // happy-dom has no canvas to measure text with: the width is the en-US fallback.
    expect(first).toBe(DATE_COLUMN_FALLBACK_PX);
    const reads = styles.mock.calls.length;
    expect(reads).toBe(1);
    expect(gridDateWidthPx(document)).toBe(first);
    expect(gridDateWidthPx(document)).toBe(first);
    expect(styles.mock.calls.length).toBe(reads);
    styles.mockRestore();
  });

  it('fits the widest date of a year as the locale writes it, measuring its parts rather than 365 dates', () => {
    const seen: string[] = [];
    const widest = widestDatePx((text) => { seen.push(text); return text.length; });
    expect(widest).toBe(Math.max(...datesOf(2027).map((t) => t.length)));
    expect(seen.length).toBeLessThan(60);
  });

  it('is never narrower than a date of the year, however wide each letter and digit is', () => {
    // A font whose letters and digits differ in width: the widest weekday, month and day number need not fall on one date.
    const widthOf = (text: string): number => [...text].reduce((sum, c) => sum + (c === 'W' || c === 'M' ? 11 : /[0-9]/.test(c) ? 5 + Number(c) / 2 : 6), 0);
    const widest = widestDatePx(widthOf);
    expect(widest).toBeGreaterThanOrEqual(Math.max(...datesOf(2027).map(widthOf)));
    expect(widest).toBeLessThanOrEqual(Math.max(...datesOf(2027).map(widthOf)) + 12);
  });
});

describe('dates written with a four-digit year', () => {
  const at = (iso: string): number => Date.parse(`${iso}Z`) / 60_000;

  it('are found among the rows\' starts and finishes, each year once and in order', () => {
    const rows = [
      { startMinutes: at('2026-03-02T08:00'), finishMinutes: at('2026-03-04T17:00') },
      { startMinutes: at('2101-03-09T08:00'), finishMinutes: at('2101-03-10T17:00') },
      { startMinutes: at('1999-12-31T08:00'), finishMinutes: at('2000-01-03T17:00') },
      { startMinutes: at('2099-12-31T08:00'), finishMinutes: at('2101-01-04T17:00') },
    ];
    expect(fullYearsShown(rows)).toEqual([1999, 2101]);
    expect(fullYearsShown(rows.slice(0, 1))).toEqual([]);
    // Each column's own: the starts' years for Start, the finishes' for Finish.
    expect(fullYearsShown(rows, undefined, ['startMinutes'])).toEqual([1999, 2101]);
    expect(fullYearsShown(rows, undefined, ['finishMinutes'])).toEqual([2101]);
    expect(fullYearsShown(rows.slice(2, 3), undefined, ['finishMinutes'])).toEqual([]);
  });

  it('are not looked for among the rows when their span lies within 2000–2099, and found as before when it does not', () => {
    const rows = [
      { startMinutes: at('2026-03-02T08:00'), finishMinutes: at('2026-03-04T17:00') },
      { startMinutes: at('2099-12-30T08:00'), finishMinutes: at('2099-12-31T17:00') },
    ];
    const rowsRead = vi.fn();
    const watched = rows.map((row) => ({ get startMinutes() { rowsRead(); return row.startMinutes; }, get finishMinutes() { rowsRead(); return row.finishMinutes; } }));
    expect(fullYearsShown(watched, [at('2026-03-02T08:00'), at('2099-12-31T17:00')])).toEqual([]);
    expect(rowsRead).not.toHaveBeenCalled();
    // A span reaching into 2100 (or before 2000) is walked row by row, as without a span.
    const late = [...rows, { startMinutes: at('2099-12-31T08:00'), finishMinutes: at('2100-01-04T17:00') }];
    expect(fullYearsShown(late, [at('2026-03-02T08:00'), at('2100-01-04T17:00')])).toEqual([2100]);
    const early = [{ startMinutes: at('1999-12-31T08:00'), finishMinutes: at('2000-01-03T17:00') }, ...rows];
    expect(fullYearsShown(early, [at('1999-12-31T08:00'), at('2099-12-31T17:00')])).toEqual([1999]);
  });

  it('widen the columns to the widest of those years\' dates, measured with all four digits', () => {
    const widest = widestDatePx((text) => text.length, 2101);
    expect(datesOf(2101).every((t) => t.includes('2101'))).toBe(true);
    expect(widest).toBe(Math.max(...datesOf(2101).map((t) => t.length)));
    expect(widest).toBeGreaterThan(widestDatePx((text) => text.length));
    expect(widestDatePx((text) => text.length, 2000)).toBeGreaterThan(0);
    // Without a canvas the fallbacks stand in: a column for four digits is wider than for two.
    expect(gridDateWidthPx(document, [2101])).toBeGreaterThan(gridDateWidthPx(document));
    expect(gridDateWidthPx(document, [])).toBe(DATE_COLUMN_FALLBACK_PX);
  });
});

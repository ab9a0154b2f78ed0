// @vitest-environment happy-dom
/**
 * The Gantt grid's date columns are measured once per window (date-column.ts): each mount of the
 * Gantt (an open, a return from another view) takes the width already measured, without reading
 * the root's computed style in its render or measuring the year's dates again.
 */
import { describe, expect, it, vi } from 'vitest';
import { DATE_COLUMN_FALLBACK_PX, fullYearsShown, gridDateWidthPx, widestDatePx } from '../../../../renderer/features/gantt/date-column';

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

  it('fits the widest date of a year as the locale writes it', () => {
    const seen: string[] = [];
    const widest = widestDatePx((text) => { seen.push(text); return text.length; });
    expect(seen).toHaveLength(365);
    expect(widest).toBe(Math.max(...seen.map((t) => t.length)));
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
  });

  it('widen the columns to the widest of those years\' dates, measured with all four digits', () => {
    const seen: string[] = [];
    const widest = widestDatePx((text) => { seen.push(text); return text.length; }, 2101);
    expect(seen).toHaveLength(365);
    expect(seen.every((t) => t.includes('2101'))).toBe(true);
    expect(widest).toBe(Math.max(...seen.map((t) => t.length)));
    expect(widestDatePx((text) => text.length, 2000)).toBeGreaterThan(0);
    // Without a canvas the fallbacks stand in: a column for four digits is wider than for two.
    expect(gridDateWidthPx(document, [2101])).toBeGreaterThan(gridDateWidthPx(document));
    expect(gridDateWidthPx(document, [])).toBe(DATE_COLUMN_FALLBACK_PX);
  });
});

// @vitest-environment happy-dom
/**
 * The Gantt grid's date columns are measured once per window (date-column.ts): each mount of the
 * Gantt (an open, a return from another view) takes the width already measured, without reading
 * the root's computed style in its render or measuring the year's dates again.
 */
import { describe, expect, it, vi } from 'vitest';
import { DATE_COLUMN_FALLBACK_PX, gridDateWidthPx, widestDatePx } from '../../../../renderer/features/gantt/date-column';

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

import { describe, expect, it } from 'vitest';
import { fitColumnWidth, isTooWideForColumn } from '../../../../renderer/features/shared/column-fit';

// A 13 px font: 10em = 130 px floor, 16em = 208 px ceiling; a field's padding and border 14 px, and 1 px for the caret.
const LIMITS = { minPx: 130, maxPx: 208, chromePx: 15 };

describe('a column of text fields fitted to its values', () => {
  it('is as wide as its widest text and the field around it, rounded up to a whole pixel', () => {
    expect(fitColumnWidth([61.2, 121.4, 80], LIMITS)).toBe(137);
  });

  it('keeps its floor when the values are short or there are none', () => {
    expect(fitColumnWidth([40, 52], LIMITS)).toBe(130);
    expect(fitColumnWidth([], LIMITS)).toBe(130);
  });

  it('stops at its ceiling for a value too long, which alone is cut', () => {
    expect(fitColumnWidth([121.4, 310], LIMITS)).toBe(208);
    expect(isTooWideForColumn(310, LIMITS)).toBe(true);
    expect(isTooWideForColumn(121.4, LIMITS)).toBe(false);
  });

  it('cuts nothing that fits the ceiling exactly', () => {
    expect(isTooWideForColumn(193, LIMITS)).toBe(false);
    expect(isTooWideForColumn(193.2, LIMITS)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { fitColumnWidth, isTooWideForColumn, shareRoom } from '../../../../renderer/features/shared/column-fit';

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

describe('columns sharing a table\'s room', () => {
  const contact = { fitPx: 260, minPx: 130 };
  const name = { fitPx: 170, minPx: 112 };

  it('each gets its fitted width while they all fit', () => {
    expect(shareRoom(500, [contact, name])).toEqual([260, 170]);
  });

  it('gives up room in the order given, the first down to its floor before the next', () => {
    expect(shareRoom(400, [contact, name])).toEqual([230, 170]);
    expect(shareRoom(250, [contact, name])).toEqual([130, 120]);
  });

  it('keeps every floor when even those do not fit, and a floor above the fit', () => {
    expect(shareRoom(100, [contact, name])).toEqual([130, 112]);
    expect(shareRoom(500, [{ fitPx: 90, minPx: 130 }])).toEqual([130]);
  });
});

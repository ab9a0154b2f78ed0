/**
 * Where the Gantt's divider stands (grid-split.ts): untouched, the grid takes what WBS, a name,
 * Duration, Start and Finish need, at most 47 % of the view; a divider the person moved wins,
 * kept from squeezing the chart below 240 px in a narrower window. Widths hand-computed from
 * GANTT_COLUMNS: WBS 44, a default name of 240, Duration 70, two dates of 112 = 578 px.
 */
import { describe, expect, it } from 'vitest';
import { CHART_MIN_PX, defaultGridWidthPx, gridMaxPx, gridWidthPx, readGridWidthPx } from '../../../../renderer/features/gantt/grid-split';

/** The Gantt view's width at a 1024 and a 1440 px window: less the 248 px sidebar. */
const AT_1024 = 1024 - 248;
const AT_1440 = 1440 - 248;

describe('the Gantt divider', () => {
  it('leaves the chart the larger part at 1024 px: 47 % of the view for the grid', () => {
    expect(defaultGridWidthPx(AT_1024, 112)).toBe(365);
    expect(AT_1024 - defaultGridWidthPx(AT_1024, 112)).toBeGreaterThan(AT_1024 / 2);
  });

  it('gives the grid what WBS, a name, Duration, Start and Finish need where the view has room', () => {
    expect(defaultGridWidthPx(2560, 112)).toBe(578);
    // Wider dates (a year written in full), a wider grid.
    expect(defaultGridWidthPx(2560, 126)).toBe(606);
    expect(defaultGridWidthPx(2560, { start: 112, finish: 126 })).toBe(592);
    // At 1440 px, 47 % of the view: 560 px, the grid's width there before the share was of the view.
    expect(defaultGridWidthPx(AT_1440, 112)).toBe(560);
  });

  it('never goes below the divider’s least width in a very narrow view', () => {
    expect(defaultGridWidthPx(300, 112)).toBe(180);
  });

  it('keeps a divider the person moved, within what the view leaves the chart', () => {
    expect(gridWidthPx(600, AT_1440, 112)).toBe(600);
    expect(gridWidthPx(null, AT_1440, 112)).toBe(560);
    // Set on a wide screen, opened at 1024: the chart keeps CHART_MIN_PX.
    expect(gridWidthPx(800, AT_1024, 112)).toBe(AT_1024 - CHART_MIN_PX);
    expect(gridMaxPx(AT_1024)).toBe(536);
    expect(gridMaxPx(4000)).toBe(900);
  });

  it('reads back only a whole number of px within the divider’s range', () => {
    expect(readGridWidthPx(420)).toBe(420);
    for (const stored of [179, 901, 420.5, '420', null, undefined]) expect(readGridWidthPx(stored)).toBeNull();
  });
});

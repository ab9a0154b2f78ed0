/** Gantt geometry as pure functions: zoom anchoring, grid/chart scroll sync, coarse scales, fit, remembered choices. */
import { describe, expect, it } from 'vitest';
import {
  ceilTo, fitScale, fitScrollLeft, makeScale, minutesAt, scrollLeftKeeping, tickLabels, ticks, xOf, zoomAnchor, ZOOM_SPECS,
} from '../../../../renderer/features/gantt/time-scale';
import { absorbGridScroll } from '../../../../renderer/features/gantt/use-viewport';
import { ganttPreferencesOf, readGanttPreferences, shownBaseline } from '../../../../renderer/features/gantt/view-preferences';
import { DEFAULT_SETTINGS } from '../../../../renderer/features/gantt/use-gantt-model';

const DAY = 1440;
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 60_000;
const sep7 = utc(2026, 9, 7); // Monday 7 September 2026
const jan18 = utc(2027, 1, 18);

describe('zoom keeps its anchor in place', () => {
  const day = makeScale('day', sep7, jan18);
  const week = makeScale('week', sep7, jan18);

  it('keeps the selected task\'s start at the same x when it is on screen', () => {
    const taskStart = sep7 + 30 * DAY; // 7 Oct
    const scrollLeft = xOf(day, taskStart) - 250; // the bar starts 250 px into an 800 px viewport
    const anchor = zoomAnchor(day, scrollLeft, 800, taskStart, [sep7, jan18]);
    expect(anchor).toEqual({ minutes: taskStart, x: 250 });
    const left = scrollLeftKeeping(week, taskStart, 250, 800);
    // Weeks: 16 px a day from Mon 24 Aug (origin two weeks before, on a Monday) to 7 Oct = 44 days.
    expect(left).toBe(44 * 16 - 250);
    expect(xOf(week, taskStart) - left).toBe(250);
  });

  it('brings an off-screen selected task a third of the way in', () => {
    const taskStart = sep7 + 100 * DAY;
    expect(zoomAnchor(day, 0, 900, taskStart, [sep7, jan18])).toEqual({ minutes: taskStart, x: 300 });
  });

  it('without a selection keeps the centre, or goes home when the centre is outside the project', () => {
    const centre = zoomAnchor(day, 2000, 800, null, [sep7, jan18]);
    expect(centre?.x).toBe(400);
    expect(centre?.minutes).toBeCloseTo(minutesAt(day, 2400));
    expect(zoomAnchor(day, 0, 200, null, [sep7, jan18])).toBeNull(); // the two weeks' margin before the start
  });

  it('clamps to what can be scrolled', () => {
    const year = makeScale('year', sep7, jan18, { minWidth: 900 });
    expect(scrollLeftKeeping(year, jan18, 10, 900)).toBe(0);
    expect(scrollLeftKeeping(day, sep7, 900, 800)).toBe(0);
  });
});

describe('grid and chart scroll together', () => {
  it('hands a scroll of the grid\'s own box (focus on a collapse button six rows down) to the chart', () => {
    // Focus scrolled the grid's box by 6 rows of 32 px while the chart was at 320.
    expect(absorbGridScroll(192, 320, 5000)).toEqual({ scrollerTop: 512, gridScrollTop: 0 });
    expect(absorbGridScroll(-64, 32, 5000)).toEqual({ scrollerTop: 0, gridScrollTop: 0 });
    expect(absorbGridScroll(400, 4900, 5000)).toEqual({ scrollerTop: 5000, gridScrollTop: 0 });
  });
});

describe('Quarters and Years', () => {
  it('start and end on whole quarters and years, with quarter labels under the years', () => {
    const quarter = makeScale('quarter', sep7, jan18);
    expect(quarter.originMinutes).toBe(utc(2026, 7, 1)); // Q3 2026 holds 24 Aug (two weeks before)
    expect(minutesAt(quarter, quarter.width)).toBeGreaterThanOrEqual(utc(2027, 4, 1) - DAY); // through Q1 2027 (+6 weeks: 1 Mar)
    const year = makeScale('year', sep7, jan18);
    expect(year.originMinutes).toBe(utc(2026, 7, 1));
    expect(ZOOM_SPECS.year.lower).toBe('quarter');
    // Ends on 1 Apr 2027 (the quarter holding 18 Jan + 6 weeks), to the pixel.
    expect(Math.abs(xOf(year, utc(2027, 4, 1)) - year.width)).toBeLessThan(1);
    const labels = ticks(year, 'quarter', year.originMinutes, utc(2027, 4, 1));
    expect(labels.map((t) => t.label)).toEqual(['Q3', 'Q4', 'Q1']);
    // 0.45 px a day: a quarter is about 41 px, room for "Q1".
    expect(Math.min(...labels.map((t) => t.width))).toBeGreaterThan(40);
    expect(ceilTo('quarter', utc(2027, 4, 1))).toBe(utc(2027, 4, 1));
  });

  it('are drawn at least as wide as the chart', () => {
    expect(makeScale('year', sep7, jan18, { minWidth: 1200 }).width).toBe(1200);
    expect(makeScale('day', sep7, jan18, { minWidth: 1200 }).width).toBeGreaterThan(1200);
  });
});

describe('tick labels', () => {
  it('are kept per unit and tier: a month reads the same each time, and its upper and lower labels differ', () => {
    const oct1 = utc(2026, 10, 1);
    const upper = tickLabels('month', oct1, true);
    expect(tickLabels('month', oct1, true)).toBe(upper);
    expect(upper[0]).toMatch(/2026/);
    const lower = tickLabels('month', oct1, false);
    expect(lower[0]).not.toMatch(/2026/);
    expect(tickLabels('day', oct1, false)).toEqual([new Intl.DateTimeFormat(undefined, { day: 'numeric', timeZone: 'UTC' }).format(new Date(oct1 * 60_000))]);
    expect(tickLabels('week', oct1, false)).not.toEqual(tickLabels('day', oct1, false));
  });
});

describe('Fit project', () => {
  it('stretches the project over 90 % of the chart, with the labels of the level that fits', () => {
    const fit = fitScale(sep7, jan18, 1000); // 133 days into 900 px
    expect(fit.pxPerDay).toBeCloseTo(900 / 133);
    expect(fit.zoom).toBe('month');
    const scale = makeScale(fit.zoom, sep7, jan18, { pxPerDay: fit.pxPerDay, minWidth: 1000 });
    const left = fitScrollLeft(scale, sep7, 1000);
    expect(xOf(scale, sep7) - left).toBeCloseTo(50, 0);
    expect(xOf(scale, jan18) - left).toBeCloseTo(950, 0);
  });
});

describe('remembered view choices', () => {
  it('reads back valid choices and ignores anything else', () => {
    expect(readGanttPreferences({ zoom: 'quarter', showCritical: true, showSlack: 'yes', colourMode: 'nope', isFitted: false, baselineId: 7 }))
      .toEqual({ zoom: 'quarter', showCritical: true, isFitted: false });
    expect(readGanttPreferences({ baselineId: 'b1' })).toEqual({ baselineId: 'b1' });
    expect(readGanttPreferences({ baselineId: null })).toEqual({ baselineId: null });
    expect(readGanttPreferences(null)).toEqual({});
    expect(readGanttPreferences('quarter')).toEqual({});
  });

  it('writes the zoom, fit, critical path, slack, colour, the baseline shown and where the divider was left', () => {
    expect(ganttPreferencesOf({ ...DEFAULT_SETTINGS, baselineId: 'b1', showSlack: true }))
      .toEqual({ zoom: 'day', isFitted: false, showCritical: false, showSlack: true, colourMode: 'phase', baselineId: 'b1', gridWidthPx: null });
    expect(ganttPreferencesOf({ ...DEFAULT_SETTINGS, gridWidthPx: 420 }).gridWidthPx).toBe(420);
  });

  it('reads back a divider within its range, in whole px, and nothing else', () => {
    expect(readGanttPreferences({ gridWidthPx: 420 })).toEqual({ gridWidthPx: 420 });
    for (const stored of [179, 901, 420.5, '420', null]) expect(readGanttPreferences({ gridWidthPx: stored })).toEqual({});
  });

  it('shows None for a remembered baseline the plan no longer holds, and keeps one it holds', () => {
    const chosen = { ...DEFAULT_SETTINGS, zoom: 'week' as const, baselineId: 'b1' };
    expect(shownBaseline(chosen, { b1: {} })).toBe(chosen);
    expect(shownBaseline(chosen, {})).toEqual({ ...chosen, baselineId: null });
    // A baseline id that only names something every object has is not a baseline.
    expect(shownBaseline({ ...chosen, baselineId: 'toString' }, {}).baselineId).toBeNull();
    expect(shownBaseline(DEFAULT_SETTINGS, {})).toBe(DEFAULT_SETTINGS);
  });
});

// @vitest-environment happy-dom
/**
 * The finish-date histogram's words: what its bar series is called (a bar holds one day's runs, or
 * several days' when a wide spread groups them), and its date axis, which names the year where the
 * runs cross one, and its legend, which names the day(s) of the bar pointed at as the app writes
 * dates (uPlot's own x series read "Time: --").
 */
import { describe, expect, it } from 'vitest';
import type { uPlot } from '../../../../renderer/features/charts/UPlotChart';
import type { LocalDate, SimulationSummary } from '../../../../renderer/domain/model';
import { distributionChart, distributionChartLabel, runsSeriesLabel } from '../../../../renderer/features/risks/simulation-chart';

/** A summary whose histogram has bars starting on `days` (ISO dates), 10 runs each. */
function summaryOver(days: readonly string[]): SimulationSummary {
  const last = `${days.at(-1) ?? '2026-12-01'}T17:00`;
  return {
    ranAt: '2026-12-06T10:00:00.000Z', iterations: days.length * 10, seed: 1, plannedFinish: last as never, plannedFinishChance: 0.5,
    finish: { p50: last as never, p80: last as never, p90: last as never, mean: last as never }, target: null,
    histogramDays: days as LocalDate[], histogram: days.map(() => 10), milestones: [], criticality: {}, drivers: [],
  };
}

const seriesLabels = (s: SimulationSummary): (string | undefined)[] =>
  (distributionChart(s).options.series).map((series) => (typeof series.label === 'string' ? series.label : undefined));

describe('the histogram\'s bar series', () => {
  it('is named by what a bar holds: one day\'s runs, or the runs of the bar\'s days', () => {
    expect(runsSeriesLabel(1)).toBe('Runs finishing that day');
    expect(runsSeriesLabel(7)).toBe('Runs finishing in the bar\'s 7 days');
    expect(seriesLabels(summaryOver(['2026-12-14', '2026-12-15', '2026-12-16']))[1]).toBe('Runs finishing that day');
    expect(seriesLabels(summaryOver(['2026-12-14', '2026-12-19', '2026-12-24']))[1]).toBe('Runs finishing in the bar\'s 5 days');
  });

  it('gives the chart a name that says the same', () => {
    expect(distributionChartLabel(summaryOver(['2026-12-14', '2026-12-15']))).toBe('Finish date distribution: runs per day and cumulative share');
    expect(distributionChartLabel(summaryOver(['2026-12-14', '2026-12-19']))).toBe('Finish date distribution: runs per 5 days and cumulative share');
  });
});

/** The axis's labels at every bar's middle (the ticks it stands them at). */
function axisLabels(s: SimulationSummary): (string | number | null)[] {
  const { options, data } = distributionChart(s);
  const values = options.axes?.[0]?.values;
  if (typeof values !== 'function') throw new Error('the date axis writes its own labels');
  return values(null as unknown as uPlot, [...data[0]], 0, 0, 0);
}

describe('the histogram\'s date axis', () => {
  it('writes days alone within one year', () => {
    expect(axisLabels(summaryOver(['2026-12-14', '2026-12-15', '2026-12-16']))).toEqual(['Dec 14', 'Dec 15', 'Dec 16']);
  });

  it('writes the year under the first day and under the first of the new year where the runs cross one', () => {
    expect(axisLabels(summaryOver(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'])))
      .toEqual(['Dec 30\n2026', 'Dec 31', 'Jan 1\n2027', 'Jan 2']);
  });

  it('writes both years under a first bar of several days that a new year begins in, and the new one under a later such bar', () => {
    expect(axisLabels(summaryOver(['2026-12-28', '2027-01-04']))).toEqual(['Dec 28 – Jan 3\n2026 – 2027', 'Jan 4 – Jan 10']);
    expect(axisLabels(summaryOver(['2026-12-21', '2026-12-28', '2027-01-04'])))
      .toEqual(['Dec 21 – Dec 27\n2026', 'Dec 28 – Jan 3\n2027', 'Jan 4 – Jan 10']);
  });
});

/** What the legend writes for series `index` at bar `bar` (null: no bar pointed at). */
function legendValue(s: SimulationSummary, index: number, bar: number | null): string | number {
  const { options, data } = distributionChart(s);
  const value = options.series[index]?.value;
  if (typeof value !== 'function') throw new Error(`series ${String(index)} writes its own legend value`);
  const raw = bar === null ? null : (data[index]?.[bar] ?? null);
  // uPlot passes a null value while no bar is pointed at (with a null index); its types say number.
  return value(null as unknown as uPlot, raw as number, index, bar);
}

describe('the histogram\'s legend', () => {
  const daily = summaryOver(['2026-12-31', '2027-01-01', '2027-01-02']);
  const weekly = summaryOver(['2026-12-28', '2027-01-04']);

  it('names the pointed bar\'s day, or its first and last day, as every date in the app reads', () => {
    expect(seriesLabels(daily)[0]).toBe('Day');
    expect(legendValue(daily, 0, 1)).toBe('Fri, Jan 1, 27');
    expect(seriesLabels(weekly)[0]).toBe('Days');
    expect(legendValue(weekly, 0, 0)).toBe('Mon, Dec 28, 26 – Sun, Jan 3, 27');
    expect(legendValue(weekly, 1, 0)).toBe('10');
  });

  it('shows a dash, not uPlot\'s raw "--", while no bar is pointed at', () => {
    expect([0, 1, 2].map((series) => legendValue(daily, series, null))).toEqual(['–', '–', '–']);
  });
});

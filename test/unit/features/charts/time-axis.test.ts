/**
 * The charts' time axis writes dates as the app does: month names in the person's locale, the year
 * once where it changes, read as UTC so no day moves with the machine's zone (the end-to-end spec
 * cost-time-axis runs the app west of UTC, where a local reading puts midnight of 4 January on the
 * 3rd: test threads cannot change their zone). Steps are whole days, weeks,
 * months (whole multiples of uPlot's 30-day month) and years; the expected labels come from the
 * same Intl formats, so the test holds in any locale.
 */
import { describe, expect, it } from 'vitest';
import { monthTicks, TIME_AXIS_STEPS, timeAxisLabels, timeAxisTicks, widestTimeAxisLabels } from '../../../../renderer/features/charts/time-axis';

const DAY = 86_400;
const at = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 1000;
const short = (iso: string): string => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const month = (iso: string, withYear: boolean): string => new Intl.DateTimeFormat(undefined, { month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const year = (iso: string): string => new Intl.DateTimeFormat(undefined, { year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
/** uPlot's ticks for a step: every `stepDays` from the first. */
const every = (first: string, stepDays: number, count: number): number[] => Array.from({ length: count }, (_x, i) => at(first) + i * stepDays * DAY);

describe('timeAxisLabels', () => {
  it('names the days of a two-week plan, the year under the first only', () => {
    const ticks = every('2027-01-04', 2, 7);
    expect(timeAxisLabels(ticks, 2 * DAY)).toEqual([
      `${short('2027-01-04')}\n${year('2027-01-04')}`, short('2027-01-06'), short('2027-01-08'), short('2027-01-10'),
      short('2027-01-12'), short('2027-01-14'), short('2027-01-16'),
    ]);
  });

  it('writes the year again under the first tick in a new year', () => {
    const labels = timeAxisLabels(every('2026-12-14', 7, 4), 7 * DAY);
    expect(labels).toEqual([`${short('2026-12-14')}\n${year('2026-12-14')}`, short('2026-12-21'), short('2026-12-28'), `${short('2027-01-04')}\n${year('2027-01-04')}`]);
    // A month name, never uPlot's numeric "1/4".
    expect(labels.join(' ')).not.toMatch(/\d+\/\d+/);
    expect(labels[3]?.split('\n')[0]).toContain(month('2027-01-04', false));
  });

  it('names the months of a six-month plan by month, with the year on the first and on January', () => {
    const ticks = ['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01'].map(at);
    expect(timeAxisLabels(ticks, 30 * DAY)).toEqual([
      month('2026-10-01', true), month('2026-11-01', false), month('2026-12-01', false),
      month('2027-01-01', true), month('2027-02-01', false), month('2027-03-01', false),
    ]);
  });

  it('names the quarters of a three-year plan, each year once', () => {
    const quarters = ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01', '2028-01-01'];
    const labels = timeAxisLabels(quarters.map(at), 90 * DAY);
    expect(labels.filter((l) => l.includes(year('2026-01-01')))).toEqual([month('2026-01-01', true)]);
    expect(labels.filter((l) => l.includes(year('2027-01-01')))).toEqual([month('2027-01-01', true)]);
    expect(labels.filter((l) => l.includes(year('2028-01-01')))).toEqual([month('2028-01-01', true)]);
    expect(labels[1]).toBe(month('2026-04-01', false));
  });

  it('writes years alone for steps of a year or more', () => {
    expect(timeAxisLabels(['2026-01-01', '2027-01-01', '2028-01-01'].map(at), 365 * DAY)).toEqual([year('2026-01-01'), year('2027-01-01'), year('2028-01-01')]);
  });

  it('reads a tick at midnight UTC as that day, wherever the machine is', () => {
    expect(timeAxisLabels([at('2027-01-04')], DAY)[0]?.split('\n')[0]).toBe(short('2027-01-04'));
    expect(timeAxisLabels([at('2027-01-01')], 30 * DAY)).toEqual([month('2027-01-01', true)]);
  });
});

describe('TIME_AXIS_STEPS', () => {
  it('steps by whole days up to a fortnight, then whole months and whole years, ascending', () => {
    const days = TIME_AXIS_STEPS.map((s) => s / DAY);
    expect(days.slice(0, 4)).toEqual([1, 2, 7, 14]);
    expect(days.filter((d) => d >= 30 && d < 365).every((d) => d % 30 === 0)).toBe(true);
    expect(days.filter((d) => d >= 365).every((d) => d % 365 === 0)).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });
});

describe('widestTimeAxisLabels', () => {
  it('holds every month with its year and the 28th of every month', () => {
    const widest = widestTimeAxisLabels();
    expect(widest).toHaveLength(24);
    expect(widest).toContain(month('2026-09-01', true));
    expect(widest).toContain(short('2026-12-28'));
  });
});

describe('timeAxisTicks', () => {
  const days = (ticks: readonly number[]): string[] => ticks.map((t) => new Date(t * 1000).toISOString().slice(0, 10));

  it('puts days at midnight from the first after the start (a plan starting at 8:00)', () => {
    expect(days(timeAxisTicks(at('2027-01-04') + 8 * 3600, at('2027-01-09'), DAY))).toEqual(['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09']);
    expect(days(timeAxisTicks(at('2027-01-04'), at('2027-01-10'), 2 * DAY))).toEqual(['2027-01-04', '2027-01-06', '2027-01-08', '2027-01-10']);
  });

  it('puts weeks and fortnights on Mondays', () => {
    // Mon 2 November 2026 at 8:00: the first Monday at midnight after it is the 9th.
    expect(days(timeAxisTicks(at('2026-11-02') + 8 * 3600, at('2026-12-01'), 7 * DAY))).toEqual(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(days(timeAxisTicks(at('2026-11-04'), at('2026-12-01'), 14 * DAY))).toEqual(['2026-11-09', '2026-11-23']);
    expect(days(timeAxisTicks(at('2026-11-02'), at('2026-11-10'), 7 * DAY))).toEqual(['2026-11-02', '2026-11-09']);
  });

  it('puts months on the 1st, and quarters and half-years on the months that divide the year', () => {
    expect(days(timeAxisTicks(at('2026-11-02'), at('2027-03-01'), 30 * DAY))).toEqual(['2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01']);
    expect(days(timeAxisTicks(at('2026-11-01'), at('2027-02-01'), 30 * DAY))).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    expect(days(timeAxisTicks(at('2026-11-02'), at('2028-01-01'), 90 * DAY))).toEqual(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01', '2028-01-01']);
    expect(days(timeAxisTicks(at('2026-11-02'), at('2029-06-01'), 180 * DAY))).toEqual(['2027-01-01', '2027-07-01', '2028-01-01', '2028-07-01', '2029-01-01']);
  });

  it('puts years on 1 January of years the step divides', () => {
    expect(days(timeAxisTicks(at('2026-11-02'), at('2029-06-01'), 365 * DAY))).toEqual(['2027-01-01', '2028-01-01', '2029-01-01']);
    expect(days(timeAxisTicks(at('2026-11-02'), at('2031-06-01'), 2 * 365 * DAY))).toEqual(['2028-01-01', '2030-01-01']);
  });
});

describe('monthTicks', () => {
  /** The middle of each month from November 2026, as the cash flow's bars stand. */
  const months = Array.from({ length: 30 }, (_x, i) => Date.UTC(2026, 10 + i, 15) / 1000);
  const named = (ticks: readonly number[]): string[] => ticks.map((t) => new Date(t * 1000).toISOString().slice(0, 7));

  it('takes every month for a month step, and the months a longer step divides from January', () => {
    expect(monthTicks(months, 30 * DAY)).toEqual(months);
    expect(named(monthTicks(months, 90 * DAY))).toEqual(['2027-01', '2027-04', '2027-07', '2027-10', '2028-01', '2028-04', '2028-07', '2028-10', '2029-01', '2029-04']);
    expect(named(monthTicks(months, 180 * DAY))).toEqual(['2027-01', '2027-07', '2028-01', '2028-07', '2029-01']);
    expect(named(monthTicks(months, 365 * DAY))).toEqual(['2027-01', '2028-01', '2029-01']);
  });

  it('keeps the first month where the step takes none of them', () => {
    expect(named(monthTicks(months.slice(0, 2), 90 * DAY))).toEqual(['2026-11']);
  });
});

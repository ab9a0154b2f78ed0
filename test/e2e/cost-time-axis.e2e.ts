/**
 * The Cost view's charts write their time axis as the app writes dates: month names, the year once
 * where it changes, no label over another. From an EMPTY project made by keyboard, starting Monday
 * 2 November 2026 (in Los Angeles, where a day read in the machine's zone would be the 1st), three
 * tasks side by side with fixed costs typed in the Cost table; the plan runs into 2027. The axis is
 * canvas text, read as it was painted (canvas-text.ts): the S-curve wrote "11/3\n2026" and on in
 * numbers. Lengthened to three years, the S-curve steps by months, and the cash flow, which wrote
 * all 38 months under their bars over one another, labels as many as fit (quarters at 1024 px).
 * After a reload the axis reads the same.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { watchDrawnText, type DrawnText } from './pages/canvas-text';
import { CostsPage } from './pages/costs-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ timezoneId: 'America/Los_Angeles' });
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

/** The browser's short month names, January first. */
const monthNames = (): Promise<string[]> => page.evaluate(() => Array.from({ length: 12 }, (_m, i) => new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, i, 15)))));

/**
 * What a person expects under the short plan's weeks (Mondays from the 9th, the start being
 * Monday 2 November at 8:00) or months (from 1 December): dates in the browser's locale, the year
 * under the first and under the first of 2027. A day read in Los Angeles's zone would be a Sunday.
 */
const expectedShortPlanAxes = (): Promise<string[][]> => page.evaluate(() => {
  const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const every = (first: number, stepDays: number): string[] => Array.from({ length: 100 }, (_x, i) => {
    const d = new Date(Date.UTC(2026, 10, first + i * stepDays));
    const prev = new Date(Date.UTC(2026, 10, first + (i - 1) * stepDays));
    return i === 0 || d.getUTCFullYear() !== prev.getUTCFullYear() ? `${day.format(d)}\n${String(d.getUTCFullYear())}` : day.format(d);
  });
  const months = Array.from({ length: 4 }, (_x, i) => new Date(Date.UTC(2026, 11 + i, 1)))
    .map((d, i) => (i === 0 || d.getUTCMonth() === 0 ? monthYear : month).format(d));
  return [every(3, 1), every(3, 2), every(9, 7), every(9, 14), months];
});

/** The least space between two labels' letters, in CSS px, for them to read apart. */
const LABEL_GAP_PX = 4;

/**
 * Checks the axis as a person reads it: month names, never "1/4"; a year on the first label and
 * wherever the months start again (a new year), on no other, one year after another; every
 * label inside the chart, clear of the next.
 */
async function expectDatesAsTheAppWrites(labels: readonly DrawnText[]): Promise<string[]> {
  const months = await monthNames();
  const texts = labels.map((l) => l.text);
  const shown = texts.join(' | ');
  expect(labels.length, shown).toBeGreaterThan(2);
  let previousMonth = -1;
  texts.forEach((text, i) => {
    expect(text, 'no numeric date such as 1/4').not.toMatch(/\d+\/\d+/);
    const first = text.split('\n')[0] ?? '';
    const monthIndex = months.findIndex((m) => first.includes(m));
    expect(monthIndex >= 0 || /^\d{4}$/.test(first), `"${text}" names a month: ${shown}`).toBe(true);
    const isNewYear = i === 0 || monthIndex === -1 || monthIndex < previousMonth;
    expect(/\b20\d\d\b/.test(text), `"${text}" has its year only where a year begins: ${shown}`).toBe(isNewYear);
    previousMonth = monthIndex;
  });
  const years = texts.flatMap((t) => t.match(/\b20\d\d\b/g) ?? []).map(Number);
  years.forEach((year, i) => { if (i > 0) expect(year, shown).toBe((years[i - 1] ?? 0) + 1); });
  const width = (await costs.canvasSize()).width;
  labels.forEach((label, i) => {
    expect(label.left, `"${label.text}" inside the chart`).toBeGreaterThanOrEqual(0);
    expect(label.right, `"${label.text}" inside the chart`).toBeLessThanOrEqual(width);
    const next = labels[i + 1];
    if (next) expect(next.left - label.right, `"${label.text}" clear of "${next.text}": ${shown}`).toBeGreaterThanOrEqual(LABEL_GAP_PX);
  });
  return years.map(String);
}

/** Sets the window's size and waits until the chart has drawn at the new width. */
async function resizeTo(width: number, height: number): Promise<void> {
  const before = (await costs.canvasSize()).width;
  await page.setViewportSize({ width, height });
  await expect.poll(async () => (await costs.canvasSize()).width).not.toBe(before);
  await expect.poll(async () => (await costs.timeAxisLabels()).length).toBeGreaterThan(0);
}

describe('the cost charts\' time axis', () => {
  it('names months and writes each year once, with no label over another at 1024 px', async () => {
    await watchDrawnText(page);
    await newProjectStarting(page, 'Depot refit', '2026-11-02');
    await app.typeTasks([['Survey', '10d'], ['Build', '60d'], ['Fit-out', '20d']]);
    await app.openView('Costs');
    await costs.setStatusDate('2026-12-15');
    await costs.typeAmount('Fixed cost of Survey', '5,000');
    await costs.typeAmount('Fixed cost of Build', '40,000');
    await costs.typeAmount('Fixed cost of Fit-out', '8,000');
    await costs.showChart('S-curve');
    await expect.poll(async () => (await costs.timeAxisLabels()).length).toBeGreaterThan(2);

    // A quarter of a year by the week or month, as a person in Los Angeles reads it.
    const expected = await expectedShortPlanAxes();
    const sCurveAt = async (width: number, height: number): Promise<void> => {
      await resizeTo(width, height);
      const labels = await costs.timeAxisLabels();
      const texts = labels.map((l) => l.text);
      expect(expected.some((axis) => axis.slice(0, texts.length).join('|') === texts.join('|')), `days, Mondays or months: ${texts.join(' | ')}`).toBe(true);
      expect(await expectDatesAsTheAppWrites(labels)).toEqual(['2026', '2027']);
    };
    await sCurveAt(1024, 768);
    await sCurveAt(1440, 900);
    await screenshotsAtBothSizes(page, 'cost-time-axis-s-curve');

    // Three years: the S-curve steps by months; the cash flow's monthly bars label only as many months as fit.
    await app.openView('Tasks');
    await app.editCell('Build', 'duration', '780d');
    await app.openView('Costs');
    await costs.showChart('S-curve');
    const long = async (width: number, height: number): Promise<void> => {
      await resizeTo(width, height);
      const years = await expectDatesAsTheAppWrites(await costs.timeAxisLabels());
      expect(years.at(-1), 'the axis runs to 2029').toBe('2029');
    };
    await long(1024, 768);
    await long(1440, 900);
    await screenshotsAtBothSizes(page, 'cost-time-axis-s-curve-3-years');
    await costs.showChart('Cash flow by phase');
    await long(1024, 768);
    await long(1440, 900);
    await screenshotsAtBothSizes(page, 'cost-time-axis-cash-flow-3-years');

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Costs');
    await costs.showChart('S-curve');
    await expect.poll(async () => (await costs.timeAxisLabels()).length).toBeGreaterThan(2);
    await resizeTo(1024, 768);
    expect((await expectDatesAsTheAppWrites(await costs.timeAxisLabels())).at(-1)).toBe('2029');
  }, 180_000);
});

/**
 * The finish-date histogram reads by day: each bar counts the runs finishing on one day, and that
 * day's label ("Dec 15") is written under that bar, with the P50/P80/P90 lines inside their own
 * day's bar. Before, the labels stood at the time axis's midnight ticks, between two bars, half
 * a day off either. A bar of several days (a wide spread) is named for them in the legend, not as
 * "that day". From an EMPTY project built by keyboard: three 5-day tasks in a chain,
 * estimated 4 / 5 / 8 days each, simulated with a seed. The chart is a canvas, so the test reads
 * where the bars, labels and markers were drawn from the chart's own record of them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { ScheduleRiskPage } from './pages/schedule-risk-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let risk: ScheduleRiskPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  risk = new ScheduleRiskPage(app);
});

const TASKS = ['Design', 'Build', 'Ship'] as const;

interface Bar { readonly day: string; readonly left: number; readonly right: number }
interface Label { readonly text: string; readonly x: number }
interface Mark { readonly label: string; readonly day: string; readonly x: number }

/** A day as the chart's axis writes it ("Dec 15"), in the browser's own locale. */
async function dayText(day: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), day);
}

async function drawn<T>(name: 'dayBars' | 'dayLabels' | 'marks'): Promise<T[]> {
  const attribute = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return JSON.parse((await page.locator('.simulation-results .uplot').getAttribute(attribute)) ?? '[]') as T[];
}

/** The bar drawn across x, if any. */
const barAt = (bars: readonly Bar[], x: number): Bar | undefined => bars.find((b) => x >= b.left && x <= b.right);

const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The days each bar counts: one, or as many as lie between two bars' first days. */
const daysPerBar = (bars: readonly Bar[]): number => (bars.length < 2 ? 1 : Math.round((Date.parse(bars[1]?.day ?? '') - Date.parse(bars[0]?.day ?? '')) / 86_400_000));

/**
 * What the axis writes under each labelled bar, in order: its day ("Dec 15"), or its first and last
 * day ("Dec 15 – Dec 21"); when the runs cross a year, with the years its dates bring on a line
 * under it, from the first label on ("Dec 28 – Jan 3\n2027").
 */
async function barTexts(labelled: readonly Bar[], days: number, crossesYear: boolean): Promise<string[]> {
  let year = '';
  const texts: string[] = [];
  for (const bar of labelled) {
    const last = addDays(bar.day, days - 1);
    const text = days === 1 ? await dayText(bar.day) : `${await dayText(bar.day)} – ${await dayText(last)}`;
    const years = [...new Set([bar.day.slice(0, 4), last.slice(0, 4)])].filter((y) => y !== year);
    year = last.slice(0, 4);
    texts.push(crossesYear && years.length > 0 ? `${text}\n${years.join(' – ')}` : text);
  }
  return texts;
}

/** Every label stands under the bar of the days it names, and every P-line inside the bar counting its day. */
async function expectLabelsUnderTheirBars(): Promise<void> {
  const bars = await drawn<Bar>('dayBars');
  const labels = await drawn<Label>('dayLabels');
  expect(bars.length).toBeGreaterThan(3);
  expect(labels.length).toBeGreaterThan(1);
  const days = daysPerBar(bars);
  const width = (await page.locator('.simulation-results .uplot canvas').boundingBox())?.width ?? 0;
  const labelled: Bar[] = [];
  for (const label of labels) {
    const bar = barAt(bars, label.x);
    expect(bar, `the label '${label.text}' at x = ${String(label.x)} stands under no bar`).toBeDefined();
    if (bar) labelled.push(bar);
    expect(label.x).toBeGreaterThan(0);
    expect(label.x).toBeLessThan(width);
  }
  const crossesYear = (bars[0]?.day ?? '').slice(0, 4) !== addDays(bars.at(-1)?.day ?? '', days - 1).slice(0, 4);
  expect(labels.map((l) => l.text), 'each label names the days of the bar it stands under').toEqual(await barTexts(labelled, days, crossesYear));
  for (const mark of (await drawn<Mark>('marks')).filter((m) => m.label !== 'Plan')) {
    const bar = barAt(bars, mark.x);
    expect(bar, `${mark.label} (${mark.day}) is drawn inside a bar`).toBeDefined();
    expect(bar && mark.day >= bar.day && mark.day < addDays(bar.day, days), `${mark.label} (${mark.day}) is inside the bar of ${bar?.day ?? ''}`).toBe(true);
  }
}

/** What expectLabelsUnderTheirBars finds wrong, or '' when all is in place: to poll while a resized or re-themed chart is drawn anew. */
async function whatIsMisplaced(): Promise<string> {
  try {
    await expectLabelsUnderTheirBars();
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('the finish-date histogram', () => {
  it('writes each day\'s date under that day\'s bar, with the P-lines inside their days\' bars', async () => {
    await app.newEmptyProject('Day labels');
    await app.typeTasks(TASKS.map((name) => [name, '5d'] as const));
    await app.editCell('Build', 'predecessors', '1');
    await app.editCell('Ship', 'predecessors', '2');
    await expect.poll(() => app.cell('Ship', 'predecessors').textContent()).toBe('2');

    await risk.open();
    for (const task of TASKS) await risk.estimate(task, [['Optimistic', '4'], ['Most likely', '5'], ['Pessimistic', '8']]);
    await expect.poll(() => page.getByRole('table', { name: 'Estimates' }).getByRole('row', { name: /Ship/ }).innerText()).toContain('5.67');
    const settings = page.getByRole('form', { name: 'Simulation settings' });
    await settings.getByLabel('Seed', { exact: true }).fill('7');
    await settings.getByRole('button', { name: 'Run simulation' }).click();
    const p50 = page.getByLabel('P50 finish', { exact: true });
    await expect.poll(() => p50.getAttribute('title'), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}-\d{2} /);
    await expect.poll(async () => (await drawn<Bar>('dayBars')).length).toBeGreaterThan(3);

    // The P50's day, by name: its label's centre lies within its bar, and so does its P50 line.
    const p50Day = (await p50.getAttribute('title') ?? '').slice(0, 10);
    const p50Text = await dayText(p50Day);
    // With a year under it when it is the first label or the first of a new year.
    const label = (await drawn<Label>('dayLabels')).find((l) => l.text.split('\n')[0] === p50Text);
    expect(label, `'${p50Text}' is written on the axis`).toBeDefined();
    const bar = (await drawn<Bar>('dayBars')).find((b) => b.day === p50Day);
    expect(bar).toBeDefined();
    expect(label?.x).toBeGreaterThanOrEqual(bar?.left ?? Infinity);
    expect(label?.x).toBeLessThanOrEqual(bar?.right ?? -Infinity);
    await expectLabelsUnderTheirBars();
    expect(await page.locator('.simulation-results .u-legend').innerText()).toContain('Runs finishing that day');

    await screenshotsAtBothSizes(page, 'risk-chart-day-labels', async () => {
      await page.locator('.simulation-results .uplot-host').scrollIntoViewIfNeeded();
      await expect.poll(whatIsMisplaced).toBe('');
    });
    // Back at 1440×900 light, the chart drawn anew.
    await expect.poll(whatIsMisplaced).toBe('');
  }, 120_000);

  it('writes a bar\'s first and last day under it when a wide spread groups several days a bar', async () => {
    await app.newEmptyProject('Wide spread');
    await app.typeTasks([['Migrate', '5d']]);
    await risk.open();
    // 5 to 200 working days: some 270 calendar days, more than the 60 bars the chart draws.
    await risk.estimate('Migrate', [['Optimistic', '5'], ['Most likely', '20'], ['Pessimistic', '200']]);
    await expect.poll(() => page.getByRole('table', { name: 'Estimates' }).getByRole('row', { name: /Migrate/ }).innerText()).toContain('75');
    const settings = page.getByRole('form', { name: 'Simulation settings' });
    // Seed 1 puts the P90 on a day at the edge of the days its bar counts: a bar 60 % as wide as its days left that line in the gap beside it.
    await settings.getByLabel('Seed', { exact: true }).fill('1');
    await settings.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(async () => daysPerBar(await drawn<Bar>('dayBars')), { timeout: 30_000 }).toBeGreaterThan(1);
    await expect.poll(whatIsMisplaced).toBe('');
    // The legend names what such a bar holds: not one day's runs.
    const days = daysPerBar(await drawn<Bar>('dayBars'));
    const legend = await page.locator('.simulation-results .u-legend').innerText();
    expect(legend).toContain(`Runs finishing in the bar's ${String(days)} days`);
    expect(legend).not.toContain('that day');
    expect(await page.getByRole('img', { name: `Finish date distribution: runs per ${String(days)} days and cumulative share` }).count()).toBe(1);
    // Pointing at the first bar, the legend names its first and last day as the app writes dates.
    const first = (await drawn<Bar>('dayBars'))[0];
    const canvas = await page.locator('.simulation-results .uplot canvas').boundingBox();
    if (!first || !canvas) throw new Error('no bar drawn');
    await page.mouse.move(canvas.x + (first.left + first.right) / 2, canvas.y + canvas.height / 2);
    const dates = await page.evaluate(([a, b]) => [a, b].map((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
      .format(new Date(`${d}T00:00:00Z`))), [first.day, addDays(first.day, days - 1)] as const);
    const firstBarDates = `${dates[0] ?? ''} – ${dates[1] ?? ''}`;
    await expect.poll(() => page.locator('.simulation-results .u-legend').innerText()).toContain(firstBarDates);
    await screenshotsAtBothSizes(page, 'risk-chart-week-labels', async () => {
      await page.locator('.simulation-results .uplot-host').scrollIntoViewIfNeeded();
      await expect.poll(whatIsMisplaced).toBe('');
      // The legend as a person pointing at the first bar reads it, at this size.
      const bar = (await drawn<Bar>('dayBars'))[0];
      const box = await page.locator('.simulation-results .uplot canvas').boundingBox();
      if (bar && box) await page.mouse.move(box.x + (bar.left + bar.right) / 2, box.y + box.height / 2);
      await expect.poll(() => page.locator('.simulation-results .u-legend').innerText()).toContain(firstBarDates);
    });
    await page.mouse.move(0, 0);
  }, 120_000);
});

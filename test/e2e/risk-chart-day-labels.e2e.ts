/**
 * The finish-date histogram reads by day: each bar counts the runs finishing on one day, and that
 * day's label ("Dec 15") is written under that bar, with the P50/P80/P90 lines inside their own
 * day's bar. Before, the labels stood at the time axis's midnight ticks, between two bars, half
 * a day off either. From an EMPTY project built by keyboard: three 5-day tasks in a chain,
 * estimated 4 / 5 / 8 days each, simulated with a seed. The chart is a canvas, so the test reads
 * where the bars, labels and markers were drawn from the chart's own record of them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

const TASKS = ['Design', 'Build', 'Ship'] as const;

interface Bar { readonly day: string; readonly left: number; readonly right: number }
interface Label { readonly text: string; readonly x: number }
interface Mark { readonly label: string; readonly day: string; readonly x: number }

/** Types a task's estimate points by keyboard, each committed with Enter. */
async function estimate(task: string, points: readonly (readonly ['Optimistic' | 'Most likely' | 'Pessimistic', string])[]): Promise<void> {
  for (const [point, days] of points) {
    await page.getByLabel(`${point} days for ${task}`, { exact: true }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(days);
    await page.keyboard.press('Enter');
  }
}

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

/** Every day label stands under its own day's bar, and every P-line inside its day's bar. */
async function expectLabelsUnderTheirBars(): Promise<void> {
  const bars = await drawn<Bar>('dayBars');
  const labels = await drawn<Label>('dayLabels');
  expect(bars.length).toBeGreaterThan(3);
  expect(labels.length).toBeGreaterThan(1);
  const width = (await page.locator('.simulation-results .uplot canvas').boundingBox())?.width ?? 0;
  for (const label of labels) {
    const bar = barAt(bars, label.x);
    expect(bar, `the label '${label.text}' at x = ${String(label.x)} stands under no bar`).toBeDefined();
    expect(label.text, `the label at x = ${String(label.x)} is under ${bar?.day ?? ''}'s bar`).toBe(await dayText(bar?.day ?? ''));
    expect(label.x).toBeGreaterThan(0);
    expect(label.x).toBeLessThan(width);
  }
  for (const mark of (await drawn<Mark>('marks')).filter((m) => m.label !== 'Plan')) {
    expect(barAt(bars, mark.x)?.day, `${mark.label} (${mark.day}) is drawn inside its day's bar`).toBe(mark.day);
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

    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Schedule risk' }).click();
    for (const task of TASKS) await estimate(task, [['Optimistic', '4'], ['Most likely', '5'], ['Pessimistic', '8']]);
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
    const label = (await drawn<Label>('dayLabels')).find((l) => l.text === p50Text);
    expect(label, `'${p50Text}' is written on the axis`).toBeDefined();
    const bar = (await drawn<Bar>('dayBars')).find((b) => b.day === p50Day);
    expect(bar).toBeDefined();
    expect(label?.x).toBeGreaterThanOrEqual(bar?.left ?? Infinity);
    expect(label?.x).toBeLessThanOrEqual(bar?.right ?? -Infinity);
    await expectLabelsUnderTheirBars();

    await screenshotsAtBothSizes(page, 'risk-chart-day-labels', async () => {
      await page.locator('.simulation-results .uplot-host').scrollIntoViewIfNeeded();
      await expect.poll(whatIsMisplaced).toBe('');
    });
    // Back at 1440×900 light, the chart drawn anew.
    await expect.poll(whatIsMisplaced).toBe('');
  }, 120_000);
});

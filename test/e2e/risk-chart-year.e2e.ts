/**
 * The finish-date histogram's axis names the year where the runs cross one: a project starting
 * Monday 14 December 2026 with three 5-day tasks in a chain finishes around New Year, and "Jan 2"
 * alone could be any January. From an EMPTY project made by keyboard (its start typed in the New
 * project dialog), estimated 4 / 5 / 8 days each and simulated with a seed; the chart is a canvas,
 * so the test reads the labels it wrote from the chart's own record of them, after a reload too.
 * Pointing at a bar, the legend names its day as every date in the app reads ("Fri, Jan 1, 27"),
 * where it said "Time: --".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { ScheduleRiskPage } from './pages/schedule-risk-page';
import { SettingsPage } from './pages/settings-page';

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

/** The axis's labels as the chart wrote them, left to right. */
async function axisLabels(): Promise<string[]> {
  const labels = JSON.parse((await page.locator('.simulation-results .uplot').getAttribute('data-day-labels')) ?? '[]') as { text: string }[];
  return labels.map((l) => l.text);
}

/** A day as the app writes dates ("Fri, Jan 1, 27"), in the browser's own locale. */
async function appDate(day: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${d}T00:00:00Z`)), day);
}

const legend = () => page.locator('.simulation-results .u-legend');

/** Points the mouse at the middle of the bar counting `day`, as a person reading the chart does. */
async function pointAtBar(day: string): Promise<void> {
  const bars = JSON.parse((await page.locator('.simulation-results .uplot').getAttribute('data-day-bars')) ?? '[]') as { day: string; left: number; right: number }[];
  const bar = bars.find((b) => b.day === day);
  const canvas = await page.locator('.simulation-results .uplot canvas').boundingBox();
  if (!bar || !canvas) throw new Error(`no bar for ${day}`);
  await page.mouse.move(canvas.x + (bar.left + bar.right) / 2, canvas.y + canvas.height / 2);
}

describe('the finish-date histogram across New Year', () => {
  it('writes the year under the first date and under the first date of the new year', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await new SettingsPage(page).answerNewProject({ name: 'Year end', start: '2026-12-14' });
    await expect.poll(() => app.title.textContent()).toBe('Year end');
    await app.openView('Tasks');
    await app.typeTasks(TASKS.map((name) => [name, '5d'] as const));
    await app.editCell('Build', 'predecessors', '1');
    await app.editCell('Ship', 'predecessors', '2');
    await expect.poll(() => app.cell('Ship', 'predecessors').textContent()).toBe('2');

    await risk.open();
    for (const task of TASKS) await risk.estimate(task, [['Optimistic', '4'], ['Most likely', '5'], ['Pessimistic', '8']]);
    await expect.poll(() => risk.estimates.getByRole('row', { name: /Ship/ }).innerText()).toContain('5.67');
    await risk.settings.getByLabel('Seed', { exact: true }).fill('7');
    await risk.run();
    await expect.poll(async () => (await axisLabels()).length, { timeout: 30_000 }).toBeGreaterThan(3);

    const expectYears = async (): Promise<void> => {
      const labels = await axisLabels();
      const firstJanuary = labels.findIndex((l) => l.startsWith('Jan'));
      expect(labels[0], 'the first date has its year under it').toMatch(/^Dec \d+\n2026$/);
      expect(firstJanuary, `a January day is labelled: ${labels.join(' | ')}`).toBeGreaterThan(0);
      expect(labels[firstJanuary]).toMatch(/^Jan \d+\n2027$/);
      // Every other label is the day alone.
      expect(labels.filter((l) => l.includes('\n'))).toEqual([labels[0], labels[firstJanuary]]);
    };
    await expectYears();

    // The legend: no raw "--" from the chart library; pointing at New Year's Day's bar names it.
    expect(await legend().innerText()).not.toMatch(/Time|--/);
    await pointAtBar('2027-01-01');
    const newYear = await appDate('2027-01-01');
    await expect.poll(() => legend().innerText()).toMatch(new RegExp(`Day:?\\s*${newYear}`));
    await app.waitSaved();
    await screenshotsAtBothSizes(page, 'risk-chart-year', async () => {
      await page.locator('.simulation-results .uplot-host').scrollIntoViewIfNeeded();
      await pointAtBar('2027-01-01');
      await expect.poll(() => legend().innerText()).toContain(newYear);
    });
    await page.mouse.move(0, 0);

    await handle.reload();
    await risk.open();
    await expect.poll(async () => (await axisLabels()).length, { timeout: 15_000 }).toBeGreaterThan(3);
    await expectYears();
  }, 120_000);
});

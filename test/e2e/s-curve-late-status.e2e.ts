/**
 * The S-curve with the status date months after the plan's finish, from an EMPTY project typed by
 * keyboard: two tasks priced by one person's rate, a baseline, both done, the status date typed in
 * the Cost view. The chart ends at the finish, where its axis ran on to the status date (nine
 * months of flat lines after three days of plan), and a note under it says the status date is after
 * the plan finishes. A status date six days after the finish is still drawn on the chart.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { newProjectStarting, staff } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

/** The app's date form for an ISO day in the browser's locale ("Thu, Sep 30, 27" in en-US). */
const shown = (iso: string): Promise<string> => page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), iso);

describe('the S-curve with the status date after the plan finishes', () => {
  it('ends at the finish with a note, not at a status date months later', async () => {
    await newProjectStarting(page, 'Done early', '2027-01-04');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    // Design 16 h and Build 24 h of Ana at 100/h: 4,000, side by side from Mon 4 January, Build finishing Wed 6.
    await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
    await expect.poll(() => app.cell('Build', 'assignees').textContent()).toBe('Ana');
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.toolbar.getByRole('button', { name: /^(More|Save baseline)$/ }).first().waitFor();
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(2);
    await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
    await app.openView('Tasks');
    await app.editCell('Design', 'percent', '100');
    await app.editCell('Build', 'percent', '100');

    await app.openView('Costs');
    await costs.typeStatusDate('2027-09-30', 'Enter');
    await costs.showChart('S-curve');
    const plot = costs.chart.locator('.uplot');
    const note = costs.chart.getByRole('note').filter({ hasText: 'is after the plan finishes' });
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.innerText()).toBe(`The status date, ${await shown('2027-09-30')}, is after the plan finishes on ${await shown('2027-01-06')}: the chart ends at the finish.`);
    // The axis ends on the finish's day, not at the status date; the status line is off the chart.
    await expect.poll(async () => ((await plot.getAttribute('data-axis-to')) ?? '').slice(0, 10)).toBe('2027-01-06');
    expect(await plot.getAttribute('data-status-x')).toBe('');
    const atEnd = await costs.valuesAtEnd();
    expect(atEnd['Planned value (PV)']).toMatch(/^\$4,?000(\.00)?$/);
    expect(atEnd['Earned value (EV)']).toMatch(/^\$4,?000(\.00)?$/);
    await screenshotsAtBothSizes(page, 'cost-s-curve-status-after-finish', async () => {
      await expect.poll(() => costs.legendFits()).toBe(true);
    });

    // Six days after the finish: near enough to be drawn, the axis running on to it, no note.
    await costs.typeStatusDate('2027-01-12', 'Enter');
    await expect.poll(() => note.count()).toBe(0);
    await expect.poll(async () => ((await plot.getAttribute('data-axis-to')) ?? '').slice(0, 10)).toBe('2027-01-13');
    expect(await plot.getAttribute('data-status-x')).not.toBe('');
  }, 120_000);
});

/**
 * Why the Costs summary's Actual cost (AC) and the Cost table's Actual column can differ. From an
 * EMPTY project typed by keyboard: a task a third done with $900 of actual cost recorded on it, and
 * a status date before its work. The summary's AC is what was spent by the end of the status date
 * ($0, as ACWP is), the row's Actual is the cost recorded on the task (MS Project's Actual Cost,
 * $900), and a note under the figures says so and what is left to spend after the status date (ETC,
 * the $900, beside Remaining's $0: the cost less the actual recorded, as the row's Remaining is);
 * with the status date after the work both read $900 and the note is gone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

describe('actual cost recorded after the status date', () => {
  it('says why the summary\'s Actual cost (AC) is less than the Actual column', async () => {
    await newProjectStarting(page, 'Billing revamp', '2027-01-04');
    await app.typeTasks([['Design', '5d'], ['Build', '10d']]);
    await app.editCell('Build', 'percent', '30');
    await app.openView('Costs');
    await costs.setStatusDate('2026-12-31');
    const actual = costs.table.getByLabel('Actual cost of Build', { exact: true });
    await actual.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('900');
    await page.keyboard.press('Enter');
    await expect.poll(async () => actual.inputValue().then((v) => v.replace(/\s/g, ''))).toMatch(/^\$?900(\.00)?$/);

    await expect.poll(() => costs.figure('Actual cost (AC)')).toBe('$0');
    const note = page.locator('.cost-view').getByRole('note').filter({ hasText: 'Actual cost (AC)' });
    await expect.poll(async () => (await note.innerText()).replace(/\s+/g, ' '))
      .toMatch(/^Actual cost \(AC\) is what was spent by the end of the status date \(.*31.*\): \$0 of the \$900 in the Actual column\. The other \$900 is recorded for work after that date: with the \$0 Remaining, \$900 is left to spend after the status date \(ETC\)\.$/);
    // Remaining is the cost less the actual recorded, as the row's Remaining is: nothing on a task costing only what was recorded.
    expect(await costs.figure('Remaining')).toBe('$0');
    expect(await costs.cellText('Build', 'Remaining')).toBe('$0');
    expect(await costs.table.getByRole('columnheader', { name: 'Actual', exact: true }).getAttribute('title')).toMatch(/MS Project's Actual Cost/);
    await screenshotsAtBothSizes(page, 'cost-actual-after-status');

    // With the status date after the work, all of it was spent by then: one figure, nothing to explain.
    await costs.setStatusDate('2027-01-29');
    await expect.poll(() => costs.figure('Actual cost (AC)')).toBe('$900');
    expect(await note.count()).toBe(0);
  });
});

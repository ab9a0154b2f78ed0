/**
 * The status-date line in the Gantt and on the S-curve, from an EMPTY project typed by keyboard:
 * Design (Mon 4 - Tue 5 Jan 2027, done) then Build (Wed 6 - Fri 8), Ana at 100/h on both, the
 * status date Tue 5 Jan set in Project settings. A status date is "as of the end of that day" (the
 * scheduler resumes remaining work the day after, MS Project reads it so): both lines stand
 * between Design's finish and Build's start, not at the start of Tuesday inside Design's bar.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { SettingsPage } from './pages/settings-page';
import { staff, typeChain } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;
let gantt: GanttPage;
let settings: SettingsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  gantt = new GanttPage(page);
  settings = new SettingsPage(page);
});

describe('the status-date line', () => {
  it('stands at the end of the status day in the Gantt and on the S-curve', async () => {
    await typeChain(page, 'Status lines', '2027-01-04', [['Design', '2d'], ['Build', '3d']]);
    await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
    await expect.poll(() => app.cell('Build', 'assignees').textContent()).toBe('Ana');
    // Design done as planned: Build, not started, stays on Wed 6 Jan after the status date.
    await app.editCell('Design', 'percent', '100');
    await settings.openSettingsByKeyboard();
    await settings.fill('Status date', '2027-01-05');
    await settings.saveSettings();

    // Gantt: after the last of Design's work (Tue 17:00) and before Build's first (Wed 08:00).
    await app.openView('Gantt');
    const design = await (await gantt.bar('Design')).boundingBox();
    const build = await (await gantt.bar('Build')).boundingBox();
    const line = await gantt.chart.locator('.gl-status-line').boundingBox();
    if (!design || !build || !line) throw new Error('bars or status line not drawn');
    const lineX = line.x + line.width / 2;
    expect(lineX, 'status line right of Design\'s finish').toBeGreaterThan(design.x + design.width);
    expect(lineX, 'status line left of Build\'s start').toBeLessThan(build.x);
    await screenshotsAtBothSizes(page, 'gantt-status-line-end-of-day');

    // S-curve: the line marks the status instant, the point the legend reads when the pointer is on it.
    await app.openView('Costs');
    await costs.showChart('S-curve');
    await expect.poll(() => costs.chart.locator('.uplot').getAttribute('data-status-x')).toMatch(/\d/);
    // Midnight as Wednesday begins (the end of Tuesday), where Design's 16 h at 100/h are spent.
    // The legend writes a point at midnight as its day alone, and any other point with its time of day.
    await expect.poll(async () => (await costs.valuesAtStatusLine())['Day']).toBe('Wed, Jan 6, 27');
    expect((await costs.valuesAtStatusLine())['Actual cost (AC)']).toMatch(/^\$1,?600(\.00)?$/);
    await screenshotsAtBothSizes(page, 's-curve-status-line-end-of-day');
  }, 120_000);
});

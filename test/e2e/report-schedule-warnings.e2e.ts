/**
 * A status report says what the schedule warns about: a new project typed by keyboard, Design
 * (5 d) and Docs (2 d) both from Mon 4 Jan 2027 with Ana Lopez on both, so she is booked twice
 * over on Docs' 2 days. Before, the report was Green on every line and said nothing of it.
 * Executives read who is over-allocated; the team report adds what to do (level resources).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { ReportsPage } from './pages/reports-page';
import { newProjectStarting, staff } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let reports: ReportsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  reports = new ReportsPage(page);
});

describe('schedule warnings in the status report', () => {
  it('names the over-allocated person for executives and the team, through a reload', async () => {
    await newProjectStarting(page, 'Overbooked', '2027-01-04');
    await app.typeTasks([['Design', '5d'], ['Docs', '2d']]);
    await staff(page, 'Ana Lopez', 0, ['Design', 'Docs']);

    await reports.open();
    await reports.setStatusDate('2027-01-04');
    await reports.setAudience('Executive summary');
    await expect.poll(() => reports.text()).toContain('Schedule warnings');
    const exec = await reports.text();
    expect(exec).toMatch(/'Ana Lopez' is over-allocated on 2 days from [^\n]*Jan[^\n]* \('Design', 'Docs'\)\./);
    expect(exec).not.toContain('Level resources');
    await screenshotsAtBothSizes(page, 'report-schedule-warnings-executive');

    await reports.setAudience('Team report');
    await expect.poll(() => reports.text()).toContain("('Design', 'Docs'). Level resources, or change the assignments.");

    await page.reload();
    await reports.open();
    await expect.poll(() => reports.text()).toMatch(/'Ana Lopez' is over-allocated on 2 days from/);
  }, 120_000);

  it('levels by the Team view\'s button, says what moved and where the finish went, and the warning leaves the report', async () => {
    await newProjectStarting(page, 'Leveled', '2027-01-04');
    await app.typeTasks([['Design', '5d'], ['Docs', '2d']]);
    await staff(page, 'Ana Lopez', 0, ['Design', 'Docs']);
    await app.openView('Team');
    await page.getByRole('region', { name: 'Workload' }).getByRole('button', { name: 'Level resources' }).click();
    // Docs waits for Design (Mon 4 – Fri 8 Jan): Mon 11 – Tue 12, so the finish is 2 working days later.
    await app.expectNotice(/^Leveled: 1 task delayed; the finish moves from Fri, Jan 8, 27 to Tue, Jan 12, 27, 2 working days later\. Undo takes it back\./);
    await reports.open();
    await reports.setStatusDate('2027-01-04');
    await expect.poll(() => reports.text()).toContain('Status report');
    expect(await reports.text()).not.toContain('Schedule warnings');
  }, 120_000);
});

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
});

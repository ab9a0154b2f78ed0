/**
 * The schedule warnings write their days as the task table writes them. An empty project starting
 * Mon 4 Jan 2027, by keyboard: Design (5 d, to Fri 8 Jan) with a deadline of Wed 6 Jan that it
 * misses, and Build after it (#1 in its Predecessors) started on Tue 5 Jan, before the link lets
 * it. The panel's deadline and start days read as the Deadline and Actual start cells do, with no
 * ISO date, and so after a reload. (They were "misses its deadline 2027-01-06" and "started on
 * 2027-01-05 ... (start 2027-01-11 or later)".)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('the schedule warnings’ days', () => {
  it('read as the task table writes them, not ISO, also after a reload', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['Design', '5d'], ['Build', '3d']]);
    await app.showColumns(['Deadline', 'Actual start']);
    await app.typeDown('Build', 'predecessors', ['1']);
    await app.typeDown('Design', 'deadline', ['2027-01-06']);
    await app.typeDown('Build', 'actualStart', ['2027-01-05']);
    await app.waitSaved();

    const check = async (): Promise<void> => {
      const deadline = await app.cell('Design', 'deadline').innerText();
      const started = await app.cell('Build', 'actualStart').innerText();
      const designFinish = await app.cell('Design', 'finish').innerText();
      expect(deadline).not.toBe('');
      const text = await app.scheduleWarnings();
      expect(text).toContain(`Task 'Design' misses its deadline ${deadline} by 2 days.`);
      expect(text).toContain(`Task 'Build' started on ${started}, before its FS link from 'Design' allows (start `);
      // The first day the link allows is the Monday after Design's finish, written as the table writes days.
      expect(designFinish).toMatch(/Fri/);
      expect(text).toMatch(/allows \(start Mon[^)]* 27 or later\)/);
      expect(text, 'no ISO date').not.toMatch(/\d{4}-\d{2}-\d{2}/);
    };
    await check();
    await screenshotsAtBothSizes(page, 'warning-dates', async () => { await app.scheduleWarnings(); });
    await page.keyboard.press('Escape');

    await page.reload();
    await app.openView('Tasks');
    await check();
  });
});

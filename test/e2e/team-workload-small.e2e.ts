/**
 * The Team view's "Workload by week" reads as a table for a small plan: in a new project with one
 * person and two assigned tasks it spans its panel like the Team table above it, its week columns
 * are the plan's weeks with each person's hours as the assignments imply, and before any work is
 * assigned it says what it will show instead of an empty "Person | Jan 4" stub. A large plan's
 * table (the sample plan's) keeps its columns and scrolls sideways as before. From an empty project
 * typed by keyboard; screenshots light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

const workload = (): Locator => page.getByRole('region', { name: 'Workload' });
const table = (): Locator => workload().getByRole('table', { name: 'Workload by week' });

/** The table's column headers and each person's row as it reads: "Ana Lopez|40h|16h". */
async function readTable(): Promise<{ weeks: string[]; rows: string[] }> {
  const weeks = await table().locator('thead th[scope="col"]').allInnerTexts();
  const rows = await table().locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
    // The blank last cell only takes up the panel's spare width.
    [...tr.querySelectorAll('th, td:not(.workload-rest)')].map((c) => (c.textContent ?? '').trim()).join('|')));
  return { weeks, rows };
}

describe('the Team view’s workload by week in a small plan', () => {
  it('spans its panel with the plan’s weeks and each person’s hours, and says what it shows before work is assigned', async () => {
    // A project starting on Monday, Jan 4, 2027: Design 3 days, then Build 4 days after it.
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await new SettingsPage(page).answerNewProject({ name: 'Pilot', start: '2027-01-04' });
    await app.openView('Tasks');
    await app.typeTasks([['Design', '3d'], ['Build', '4d']]);
    await app.editCell('Build', 'predecessors', '1');
    await expect.poll(() => app.cell('Build', 'finish').textContent()).toMatch(/Jan 12/);

    await app.openView('Team');
    await page.getByRole('button', { name: 'Add person' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ana Lopez');
    await page.keyboard.press('Tab');
    // No work assigned yet: a sentence saying what the table will show, not an empty stub.
    await expect.poll(() => workload().innerText()).toMatch(/Assign people to tasks/);
    expect(await table().count()).toBe(0);
    // Its heading says so too, rather than that no one is over-allocated, and there is nothing to level.
    expect(await workload().innerText()).toContain('No work assigned yet');
    expect(await workload().innerText()).not.toContain('over-allocated');
    expect(await workload().getByRole('button', { name: 'Level resources' }).isDisabled()).toBe(true);
    await screenshotsAtBothSizes(page, 'team-workload-unassigned');

    await app.openView('Tasks');
    await app.assign('Design', 'Ana Lopez');
    await app.assign('Build', 'Ana Lopez');
    await app.openView('Team');
    // Design's 3 days and Build's Thursday and Friday in the week of Jan 4 (8 h a day), Build's Monday and Tuesday in the next.
    await expect.poll(readTable).toEqual({ weeks: ['Person', 'Jan 4', 'Jan 11'], rows: ['Ana Lopez|40h|16h'] });
    await expect.poll(() => workload().innerText()).toMatch(/No one is over-allocated in this project/);

    for (const viewport of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(viewport);
      // As wide as its panel, as the Team table above is; nothing in it cut short.
      const panel = await workload().boundingBox();
      const box = await table().boundingBox();
      expect(box?.width ?? 0, `at ${String(viewport.width)} px`).toBeGreaterThanOrEqual((panel?.width ?? 0) - 4);
      const clipped = await table().locator('th, td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
      expect(clipped).toEqual([]);
    }
    await screenshotsAtBothSizes(page, 'team-workload-small');

    // A large plan's table is as it was: the sample plan's many weeks run past the panel and scroll.
    await app.projects.getByRole('button', { name: /^Customer Portal/ }).click();
    await app.openView('Team');
    const scroll = workload().locator('.workload-scroll');
    await expect.poll(() => scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(((await table().locator('thead th[scope="col"]').nth(1).boundingBox())?.width ?? 0)).toBeLessThan(80);
  });
});

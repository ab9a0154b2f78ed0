/**
 * The top bar's schedule warnings, after one person is given two overlapping 3-day tasks in an
 * empty project: the panel lies within the window and clear of the sidebar, its OVER-ALLOCATED
 * badge on one line, its date written as the app writes dates, and Level resources, reached by
 * keyboard from the panel, levels the plan as the Team view's button does (the warning goes).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { newProjectStarting } from './pages/shared-projects';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('the schedule warnings panel', () => {
  it('stays clear of the sidebar, writes the day as the app does, and levels by keyboard', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['A', '3d'], ['B', '3d']]);
    await app.openView('Team');
    await new TeamPage(page).addPerson('Ana Lopez', 95);
    await app.openView('Tasks');
    await app.assign('A', 'Ana Lopez');
    await app.assign('B', 'Ana Lopez');

    const warnings = page.getByRole('banner').getByRole('button', { name: '1 warning' });
    await warnings.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Schedule warnings' });
    await panel.waitFor();
    const fits = async (): Promise<void> => {
      const box = await panel.boundingBox();
      const sidebar = await page.locator('.sidebar').boundingBox();
      const size = page.viewportSize();
      if (!box || !sidebar || !size) throw new Error('no panel, sidebar or window');
      expect(box.x).toBeGreaterThanOrEqual(sidebar.x + sidebar.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      const badge = panel.getByText('Over-allocated', { exact: true });
      const lineHeight = await badge.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.4);
      const badgeBox = await badge.boundingBox();
      expect(badgeBox?.height ?? 0, 'the badge on one line').toBeLessThan(lineHeight * 2);
    };
    await fits();
    // formatDate writes Monday 4 January 2027 as the app does everywhere, from the browser's own words.
    const written = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', year: '2-digit', timeZone: 'UTC' }).format(new Date('2027-01-04T00:00:00Z')));
    const text = await panel.innerText();
    expect(text).toContain(`'Ana Lopez' is over-allocated on 3 days from ${written} ('A', 'B')`);
    expect(text).not.toContain('2027-01-04');
    await screenshotsAtBothSizes(page, 'warnings-popover', fits);

    // Level resources, by keyboard from the panel: Tab from the warning reaches it, Enter runs it.
    await panel.getByRole('button', { name: /over-allocated/ }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Level resources');
    await page.keyboard.press('Enter');
    await expect.poll(() => warnings.count()).toBe(0);
    await expect.poll(() => page.getByRole('banner').getByRole('button', { name: /^Undo Level resources/ }).count()).toBe(1);
    const [a, b] = (await app.rowTexts(['start'])).map((start) => start);
    expect(a, 'A and B no longer start together').not.toBe(b);
    // The keyboard is in the view whose dates moved, not lost with the panel.
    expect(await app.grid.evaluate((grid) => grid.contains(document.activeElement))).toBe(true);
  });
});

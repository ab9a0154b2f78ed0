/**
 * The Gantt's grid keeps each row's WBS and name in view while it scrolls sideways to the columns
 * past Finish: editing a task's % Done there scrolled every name out of the grid, leaving no way to
 * tell which row the cursor was on. From an empty project built by keyboard, at 1440x900.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

const gridRow = (name: string): Locator => new GanttPage(page).rowNamed(name);

/** Whether the element's box lies whole inside the grid's viewport, left to right. */
async function isInGrid(target: Locator): Promise<boolean> {
  const grid = await page.locator('.gl-grid-viewport').boundingBox();
  const box = await target.boundingBox();
  if (!grid || !box) return false;
  return box.x >= grid.x - 0.5 && box.x + box.width <= grid.x + grid.width + 0.5;
}

describe('the Gantt grid scrolled sideways', () => {
  it('keeps the WBS and names in view while a column past Finish is edited', async () => {
    await app.newEmptyProject('Checkout');
    await app.typeTasks([['Design', '2d'], ['Build API', '5d'], ['Ship', '1d']]);
    await app.openView('Gantt');
    const done = gridRow('Build API').locator('[data-column="percent"]');
    // % Done is past the grid's edge at this width: a sideways scroll away.
    expect(await isInGrid(done)).toBe(false);

    await gridRow('Build API').locator('[data-column="duration"]').click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const input = page.locator('.gl-grid-row .cell-input');
    await input.fill('40');
    await input.press('Enter');
    await expect.poll(() => done.textContent()).toBe('40%');
    await expect.poll(() => page.locator('.gl-grid-viewport').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

    // Scrolled: the cell is in view, and so are the names and WBS beside it.
    expect(await isInGrid(done)).toBe(true);
    for (const name of ['Design', 'Build API', 'Ship']) expect(await isInGrid(gridRow(name).locator('.gl-name-text'))).toBe(true);
    expect(await isInGrid(gridRow('Build API').locator('.gl-c-wbs'))).toBe(true);
    expect(await isInGrid(page.locator('.gl-h-name'))).toBe(true);
    // The names are not drawn over the % Done cell.
    const name = await gridRow('Build API').locator('.gl-c-name').boundingBox();
    const cell = await done.boundingBox();
    expect(name && cell && name.x + name.width <= cell.x + 0.5).toBe(true);
    await screenshotsAtBothSizes(page, 'gantt-grid-frozen-names');
  }, 120_000);
});

/**
 * Where the divider between the Gantt's grid and its chart opens on a 1024 px laptop screen, from
 * an empty project typed by keyboard: the grid takes what WBS, a name, Duration, Start and Finish
 * need, but never more than 47 % of the view, so the chart keeps the larger part and a typed
 * task's bar is in view without scrolling (the grid took 461 px of the view's 776, leaving the
 * chart about 300). A divider the person drags stays where they put it after a reload.
 * Screenshots light and dark at 1024x768 and 1440x900.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

let handle: AppHandle;
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(async () => {
  handle = await openApp({ viewport: { width: 1024, height: 768 } });
  page = handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

/** The chart's share of the Gantt view's width, and the grid's width as the divider reports it. */
async function split(): Promise<{ chartShare: number; gridPx: number }> {
  const view = await gantt.view.boundingBox();
  const chart = await gantt.chart.boundingBox();
  const gridPx = Number(await page.getByRole('separator', { name: 'Resize task grid' }).getAttribute('aria-valuenow'));
  return { chartShare: view && chart ? chart.width / view.width : 0, gridPx };
}

/** Whether the task's bar lies wholly inside the chart as it opened, with no scrolling. */
async function isBarInView(name: string): Promise<boolean> {
  const bar = await page.locator(`${await gantt.barSelector(name)} .bar`).boundingBox();
  const chart = await gantt.chart.boundingBox();
  return !!bar && !!chart && bar.width > 0 && bar.x >= chart.x && bar.x + bar.width <= chart.x + chart.width
    && bar.y >= chart.y && bar.y + bar.height <= chart.y + chart.height;
}

async function typeTaskInGantt(name: string): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Name', { exact: true }).waitFor();
  await page.keyboard.type('Payments launch');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.keyboard.press('Control+2');
  await gantt.grid.getByRole('row', { name: 'New task row' }).waitFor();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => gantt.grid.locator('.gl-name-text').allInnerTexts()).toEqual([name]);
}

describe('Gantt divider at 1024 px', () => {
  it('opens with the chart taking more than half of the view and a typed task’s bar in view', async () => {
    await typeTaskInGantt('Vendor API integration');
    await expect.poll(async () => (await split()).chartShare).toBeGreaterThan(0.5);
    await expect.poll(() => isBarInView('Vendor API integration')).toBe(true);
    // The name typed reads whole beside the chart.
    const name = gantt.row('Vendor API integration').locator('.gl-name-text');
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const at1024 = (await split()).gridPx;
    await screenshotsAtBothSizes(page, 'gantt-split-default');
    // The window made wider (the screenshots leave it at 1440x900), the untouched divider follows:
    // Start and Finish come in beside the name, and the chart still has the larger part.
    await expect.poll(async () => (await split()).gridPx).toBeGreaterThan(at1024);
    expect((await split()).chartShare).toBeGreaterThan(0.5);
    for (const key of ['start', 'finish']) {
      const cell = gantt.row('Vendor API integration').locator(`[data-column="${key}"]`);
      const [box, grid] = [await cell.boundingBox(), await gantt.grid.boundingBox()];
      expect(!!box && !!grid && box.x + box.width <= grid.x + grid.width + 0.5, key).toBe(true);
    }
  });

  it('keeps a divider the person dragged where they put it after a reload', async () => {
    await typeTaskInGantt('Vendor API integration');
    const divider = page.getByRole('separator', { name: 'Resize task grid' });
    const before = (await split()).gridPx;
    const box = await divider.boundingBox();
    if (!box) throw new Error('the divider is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 40, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + 40, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await split()).gridPx).toBe(before + 120);

    await handle.reload();
    await page.keyboard.press('Control+2');
    await expect.poll(() => gantt.grid.locator('.gl-name-text').allInnerTexts()).toEqual(['Vendor API integration']);
    await expect.poll(async () => (await split()).gridPx).toBe(before + 120);
    // Moved back by keyboard, the divider is remembered too.
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await split()).gridPx).toBe(before + 96);
    await handle.reload();
    await page.keyboard.press('Control+2');
    await gantt.grid.locator('.gl-name-text').first().waitFor();
    await expect.poll(async () => (await split()).gridPx).toBe(before + 96);
  });
});

/**
 * The task table's date columns show a date written with a four-digit year whole: a start typed
 * in 2101 (a far-future decommission, or a slip of the keyboard a person then sees and fixes)
 * reads "Thu, Sep 29, 2101", which the fixed 130 px columns cut by 6 px. From an empty project
 * typed by keyboard; a plan without such a date keeps the columns' widths, and so does the plan
 * once the date is corrected. Screenshots light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

const fit = (cell: Locator): Promise<{ scroll: number; client: number; text: string | null }> =>
  cell.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, text: el.textContent }));

async function typeStart(task: string, date: string): Promise<void> {
  await app.cell(task, 'start').click();
  await handle.page.keyboard.type(date);
  await handle.page.keyboard.press('Enter');
}

describe('the task table’s date columns', () => {
  it('show a start and finish in 2101 whole, and go back to their width when the date is corrected', async () => {
    await app.newEmptyProject('Decommissioning');
    await app.typeTasks([['Decommission', '2d'], ['Archive', '1d']]);
    const startWidth = (await app.cell('Archive', 'start').boundingBox())?.width ?? 0;
    expect(startWidth).toBeGreaterThan(100);

    await typeStart('Decommission', '2101-09-29');
    await expect.poll(() => app.cell('Decommission', 'start').textContent()).toMatch(/2101/);
    for (const key of ['start', 'finish'] as const) {
      const { scroll, client, text } = await fit(app.cell('Decommission', key));
      expect(scroll, `${key} "${String(text)}"`).toBeLessThanOrEqual(client);
    }
    // The same column on every row: the other task's dates line up under it.
    expect((await app.cell('Archive', 'start').boundingBox())?.width).toBe((await app.cell('Decommission', 'start').boundingBox())?.width);
    await screenshotsAtBothSizes(handle.page, 'task-table-dates-2101');
    await expect.poll(async () => (await fit(app.cell('Decommission', 'start'))).scroll <= (await fit(app.cell('Decommission', 'start'))).client).toBe(true);

    await typeStart('Decommission', '2027-09-29');
    await expect.poll(() => app.cell('Decommission', 'start').textContent()).toMatch(/27$/);
    await expect.poll(async () => (await app.cell('Archive', 'start').boundingBox())?.width).toBe(startWidth);
  });
});

/**
 * The task table's Constraint column shows a constraint whole: its type and its date, "Finish no
 * earlier than Wed, Sep 29, 27", and a date written with a four-digit year, "Finish no earlier
 * than Sat, Sep 26, 2105". Its fixed 170 px cut both by about 100 px. From an empty project typed
 * by keyboard, the constraint set in Task information. Screenshots light and dark at 1024x768 and
 * 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

const fit = (cell: Locator): Promise<{ scroll: number; client: number; text: string | null }> =>
  cell.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, text: el.textContent }));

describe('the task table’s Constraint column', () => {
  it('shows a constraint’s type and date whole, with a two-digit year and with a year written in full', async () => {
    await app.newEmptyProject('Decommissioning');
    await app.typeTasks([['Decommission', '2d'], ['Archive', '1d']]);
    await app.showColumns(['Constraint']);
    const cell = app.cell('Decommission', 'constraint');
    expect(await cell.textContent()).toBe('As soon as possible');

    await app.constrain('Decommission', 'Finish no earlier than', '2027-09-29');
    await expect.poll(() => cell.textContent()).toMatch(/^Finish no earlier than .*27$/);
    const twoDigits = await fit(cell);
    expect(twoDigits.scroll, `"${String(twoDigits.text)}"`).toBeLessThanOrEqual(twoDigits.client);

    await app.constrain('Decommission', 'Finish no earlier than', '2105-09-26');
    await expect.poll(() => cell.textContent()).toMatch(/^Finish no earlier than .*2105$/);
    const fourDigits = await fit(cell);
    expect(fourDigits.scroll, `"${String(fourDigits.text)}"`).toBeLessThanOrEqual(fourDigits.client);
    // The same column on every row: the other task's constraint lines up under it.
    expect((await app.cell('Archive', 'constraint').boundingBox())?.width).toBe((await cell.boundingBox())?.width);
    await screenshotsAtBothSizes(page, 'task-table-constraint-2105', async () => { await cell.scrollIntoViewIfNeeded(); });
    const atEachSize = await fit(cell);
    expect(atEachSize.scroll).toBeLessThanOrEqual(atEachSize.client);
  }, 60_000);
});

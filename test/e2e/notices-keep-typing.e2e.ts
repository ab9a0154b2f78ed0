/**
 * A notice dismissed by a click leaves the refused field as it was (a tester's report): the
 * Dismiss button took the focus from the field, whose edit was then given up, and the text the
 * person had typed was gone. From an EMPTY project built by keyboard: an impossible date typed in
 * a task's Start cell and a bad amount typed in the project budget are refused; a click on the
 * notice's Dismiss leaves the field focused with the typed text, which is then corrected and
 * committed with Enter, and the corrected values are there after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { NoticesPage } from './pages/notices-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let notices: NoticesPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  notices = new NoticesPage(page);
});

const hasFocus = (field: ReturnType<Page['locator']>): Promise<boolean> => field.evaluate((el) => el === document.activeElement);

describe('a notice dismissed by a click', () => {
  it("keeps a refused date's and a refused amount's typed text in their focused fields, to be corrected and committed with Enter", async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.newEmptyProject('Keep my typing');
    await app.typeTasks([['Survey', '2d'], ['Design', '3d']]);

    // An impossible date in a task's Start cell: refused, the editor open with it.
    await app.cell('Design', 'start').click();
    await page.keyboard.press('Enter');
    const start = app.grid.locator('.cell-input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2027-02-30');
    await page.keyboard.press('Enter');
    await expect.poll(() => notices.messages()).toEqual([expect.stringMatching(/2027-02-30/)]);
    const [refusedDate] = await notices.messages();
    await screenshotsAtBothSizes(page, 'notices-keep-typing-date');
    await notices.dismissByClick(refusedDate ?? '');
    await expect.poll(() => notices.messages()).toEqual([]);
    expect(await hasFocus(start), 'the Start editor keeps the focus').toBe(true);
    expect(await start.inputValue()).toBe('2027-02-30');
    // Corrected in place and committed with Enter.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2027-03-01');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.cell('Design', 'start').innerText()).toMatch(/Mar 1|1 Mar|03-01|3\/1/);
    expect(await notices.messages()).toEqual([]);

    // A bad amount in the project budget: refused, kept in the field.
    const costs = new CostsPage(page);
    await app.openView('Costs');
    const budget = costs.toolbar.getByLabel('Project budget', { exact: true });
    await app.typeOver(budget, '25k', 'Enter');
    const refusedAmount = "Project budget: '25k' is not an amount. Type digits, e.g. 25000 or 25,000.50.";
    await expect.poll(() => notices.messages()).toEqual([refusedAmount]);
    await notices.dismissByClick(refusedAmount);
    await expect.poll(() => notices.messages()).toEqual([]);
    expect(await hasFocus(budget), 'the budget field keeps the focus').toBe(true);
    expect(await budget.inputValue()).toBe('25k');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25,000');
    await page.keyboard.press('Enter');
    await expect.poll(() => costs.figure('Budget')).toMatch(/^\D*25,?000$/);
    expect(await notices.messages()).toEqual([]);

    await app.waitSaved();
    await handle.reload();
    await app.openView('Costs');
    await expect.poll(() => costs.figure('Budget')).toMatch(/^\D*25,?000$/);
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Design', 'start').innerText()).toMatch(/Mar 1|1 Mar|03-01|3\/1/);
  });
});

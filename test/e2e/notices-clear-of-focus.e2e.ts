/**
 * A notice keeps off the cell a person is working in (so far proved by unit tests over boxes only):
 * from an EMPTY project built by keyboard in a 1024×768 window, tasks are typed until the task
 * table's last rows are at the bottom of the window, where the notices stand; a duration refused
 * in the last task's cell raises a notice while its editor, at the bottom centre, has the focus.
 * The notice stands clear of the focused editor, by geometry, and goes back to the bottom centre
 * once the focus is on a cell it does not cover.
 * The editor is where the stack would stand at the bottom centre and in the bottom right corner, so
 * the notice goes to the top: there it stands under the top bar, clear of the project's title, Saved
 * and the File button (a new user's report: at the window's top edge it covered all three at
 * 1024 px), and the person goes on typing in the editor, the keys landing there.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { NoticesPage } from './pages/notices-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let notices: NoticesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  notices = new NoticesPage(page);
});

const TASKS = Array.from({ length: 19 }, (_, n) => [`Step ${String(n + 1)}`, '1d'] as const);
const REFUSED = /^Duration of 'Step 19' \(row 19\): 'soon' is not a duration/;

describe('a notice and the focused cell', () => {
  it('stands clear of the cell being edited at the bottom of a 1024×768 window', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.newEmptyProject('Room at the bottom');
    await app.typeTasks(TASKS);

    const editor = app.grid.locator('.cell-input');
    const refuseDuration = async (): Promise<void> => {
      await app.cell('Step 19', 'duration').click();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('soon');
      await page.keyboard.press('Enter');
      await expect.poll(() => notices.messages()).toEqual([expect.stringMatching(REFUSED)]);
      await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    };
    // Shown and clear of the editor together: a notice gone by itself covers nothing either.
    const shownClearOfEditor = async (): Promise<{ shown: number; covering: string[] }> => ({ shown: (await notices.messages()).length, covering: await notices.overlapping(editor) });
    // What of the top bar the notice covers, while it is shown.
    const shownOverTopBar = async (): Promise<{ shown: number; covering: string[] }> => ({ shown: (await notices.messages()).length, covering: await notices.topBarItemsCovered() });
    const title = app.title;
    const fileButton = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
    await refuseDuration();
    expect(await notices.wouldCoverAtBottomCentre(editor), 'the editor is where the notice usually stands').toBe(true);
    await expect.poll(shownClearOfEditor).toEqual({ shown: 1, covering: [] });
    expect(await notices.isUncovered(editor)).toBe(true);
    expect(await notices.place(), 'the bottom right corner covers the editor too').toBe('top');
    expect(await shownOverTopBar()).toEqual({ shown: 1, covering: [] });
    expect(await notices.isUncovered(title)).toBe(true);
    expect(await notices.isUncovered(fileButton)).toBe(true);

    // The notice took nothing from the editor: what is typed next lands in it, and is kept.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2d');
    expect(await editor.evaluate((el) => el === document.activeElement && el instanceof HTMLInputElement ? el.value : null)).toBe('2d');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.cell('Step 19', 'duration').innerText()).toMatch(/^2/);
    await expect.poll(() => notices.messages()).toEqual([]);

    // Esc gives the edit up; with the cursor on the top row the notice is back at the bottom centre.
    await refuseDuration();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    await expect.poll(async () => [await notices.place(), ...await notices.messages()]).toEqual(['bottom', expect.stringMatching(REFUSED)]);

    await screenshotsAtBothSizes(page, 'notices-clear-of-focus', async () => {
      await page.keyboard.press('Escape');
      await refuseDuration();
      await expect.poll(shownClearOfEditor).toEqual({ shown: 1, covering: [] });
      expect(await shownOverTopBar(), `${String(page.viewportSize()?.width)} px`).toEqual({ shown: 1, covering: [] });
    });
  });
});

/**
 * A notice keeps off the cell a person is working in (so far proved by unit tests over boxes only):
 * from an EMPTY project built by keyboard in a 1024×768 window, tasks are typed until the task
 * table's last rows are at the bottom of the window, where the notices stand; a duration refused
 * in the last task's cell raises a notice while its editor, at the bottom centre, has the focus.
 * The notice stands clear of the focused editor, by geometry, and goes back to the bottom centre
 * once the focus is on a cell it does not cover.
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
    await refuseDuration();
    expect(await notices.wouldCoverAtBottomCentre(editor), 'the editor is where the notice usually stands').toBe(true);
    await expect.poll(shownClearOfEditor).toEqual({ shown: 1, covering: [] });
    expect(await notices.isUncovered(editor)).toBe(true);

    // Esc gives the edit up; with the cursor on the top row the notice is back at the bottom centre.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    await expect.poll(async () => [await notices.place(), ...await notices.messages()]).toEqual(['bottom', expect.stringMatching(REFUSED)]);

    await screenshotsAtBothSizes(page, 'notices-clear-of-focus', async () => {
      await page.keyboard.press('Escape');
      await refuseDuration();
      await expect.poll(shownClearOfEditor).toEqual({ shown: 1, covering: [] });
    });
  });
});

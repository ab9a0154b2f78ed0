/**
 * The keyboard shortcut sheet shows every group at once in a 1024×768 window (a tester's report:
 * the Notices group, the last, was below the fold, and nothing said the sheet scrolled). From an
 * EMPTY project built by keyboard: F1 opens the sheet; every group heading and every row is wholly
 * in sight, at 1024×768 and 1440×900, with nothing to scroll; Esc closes it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('the keyboard shortcut sheet', () => {
  it('shows every group, Notices included, without scrolling at 1024×768 and 1440×900', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.newEmptyProject('Shortcuts');
    await app.typeTasks([['Survey', '2d']]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const sheet = app.shortcutSheet;
    await sheet.waitFor();
    expect(await sheet.locator('h3').allInnerTexts()).toEqual(['Anywhere', 'Task table and Gantt grid', 'While editing a cell', 'In a dialog', 'Notices']);
    for (const size of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      expect(await app.shortcutSheetOutOfSight(), `${String(size.width)}×${String(size.height)}: everything in sight`).toEqual([]);
      expect(await sheet.getByRole('region', { name: 'Notices' }).locator('.shortcut').allInnerTexts())
        .toEqual(['Go to the newest notice; again, back to where you were\nF6', 'Dismiss the notice you are on\nEsc']);
    }
    await screenshotsAtBothSizes(page, 'shortcut-sheet');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });
});

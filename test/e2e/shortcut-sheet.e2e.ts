/**
 * The keyboard shortcut sheet shows every group at once in a 1024×768 window (a tester's report:
 * the Notices group, the last, was below the fold, and nothing said the sheet scrolled). From an
 * EMPTY project built by keyboard: F1 opens the sheet; every group heading and every row is wholly
 * in sight, at 1024×768 and 1440×900, with nothing to scroll; Esc closes it.
 * In a smaller window (1024×600, 800×600) the sheet scrolls, and says so: its body fades out at the
 * edge where there is more (a tester's report: the last rows were hidden with no cue), the fade
 * goes to the top once scrolled to the end by keyboard, where the last row shows, and there is no
 * fade where everything fits. When the window then grows until the body no longer scrolls, the
 * keyboard stays in the sheet and Esc closes it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshot, screenshotsAtBothSizes } from './harness';
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

  it('fades out at the edge where there is more in a 1024×600 window, and the last row scrolls into view', async () => {
    const LAST_ROW = 'Dismiss the notice you are on Esc';
    await page.setViewportSize({ width: 1024, height: 600 });
    await app.newEmptyProject('Short window');
    await app.typeTasks([['Survey', '2d']]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const sheet = app.shortcutSheet;
    await sheet.waitFor();
    expect(await app.shortcutSheetOutOfSight(), 'the sheet goes on below the fold').toContain(LAST_ROW);
    await expect.poll(() => app.shortcutSheetFades()).toEqual(['bottom']);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `shortcut-sheet-1024x600-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // From Close, Shift+Tab reaches the body, and End scrolls it to its last row.
    await expect.poll(() => sheet.getByRole('button', { name: 'Close' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await expect.poll(() => app.shortcutSheetOutOfSight()).not.toContain(LAST_ROW);
    await expect.poll(() => app.shortcutSheetFades()).toEqual(['top']);
    await screenshot(page, 'shortcut-sheet-1024x600-scrolled-light');

    // Narrower, in two columns, it scrolls further; back at the top it fades at the bottom only.
    await page.setViewportSize({ width: 800, height: 600 });
    await page.keyboard.press('Home');
    await expect.poll(() => app.shortcutSheetFades()).toEqual(['bottom']);
    await screenshot(page, 'shortcut-sheet-800x600-light');
    // The window grows until the body no longer scrolls: Chromium drops the focus it had, and the
    // sheet takes the keyboard back, so Esc still closes it (it did nothing before).
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => app.shortcutSheetFades()).toEqual([]);
    await expect.poll(() => sheet.evaluate((el) => el.contains(document.activeElement)), { message: 'the keyboard is in the sheet' }).toBe(true);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    // Opened where everything fits, nothing fades.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press('F1');
    await sheet.waitFor();
    for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      await expect.poll(() => app.shortcutSheetOutOfSight()).toEqual([]);
      expect(await app.shortcutSheetFades(), `${String(size.width)}×${String(size.height)}: no fade where all fits`).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });
});

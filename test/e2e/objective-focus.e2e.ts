/**
 * Adding an objective takes the keyboard to it, as adding a row in Linear or Excel does: from an
 * EMPTY project built by keyboard, Enter on the "New objective" line leaves the cursor at the end
 * of the new objective's title, so its name is worked on at once; a second objective goes to the
 * second card, and both names are there after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CharterPage } from './pages/charter-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;
let charter: CharterPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  charter = new CharterPage(handle.page);
});

const hasFocus = (field: Locator): Promise<boolean> => field.evaluate((el) => el === document.activeElement);

describe('adding an objective', () => {
  it('puts the cursor in the new objective\'s title', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await charter.open();
    await charter.section('Objectives').getByLabel('New objective').focus();
    await page.keyboard.type('Partner sign-ups');
    await page.keyboard.press('Enter');
    const first = charter.objective('Partner sign-ups').getByLabel('Objective title', { exact: true });
    await expect.poll(() => hasFocus(first)).toBe(true);
    await screenshotsAtBothSizes(page, 'objective-focus', () => first.scrollIntoViewIfNeeded());

    // Typed straight on: the name grows, and Enter keeps it.
    await page.keyboard.type(' in EMEA');
    await page.keyboard.press('Enter');
    await expect.poll(() => charter.objective('Partner sign-ups in EMEA').count()).toBe(1);

    await charter.section('Objectives').getByLabel('New objective').focus();
    await page.keyboard.type('Checkout under 2 s');
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(charter.objective('Checkout under 2 s').getByLabel('Objective title', { exact: true }))).toBe(true);
    await app.waitSaved();

    await handle.reload();
    await charter.open();
    await expect.poll(() => charter.section('Objectives').getByLabel('Objective title', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)))
      .toEqual(['Partner sign-ups in EMEA', 'Checkout under 2 s']);
  });
});

/**
 * The top bar's theme button names the theme it switches to, the opposite of the one shown, on its
 * face, to a screen reader and in its tooltip ("Switch to dark theme"; it was "Toggle light or dark
 * theme", which did not say which): while the theme follows the system, an OS switch between light
 * and dark with the app open turns the page and the button's label together (the label stayed
 * "☾ Dark" on a dark page). A theme the person picks with the button stays through later OS
 * switches and a restart. From an EMPTY project made by keyboard.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ colorScheme: 'light' });
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

const themeButton = (): Locator => page.getByRole('banner').getByRole('button', { name: /^Switch to (light|dark) theme$/ });

/** The theme the page is drawn in and what the theme button offers: its label, its name to a screen reader and its tooltip. */
async function shown(): Promise<{ theme: string | undefined; button: string; name: string | null; tooltip: string | null }> {
  return {
    theme: await page.evaluate(() => document.documentElement.dataset['theme']),
    button: (await themeButton().innerText()).trim(),
    name: await themeButton().getAttribute('aria-label'),
    tooltip: await themeButton().getAttribute('title'),
  };
}

const LIGHT = { theme: 'light', button: '☾ Dark', name: 'Switch to dark theme', tooltip: 'Switch to dark theme' };
const DARK = { theme: 'dark', button: '☀ Light', name: 'Switch to light theme', tooltip: 'Switch to light theme' };

describe('theme', () => {
  it('follows the system while the app is open, label and page together, until the person picks one, which a restart keeps', async () => {
    await newProjectStarting(page, 'Theme run', '2027-01-04');
    await expect.poll(shown).toEqual(LIGHT);

    // The OS turns dark, then light again, with the app open.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(shown).toEqual(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(shown).toEqual(LIGHT);

    // Dark picked with the button (by keyboard) on a light OS: the OS's later switches leave it dark.
    await themeButton().focus();
    await page.keyboard.press('Enter');
    await expect.poll(shown).toEqual(DARK);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(shown).toEqual(DARK);

    // A restart on the light OS keeps the pick (once written beside the plans).
    await expect.poll(() => app.storedPreferences()).toMatchObject({ theme: 'dark' });
    await handle.reload();
    await expect.poll(shown).toEqual(DARK);

    // Light picked on a dark OS: kept too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(shown).toEqual(DARK);
    await themeButton().click();
    await expect.poll(shown).toEqual(LIGHT);
    await expect.poll(() => app.storedPreferences()).toMatchObject({ theme: 'light' });
    await handle.reload();
    await expect.poll(shown).toEqual(LIGHT);
  });
});

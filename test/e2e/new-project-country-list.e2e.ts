/**
 * A new user's first dialog, New project, offers the public holidays of a country. The holiday
 * data (an offline dataset, about 1.4 MB of script) is loaded on first use, not at start-up: the
 * Country list said "Loading…" for about 0.6 s when the dialog opened. Now the pointer over New
 * project, or the keyboard on it, starts the load, and a dialog opened once the data is there
 * lists the countries in its first frame.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let settings: SettingsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  settings = new SettingsPage(page);
});

/** From now on, whether any Country list has shown "Loading…" (read with `sawLoading`). */
async function watchForLoading(): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { plotlineSawLoading: boolean };
    state.plotlineSawLoading = false;
    const look = (): void => {
      if ([...document.querySelectorAll('[role="dialog"] option')].some((o) => o.textContent === 'Loading…')) state.plotlineSawLoading = true;
    };
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
const sawLoading = (): Promise<boolean> => page.evaluate(() => (window as unknown as { plotlineSawLoading: boolean }).plotlineSawLoading);

describe('New project\'s Country list', () => {
  it('starts loading when the person reaches New project, and lists the countries in the first frame of a dialog opened after', async () => {
    const newProject = app.projects.getByRole('button', { name: 'New project', exact: true });
    await newProject.waitFor();
    // The keyboard on New project, the dialog not open yet: the holiday data is requested.
    const script = page.waitForRequest((request) => request.resourceType() === 'script', { timeout: 10_000 });
    await newProject.focus();
    await (await script).response();
    expect(await settings.newProjectDialog.count()).toBe(0);

    // Opened: the countries are listed (whether or not the load had finished by then).
    await page.keyboard.press('Enter');
    const country = settings.newProjectDialog.getByLabel('Country');
    await country.locator('option[value="US"]').waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await settings.newProjectDialog.waitFor({ state: 'detached' });

    // Opened again with the data there: never a "Loading…" frame.
    await watchForLoading();
    await newProject.click();
    await country.locator('option[value="US"]').waitFor({ state: 'attached' });
    expect(await country.isEnabled()).toBe(true);
    expect(await sawLoading()).toBe(false);

    // The person goes on with the dialog as usual: a country chosen, Enter, and the project opens.
    await country.selectOption('DE');
    await settings.newProjectDialog.getByLabel('Name', { exact: true }).fill('Payments API migration');
    await settings.newProjectDialog.getByLabel('Name', { exact: true }).press('Enter');
    await settings.newProjectDialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('Payments API migration');
  });
});

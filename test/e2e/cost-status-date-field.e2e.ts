/**
 * The Cost view's status date is the app's own date field, as the registers' and the dialogs'
 * dates are: from an EMPTY project built by keyboard, the field is a text box reading YYYY-MM-DD
 * with a calendar button beside it (it was the browser's date input, reading 12/06/2026 with
 * its own spinner). A date typed by keyboard is stored; an impossible one (Feb 30) is refused
 * with a message naming the field, and the stored date stays, in the field and after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

/** The status date Project settings holds: empty when none is stored. */
async function storedStatusDate(): Promise<string> {
  const settings = new SettingsPage(page);
  const dialog = await settings.openSettingsByKeyboard();
  const value = await dialog.getByLabel('Status date', { exact: true }).inputValue();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return value;
}

describe('the Cost view\'s status date field', () => {
  it('takes a typed date, refuses an impossible one with a message and keeps the stored date, after a reload too', async () => {
    await app.newEmptyProject('Status field');
    await app.typeTasks([['Design', '2d']]);
    await app.openView('Costs');
    const field = costs.toolbar.getByLabel('Status date', { exact: true });
    await field.waitFor();
    // The app's date field: text typed as YYYY-MM-DD, and a calendar button, not the browser's date input.
    expect(await field.getAttribute('type')).toBe('text');
    expect(await field.getAttribute('placeholder')).toBe('YYYY-MM-DD');
    expect(await costs.toolbar.getByRole('button', { name: 'Open calendar' }).count()).toBe(1);

    // Typed by keyboard and left with Enter: stored.
    await field.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2027-01-05');
    await page.keyboard.press('Enter');
    await expect.poll(() => costs.toolbar.getByRole('button', { name: 'Clear status date' }).count()).toBe(1);
    expect(await field.inputValue()).toBe('2027-01-05');

    // An impossible date: refused with a message naming the field; the stored date stays.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-02-30');
    await page.keyboard.press('Tab');
    const message = costs.toolbar.getByRole('alert');
    await expect.poll(() => message.innerText()).toBe('Status date: \'2026-02-30\' is not a real date: there is no such day in the calendar.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue(), 'what was typed stays to be corrected').toBe('2026-02-30');
    await screenshotsAtBothSizes(page, 'cost-status-date-refused');
    expect(await storedStatusDate()).toBe('2027-01-05');

    // Corrected: the message goes and the new date is stored.
    await field.fill('2027-02-26');
    await field.press('Enter');
    await expect.poll(() => message.count()).toBe(0);
    expect(await storedStatusDate()).toBe('2027-02-26');
    await app.waitSaved();

    await handle.reload();
    await app.openView('Costs');
    await expect.poll(() => field.inputValue()).toBe('2027-02-26');
    await screenshotsAtBothSizes(page, 'cost-status-date-field');
  }, 120_000);
});

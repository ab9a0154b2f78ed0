/**
 * The Rates dialog's "from" date is the app's own date field, as the other dialogs' dates are (it
 * was the browser's date input, which read typed keys as month/day/year segments and wrote
 * 01/06/2027): from an EMPTY project built by keyboard, a rate change typed from a day by keyboard
 * prices the work from that day on, in the Cost view, and the dialog shows the date again after a
 * reload. An impossible date (Feb 30) is refused with a message naming the field, OK keeps the
 * dialog open with what was typed, and the stored rates and the cost do not move.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { SettingsPage } from './pages/settings-page';
import { TeamPage } from './pages/team-page';

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

/** The Cost summary's name for actual + remaining (report/cost-forecast.ts). */
const AS_SCHEDULED = 'Cost as scheduled (bottom-up EAC)';
/** Digits of a money figure as shown ("$4,000" → 4000), whatever the locale's grouping. */
const amount = (text: string): number => Number(text.replace(/[^\d.-]/g, ''));

async function openRates(): Promise<void> {
  await app.openView('Team');
  await page.getByRole('button', { name: 'Rates of Ana Lopez', exact: true }).click();
  await costs.ratesDialog.waitFor();
}

describe('the Rates dialog\'s from date', () => {
  it('prices work from a typed date, refuses an impossible one and keeps the rates, after a reload too', async () => {
    // Build runs Mon 4 – Thu 7 Jan 2027, 8 h a day: Ana at 100/h prices it at 3,200.
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await new SettingsPage(page).answerNewProject({ name: 'Rates field', start: '2027-01-04' });
    await app.openView('Tasks');
    await app.typeTasks([['Build', '4d']]);
    await app.openView('Team');
    await new TeamPage(page).addPerson('Ana Lopez', 100);
    await app.openView('Tasks');
    await app.assign('Build', 'Ana Lopez');
    await app.openView('Costs');
    await expect.poll(() => costs.figure(AS_SCHEDULED).then(amount)).toBe(3200);

    // 150/h from Wed 6 Jan, typed by keyboard: Mon and Tue at 100 (1,600), Wed and Thu at 150 (2,400).
    await openRates();
    await costs.ratesDialog.getByRole('button', { name: 'Add rate change' }).focus();
    await page.keyboard.press('Enter');
    const from = costs.ratesDialog.getByLabel('Rate 1 from', { exact: true });
    // The app's date field: text typed as YYYY-MM-DD and a calendar button, not the browser's date input.
    expect(await from.getAttribute('type')).toBe('text');
    expect(await from.getAttribute('placeholder')).toBe('YYYY-MM-DD');
    expect(await costs.ratesDialog.getByRole('button', { name: 'Open calendar' }).count()).toBe(1);
    // OK on the row as added, its From never typed in: the field says a date is needed, once.
    await costs.ratesDialog.getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => costs.ratesDialog.getByRole('alert').allInnerTexts()).toEqual(['Rate 1 from: a date is needed here.']);
    expect(await costs.ratesDialog.isVisible()).toBe(true);
    await app.typeOver(costs.ratesDialog.getByLabel('Rate 1 from', { exact: true }), '2027-01-06', 'Tab');
    await app.typeOver(costs.ratesDialog.getByLabel('Rate 1', { exact: true }), '150', 'Tab');
    await screenshotsAtBothSizes(page, 'rates-from-date-field');
    await costs.ratesDialog.getByRole('button', { name: 'OK', exact: true }).click();
    await costs.ratesDialog.waitFor({ state: 'detached' });
    await app.openView('Costs');
    await expect.poll(() => costs.figure(AS_SCHEDULED).then(amount)).toBe(4000);

    // An impossible date: the field says why, OK keeps the dialog open with what was typed, nothing is stored.
    await openRates();
    await app.typeOver(costs.ratesDialog.getByLabel('Rate 1 from', { exact: true }), '2027-02-30', 'Tab');
    const fieldMessage = costs.ratesDialog.locator('.field-error');
    await expect.poll(() => fieldMessage.innerText()).toBe('Rate 1 from: \'2027-02-30\' is not a real date: there is no such day in the calendar.');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    // OK is refused and the field's message is the only one (the form said 'Row 1: … is not a date' under it).
    await costs.ratesDialog.getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => costs.ratesDialog.getByRole('alert').allInnerTexts())
      .toEqual(['Rate 1 from: \'2027-02-30\' is not a real date: there is no such day in the calendar.']);
    expect(await costs.ratesDialog.locator('.form-error').count()).toBe(0);
    expect(await costs.ratesDialog.isVisible()).toBe(true);
    expect(await from.inputValue(), 'what was typed stays to be corrected').toBe('2027-02-30');
    expect(await costs.ratesDialog.getByLabel('Rate 1', { exact: true }).inputValue()).toBe('150');
    await screenshotsAtBothSizes(page, 'rates-from-date-refused');

    // The calendar opens by Alt+Down beside the field, on screen.
    await from.focus();
    await page.keyboard.press('Alt+ArrowDown');
    const calendar = page.getByRole('dialog', { name: 'Calendar: Rate 1 from' });
    await calendar.waitFor();
    await screenshotsAtBothSizes(page, 'rates-from-date-calendar');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    await costs.ratesDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await costs.ratesDialog.waitFor({ state: 'detached' });
    await app.openView('Costs');
    await expect.poll(() => costs.figure(AS_SCHEDULED).then(amount)).toBe(4000);
    await app.waitSaved();

    await handle.reload();
    await app.openView('Costs');
    await expect.poll(() => costs.figure(AS_SCHEDULED).then(amount)).toBe(4000);
    await openRates();
    await expect.poll(() => from.inputValue()).toBe('2027-01-06');
    expect(await costs.ratesDialog.getByLabel('Rate 1', { exact: true }).inputValue()).toBe('150');
  }, 120_000);
});

/**
 * A form's date that is not a date (emptied where one is needed, or Feb 30) is said once, by the
 * date field itself: the form refuses it without a second message of its own ("Start date: '' is
 * not a date." under "Start date: a date is needed here."), keeps what was typed to be corrected
 * and saves nothing. From an EMPTY project built by keyboard: Task information's Start (on the
 * General tab, or OK pressed from another tab), New project's and Project settings' Start date,
 * a phase gate's decision Date (decideGate's refusal said it again in a notice), a calendar
 * exception's From.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { PhasesPage } from './pages/phases-page';
import { SettingsPage } from './pages/settings-page';
import { themeColour } from './theme-colours';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

/** Every message the dialog shows, the field's and the form's. */
function messages(dialog: Locator): Promise<string[]> {
  return dialog.getByRole('alert').allInnerTexts();
}

describe('a form\'s date that is not a date', () => {
  it('is said once by Task information\'s Start, OK refused, and the task\'s dates are unchanged after a reload', async () => {
    await app.newEmptyProject('One message');
    await app.typeTasks([['Build', '4d'], ['Test', '2d']]);
    const dates = (): Promise<string[]> => app.rowTexts(['start', 'finish']);
    const before = await dates();

    const info = await app.taskInformation('Build');
    const start = info.getByLabel('Start', { exact: true });
    const stored = await start.inputValue();
    await app.typeOver(start, '', 'Tab');
    await info.getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => messages(info)).toEqual(['Start: a date is needed here.']);
    // Marked where it is typed, as a refused date in a toolbar or a register's cell is.
    expect(await start.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(await themeColour(page, '--danger'));
    // Its message makes the row taller, and Finish beside it stays level with it.
    expect((await start.boundingBox())?.y).toBe((await info.getByLabel('Finish', { exact: true }).boundingBox())?.y);
    expect(await info.isVisible(), 'OK refused').toBe(true);
    expect(await start.inputValue(), 'what was typed stays').toBe('');
    await screenshotsAtBothSizes(page, 'form-date-one-message-task-start');

    // Feb 30, with OK pressed from the Notes tab: the dialog goes back to General, where the field says why.
    await app.typeOver(start, '2027-02-30', 'Tab');
    await info.getByRole('tab', { name: 'Notes' }).click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => info.getByRole('tab', { name: 'General' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => messages(info)).toEqual(['Start: \'2027-02-30\' is not a real date: there is no such day in the calendar.']);
    expect(await start.inputValue()).toBe('2027-02-30');

    // Corrected back to the stored day, OK closes and changes nothing.
    await app.typeOver(start, stored, 'Tab');
    expect(await messages(info)).toEqual([]);
    await info.getByRole('button', { name: 'OK', exact: true }).click();
    await info.waitFor({ state: 'detached' });
    expect(await dates()).toEqual(before);
    await app.waitSaved();
    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(dates).toEqual(before);
  });

  it('is said once by New project\'s and Project settings\' Start date, nothing created or saved', async () => {
    const settings = new SettingsPage(page);
    await app.newEmptyProject('Kept start');
    const keptStart = (await (await settings.openSettingsByKeyboard()).getByLabel('Start date', { exact: true }).inputValue());
    await page.keyboard.press('Escape');
    await settings.settingsDialog.waitFor({ state: 'detached' });

    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = settings.newProjectDialog;
    const start = dialog.getByLabel('Start date', { exact: true });
    await app.typeOver(start, '', 'Tab');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => messages(dialog)).toEqual(['Start date: a date is needed here.']);
    expect(await dialog.isVisible(), 'nothing created').toBe(true);
    await screenshotsAtBothSizes(page, 'form-date-one-message-new-project');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await app.projects.getByRole('button', { name: 'Untitled project', exact: true }).count()).toBe(0);

    const settingsDialog = await settings.openSettingsByKeyboard();
    const settingsStart = settingsDialog.getByLabel('Start date', { exact: true });
    await app.typeOver(settingsStart, '', 'Tab');
    await settingsDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => messages(settingsDialog)).toEqual(['Start date: a date is needed here.']);
    await app.typeOver(settingsStart, '2026-04-31', 'Tab');
    await settingsDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => messages(settingsDialog)).toEqual(['Start date: \'2026-04-31\' is not a real date: there is no such day in the calendar.']);
    expect(await settingsStart.inputValue()).toBe('2026-04-31');
    await settingsDialog.getByRole('button', { name: 'Cancel' }).click();
    await settingsDialog.waitFor({ state: 'detached' });
    await app.waitSaved();
    await handle.reload();
    expect(await (await settings.openSettingsByKeyboard()).getByLabel('Start date', { exact: true }).inputValue()).toBe(keptStart);
  });

  it('is said once by a gate decision\'s Date, no decision recorded and no notice', async () => {
    await app.newEmptyProject('Gate date');
    const phases = new PhasesPage(page);
    await phases.open();
    const decision = phases.decision('Initiation');
    const date = decision.getByLabel('Date', { exact: true });
    await app.typeOver(date, '', 'Tab');
    await decision.getByLabel('Decided by', { exact: true }).focus();
    await page.keyboard.type('Dana Okafor');
    await decision.getByRole('button', { name: 'Record decision' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => messages(decision)).toEqual(['Date: a date is needed here.']);
    expect(await page.locator('.notice').count(), 'no second message in a notice').toBe(0);
    expect(await decision.innerText()).toContain('Not decided yet.');
    // The message hangs below the Date's box, which stays level with Decision's and Decided by's.
    const top = async (field: Locator): Promise<number> => (await field.boundingBox())?.y ?? Number.NaN;
    expect(await top(date)).toBe(await top(decision.locator('select').first()));
    expect(await top(date)).toBe(await top(decision.getByLabel('Decided by', { exact: true })));
    await screenshotsAtBothSizes(page, 'form-date-one-message-gate', () => decision.scrollIntoViewIfNeeded());
  });

  it('is said once by a calendar exception\'s From, nothing added', async () => {
    const settings = new SettingsPage(page);
    await app.newEmptyProject('Exception date');
    const dialog = await settings.openSettingsByKeyboard();
    await dialog.getByRole('button', { name: 'Calendars…' }).click();
    await settings.calendarDialog.waitFor();
    const before = await settings.exceptionNames();
    await settings.calendarDialog.getByRole('button', { name: 'Add holiday or shutdown' }).click();
    const form = settings.calendarDialog.getByRole('form', { name: 'New exception' });
    await page.keyboard.type('Offsite');
    await app.typeOver(form.getByLabel('From', { exact: true }), '', 'Tab');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => messages(settings.calendarDialog)).toEqual(['From: a date is needed here.']);
    expect(await form.isVisible()).toBe(true);
    await app.typeOver(form.getByLabel('From', { exact: true }), '2027-02-30', 'Tab');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => messages(settings.calendarDialog)).toEqual(['From: \'2027-02-30\' is not a real date: there is no such day in the calendar.']);
    expect(await settings.exceptionNames()).toEqual(before);
  });
});

/**
 * Text typed and not yet left survives the page going: a field commits when it is left (Tab,
 * Enter, a click elsewhere), and a reload (Ctrl+R, F5, the app restarting) or the window closing
 * with the caret still in it used to drop what was typed. From an EMPTY project built by keyboard,
 * a task name and a Start date in the grid, a risk's Mitigation, an issue's root cause, a Team rate
 * and the Costs budget are typed and the page is reloaded with the caret still in the field
 * (page.reload(), nothing blurred first); the values are there after the reload. A value the field
 * refuses (a rate of -5, Feb 30) is not stored, as leaving the field would refuse it: the stored
 * value stays and the page raises no error.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { RisksPage } from './pages/risks-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

const focusedLabel = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

/** Reloads with the caret where it is, as Ctrl+R does, and waits for the app; the project reopens. */
async function reloadWhileTyping(): Promise<void> {
  await handle.reload();
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
}

describe('typed text and a reload before the field is left', () => {
  it('keeps a task name typed in the grid without Enter', async () => {
    await app.newEmptyProject();
    await app.typeTasks([['Kickoff', '1d']]);
    await app.cell('Kickoff', 'name').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('End');
    await page.keyboard.type(' meeting');
    expect(await page.locator('.cell-input').inputValue()).toBe('Kickoff meeting');

    await reloadWhileTyping();
    await app.openView('Tasks');
    expect(await app.rowTexts(['name'])).toEqual(['Kickoff meeting@0']);
  });

  it("keeps a risk's Mitigation typed in the risk editor", async () => {
    await app.newEmptyProject();
    await app.typeTasks([['Integrate vendor API', '5d']]);
    await app.openView('Risks');
    const editor = await new RisksPage(app).newRiskByKeyboard('Vendor API late');
    await editor.getByLabel('Response', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Mitigation');
    await page.keyboard.type('Weekly call with the vendor');

    await reloadWhileTyping();
    await app.openView('Risks');
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late' }).click();
    expect(await editor.getByLabel('Mitigation', { exact: true }).inputValue()).toBe('Weekly call with the vendor');
  });

  it('keeps a Team rate typed, and a refused rate of -5 leaves the stored rate', async () => {
    const team = new TeamPage(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await app.newEmptyProject();
    await app.openView('Team');
    await team.addPerson('Ana Lopez', 80);
    const rate = page.getByLabel('Rate of Ana Lopez', { exact: true });
    await app.typeOver(rate, '95');
    expect(await focusedLabel()).toBe('Rate of Ana Lopez');

    await reloadWhileTyping();
    await app.openView('Team');
    await expect.poll(() => rate.inputValue()).toMatch(/^\$?95(\.00)?$/);

    await app.typeOver(rate, '-5');
    expect(await focusedLabel()).toBe('Rate of Ana Lopez');
    await reloadWhileTyping();
    await app.openView('Team');
    await expect.poll(() => rate.inputValue()).toMatch(/^\$?95(\.00)?$/);
    expect(pageErrors).toEqual([]);
  });

  it("keeps a Start date typed in a task's cell, and an impossible one (Feb 30) leaves the stored date", async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await app.newEmptyProject();
    await app.typeTasks([['Kickoff', '1d']]);
    const start = app.cell('Kickoff', 'start');
    await start.click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('2027-03-15');
    expect(await page.locator('.cell-input').inputValue()).toBe('2027-03-15');

    await reloadWhileTyping();
    await app.openView('Tasks');
    await expect.poll(() => start.innerText()).toMatch(/Mar 15/);
    const storedStart = await start.innerText();

    await start.click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('2026-02-30');
    expect(await page.locator('.cell-input').inputValue()).toBe('2026-02-30');
    await reloadWhileTyping();
    await app.openView('Tasks');
    await expect.poll(() => start.innerText()).toBe(storedStart);
    expect(pageErrors).toEqual([]);
  });

  it("keeps an issue's root cause and the Costs budget, each typed and reloaded before it is left", async () => {
    await app.newEmptyProject();
    await app.typeTasks([['Kickoff', '1d']]);
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await page.getByLabel('New issue').focus();
    await page.keyboard.type('Test environment down');
    await page.keyboard.press('Enter');
    const rootCause = page.getByLabel('I-001 root cause', { exact: true });
    await rootCause.focus();
    await page.keyboard.type('Disk full');

    await reloadWhileTyping();
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await expect.poll(() => rootCause.inputValue()).toBe('Disk full');

    const costs = new CostsPage(page);
    await app.openView('Costs');
    const budget = costs.toolbar.getByLabel('Project budget', { exact: true });
    await app.typeOver(budget, '7000');
    expect(await focusedLabel()).toBe('Project budget');

    await reloadWhileTyping();
    await app.openView('Costs');
    await expect.poll(() => costs.figure('Budget')).toMatch(/^\D*7,?000$/);
  });
});

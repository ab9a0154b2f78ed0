/**
 * Amounts typed by a person are read exactly or refused clearly (the QA pass of round 14): from an
 * EMPTY project built through the UI, '25k' in Budget is refused with a message naming the field and
 * the text, the field keeps it marked for correction and the budget stays unset; '25,000' is read as
 * 25,000; a person's rate '1,200' is read as 1,200/h and '1e12' is refused; a reload keeps both.
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
let settings: SettingsPage;
let team: TeamPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  settings = new SettingsPage(page);
  team = new TeamPage(page);
});

/** The messages of the error notices on screen, newest last (without their Dismiss button). */
const alerts = (): Promise<string[]> => page.locator('.notices [role="alert"] > span:first-child').allInnerTexts();

async function dismissNotices(): Promise<void> {
  const dismiss = page.locator('.notices').getByRole('button', { name: 'Dismiss' });
  while (await dismiss.count() > 0) await dismiss.first().click();
}

describe('money typed by a person', () => {
  it('refuses 25k and 1e12 with a message and keeps the stored values; reads 25,000 and a 1,200/h rate exactly, through a reload', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await settings.answerNewProject({ name: 'Typed money', start: '2027-01-04' });
    await expect.poll(() => app.title.textContent()).toBe('Typed money');

    await app.openView('Costs');
    const budget = costs.toolbar.getByLabel('Project budget', { exact: true });
    expect(await costs.figure('Budget')).toBe('Not set');
    await budget.focus();
    await page.keyboard.type('25k');
    await page.keyboard.press('Enter');
    await expect.poll(alerts).toEqual(["Project budget: '25k' is not an amount. Type digits, e.g. 25000 or 25,000.50."]);
    // The text stays for correction, marked, with the focus on it; nothing was stored.
    expect(await budget.inputValue()).toBe('25k');
    expect(await budget.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => budget.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await costs.figure('Budget')).toBe('Not set');

    // Corrected in place: the refused text is selected, so typing replaces it.
    await page.keyboard.type('25,000');
    await page.keyboard.press('Enter');
    await expect.poll(() => costs.figure('Budget')).toMatch(/^\D*25,?000$/);
    expect(await budget.inputValue()).toBe('25000');
    expect(await budget.getAttribute('aria-invalid')).toBeNull();
    await dismissNotices();

    // The toolbar with a refusal, at both sizes: the message in view, the stored budget unchanged.
    // A notice dismissed by a click leaves the refused text in its field: Esc puts the stored value
    // back before each picture's refusal is typed again (the same text left as it was gives up, unsaid).
    await screenshotsAtBothSizes(page, 'money-input-budget-refused', async () => {
      await dismissNotices();
      await budget.press('Escape');
      await budget.fill('2.5M');
      await budget.press('Enter');
      await expect.poll(alerts).toEqual(["Project budget: '2.5M' is not an amount. Type digits, e.g. 25000 or 25,000.50."]);
    });
    // Leaving the refused text unchanged gives up: the stored budget shows again, with no second message.
    await page.getByRole('button', { name: 'Baselines…' }).focus();
    await expect.poll(() => budget.inputValue()).toBe('25000');
    expect(await alerts()).toHaveLength(1);
    expect(await costs.figure('Budget')).toMatch(/^\D*25,?000$/);
    await dismissNotices();

    // A rate with a thousands separator is read as typed; an exponent is refused and the rate stays.
    await app.openView('Team');
    await team.addPerson('Ana Lopez', 90);
    const rate = page.getByLabel('Rate of Ana Lopez', { exact: true });
    await rate.fill('1,200');
    await rate.press('Tab');
    await expect.poll(() => rate.getAttribute('title')).toMatch(/^\D*1,?200$/);
    expect(await rate.inputValue()).toBe('1200');
    await rate.focus();
    await rate.fill('1e12');
    await rate.press('Tab');
    await expect.poll(alerts).toEqual(["Rate of Ana Lopez: '1e12' is not an amount. Type digits, e.g. 25000 or 25,000.50."]);
    expect(await rate.inputValue()).toBe('1e12');
    await expect.poll(() => rate.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await rate.getAttribute('title')).toMatch(/^\D*1,?200$/);
    await screenshotsAtBothSizes(page, 'money-input-rate-refused', async () => {
      await dismissNotices();
      await rate.press('Escape');
      await rate.fill('1e12');
      await rate.press('Tab');
      await expect.poll(alerts).toHaveLength(1);
    });
    await rate.press('Escape');
    expect(await rate.inputValue()).toBe('1200');
    await dismissNotices();

    await app.waitSaved();
    await handle.reload();
    await app.openView('Costs');
    await expect.poll(() => costs.figure('Budget')).toMatch(/^\D*25,?000$/);
    expect(await costs.toolbar.getByLabel('Project budget', { exact: true }).inputValue()).toBe('25000');
    await app.openView('Team');
    expect(await page.getByLabel('Rate of Ana Lopez', { exact: true }).inputValue()).toBe('1200');
  });

  it('replaces a cost shown as money with what is typed, after a click or Tab into the cell, through a reload', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await settings.answerNewProject({ name: 'Typed costs', start: '2027-01-04' });
    await expect.poll(() => app.title.textContent()).toBe('Typed costs');
    await app.typeTasks([['Build', '5d'], ['Test', '2d']]);
    await app.openView('Costs');
    // "$0" shown; a click gives the text to edit ("0"), selected, so "1200" replaces it (it stored 12,000).
    const build = page.getByLabel('Fixed cost of Build', { exact: true });
    await build.click();
    await page.keyboard.type('1200');
    await page.keyboard.press('Enter');
    await expect.poll(() => build.inputValue()).toBe('$1,200');
    await build.click();
    await page.keyboard.type('300');
    await page.keyboard.press('Enter');
    await expect.poll(() => build.inputValue()).toBe('$300');
    // By keyboard: Tab from the cell before lands in Test's fixed cost with its text selected.
    const test = page.getByLabel('Fixed cost of Test', { exact: true });
    await test.click();
    await page.keyboard.type('450');
    await page.keyboard.press('Enter');
    await build.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => build.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('75');
    await page.keyboard.press('Enter');
    await expect.poll(() => build.inputValue()).toBe('$75');
    expect(await test.inputValue()).toBe('$450');
    await app.waitSaved();
    await handle.reload();
    await app.openView('Costs');
    await expect.poll(() => page.getByLabel('Fixed cost of Build', { exact: true }).inputValue()).toBe('$75');
    expect(await page.getByLabel('Fixed cost of Test', { exact: true }).inputValue()).toBe('$450');
  });

  it("reads a risk's cost impact as typed and refuses a rate-like text, keeping the stored impact", async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await settings.answerNewProject({ name: 'Typed impact', start: '2027-01-04' });
    await expect.poll(() => app.title.textContent()).toBe('Typed impact');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 5' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    const impact = editor.getByLabel('Cost impact amount (USD)', { exact: true });
    await impact.fill('$12,500');
    await impact.press('Tab');
    await expect.poll(() => impact.inputValue()).toBe('12500');
    await impact.fill('75/h');
    await impact.press('Tab');
    await expect.poll(alerts).toEqual(["Cost impact: '75/h' is not an amount. Type digits, e.g. 25000 or 25,000.50."]);
    expect(await impact.getAttribute('aria-invalid')).toBe('true');
    await screenshotsAtBothSizes(page, 'money-input-risk-impact-refused', async () => {
      await dismissNotices();
      await impact.press('Escape');
      await impact.fill('75/h');
      await impact.press('Tab');
      await expect.poll(alerts).toHaveLength(1);
    });
    // Esc puts the stored impact back (and leaves the dialog open); the reopened editor shows it.
    await impact.press('Escape');
    await expect.poll(() => impact.inputValue()).toBe('12500');
    // The schedule impact in days: text is named as not a number of days (not "zero or more").
    await dismissNotices();
    const days = editor.getByLabel('Schedule impact (working days)', { exact: true });
    await days.fill('two weeks');
    await days.press('Tab');
    await expect.poll(alerts).toEqual(["Schedule impact: 'two weeks' is not a number of days."]);
    // The refused text stays, marked, with the focus back on it (as the cost impact's).
    await expect.poll(() => days.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await days.inputValue()).toBe('two weeks');
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    // Done straight from a field that is refused keeps the editor open on it: what was typed is not lost.
    await dismissNotices();
    await days.fill('2 wks');
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect.poll(alerts).toEqual(["Schedule impact: '2 wks' is not a number of days."]);
    expect(await editor.isVisible()).toBe(true);
    expect(await days.inputValue()).toBe('2 wks');
    // The same when the refused field takes the focus back before Done's click lands (a busy
    // machine): Done's mouse press refuses the text, the field is focused again, then the release.
    await dismissNotices();
    await days.fill('3 wks');
    const done = await editor.getByRole('button', { name: 'Done' }).boundingBox();
    if (!done) throw new Error('Done is not on screen');
    await page.mouse.move(done.x + done.width / 2, done.y + done.height / 2);
    await page.mouse.down();
    await expect.poll(() => days.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.mouse.up();
    await expect.poll(alerts).toEqual(["Schedule impact: '3 wks' is not a number of days."]);
    expect(await editor.isVisible()).toBe(true);
    expect(await days.inputValue()).toBe('3 wks');
    await dismissNotices();
    await days.fill('10');
    await editor.getByRole('button', { name: 'Done' }).click();
    await editor.waitFor({ state: 'detached' });
    await app.waitSaved();
    await handle.reload();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'New risk', exact: true }).click();
    await expect.poll(() => editor.getByLabel('Cost impact amount (USD)', { exact: true }).inputValue()).toBe('12500');
    expect(await editor.getByLabel('Schedule impact (working days)', { exact: true }).inputValue()).toBe('10');
  });
});

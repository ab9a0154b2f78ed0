/**
 * A person types into a field and goes to another view by keyboard (Ctrl+1 … Ctrl+4) without
 * leaving the field first: what was typed counts, as it does when they Tab or click away. Before,
 * the field went with its view without ever losing the focus, and a role, a rate, a budget or an
 * issue's root cause typed that way was gone. Built from an empty project by keyboard; the
 * figures are checked on screen, after the views are revisited and after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

describe('going to another view by keyboard while typing in a field', () => {
  it('keeps what was typed in the Team, Costs and Issues fields, through a reload, and says why when it is refused', async () => {
    const team = new TeamPage(page);
    const costs = new CostsPage(page);
    await app.newEmptyProject('Handover');
    await app.typeTasks([['Design', '2d']]);
    await page.keyboard.press('Control+4');
    await team.addPerson('Ana Lopez', 100);

    const role = page.getByLabel('Role of Ana Lopez', { exact: true });
    await app.typeOver(role, 'Architect');
    await page.keyboard.press('Control+1');
    await app.grid.waitFor();
    await page.keyboard.press('Control+4');
    await expect.poll(() => role.inputValue()).toBe('Architect');

    const rate = page.getByLabel('Rate of Ana Lopez', { exact: true });
    await app.typeOver(rate, '120');
    await page.keyboard.press('Control+1');
    await app.grid.waitFor();
    await page.keyboard.press('Control+4');
    await expect.poll(() => rate.inputValue()).toBe('120');

    // A refused amount is refused with its message, not dropped in silence; the stored rate stays.
    await app.typeOver(rate, '-5');
    await page.keyboard.press('Control+1');
    await app.expectNotice("Rate of Ana Lopez: '-5' is negative; a rate cannot be below 0.");
    await page.keyboard.press('Control+4');
    await expect.poll(() => rate.inputValue()).toBe('120');

    await app.openView('Costs');
    await app.typeOver(costs.toolbar.getByLabel('Project budget', { exact: true }), '7000');
    await page.keyboard.press('Control+1');
    await app.grid.waitFor();
    await app.openView('Costs');
    await expect.poll(() => costs.figure('Budget')).toMatch(/^\D*7,?000$/);

    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await page.getByLabel('New issue').fill('Test environment down');
    await page.getByLabel('New issue').press('Enter');
    await app.typeOver(page.getByLabel('I-001 root cause', { exact: true }), 'Disk full');
    await page.keyboard.press('Control+2');
    await new GanttPage(page).toolbar.waitFor();
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await expect.poll(() => page.getByLabel('I-001 root cause', { exact: true }).inputValue()).toBe('Disk full');

    await app.waitSaved();
    await handle.reload();
    await app.openView('Team');
    expect(await page.getByLabel('Role of Ana Lopez', { exact: true }).inputValue()).toBe('Architect');
    expect(await page.getByLabel('Rate of Ana Lopez', { exact: true }).inputValue()).toBe('120');
    await app.openView('Costs');
    await expect.poll(() => costs.figure('Budget')).toMatch(/^\D*7,?000$/);
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await expect.poll(() => page.getByLabel('I-001 root cause', { exact: true }).inputValue()).toBe('Disk full');
  });
});

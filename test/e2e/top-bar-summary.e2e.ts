/**
 * The top bar's summary of the plan, from an EMPTY project built by keyboard. It said "1 tasks";
 * it counts as a person does ("1 task", "2 tasks"). At 1024 x 768 its dates were hidden (the bar
 * had no room beside the name and the controls): a TPM on a laptop could not see when the plan
 * starts and ends. They now go under the project's name there, whole, inside the window and clear
 * of the name and every control, in a bar no taller than before, and read the plan's dates (the
 * first task's start, the last one's finish, the status date) after a reload too; at 1440 x 900
 * they stay beside the name, and beside a short name the whole line shows.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('the top bar\'s summary', () => {
  it('counts one task as "1 task" and two as "2 tasks"', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.newEmptyProject('Payments platform migration');
    await app.typeTasks([['Discovery', '3d']]);
    await expect.poll(() => app.topBarFacts()).toMatch(/ · 1 task$/);
    await app.typeTasks([['Design', '2d']]);
    await expect.poll(() => app.topBarFacts()).toMatch(/ · 2 tasks$/);
  });

  it('shows the whole line beside a short name at 1440 x 900, where there is room for it', async () => {
    // "Sign-off · Mon, Jan 4, 27 → Wed, Jan 20, 27 · critical path 1…": the title kept a minimum
    // width wider than its short name, and the line lost its end with the bar half empty.
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.newEmptyProject('Sign-off');
    await app.typeTasks([['Build', '3d'], ['Rollout', '10d']]);
    await expect.poll(() => app.topBarFacts()).toMatch(/ · critical path \d+d · 2 tasks$/);
    const line = page.getByRole('banner').locator('.meta');
    await expect.poll(() => line.evaluate((el) => el.scrollWidth - el.clientWidth), { message: 'the line is cut' }).toBeLessThanOrEqual(0);
    await expect.poll(() => app.title.evaluate((h1) => h1.scrollWidth <= h1.clientWidth), { message: 'the name is whole' }).toBe(true);
  });

  it('shows the plan\'s dates at 1024 x 768 under the name, whole and clear of the controls, after a reload too', async () => {
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['Discovery', '3d'], ['Design', '2d'], ['Build', '5d'], ['Go-live approved', '0d']]);
    await app.typeDown('Design', 'predecessors', ['1', '2', '3']);
    await expect.poll(() => app.cell('Go-live approved', 'predecessors').innerText()).toBe('3');
    await new SettingsPage(page).setStatusDateByKeyboard('2027-01-06');
    // The plan's dates as the task table shows them: the first task's start, the milestone's finish.
    await expect.poll(() => app.cell('Discovery', 'start').innerText()).toBe('Thu, Jan 7, 27');
    const planDates = `${await app.cell('Discovery', 'start').innerText()} → ${await app.cell('Go-live approved', 'finish').innerText()} · status date Wed, Jan 6, 27`;
    await expect.poll(() => app.topBarFacts()).toMatch(/ · 4 tasks$/);
    const banner = page.getByRole('banner');
    const oneLineHeight = 51;

    for (const when of ['as built', 'after a reload']) {
      if (when === 'after a reload') await fixture.handle.reload();
      await expect.poll(() => app.topBarDates(), { message: `1024 x 768, ${when}` }).toEqual({ text: planDates, isShownWhole: true, isInsideWindow: true, overlaps: [] });
      // The name is whole above them, and the bar no taller than one line of controls.
      await expect.poll(() => app.title.evaluate((h1) => h1.scrollWidth <= h1.clientWidth)).toBe(true);
      expect((await banner.boundingBox())?.height, when).toBeLessThanOrEqual(oneLineHeight);
    }

    // Renaming there: the field takes the name's place, clear of the controls, in a bar no taller.
    await app.title.click();
    const nameField = banner.getByLabel('Project name', { exact: true });
    const fieldBox = await nameField.boundingBox();
    const savedBox = await banner.locator('.save-state').boundingBox();
    expect(fieldBox && savedBox ? savedBox.x - (fieldBox.x + fieldBox.width) : -1).toBeGreaterThan(0);
    expect((await banner.boundingBox())?.height).toBeLessThanOrEqual(oneLineHeight);
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => app.topBarDates(), { message: '1440 x 900' }).toEqual({ text: planDates, isShownWhole: true, isInsideWindow: true, overlaps: [] });
    expect((await banner.boundingBox())?.height).toBeLessThanOrEqual(oneLineHeight);

    await screenshotsAtBothSizes(page, 'top-bar-dates', async () => {
      await expect.poll(() => app.topBarDates()).toEqual({ text: planDates, isShownWhole: true, isInsideWindow: true, overlaps: [] });
    });
  });
});

/**
 * A summary's Duration cell opened for editing shows the duration the cell shows (its subtasks'
 * span), not the one the task had before it had subtasks; Enter on it changes nothing and raises
 * no refusal. From an empty project built by keyboard, in the Tasks table and the Gantt's grid.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

describe('a summary\'s duration editor', () => {
  it('opens on the rolled-up duration, and Enter leaves it as it was', async () => {
    await app.newEmptyProject('Checkout');
    await app.typeTasks([['Build', '1d'], ['API', '5d'], ['UI', '4d']]);
    await app.cell('API', 'name').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'API@1', 'UI@1']);
    await expect.poll(() => app.cell('Build', 'duration').textContent()).toBe('5d');

    await app.cell('Build', 'duration').click();
    await page.keyboard.press('Enter');
    const input = app.grid.locator('.cell-input');
    expect(await input.inputValue()).toBe('5d');
    await input.press('Enter');
    await expect.poll(() => input.count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await app.cell('Build', 'duration').textContent()).toBe('5d');

    // The Gantt's grid opens the same editor on the same value.
    await app.openView('Gantt');
    const row = new GanttPage(page).rowNamed('Build');
    await row.locator('[data-column="duration"]').click();
    await page.keyboard.press('Enter');
    const ganttInput = page.locator('.gl-grid-row .cell-input');
    expect(await ganttInput.inputValue()).toBe('5d');
    await ganttInput.press('Escape');
    await expect.poll(() => ganttInput.count()).toBe(0);
  }, 120_000);
});

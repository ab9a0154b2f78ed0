/**
 * A risk raised and described in one sitting has no trend yet: the register shows it level (▶),
 * not rising (▲) because its probability and impact were raised from the register's defaults
 * (3 x 3) while it was being filled in, and it agrees with the status report, which calls it
 * unchanged. From an empty project by keyboard; the register after a reload, at 1024 and 1440,
 * light and dark.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { ReportsPage } from './pages/reports-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

describe('a new risk in the register', () => {
  it('reads level, not rising, after being described, and the report agrees', async () => {
    await app.newEmptyProject('Vendor integration');
    await app.typeTasks([['Backend', '3d']]);
    await app.openView('Risks');
    await page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: /^Add risk/ }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.waitFor();
    await page.keyboard.type('Vendor API late');
    await editor.getByLabel('Probability', { exact: true }).selectOption('4');
    await editor.getByLabel('Schedule impact level (1–5)', { exact: true }).selectOption('4');
    await editor.getByRole('button', { name: 'Done' }).press('Enter');
    await editor.waitFor({ state: 'detached' });

    const row = page.getByRole('table', { name: 'Risks' }).getByRole('row').filter({ hasText: 'Vendor API late' });
    await expect.poll(() => row.locator('td.score-cell').innerText()).toBe('16 ▶');
    expect(await row.getByLabel(/^trend /).getAttribute('aria-label')).toBe('trend unchanged');

    await new ReportsPage(page).open();
    await expect.poll(() => new ReportsPage(page).text()).toContain('R-001 Vendor API late: score 16 of 25, unchanged');

    await app.waitSaved();
    await handle.reload();
    await app.openView('Risks');
    await expect.poll(() => row.locator('td.score-cell').innerText()).toBe('16 ▶');
    await screenshotsAtBothSizes(page, 'risk-trend-new');
  });
});

/**
 * The issues log's Title at 1024x768: a typical title ("Payment provider sandbox down since
 * Monday") reads in at most two lines of a column at least 14em wide, its full text in the cell's
 * tooltip, with every control inside the panel and nothing scrolled sideways. With eight columns
 * side by side it had about 120 px, four lines. From an EMPTY project by keyboard: two tasks, the
 * issue typed, a task linked, a due date, priority and status set; screenshots light and dark at
 * 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;
let risks: RisksPage;
beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  risks = new RisksPage(app);
});

const TITLE = 'Payment provider sandbox down since Monday';

describe('the issues log at 1024x768', () => {
  it('gives a typical title the room to read, its full text in the tooltip, every control in the panel', async () => {
    await app.newEmptyProject('Payments');
    await app.typeTasks([['Integrate payment provider', '4d'], ['Ship', '1d']]);
    await risks.open('Issues');
    await risks.addLine('New issue title', TITLE);
    const issues = page.getByRole('table', { name: 'Issues' });
    await expect.poll(() => issues.innerText()).toContain('I-001');
    // A task linked, a due date typed and a priority and status stepped to, by keyboard: the row as it is in use.
    await page.getByLabel('I-001 link task', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => issues.getByRole('button', { name: /^Unlink Integrate payment provider/ }).count()).toBe(1);
    await page.getByLabel('I-001 due', { exact: true }).focus();
    await page.keyboard.type('2031-06-30');
    await page.keyboard.press('Tab');
    await page.getByLabel('I-001 priority', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('I-001 status', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('I-001 status', { exact: true }).inputValue()).toBe('in-progress');
    expect(await page.getByLabel('I-001 priority', { exact: true }).inputValue()).toBe('high');

    const geometry = await risks.logGeometry('Issues');
    expect(geometry.cutControls, 'controls past the panel edge').toEqual([]);
    expect(geometry.scrollsSideways, 'the issues table scrolls sideways').toBe(false);
    const fontPx = await issues.locator('td.issue-title').evaluate((td) => parseFloat(getComputedStyle(td).fontSize));
    expect(geometry.widths['Title'], 'the title column, at least 14em').toBeGreaterThanOrEqual(Math.floor(14 * fontPx));
    expect(geometry.lines['Title'], 'lines the title takes').toBeLessThanOrEqual(2);
    // Every other column is narrower than the title.
    for (const [header, width] of Object.entries(geometry.widths)) {
      if (header !== 'Title') expect([header, width < (geometry.widths['Title'] ?? 0)]).toEqual([header, true]);
    }
    expect(await issues.locator('td.issue-title').getAttribute('title')).toBe(TITLE);
    await screenshotsAtBothSizes(page, 'issue-title-room');
  }, 120_000);
});

/**
 * The Cost summary's bottom-up EAC reads on one line at 1024 x 768, from an EMPTY project built by
 * keyboard with eight-digit amounts: "Cost as scheduled (bottom-up EAC)" wrapped there, "(bottom-up
 * EAC)" alone under the rest, the one two-line label in the strip. The figures stay in rows of
 * five and four, none cut off.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

describe('the Cost summary at 1024 x 768', () => {
  it('writes the bottom-up EAC\'s name on one line, the figures in rows of five and four', async () => {
    await app.newEmptyProject('Data centre move');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    await app.openView('Costs');
    const name = 'Cost as scheduled (bottom-up EAC)';
    await expect.poll(() => costs.summaryLayout()).toEqual({ rows: [5, 4], cut: [] });
    expect(await costs.summaryLabelLines(name), 'lines of the label, four-digit amounts').toBe(1);

    const fixed = costs.table.getByLabel('Fixed cost of Build', { exact: true });
    await fixed.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('14,925,000');
    await page.keyboard.press('Enter');
    await costs.setProjectMoney('Project budget', 12500000);
    await costs.setProjectMoney('Management reserve', 12500000);
    await expect.poll(() => costs.figure(name)).toBe('$14,925,000 over budget');
    await expect.poll(() => costs.summaryLayout()).toEqual({ rows: [5, 4], cut: [] });
    expect(await costs.summaryLabelLines(name), 'lines of the label, eight-digit amounts').toBe(1);
    await screenshotsAtBothSizes(page, 'cost-summary-eac-label');
  }, 120_000);
});

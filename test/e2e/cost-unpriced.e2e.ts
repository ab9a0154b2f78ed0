/**
 * A plan nobody has priced yet, from an EMPTY project typed by keyboard: the Cost view says what to
 * do to see money (rates and assignments, or fixed costs) instead of drawing flat $0 lines under a
 * $0–$100 axis; the first fixed cost typed draws the S-curve, and it is still drawn after a reload.
 * A budget alone also draws it (its level line is money to plan against).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

const UNPRICED = 'Nothing costs anything yet: give people rates and assign them, or add fixed costs.';
const drawn = (): Promise<number> => costs.chart.locator('canvas').count();

describe('the Cost view of a plan not yet priced', () => {
  it('says how to price it instead of drawing $0 lines, and draws the S-curve from the first fixed cost on, after a reload too', async () => {
    await app.newEmptyProject('Payments API');
    await app.typeTasks([['Design', '3d'], ['Build', '5d']]);
    await app.openView('Costs');
    await expect.poll(() => costs.chart.innerText()).toContain(UNPRICED);
    expect(await drawn()).toBe(0);
    expect(await costs.chart.getByRole('button', { name: 'Export SVG' }).isDisabled()).toBe(true);
    await screenshotsAtBothSizes(page, 'cost-unpriced');

    const fixedCost = costs.table.getByLabel('Fixed cost of Build', { exact: true });
    await fixedCost.focus();
    await page.keyboard.type('2500');
    await page.keyboard.press('Enter');
    await expect.poll(drawn).toBeGreaterThan(0);
    expect(await costs.chart.innerText()).not.toContain(UNPRICED);

    await fixture.handle.reload();
    await app.openView('Costs');
    await expect.poll(drawn).toBeGreaterThan(0);
    expect(await costs.chart.innerText()).not.toContain(UNPRICED);
  }, 120_000);

  it('draws the S-curve for a budget alone, the line the plan will be priced against', async () => {
    await app.newEmptyProject('Payments API');
    await app.typeTasks([['Design', '3d']]);
    await app.openView('Costs');
    await expect.poll(() => costs.chart.innerText()).toContain(UNPRICED);
    await costs.setProjectMoney('Project budget', 40_000);
    await expect.poll(drawn).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * The Cost view at 1024x768 keeps its table's header in view and can give the chart's room to the
 * table. Before, the table and the chart below it did not both fit: the whole panel scrolled down
 * to the chart and the table's header went off the top with it. From an EMPTY project built by
 * keyboard (twenty tasks, three with fixed costs typed into the Cost table): the chart read down to
 * its legend leaves the table's header where it was (the chart scrolls in a box of its own, the
 * panel not at all); Hide chart shows more rows, and after a reload the chart is still hidden and
 * the rows still more; Show chart brings the chart back and the table its ten rows. Photographed
 * at both sizes, light and dark, with the chart shown and hidden.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { newProjectStarting } from './pages/shared-projects';
import { rowsInView } from './pages/table-geometry';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

const TASKS = [
  'Kick-off', 'Requirements', 'Vendor shortlist', 'Vendor contract', 'Architecture', 'Data model', 'Payments API',
  'Merchant portal', 'Refunds', 'Reporting', 'Security review', 'Load testing', 'Data migration', 'Accessibility audit',
  'User documentation', 'Support training', 'Pilot', 'Go-live', 'Hypercare', 'Close-out',
].map((name) => [name, '2d'] as const);

describe('the Cost view\'s chart at 1024x768', () => {
  it('scrolls apart from the table, and hides and shows again, remembered across a reload', async () => {
    await newProjectStarting(page, 'Payments replatform', '2027-03-01');
    await app.typeTasks(TASKS);
    await app.openView('Costs');
    await costs.typeAmount('Fixed cost of Payments API', '18,000');
    await costs.typeAmount('Fixed cost of Security review', '4,500');
    await costs.typeAmount('Fixed cost of Pilot', '2,250');
    await app.waitSaved();

    // The chart read down to its legend: the table's header stays where a person left it.
    await costs.chart.locator('.u-legend').waitFor();
    expect(await costs.headerInView(), 'the table\'s header before the chart is read').toBe(true);
    await costs.chart.locator('.u-legend').scrollIntoViewIfNeeded();
    expect(await costs.legendFits(), 'the chart\'s legend inside its frame').toBe(true);
    expect(await costs.headerInView(), 'the table\'s header with the chart read to its legend').toBe(true);
    const shownRows = await rowsInView(costs.table);
    expect(shownRows, 'rows in view under the chart').toBeGreaterThanOrEqual(10);
    await screenshotsAtBothSizes(page, 'cost-chart-shown');

    await page.setViewportSize({ width: 1024, height: 768 });
    await costs.toggleChart('Hide chart');
    expect(await costs.chart.getByRole('tab').count(), 'chart tabs once hidden').toBe(0);
    await expect.poll(() => rowsInView(costs.table), { message: 'rows in view with the chart hidden' }).toBeGreaterThan(shownRows);
    await app.waitSaved();

    await fixture.handle.reload();
    await costs.table.getByRole('row').nth(10).waitFor();
    expect(await costs.chart.getByRole('button', { name: 'Show chart', exact: true }).isVisible(), 'Show chart after a reload').toBe(true);
    expect(await costs.chart.getByRole('tab').count(), 'chart tabs after a reload').toBe(0);
    // Whole rows, so the count depends a row on how far the table was scrolled: still more than under the chart.
    expect(await rowsInView(costs.table), 'rows in view after a reload').toBeGreaterThan(shownRows);
    expect(await costs.headerInView(), 'the table\'s header with the chart hidden').toBe(true);
    await screenshotsAtBothSizes(page, 'cost-chart-hidden');

    await page.setViewportSize({ width: 1024, height: 768 });
    await costs.toggleChart('Show chart');
    await costs.chart.getByRole('tab', { name: 'S-curve' }).waitFor();
    await costs.chart.locator('.u-legend').waitFor();
    await expect.poll(() => rowsInView(costs.table), { message: 'rows in view with the chart shown again' }).toBeLessThanOrEqual(shownRows);
    expect(await rowsInView(costs.table), 'rows in view with the chart shown again').toBeGreaterThanOrEqual(10);
    expect(await costs.headerInView(), 'the table\'s header with the chart shown again').toBe(true);
    await fixture.handle.reload();
    await costs.chart.getByRole('button', { name: 'Hide chart', exact: true }).waitFor();
  }, 180_000);
});

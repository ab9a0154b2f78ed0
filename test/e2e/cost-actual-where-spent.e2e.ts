/**
 * Actual cost drawn where it was spent, and the cost charts' SVG exports labelled as on screen.
 * From an EMPTY project made by keyboard, starting Monday 4 January 2027: Design (60 days, $20,000
 * fixed), then Build (700 days, $300,000 fixed, into 2030), and Licences, a purchase with no
 * planned cost, paid on Monday 15 March: its actual start and finish typed that day and $12,000
 * typed as its actual cost; the status date Thursday 30 September 2027. The S-curve's actual cost
 * is nothing up to the midnight of the 15th and the whole $12,000 by the next (with month-end
 * points only, it rose from 1 March to 1 April). Both charts exported as SVG: their time labels
 * are clear of one another and write years in four digits (the cash flow labelled all 44 months
 * over one another, the S-curve wrote "Mar 1, 27"). After a reload the S-curve reads the same.
 */
import { writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage, svgXLabels } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;
let files: FilesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  files = new FilesPage(page);
});

/** The S-curve's points around where actual cost first rises: the last at $0 and the first above it. */
async function whereActualCostRises(): Promise<{ before: string; from: string; fromAmount: string }> {
  const points = (await costs.legendAcrossPlot()).filter((p) => (p['Actual cost (AC)'] ?? '–') !== '–');
  const first = points.findIndex((p) => p['Actual cost (AC)'] !== '$0');
  return { before: points[first - 1]?.['Day'] ?? '', from: points[first]?.['Day'] ?? '', fromAmount: points[first]?.['Actual cost (AC)'] ?? '' };
}

/** Exports the chart shown as SVG, keeps it beside the screenshots (and a PNG of it drawn by the browser), returns its text. */
async function exportedSvg(name: string): Promise<string> {
  const svg = (await files.download(() => costs.chart.getByRole('button', { name: 'Export SVG' }).click())).text;
  writeFileSync(artifactPath(`${name}.svg`), svg);
  const viewer = await page.context().newPage();
  await viewer.setContent(`<body style="margin:0">${svg}</body>`);
  await viewer.locator('svg').screenshot({ path: artifactPath(`${name}.png`) });
  await viewer.close();
  return svg;
}

/** Checks an exported chart's time labels as a person reads them: apart, years in four digits. */
function expectLabelsApartWithFullYears(svg: string, lastYear: string): void {
  const labels = svgXLabels(svg);
  const shown = labels.map((l) => l.text).join(' | ');
  expect(labels.length, shown).toBeGreaterThan(3);
  expect(shown, 'no two-digit year such as "Mar 1, 27"').not.toMatch(/,\s*\d{2}\b|'\d{2}\b/);
  const years = labels.flatMap((l) => l.text.match(/\b\d{4}\b/g) ?? []);
  expect(years[0], shown).toBe('2027');
  expect(years.at(-1), shown).toBe(lastYear);
  labels.forEach((label, i) => {
    const next = labels[i + 1];
    if (next) expect(next.left - label.right, `"${label.text}" clear of "${next.text}": ${shown}`).toBeGreaterThanOrEqual(4);
  });
}

describe('actual cost where it was spent, and the cost charts\' SVG time labels', () => {
  it('draws a purchase paid on 15 March as spent that day, and exports both charts with their labels apart and four-digit years', async () => {
    await newProjectStarting(page, 'Depot', '2027-01-04');
    await app.typeTasks([['Design', '60d'], ['Build', '700d'], ['Licences', '5d']]);
    await app.editCell('Build', 'predecessors', '1');
    await app.showColumns(['Actual start', 'Actual finish']);
    await app.editCell('Licences', 'actualStart', '2027-03-15');
    await app.editCell('Licences', 'actualFinish', '2027-03-15');
    await expect.poll(() => app.cell('Licences', 'actualFinish').textContent()).toBe('Mon, Mar 15, 27');

    await app.openView('Costs');
    await costs.setStatusDate('2027-09-30');
    await costs.typeAmount('Fixed cost of Design', '20,000');
    await costs.typeAmount('Fixed cost of Build', '300,000');
    await costs.typeAmount('Actual cost of Licences', '12,000');
    await expect.poll(() => costs.figure('Actual cost (AC)')).toBe('$12,000');

    await costs.showChart('S-curve');
    await expect.poll(whereActualCostRises).toEqual({ before: 'Mon, Mar 15, 27', from: 'Tue, Mar 16, 27', fromAmount: '$12,000' });
    expect((await costs.valuesAtStatusLine())['Actual cost (AC)']).toBe('$12,000');
    await screenshotsAtBothSizes(page, 'cost-actual-where-spent-s-curve');
    expectLabelsApartWithFullYears(await exportedSvg('cost-actual-where-spent-s-curve'), '2030');

    await costs.showChart('Cash flow by phase');
    await expect.poll(async () => (await costs.legendLabels()).length).toBeGreaterThan(0);
    await screenshotsAtBothSizes(page, 'cost-actual-where-spent-cash-flow');
    expectLabelsApartWithFullYears(await exportedSvg('cost-actual-where-spent-cash-flow'), '2030');

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Costs');
    await costs.showChart('S-curve');
    await expect.poll(whereActualCostRises).toEqual({ before: 'Mon, Mar 15, 27', from: 'Tue, Mar 16, 27', fromAmount: '$12,000' });
  }, 240_000);
});

/**
 * The Cost table's Variance column, from an EMPTY project typed by keyboard: three tasks with fixed
 * costs (Design $1,000, Build $300, Docs $500) saved as the baseline, then Design raised to $1,400
 * and Build cut to $150. Variance is cost − baseline cost (MS Project's Cost Variance): Design shows
 * "+$400" in the danger colour with "over baseline" in words, Build "−$150" in the success colour,
 * Docs "$0" with no sign and no colour; the header says what + means; all of it after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { newProjectStarting } from './pages/shared-projects';
import { themeColour } from './theme-colours';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

async function expectVariances(): Promise<void> {
  const [danger, success] = [await themeColour(page, '--danger'), await themeColour(page, '--success')];
  await expect.poll(() => costs.variance('Design').then((v) => v.shown)).toBe('+$400');
  expect(await costs.variance('Design')).toEqual({ shown: '+$400', title: '$400 over baseline', heard: '$400 over baseline', colour: danger });
  expect(await costs.variance('Build')).toEqual({ shown: '\u2212$150', title: '$150 under baseline', heard: '$150 under baseline', colour: success });
  const docs = await costs.variance('Docs');
  expect({ shown: docs.shown, heard: docs.heard }).toEqual({ shown: '$0', heard: 'on baseline' });
  expect(docs.colour).not.toBe(danger);
  expect(docs.colour).not.toBe(success);
}

describe('cost variance against the baseline', () => {
  it('signs an overrun +$400 in the danger colour and an underrun −$150 in the success colour, and says which in words', async () => {
    await newProjectStarting(page, 'Website refresh', '2027-01-04');
    await app.typeTasks([['Design', '2d'], ['Build', '3d'], ['Docs', '1d']]);
    await app.openView('Costs');
    await costs.typeAmount('Fixed cost of Design', '1,000');
    await costs.typeAmount('Fixed cost of Build', '300');
    await costs.typeAmount('Fixed cost of Docs', '500');

    await costs.toolbar.getByRole('button', { name: 'Baselines…' }).click();
    await costs.baselinesDialog.getByRole('button', { name: 'Save Baseline', exact: true }).click();
    await costs.baselinesDialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => costs.cellText('Design', 'Baseline')).toBe('$1,000');

    await costs.typeAmount('Fixed cost of Design', '1,400');
    await costs.typeAmount('Fixed cost of Build', '150');
    await expectVariances();
    const header = costs.table.getByRole('columnheader', { name: 'Variance', exact: true });
    expect(await header.getAttribute('title')).toMatch(/cost less baseline cost.*\+ is over the baseline, − is under/);
    await screenshotsAtBothSizes(page, 'cost-variance-sign');

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Costs');
    await expectVariances();
  });
});

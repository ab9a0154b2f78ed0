/**
 * A fixed cost typed on a summary row, from an EMPTY project typed by keyboard: Move (a summary
 * over Pack and Unpack) with $1,000 of its own, Sign-off half done with $900 of actual cost
 * recorded, and the status date before the work. The S-curve's forecast ends at the Cost as
 * scheduled the summary shows, the summary's own fixed cost in it; the Cost table's Remaining
 * column adds up to the summary's Remaining (cost less actual recorded, MS Project's Remaining
 * Cost), the $900 recorded for later work named apart as part of the ETC; and the fixed cost is
 * still there after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

/** Dollars in a figure as shown ('$7,150', '$7,150.00'). */
const dollars = (text: string | undefined): number => Number((text ?? '').replace(/[$,\s]/g, ''));

describe('a fixed cost on a summary task', () => {
  it('is in the Cost as scheduled and at the end of the S-curve\'s forecast, and the Remaining column adds up to the summary\'s Remaining', async () => {
    await newProjectStarting(page, 'Office move', '2027-01-04');
    await app.typeTasks([['Move', '1d'], ['Pack', '2d'], ['Unpack', '3d'], ['Sign-off', '1d']]);
    await app.cell('Pack', 'name').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual(['Move@0', 'Pack@1', 'Unpack@1', 'Sign-off@0']);
    await app.editCell('Sign-off', 'percent', '50');

    await app.openView('Costs');
    await costs.setStatusDate('2026-12-31');
    await costs.typeAmount('Fixed cost of Pack', '2,000');
    await costs.typeAmount('Fixed cost of Unpack', '3,000');
    await costs.typeAmount('Fixed cost of Move', '1,000');
    await costs.typeAmount('Fixed cost of Sign-off', '500');
    await costs.typeAmount('Actual cost of Sign-off', '900');

    // 2,000 + 3,000 + Move's own 1,000 + Sign-off's 900 recorded and 250 of its 500 still to come.
    await expect.poll(() => costs.figure('Cost as scheduled (bottom-up EAC)')).toBe('$7,150');
    expect(await costs.cellText('Move', 'Cost')).toBe('$6,000');

    await costs.showChart('S-curve');
    await expect.poll(async () => (await costs.canvasSize()).width).toBeGreaterThan(0);
    await expect.poll(async () => dollars((await costs.valuesAtEnd())['Forecast'])).toBe(7150);
    expect(dollars((await costs.valuesAtStatusLine())['Actual cost (AC)'])).toBe(0);
    await screenshotsAtBothSizes(page, 'cost-summary-fixed-cost');

    // Remaining is cost less actual recorded, row by row: the top-level rows add up to the summary's
    // Remaining (Move's own 1,000 in its row with Pack's and Unpack's), and the note names the 900
    // recorded for later work and what is left to spend after the status date (ETC) apart from it.
    const remaining = { move: await costs.cellText('Move', 'Remaining'), signOff: await costs.cellText('Sign-off', 'Remaining') };
    expect(remaining).toEqual({ move: '$6,000', signOff: '$250' });
    expect(dollars(await costs.cellText('Pack', 'Remaining')) + dollars(await costs.cellText('Unpack', 'Remaining')) + 1000).toBe(6000);
    expect(await costs.figure('Remaining')).toBe('$6,250');
    expect(dollars(await costs.figure('Remaining'))).toBe(dollars(remaining.move) + dollars(remaining.signOff));
    const note = page.locator('.cost-view').getByRole('note').filter({ hasText: 'Actual cost (AC)' });
    expect((await note.innerText()).replace(/\s+/g, ' ')).toMatch(/The other \$900 is recorded for work after that date: with the \$6,250 Remaining, \$7,150 is left to spend after the status date \(ETC\)\.$/);
    const remainingHeader = costs.table.getByRole('columnheader', { name: 'Remaining', exact: true });
    expect(await remainingHeader.getAttribute('title')).toMatch(/MS Project's Remaining Cost.*adds up to the summary's Remaining/);
    expect(await costs.summary.locator('dt', { hasText: /^Remaining$/ }).getAttribute('title')).toMatch(/sum of the Cost table's Remaining column/);

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Costs');
    await expect.poll(() => costs.cellText('Move', 'Fixed cost')).toBe('$1,000');
    expect(await costs.figure('Cost as scheduled (bottom-up EAC)')).toBe('$7,150');
  });
});

/**
 * The portfolio says which projects need attention, as their status reports do. From an empty
 * workspace, by keyboard: "Checkout" is a two-task chain with a baseline saved, then Build is
 * lengthened by five days, so its finish is five working days past the baseline's (amber: above
 * 2, not above 10). "Docs" has no baseline: green. The portfolio shows each colour, the dimension
 * that made it, % done and, on asking, each dimension's reason; the Reports view of Checkout
 * gives the same colour. After a reload, Docs is read from its kept digest: the same again.
 * The plans start in 2030 so "today" (the status date of a plan without one) is before them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';
import { ReportsPage } from './pages/reports-page';
import { typeChain } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

const timeline = (): ReturnType<Page['getByRole']> => page.getByRole('region', { name: 'Projects timeline' });
/** A project's name button (the open one reads "Name (open)"). */
const nameButton = (name: string) => page.getByRole('button', { name: new RegExp(`^${name}( \\(open\\))?$`) });
const rowOf = (name: string) => timeline().getByRole('listitem').filter({ has: nameButton(name) });
const chipOf = (name: string) => rowOf(name).getByRole('button', { name: /^Status .*Why\?$/ });
const healthText = async (name: string): Promise<string> => (await rowOf(name).locator('.portfolio-health').innerText()).replace(/\s+/g, ' ').trim();

describe('portfolio health', () => {
  it('shows each project\'s status report colour, what made it and how far along it is, with the reasons on asking, after a reload too', async () => {
    await typeChain(page, 'Checkout', '2030-01-07', [['Design', '2d'], ['Build', '3d']]);
    await app.openView('Gantt');
    await (await new GanttPage(page).control('button', 'Save baseline')).click();
    await app.expectNotice('Baseline saved.');
    await app.openView('Tasks');
    await app.editCell('Build', 'duration', '8d');
    await expect.poll(() => app.cell('Build', 'finish').textContent()).toMatch(/Jan 18|18 Jan/);
    await app.waitSaved();
    await typeChain(page, 'Docs', '2030-01-14', [['Guides', '2d']]);
    await app.waitSaved();

    await app.openView('Portfolio');
    await expect.poll(() => healthText('Checkout')).toBe('Amber schedule 0% done');
    expect(await healthText('Docs')).toBe('Green 0% done');
    // The header counts the projects needing attention (the bundled sample project is on the device too).
    expect(await page.getByRole('main').innerText()).toMatch(/\d+ projects on this device · (\d+ red, )?1 amber\b/);

    // The reasons, by keyboard: the chip says what it opens, and each dimension says why.
    await chipOf('Checkout').focus();
    expect(await chipOf('Checkout').getAttribute('aria-label')).toBe('Status Amber on schedule. Why?');
    await page.keyboard.press('Enter');
    const why = page.getByRole('region', { name: 'Why Checkout is Amber' });
    await expect.poll(() => why.innerText()).toContain('Schedule: Amber. Finish 5 working days late (amber above 2 days');
    const reasons = await why.innerText();
    expect(reasons).toContain('Cost: Not measured. No costs, or neither a budget nor a cost baseline, so cost is not measured.');
    expect(reasons).toContain('Risk: Green. No open threats in the risk register.');
    expect(reasons).toMatch(/As its status report for .+ says: the project has no status date of its own, so this is the day it was measured\./);
    expect(await chipOf('Checkout').getAttribute('aria-expanded')).toBe('true');
    await screenshotsAtBothSizes(page, 'portfolio-health-reasons');
    await page.keyboard.press('Enter');
    await expect.poll(() => why.count()).toBe(0);

    // The status report of the same project gives the same colour.
    await rowOf('Checkout').locator(nameButton('Checkout')).click();
    await expect.poll(() => app.title.textContent()).toBe('Checkout');
    const reports = new ReportsPage(page);
    await reports.open();
    await expect.poll(() => reports.text()).toMatch(/Overall\s*Amber/);

    // After a reload Docs comes from the digest kept when it was left: the same colours.
    await page.reload();
    await app.openView('Portfolio');
    await expect.poll(() => healthText('Checkout')).toBe('Amber schedule 0% done');
    expect(await healthText('Docs')).toBe('Green 0% done');
  });
});

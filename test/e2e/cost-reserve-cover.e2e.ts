/**
 * The contingency reserve against the open threats' exposure, from an EMPTY project built by
 * keyboard: two threats added in the Risks view (Possible x $5,000 = $2,000 and Rare x $4,000 =
 * $200: exposure $2,200, as the Risks view shows it), then a $1,000 contingency reserve typed in
 * the Cost view. Under the summary it reads "Contingency reserve $1,000 covers 45% of the open
 * threats' exposure ($2,200)." in the warning colour, still after a reload, and the status report's
 * money section says it too; a $2,500 reserve covers all of it and the warning goes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { ReportsPage } from './pages/reports-page';
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

/** Adds a threat from the heat map's cell and types its cost impact by keyboard. */
async function addThreat(probability: number, amount: string): Promise<void> {
  await page.getByRole('button', { name: `Add risk with probability ${String(probability)} and impact 3` }).click();
  const editor = page.getByRole('dialog', { name: /^Risk R-\d+/ });
  const impact = editor.getByLabel('Cost impact amount (USD)', { exact: true });
  await impact.focus();
  await page.keyboard.type(amount);
  await page.keyboard.press('Tab');
  await expect.poll(() => impact.inputValue()).toBe(amount.replace(/,/g, ''));
  await editor.getByRole('button', { name: 'Done' }).click();
  await editor.waitFor({ state: 'detached' });
}

const coverNote = (): Promise<string> => page.locator('.cost-view').getByRole('note').filter({ hasText: 'Contingency reserve' }).innerText().then((t) => t.replace(/\s+/g, ' ').trim());
const coverColour = (): Promise<string> => page.locator('.cost-view').getByRole('note').filter({ hasText: 'Contingency reserve' }).evaluate((el) => getComputedStyle(el).color);

describe("the contingency reserve against the open threats' exposure", () => {
  it('says in the warning colour how much of the exposure a short reserve covers, and stops warning once it covers all', async () => {
    await newProjectStarting(page, 'Payments upgrade', '2027-01-04');
    await app.typeTasks([['Build', '5d']]);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
    await addThreat(3, '5,000');
    await addThreat(1, '4,000');
    await expect.poll(() => page.getByText(/^Open threats' exposure:/).innerText()).toBe("Open threats' exposure: $2,200");
    await screenshotsAtBothSizes(page, 'cost-reserve-cover-risks-exposure');

    await app.openView('Costs');
    await expect.poll(coverNote).toBe("Contingency reserve $0 covers 0% of the open threats' exposure ($2,200).");
    await costs.setProjectMoney('Contingency reserve', 1000);
    await expect.poll(coverNote).toBe("Contingency reserve $1,000 covers 45% of the open threats' exposure ($2,200).");
    expect(await coverColour()).toBe(await themeColour(page, '--warning'));
    await screenshotsAtBothSizes(page, 'cost-reserve-cover-short');

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Costs');
    await expect.poll(coverNote).toBe("Contingency reserve $1,000 covers 45% of the open threats' exposure ($2,200).");

    // The status report's money section says the same, once the plan costs something (Build's $800).
    const fixedCost = costs.table.getByLabel('Fixed cost of Build', { exact: true });
    await fixedCost.focus();
    await page.keyboard.type('800');
    await page.keyboard.press('Enter');
    await expect.poll(() => costs.cellText('Build', 'Cost')).toBe('$800');
    const reports = new ReportsPage(page);
    await reports.open();
    await expect.poll(() => reports.text()).toContain("Contingency reserve $1,000 covers 45% of the open threats' exposure ($2,200).");

    await app.openView('Costs');
    await costs.setProjectMoney('Contingency reserve', 2500);
    await expect.poll(coverNote).toBe("Contingency reserve $2,500 covers all of the open threats' exposure ($2,200).");
    expect(await coverColour()).not.toBe(await themeColour(page, '--warning'));
  });
});

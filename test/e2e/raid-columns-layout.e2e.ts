/**
 * The RAID logs' columns at 1024x768: a decision's text has the room (it was squeezed to about
 * 60 px, five lines, beside three empty inputs of about 170 px each), its date reads on one line,
 * and every control, the "+ risk" link picker included, sits inside the panel without scrolling the
 * table sideways. The Issues and Assumptions logs are held to the same. From an EMPTY project built
 * by keyboard; checked by geometry, with screenshots light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage, type LogGeometry } from './pages/risks-page';

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

/** The log's table against its scrolling frame (the panel's right edge) in a 1024x768 window. */
async function geometryAt1024(name: string): Promise<LogGeometry> {
  await page.setViewportSize({ width: 1024, height: 768 });
  return risks.logGeometry(name);
}

describe('the RAID logs at 1024x768', () => {
  it('give a decision its text room and its date one line, and keep every control inside the panel', async () => {
    await app.newEmptyProject('RAID columns');
    await app.typeTasks([['Build', '4d'], ['Ship', '1d']]);
    await app.openView('Risks');
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 5' }).press('Enter');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.getByLabel('Title', { exact: true }).focus();
    await page.keyboard.type('Vendor API late');
    await editor.getByRole('button', { name: 'Done' }).press('Enter');
    await editor.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Decisions' }).click();
    await risks.addLine('New decision', 'Build an adapter layer over the vendor API so the app can ship on its own dates');
    await page.getByLabel('D-001 link risk', { exact: true }).selectOption({ label: 'R-001 Vendor API late' });
    await expect.poll(() => page.getByRole('table', { name: 'Decisions' }).innerText()).toContain('R-001');
    const decisions = await geometryAt1024('Decisions');
    expect(decisions.cutControls, 'controls past the panel edge').toEqual([]);
    expect(decisions.scrollsSideways, 'the decisions table scrolls sideways').toBe(false);
    expect(decisions.widths['Decision'], 'the decision text column').toBeGreaterThanOrEqual(180);
    expect(decisions.lines['Date'], 'the decision date').toBe(1);
    expect(decisions.lines['Decision'], 'the decision text').toBeLessThanOrEqual(3);
    for (const input of ['Decided by', 'Rationale', 'Alternatives considered']) {
      expect(decisions.widths[input], input).toBeLessThan(decisions.widths['Decision'] ?? 0);
    }
    await screenshotsAtBothSizes(page, 'raid-columns-decisions');

    await page.getByRole('tab', { name: 'Issues' }).click();
    await risks.addLine('New issue title', 'Payment sandbox down since the vendor moved its test servers');
    const issues = await geometryAt1024('Issues');
    expect(issues.cutControls, 'issue controls past the panel edge').toEqual([]);
    expect(issues.scrollsSideways, 'the issues table scrolls sideways').toBe(false);
    expect(issues.widths['Title'], 'the issue title column').toBeGreaterThanOrEqual(115);
    await screenshotsAtBothSizes(page, 'raid-columns-issues');

    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await risks.addLine('New assumption', 'The vendor keeps its published release dates for the payment API');
    const assumptions = await geometryAt1024('Assumptions');
    expect(assumptions.cutControls, 'assumption controls past the panel edge').toEqual([]);
    expect(assumptions.scrollsSideways, 'the assumptions table scrolls sideways').toBe(false);
    expect(assumptions.widths['Statement'], 'the statement column').toBeGreaterThanOrEqual(180);
    await screenshotsAtBothSizes(page, 'raid-columns-assumptions');
  }, 120_000);
});

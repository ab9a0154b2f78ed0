/**
 * An assumption's "Risk if false": the risk it becomes if it proves false. From an EMPTY project by
 * keyboard: two risks added, an assumption typed, the first risk linked from the register's picker
 * and named there by code and title, opened from its name in the risk editor, kept after a
 * reload; the risk deleted, the assumption says its risk was deleted (after a reload too) rather
 * than going blank; the second risk linked instead, then unlinked. The column held only a risk
 * raised from an invalid assumption, by code, and nothing could be linked. Screenshots light and
 * dark at 1024x768 and 1440x900, with every control inside the panel at 1024.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
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

const STATEMENT = 'The vendor keeps its published dates for the payment API';
/** The assumption's "Risk if false" cell. */
const riskCell = (): Locator => page.getByRole('table', { name: 'Assumptions' }).getByRole('row').filter({ hasText: STATEMENT }).getByRole('cell').nth(5);
/** What the cell says, its picker's options left out. */
const cellSays = (): Promise<string> => riskCell().evaluate((td) => Array.from(td.children).filter((c) => c.tagName !== 'SELECT').map((c) => c.textContent ?? '').join(' | '));

/** The picker's option `label` chosen by keyboard: focus, then ArrowDown until it shows, as a person steps through a closed select. */
/** The assumption's risk chosen by keyboard: arrow steps to it, Enter (ActionPicker). */
async function pickRisk(label: string): Promise<void> {
  await risks.linkByKeyboard(page.getByLabel('A-001 risk', { exact: true }), label);
}

describe("an assumption's risk if false", () => {
  it('is linked by keyboard, named and opened from the register, kept after reload, and says when its risk was deleted', async () => {
    await app.newEmptyProject('Payments');
    await risks.open();
    await risks.addRiskByKeyboard('Vendor API late');
    await risks.closeEditorByKeyboard();
    await risks.addRiskByKeyboard('Card scheme certification late');
    await risks.closeEditorByKeyboard();

    await risks.showTab('Assumptions');
    await risks.addLine('New assumption', STATEMENT);
    await expect.poll(() => page.getByLabel('A-001 risk', { exact: true }).count()).toBe(1);
    expect(await cellSays()).toBe('');
    await pickRisk('R-001 Vendor API late');
    await expect.poll(cellSays).toBe('R-001 Vendor API late');
    await app.waitSaved();

    // Its name opens the risk in the register's editor.
    await page.getByRole('button', { name: 'Open risk R-001 Vendor API late' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => risks.editor.getByRole('heading').innerText()).toMatch(/^Risk R-001/);
    expect(await risks.editor.getByLabel('Title', { exact: true }).inputValue()).toBe('Vendor API late');
    await risks.closeEditorByKeyboard();
    expect(await page.getByRole('tab', { name: 'Risk register' }).getAttribute('aria-selected')).toBe('true');

    await handle.reload();
    await risks.open('Assumptions');
    await expect.poll(cellSays).toBe('R-001 Vendor API late');
    const linkedCsv = await risks.exportLogCsv();
    expect(linkedCsv.cellsOf(linkedCsv.rows[0])['Risk if false'], 'the exported assumptions log').toBe('R-001 Vendor API late');
    await page.setViewportSize({ width: 1024, height: 768 });
    const linked = await risks.logGeometry('Assumptions');
    expect(linked.cutControls, 'controls past the panel edge at 1024').toEqual([]);
    expect(linked.scrollsSideways, 'the assumptions table scrolls sideways at 1024').toBe(false);
    await screenshotsAtBothSizes(page, 'assumption-risk-linked');

    // The risk deleted: the assumption says so (no id, no blank), after a reload too.
    await risks.showTab('Risk register');
    await risks.openRisk('Vendor API late');
    await risks.editor.getByRole('button', { name: 'Delete risk' }).focus();
    await page.keyboard.press('Enter');
    await risks.editor.waitFor({ state: 'detached' });
    await risks.showTab('Assumptions');
    await expect.poll(cellSays).toBe('Its risk was deleted');
    await app.waitSaved();
    await handle.reload();
    await risks.open('Assumptions');
    await expect.poll(cellSays).toBe('Its risk was deleted');
    // The exported log says so too, where its Raised risk column was left blank.
    const deletedCsv = await risks.exportLogCsv();
    expect(deletedCsv.cellsOf(deletedCsv.rows[0])['Risk if false'], 'the exported assumptions log').toBe('Its risk was deleted');
    await screenshotsAtBothSizes(page, 'assumption-risk-deleted');

    // Another risk linked in its place, then none.
    await pickRisk('R-002 Card scheme certification late');
    await expect.poll(cellSays).toBe('R-002 Card scheme certification late');
    await pickRisk('(none)');
    await expect.poll(cellSays).toBe('');
    await app.waitSaved();
    await handle.reload();
    await risks.open('Assumptions');
    await expect.poll(() => page.getByLabel('A-001 risk', { exact: true }).count()).toBe(1);
    expect(await cellSays()).toBe('');
  }, 120_000);
});

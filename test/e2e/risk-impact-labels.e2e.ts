/**
 * The risk editor names each impact for what it is, from an EMPTY project by keyboard: the 1–5
 * ratings read "Schedule impact level (1–5)", "Cost impact level (1–5)" and "Scope/quality impact
 * level (1–5)"; beside them the amount reads "Cost impact amount (USD)" and the time "Schedule
 * impact (working days)", each field's accessible name matching its label; the residual rating
 * reads "Residual impact level (1–5)". A level 4 with 5
 * working days and $12,000 is all still there after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

/** The text of each field label in the editor whose name mentions an impact, as a person reads it. */
const impactLabels = (editor: Locator): Promise<string[]> =>
  editor.locator('label.field').evaluateAll((labels) => labels
    .map((l) => [...l.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim())
    .filter((t) => /impact/i.test(t)));

describe('the risk editor\'s impact fields', () => {
  it('tells the 1–5 levels from the cost amount and the working days, by label and by accessible name', async () => {
    await app.newEmptyProject('Vendor integration');
    await app.typeTasks([['Backend', '3d']]);
    await app.openView('Risks');
    await page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: /^Add risk/ }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.waitFor();
    await page.keyboard.type('Vendor API late');

    expect(await impactLabels(editor)).toEqual([
      'Schedule impact level (1–5)', 'Cost impact level (1–5)', 'Scope/quality impact level (1–5)',
      'Cost impact amount (USD)', 'Schedule impact (working days)', 'Residual impact level (1–5)',
    ]);
    for (const name of ['Schedule impact level (1–5)', 'Cost impact level (1–5)', 'Scope/quality impact level (1–5)']) {
      expect(await editor.getByRole('combobox', { name, exact: true }).count(), name).toBe(1);
    }
    await editor.getByRole('combobox', { name: 'Schedule impact level (1–5)', exact: true }).selectOption('4');
    const days = editor.getByRole('textbox', { name: 'Schedule impact (working days)', exact: true });
    await days.focus();
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    const amount = editor.getByRole('textbox', { name: 'Cost impact amount (USD)', exact: true });
    await amount.focus();
    await page.keyboard.type('12,000');
    await page.keyboard.press('Tab');
    await expect.poll(() => amount.inputValue()).toBe('12000');
    await screenshotsAtBothSizes(page, 'risk-impact-labels');
    await editor.getByRole('button', { name: 'Done' }).press('Enter');
    await editor.waitFor({ state: 'detached' });

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Risks');
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor API late', exact: true }).click();
    await editor.waitFor();
    expect(await editor.getByRole('combobox', { name: 'Schedule impact level (1–5)', exact: true }).inputValue()).toBe('4');
    expect(await editor.getByRole('textbox', { name: 'Schedule impact (working days)', exact: true }).inputValue()).toBe('5');
    expect(await editor.getByRole('textbox', { name: 'Cost impact amount (USD)', exact: true }).inputValue()).toBe('12000');
  });
});

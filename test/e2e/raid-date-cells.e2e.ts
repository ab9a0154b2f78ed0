/**
 * Dates typed in the RAID log's tables: from an EMPTY project built by keyboard, an issue's due
 * date and an assumption's validate-by date typed by keyboard are kept; typing an impossible one
 * over them (Feb 30) is refused with a notice naming the field and the stored date stays, after a
 * reload too (the field read it as empty and cleared the date without a word).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/**
 * Types a date into a date field by keyboard, month, day and year as en-US shows them, and leaves
 * it with Tab (Tab first moves on through the date's own parts: an impossible day leaves the caret
 * short of the year).
 */
async function typeDate(field: Locator, digits: string): Promise<void> {
  await field.focus();
  await handle.page.keyboard.type(digits);
  for (let presses = 0; presses < 3 && await field.evaluate((el) => el === document.activeElement); presses += 1) {
    await handle.page.keyboard.press('Tab');
  }
  expect(await field.evaluate((el) => el === document.activeElement)).toBe(false);
}

async function addLine(label: string, text: string): Promise<void> {
  await handle.page.getByLabel(label, { exact: true }).focus();
  await handle.page.keyboard.type(text);
  await handle.page.keyboard.press('Enter');
}

describe('RAID log date cells', () => {
  it('keeps an issue\'s due date and an assumption\'s validate-by date when an impossible date is typed over them', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await addLine('New issue title', 'Payment sandbox down');
    const due = page.getByRole('table', { name: 'Issues' }).getByLabel('I-001 due', { exact: true });
    await typeDate(due, '03152026');
    expect(await due.inputValue()).toBe('2026-03-15');
    await typeDate(due, '02302026');
    await app.expectNotice('I-001 due: what was typed is not a whole, real date (day, month and year); the date is kept as it was.');
    expect(await due.inputValue()).toBe('2026-03-15');
    await screenshotsAtBothSizes(page, 'raid-date-cells-issues');

    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await addLine('New assumption', 'The vendor keeps its dates');
    const validateBy = page.getByRole('table', { name: 'Assumptions' }).getByLabel('A-001 validate by', { exact: true });
    await typeDate(validateBy, '04012026');
    await typeDate(validateBy, '04312026');
    await app.expectNotice('A-001 validate by: what was typed is not a whole, real date (day, month and year); the date is kept as it was.');
    expect(await validateBy.inputValue()).toBe('2026-04-01');
    await app.waitSaved();

    await handle.reload();
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    expect(await page.getByRole('table', { name: 'Issues' }).getByLabel('I-001 due', { exact: true }).inputValue()).toBe('2026-03-15');
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    expect(await page.getByRole('table', { name: 'Assumptions' }).getByLabel('A-001 validate by', { exact: true }).inputValue()).toBe('2026-04-01');
  });
});

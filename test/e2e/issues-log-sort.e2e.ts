/**
 * The issues log read as a TPM reads it in week three: from an EMPTY project by keyboard, three
 * issues raised, one renamed in place, priorities and a status stepped to; the log sorted by
 * priority from its header (highest first), a closed issue muted and struck through, the resolved
 * and closed hidden on request; after a reload the new title is kept and the log is back in code
 * order. Screenshots light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';

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

/** The codes of the log's rows, top to bottom, as on screen. */
const codes = (): Promise<string[]> => page.getByRole('table', { name: 'Issues' }).evaluate((table) =>
  [...(table as HTMLTableElement).tBodies[0]?.rows ?? []].map((row) => row.cells[0]?.firstChild?.textContent ?? ''));

async function stepSelect(label: string, key: 'ArrowDown' | 'ArrowUp', times: number): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  for (let n = 0; n < times; n++) await page.keyboard.press(key);
}

describe('the issues log', () => {
  it('renames in place, sorts by a header, mutes and hides the closed, and keeps the new title after a reload', async () => {
    await app.newEmptyProject('Payments');
    await risks.open('Issues');
    for (const title of ['Sandbox down', 'Vendor silent', 'Flaky build']) await risks.addLine('New issue title', title);
    await expect.poll(codes).toEqual(['I-001', 'I-002', 'I-003']);
    // Nothing is sorted yet: no header says it is.
    expect(await page.locator('table[aria-label="Issues"] th[aria-sort]').count()).toBe(0);

    // Medium to critical, medium to low, open to closed: stepped by keyboard.
    await stepSelect('I-002 priority', 'ArrowDown', 2);
    await stepSelect('I-003 priority', 'ArrowUp', 1);
    await stepSelect('I-001 status', 'ArrowDown', 3);
    await expect.poll(() => page.getByLabel('I-001 status', { exact: true }).inputValue()).toBe('closed');
    expect(await page.getByLabel('I-002 priority', { exact: true }).inputValue()).toBe('critical');
    expect(await page.getByLabel('I-003 priority', { exact: true }).inputValue()).toBe('low');

    // Renamed where it stands: select the title, type over it, Enter.
    const title = page.getByLabel('I-003 title', { exact: true });
    await title.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Flaky CI build on main');
    await page.keyboard.press('Enter');
    await expect.poll(() => title.inputValue()).toBe('Flaky CI build on main');
    // An emptied title is refused and the stored one comes back.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await app.expectNotice(/An issue needs a title/);
    await expect.poll(() => title.inputValue()).toBe('Flaky CI build on main');

    // Sorted by priority from its header, by keyboard: critical first.
    const priorityHeader = page.getByRole('button', { name: 'Priority / status' });
    await priorityHeader.focus();
    await page.keyboard.press('Enter');
    await expect.poll(codes).toEqual(['I-002', 'I-001', 'I-003']);
    expect(await page.locator('table[aria-label="Issues"] th[aria-sort]').evaluateAll((ths) => ths.map((th) => [th.textContent, th.getAttribute('aria-sort')])))
      .toEqual([['Priority / status ▼', 'descending']]);
    await page.keyboard.press('Enter');
    await expect.poll(codes).toEqual(['I-003', 'I-001', 'I-002']);
    await page.keyboard.press('Enter');

    // The closed issue reads as done.
    const closedTitle = await page.getByLabel('I-001 title', { exact: true }).evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(closedTitle).toBe('line-through');
    await screenshotsAtBothSizes(page, 'issues-log-sorted');

    const hideClosed = page.getByLabel('Hide resolved and closed (1)');
    await hideClosed.focus();
    await page.keyboard.press('Space');
    await expect.poll(codes).toEqual(['I-002', 'I-003']);

    await app.waitSaved();
    await handle.reload();
    await risks.open('Issues');
    // The order and the filter are the window's; the title is the plan's.
    await expect.poll(codes).toEqual(['I-001', 'I-002', 'I-003']);
    expect(await page.getByLabel('I-003 title', { exact: true }).inputValue()).toBe('Flaky CI build on main');
    expect(await page.getByLabel('I-001 status', { exact: true }).inputValue()).toBe('closed');
  }, 120_000);
});

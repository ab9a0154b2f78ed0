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

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

async function addLine(label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

interface LogGeometry {
  /** The table scrolls sideways in its frame (a column off the panel's edge). */
  readonly scrollsSideways: boolean;
  /** Controls whose right edge lies past the frame's visible right edge. */
  readonly cutControls: readonly string[];
  /** Each column's width by its header text. */
  readonly widths: Readonly<Record<string, number>>;
  /** How many lines the first row's text in each column takes (text nodes only; controls left out). */
  readonly lines: Readonly<Record<string, number>>;
}

/** The log's table against its scrolling frame (the panel's right edge) in a 1024x768 window. */
async function geometryAt1024(name: string): Promise<LogGeometry> {
  await page.setViewportSize({ width: 1024, height: 768 });
  return page.getByRole('table', { name }).evaluate((table) => {
  const frame = table.parentElement as HTMLElement;
  const right = frame.getBoundingClientRect().left + frame.clientLeft + frame.clientWidth;
  const cutControls = Array.from(table.querySelectorAll('input, select, button'))
    .filter((control) => control.getBoundingClientRect().right > right + 0.5)
    .map((control) => control.getAttribute('aria-label') ?? control.textContent ?? '');
  const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent ?? '');
  const widths: Record<string, number> = {};
  const lines: Record<string, number> = {};
  const row = table.querySelector('tbody tr');
  headers.forEach((header, index) => {
    const cell = row?.children[index];
    widths[header] = Math.round(cell?.getBoundingClientRect().width ?? 0);
    const tops = new Set<number>();
    for (const node of Array.from(cell?.childNodes ?? [])) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) tops.add(Math.round(rect.top));
    }
    lines[header] = tops.size;
  });
  return { scrollsSideways: frame.scrollWidth > frame.clientWidth + 1, cutControls, widths, lines };
  });
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
    await addLine('New decision', 'Build an adapter layer over the vendor API so the app can ship on its own dates');
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
    await addLine('New issue title', 'Payment sandbox down since the vendor moved its test servers');
    const issues = await geometryAt1024('Issues');
    expect(issues.cutControls, 'issue controls past the panel edge').toEqual([]);
    expect(issues.scrollsSideways, 'the issues table scrolls sideways').toBe(false);
    expect(issues.widths['Title'], 'the issue title column').toBeGreaterThanOrEqual(115);
    await screenshotsAtBothSizes(page, 'raid-columns-issues');

    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await addLine('New assumption', 'The vendor keeps its published release dates for the payment API');
    const assumptions = await geometryAt1024('Assumptions');
    expect(assumptions.cutControls, 'assumption controls past the panel edge').toEqual([]);
    expect(assumptions.scrollsSideways, 'the assumptions table scrolls sideways').toBe(false);
    expect(assumptions.widths['Statement'], 'the statement column').toBeGreaterThanOrEqual(180);
    await screenshotsAtBothSizes(page, 'raid-columns-assumptions');
  }, 120_000);
});

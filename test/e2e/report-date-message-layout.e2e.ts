/**
 * The Reports view's status date message takes its own room under the toolbar: from an EMPTY
 * project built by keyboard, an impossible date (Feb 30) typed in the field is refused with a
 * message that, at 1024x768 and 1440x900, covers neither the Headline box below the toolbar
 * (it hung over its top) nor the toolbar's own controls, and reads whole inside the window.
 * Checked by geometry; screenshots light and dark at both sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { ReportsPage } from './pages/reports-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
let reports: ReportsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  reports = new ReportsPage(page);
});

/** What the refused date's message overlaps, by geometry, and whether it lies whole inside the window. */
const messageOverlaps = (): Promise<{ covers: string[]; isInWindow: boolean; text: string }> => page.evaluate(() => {
  const message = document.querySelector('[role="toolbar"][aria-label="Report settings"] [role="alert"]');
  if (!message) return { covers: ['no message'], isInWindow: false, text: '' };
  const box = message.getBoundingClientRect();
  const meets = (other: DOMRect): boolean => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
  const others = [...document.querySelectorAll('[aria-label="Headline"], [aria-label="Narrative"], [role="toolbar"][aria-label="Report settings"] :is(button, input, select)')];
  const covers = others.filter((el) => meets(el.getBoundingClientRect())).map((el) => el.getAttribute('aria-label') ?? el.textContent ?? '');
  const isInWindow = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
  return { covers, isInWindow, text: message.textContent ?? '' };
});

describe('the Reports status date message', () => {
  it('takes its own room under the toolbar at 1024 and 1440, covering neither the Headline nor the toolbar', async () => {
    await app.newEmptyProject('Report message');
    await app.typeTasks([['Design', '2d']]);
    await reports.open();
    await reports.statusDate.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-02-30');
    await page.keyboard.press('Tab');
    await expect.poll(() => reports.toolbar.getByRole('alert').innerText()).toContain('2026-02-30');

    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      await page.setViewportSize({ width, height });
      const found = await messageOverlaps();
      expect(found.text, `message at ${String(width)}`).toContain('is not a real date');
      expect(found.covers, `what the message covers at ${String(width)}`).toEqual([]);
      expect(found.isInWindow, `message whole in the window at ${String(width)}`).toBe(true);
    }
    await screenshotsAtBothSizes(page, 'report-date-message');

    // Corrected, the message and its room go: the Headline sits where it did.
    await page.setViewportSize({ width: 1024, height: 768 });
    await reports.statusDate.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-02-27');
    await page.keyboard.press('Tab');
    await expect.poll(() => reports.toolbar.getByRole('alert').count()).toBe(0);
  }, 120_000);
});

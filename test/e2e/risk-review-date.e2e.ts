/**
 * A risk's review date in the register reads as every date in the app: from an EMPTY project built
 * by keyboard, a review date typed in the risk editor shows in the register's Review column as
 * "Sun, Dec 20, 26" (en-US; it showed '2026-12-20'), an overdue one with its flag on one line in a
 * 1024 x 768 window, after a reload too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { RisksPage } from './pages/risks-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/** The app's date form for an ISO day ("Sun, Dec 20, 26" in en-US). */
const shown = (iso: string): Promise<string> => handle.page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), iso);

/** The register's columns before Review: ID, Title, Type, Category, P, I, Score, Owner, Status (the test checks the header). */
const REVIEW_COLUMN = 9;

/** The Review cell of a risk's row, by its title. */
const reviewCell = (title: string) => handle.page.getByRole('table', { name: 'Risks' }).getByRole('row').filter({ hasText: title }).locator('td').nth(REVIEW_COLUMN);

describe('risk review date', () => {
  it('shows the review date in the app\'s date form, an overdue one flagged on one line, after reload too', async () => {
    const page = handle.page;
    await app.newEmptyProject();
    await app.openView('Risks');
    const risks = new RisksPage(app);
    await risks.addRiskReviewedOn('Vendor API late', '2030-12-20');
    await risks.addRiskReviewedOn('Certification slot lost', '2020-01-06');
    expect(await page.getByRole('table', { name: 'Risks' }).locator('thead th').nth(REVIEW_COLUMN).innerText()).toBe('Review');
    await expect.poll(() => reviewCell('Vendor API late').innerText()).toBe(await shown('2030-12-20'));
    expect(await reviewCell('Certification slot lost').innerText()).toBe(`${await shown('2020-01-06')} (overdue)`);
    expect(await reviewCell('Vendor API late').getAttribute('title')).toBe('2030-12-20');
    const lines = (): Promise<number> => reviewCell('Certification slot lost').evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      const tops = [...range.getClientRects()].map((r) => r.top);
      return Math.max(...tops) - Math.min(...tops) < 10 ? 1 : 2;
    });
    expect(await lines()).toBe(1);
    await screenshotsAtBothSizes(page, 'risk-review-date');
    await app.waitSaved();

    await handle.reload();
    await app.openView('Risks');
    await expect.poll(() => reviewCell('Vendor API late').innerText()).toBe(await shown('2030-12-20'));
  });
});

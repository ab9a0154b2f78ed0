/**
 * The Reports toolbar wraps whole groups, from an EMPTY project built by keyboard: at 1440 x 900
 * and 1024 x 768 the Export label, its four formats and Copy as rich text share one line, where
 * at 1440 the toolbar broke inside the group ("Export PDF HTML" ending one line and "Markdown
 * Slide PNG" starting the next). Nothing in the toolbar is cut off at either size.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { ReportsPage } from './pages/reports-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let reports: ReportsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  reports = new ReportsPage(page);
});

/** The rounded middles of the Export label and the export buttons: one line has one distinct middle. */
async function exportLines(): Promise<number[]> {
  const names = ['Export PDF', 'Export HTML', 'Export Markdown', 'Export Slide PNG', 'Copy as rich text'];
  const boxes = await Promise.all([
    reports.toolbar.getByText('Export', { exact: true }).boundingBox(),
    ...names.map((name) => reports.toolbar.getByRole('button', { name, exact: true }).boundingBox()),
  ]);
  return [...new Set(boxes.map((box) => (box ? Math.round(box.y + box.height / 2) : -1)))];
}

/** Toolbar items reaching past the toolbar's right edge. */
function pastEdge(): Promise<string[]> {
  return reports.toolbar.evaluate((bar) => {
    const edge = bar.getBoundingClientRect().right;
    return [...bar.querySelectorAll('button, input, select')].filter((el) => el.getBoundingClientRect().right > edge + 0.5).map((el) => el.getAttribute('aria-label') ?? el.textContent ?? '');
  });
}

describe('the Reports toolbar', () => {
  it('keeps the Export group on one line at 1440 and 1024', async () => {
    await app.newEmptyProject('Toolbar');
    await app.typeTasks([['Design', '2d']]);
    await reports.open();
    await reports.setStatusDate('2031-03-14');
    await expect.poll(() => reports.text()).toContain('Fri 14 Mar 2031');
    for (const [width, height] of [[1440, 900], [1024, 768]] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => exportLines(), { message: `Export group lines at ${String(width)} px` }).toHaveLength(1);
      expect(await pastEdge(), `cut off at ${String(width)} px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshotsAtBothSizes(page, 'reports-toolbar');
  }, 120_000);
});

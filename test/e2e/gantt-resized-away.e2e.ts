/**
 * A window resized while the person is in another view: back in the Gantt, its toolbar and its
 * fitted chart are laid out for the window as it is now. The Gantt starts from the toolbar
 * arrangement and chart width it had last time, and corrects them from the first measurement after
 * the frame's layout, before that frame is painted (not from a read in the mount that forced a
 * second layout of the chart it had just drawn).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

const TASKS = [['Discovery', '3d'], ['Build billing API', '10d'], ['Security review', '5d']] as const;

/** What a person sees of the Gantt's layout: the toolbar's inline checks and its edge, and the bars against the chart's edges. */
async function ganttLayout(): Promise<{ hasInlineChecks: boolean; hasMore: boolean; toolbarRight: number; barsLeft: number; barsRight: number; chartLeft: number; chartRight: number }> {
  await gantt.toolbar.getByRole('button', { name: 'Fit project' }).waitFor();
  const toolbar = await gantt.toolbar.boundingBox();
  const chart = await gantt.chart.boundingBox();
  const bars = await Promise.all(TASKS.map(async ([name]) => page.locator(`${await gantt.barSelector(name)} .bar`).boundingBox()));
  if (!toolbar || !chart || bars.some((b) => b === null)) throw new Error('the Gantt is not drawn');
  const boxes = bars.flatMap((b) => (b ? [b] : []));
  return {
    hasInlineChecks: await gantt.toolbar.getByRole('checkbox', { name: 'Critical path', exact: true }).count() > 0,
    hasMore: await gantt.toolbar.getByRole('button', { name: 'More', exact: true }).count() > 0,
    toolbarRight: toolbar.x + toolbar.width,
    barsLeft: Math.min(...boxes.map((b) => b.x)),
    barsRight: Math.max(...boxes.map((b) => b.x + b.width)),
    chartLeft: chart.x,
    chartRight: chart.x + chart.width,
  };
}

describe('the Gantt after the window was resized in another view', () => {
  it('lays its toolbar and its fitted chart out for the window as it is now, narrower and wider again', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.newEmptyProject('Billing');
    await app.typeTasks(TASKS);
    await page.keyboard.press('Control+2');
    await gantt.toolbar.getByRole('button', { name: 'Fit project' }).click();

    const wide = await ganttLayout();
    expect(wide.hasInlineChecks).toBe(true);
    expect(wide.barsLeft).toBeGreaterThanOrEqual(wide.chartLeft);
    expect(wide.barsRight).toBeLessThanOrEqual(wide.chartRight);

    // Narrowed in the task table, then back to the Gantt: its checks go into More, the toolbar
    // stays inside the window, and the project still fits the narrower chart.
    await page.keyboard.press('Control+1');
    await app.grid.waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.keyboard.press('Control+2');
    const narrow = await ganttLayout();
    expect(narrow.hasInlineChecks).toBe(false);
    expect(narrow.hasMore).toBe(true);
    expect(narrow.toolbarRight).toBeLessThanOrEqual(1024);
    expect(narrow.chartRight).toBeLessThanOrEqual(1024);
    expect(narrow.barsLeft).toBeGreaterThanOrEqual(narrow.chartLeft);
    expect(narrow.barsRight).toBeLessThanOrEqual(narrow.chartRight);

    // Wider again while away: the checks come back onto the toolbar and the bars spread out.
    await page.keyboard.press('Control+1');
    await app.grid.waitFor();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press('Control+2');
    const again = await ganttLayout();
    expect(again.hasInlineChecks).toBe(true);
    expect(again.barsRight).toBeLessThanOrEqual(again.chartRight);
    expect(again.barsRight - again.barsLeft).toBeGreaterThan(narrow.barsRight - narrow.barsLeft);
  });
});

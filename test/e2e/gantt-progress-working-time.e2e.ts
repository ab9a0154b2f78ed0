/**
 * A bar's done part is its % complete of the task's working time, not of the bar's width: half of
 * a 2-day task that runs Friday to Monday is Friday, not the weekend. With a status date past the
 * work done, the rest resumes after it and the bar is drawn in two pieces joined by a dotted line,
 * the done piece filled, as MS Project draws it. From an empty project made through the UI, by
 * keyboard; kept after a reload.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

/** The share of a task's frappe bar drawn as done (0 to 1). */
async function barDone(name: string): Promise<number> {
  const bar = await gantt.bar(name);
  const selector = await gantt.barSelector(name);
  return Number(await page.locator(`${selector} .bar-progress`).getAttribute('width')) / Number(await bar.getAttribute('width'));
}

/** The split bar's pieces and done fill, as x and width in px. */
async function splitParts(): Promise<{ pieces: number[][]; done: number[][] }> {
  const bar = page.getByTestId('split-bar');
  const boxes = (selector: string) => bar.locator(selector).evaluateAll((rects) => rects.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))]));
  return { pieces: await boxes('.gl-split-piece'), done: await boxes('.gl-split-progress') };
}

describe('a bar\'s done work on the Gantt', () => {
  it('fills the working time done, and splits the bar where the rest resumes after the status date', async () => {
    // Friday 8 January 2027: a 2-day task runs Friday and Monday.
    await newProjectStarting(page, 'Docs sprint', '2027-01-08');
    await app.typeTasks([['Write user docs', '2d']]);
    await app.editCell('Write user docs', 'percent', '50');
    await expect.poll(() => app.cell('Write user docs', 'percent').textContent()).toBe('50%');
    expect(await app.cell('Write user docs', 'finish').textContent()).toMatch(/Jan 11/);

    await app.openView('Gantt');
    // Friday 09:00-17:00 of a bar from Friday 09:00 to Monday 17:00 (80 hours wide): a tenth, not half.
    await expect.poll(() => barDone('Write user docs')).toBeCloseTo(0.1, 2);

    // Status date Tuesday 12: Monday's day of work, not done, resumes Wednesday 13.
    await app.openView('Costs');
    await new CostsPage(page).setStatusDate('2027-01-12');
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Write user docs', 'finish').textContent()).toMatch(/Jan 13/);
    await app.openView('Gantt');
    await expect.poll(async () => (await splitParts()).pieces.length).toBe(2);
    const { pieces, done } = await splitParts();
    // The done fill covers the first piece (Friday) exactly, and nothing of the second.
    expect(done).toEqual([pieces[0]]);
    await screenshotsAtBothSizes(page, 'gantt-progress-status-split', () => page.getByTestId('split-bar').scrollIntoViewIfNeeded());

    // The exported image draws it as the screen does: two pieces joined by a dotted line, the first
    // filled, and the weekend between them shaded.
    const svg = await new FilesPage(page).download(() => gantt.exportAs('Export SVG'));
    expect(svg.name).toMatch(/\.svg$/);
    const exported = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        joiners: doc.querySelectorAll('line[stroke-dasharray="2 3"]').length, done: doc.querySelectorAll('rect[fill-opacity="0.25"]').length,
        shaded: doc.querySelectorAll('g[fill-opacity="0.1"] rect').length,
      };
    }, svg.text);
    expect(exported).toMatchObject({ joiners: 1, done: 1 });
    expect(exported.shaded, 'non-working runs shaded').toBeGreaterThan(0);

    await fixture.handle.reload();
    await app.openView('Gantt');
    await expect.poll(async () => (await splitParts()).pieces.length).toBe(2);
    expect((await splitParts()).done).toEqual([(await splitParts()).pieces[0]]);
  });
});

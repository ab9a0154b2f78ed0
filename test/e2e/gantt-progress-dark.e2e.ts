/**
 * A bar's done work stands apart from the work left in both themes: on the dark canvas the light
 * theme's shade barely differed from the bar. From an empty project made by keyboard, a task half
 * done; the colours are read from the screen where a person sees them, above the bar's label.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { contrastRatio } from '../support/contrast';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';
import { pixelAt } from './pages/pixels';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

const hex = ([r, g, b]: [number, number, number]): string => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The contrast on screen between the bar's done part and the part left, 3 px below its top edge. */
async function doneAgainstLeft(name: string): Promise<number> {
  const selector = await gantt.barSelector(name);
  const bar = await page.locator(`${selector} .bar`).boundingBox();
  const done = await page.locator(`${selector} .bar-progress`).boundingBox();
  if (!bar || !done) throw new Error(`no bar for ${name}`);
  const y = Math.round(bar.y + 3);
  const doneColour = await pixelAt(page, Math.round(done.x + done.width / 2), y);
  const leftColour = await pixelAt(page, Math.round(done.x + done.width + (bar.x + bar.width - done.x - done.width) / 2), y);
  return contrastRatio(hex(doneColour), hex(leftColour));
}

describe('done work on a Gantt bar', () => {
  it('reads apart from the work left, light and dark', async () => {
    await app.newEmptyProject('Payments');
    await app.typeTasks([['Build API', '8d'], ['Design', '3d']]);
    await app.editCell('Build API', 'percent', '50');
    // Done through and through: the bar keeps its edge on the dark canvas (screenshots).
    await app.editCell('Design', 'percent', '100');
    await app.openView('Gantt');
    // Selected, so the row's band is the same behind both parts.
    await gantt.bar('Build API');
    await expect.poll(() => doneAgainstLeft('Build API')).toBeGreaterThanOrEqual(1.5);

    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await expect.poll(() => doneAgainstLeft('Build API')).toBeGreaterThanOrEqual(2);
    await screenshotsAtBothSizes(page, 'gantt-progress-dark');
  }, 120_000);
});

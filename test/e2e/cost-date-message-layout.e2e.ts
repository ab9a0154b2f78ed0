/**
 * The Cost view's refused status date is said under its field, on a line of its own at the
 * toolbar's foot, as the Reports view's is: from an EMPTY project built by keyboard, an impossible
 * date (2027-02-30) typed into Status date gets a message naming the field and the date that, at
 * 1024x768 and 1440x900, starts under the field, covers none of the toolbar's controls nor the
 * project figures under the toolbar (it hung below the bar over the figures), lies whole in the
 * window, and leaves the toolbar's controls on the lines they had. A good date takes the message,
 * and its room, away.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { dateMessagePlace, lineTops } from './pages/bar-geometry';
import { CostsPage } from './pages/costs-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
});

const SIZES = [[1024, 768], [1440, 900]] as const;

describe('the Cost view\'s status date message', () => {
  it('sits under its field in the toolbar\'s own room at 1024 and 1440, the controls on their lines', async () => {
    await app.newEmptyProject('Cost message');
    await app.typeTasks([['Design', '5d'], ['Build', '10d']]);
    await app.openView('Costs');
    await costs.toolbar.getByLabel('Status date', { exact: true }).waitFor();
    const before: { lines: number[]; height: number }[] = [];
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      before.push({ lines: await lineTops(costs.toolbar), height: (await costs.toolbar.boundingBox())?.height ?? 0 });
    }

    await costs.typeStatusDate('2027-02-30');
    await expect.poll(async () => (await dateMessagePlace(costs.toolbar, 'Status date')).text)
      .toBe('Status date: \'2027-02-30\' is not a real date: there is no such day in the calendar.');
    for (const [index, [width, height]] of SIZES.entries()) {
      await page.setViewportSize({ width, height });
      const at = `at ${String(width)} px`;
      const place = await dateMessagePlace(costs.toolbar, 'Status date');
      const message = place.message ?? place.field;
      expect(message.top, `the message below its field ${at}`).toBeGreaterThanOrEqual(place.field.bottom);
      expect(Math.abs(message.left - place.field.left), `the message starts under its field ${at}`).toBeLessThanOrEqual(2);
      expect(message.bottom, `the message inside the toolbar, above the figures ${at}`).toBeLessThanOrEqual(place.bar.bottom);
      const figures = await costs.summary.boundingBox();
      expect(message.bottom, `the message above the project figures ${at}`).toBeLessThanOrEqual(figures?.y ?? 0);
      expect(place.covers, `toolbar controls the message covers ${at}`).toEqual([]);
      expect(place.isInWindow, `the message whole in the window ${at}`).toBe(true);
      expect(await lineTops(costs.toolbar), `the toolbar's lines of controls ${at}`).toEqual(before[index]?.lines);
    }
    await screenshotsAtBothSizes(page, 'cost-date-message');

    // A good date: the message goes, and the toolbar is as tall as it was.
    await costs.typeStatusDate('2027-02-26');
    await expect.poll(() => costs.toolbar.getByRole('alert').count()).toBe(0);
    for (const [index, [width, height]] of SIZES.entries()) {
      await page.setViewportSize({ width, height });
      expect((await costs.toolbar.boundingBox())?.height, `the toolbar's height at ${String(width)} px`).toBe(before[index]?.height);
    }
  }, 120_000);
});

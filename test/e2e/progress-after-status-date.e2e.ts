/**
 * A weekly update in the order a person makes it: the status date first, then progress. From an
 * EMPTY project built by keyboard (from Mon 4 Jan 2027): Discovery > (Kickoff 2 days, Requirements
 * 3 days after it), then Build. The status date is set to Wed 20 Jan in the Costs view: work not
 * started by then moves past it (unfinished work cannot lie in the past), so Kickoff shows Thu 21
 * Jan. Kickoff then typed 100 % done: it happened as planned, Mon 4 to Tue 5 Jan, before the
 * status date (it recorded Thu 21 to Fri 22 Jan, after it, so its work was not earned by then).
 * Requirements, not started, still starts after the status date. The CSV export gives Discovery
 * the 40 % the table shows (it wrote 0); all of it after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;
let files: FilesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  files = new FilesPage(page);
});

/** Name: start → finish, actual start → actual finish, % done, as the Tasks view shows them. */
async function rows(): Promise<string[]> {
  await app.openView('Tasks');
  return app.rowTexts(['name', 'start', 'finish', 'actualStart', 'actualFinish', 'percent']);
}

describe('progress recorded after the status date was set', () => {
  it('records a task done as planned, before the status date, and the CSV gives its phase the rolled-up %', async () => {
    await newProjectStarting(page, 'Payments platform migration', '2027-01-04');
    await app.typeTasks([['Discovery', '1d'], ['Kickoff', '2d'], ['Requirements', '3d'], ['Build', '5d']]);
    await app.cell('Kickoff', 'name').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Kickoff@1', 'Requirements@1', 'Build@0']);
    await app.editCell('Requirements', 'predecessors', '2');
    await app.editCell('Build', 'predecessors', '1');
    await app.showColumns(['Actual start', 'Actual finish']);
    await expect.poll(() => app.cell('Requirements', 'start').textContent()).toBe('Wed, Jan 6, 27');

    await app.openView('Costs');
    await costs.setStatusDate('2027-01-20');
    await expect.poll(rows).toEqual([
      expect.stringMatching(/^Discovery@0\|Thu, Jan 21, 27\|Wed, Jan 27, 27\|.*\|0%$/),
      expect.stringMatching(/^Kickoff@1\|Thu, Jan 21, 27\|Fri, Jan 22, 27\|\|\|0%$/),
      expect.stringMatching(/^Requirements@1\|Mon, Jan 25, 27\|Wed, Jan 27, 27\|\|\|0%$/),
      expect.stringMatching(/^Build@0\|Thu, Jan 28, 27\|/),
    ]);

    await app.editCell('Kickoff', 'percent', '100');
    const done = [
      expect.stringMatching(/^Discovery@0\|Mon, Jan 4, 27\|Mon, Jan 25, 27\|.*\|40%$/),
      'Kickoff@1|Mon, Jan 4, 27|Tue, Jan 5, 27|Mon, Jan 4, 27|Tue, Jan 5, 27|100%',
      expect.stringMatching(/^Requirements@1\|Thu, Jan 21, 27\|Mon, Jan 25, 27\|\|\|0%$/),
      expect.stringMatching(/^Build@0\|Tue, Jan 26, 27\|/),
    ];
    await expect.poll(rows).toEqual(done);
    await screenshotsAtBothSizes(page, 'progress-after-status-date');

    const csv = await files.exportAs(/CSV table/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '').map((line) => line.split(','));
    const header = lines[0] ?? [];
    const at = (name: string): number => header.indexOf(name);
    expect(lines.slice(1).map((r) => `${r[at('Name')] ?? ''} ${r[at('% Complete')] ?? ''}%`)).toEqual(['Discovery 40%', 'Kickoff 100%', 'Requirements 0%', 'Build 0%']);

    await app.waitSaved();
    await fixture.handle.reload();
    await expect.poll(rows).toEqual(done);
  });
});

/**
 * An actual cost typed on a task that has not started. From an EMPTY project built by keyboard:
 * Survey (2 days from Mon 4 Jan 2027) then Build (3 days, so scheduled to start Wed 6 Jan), Build
 * at 0 %. In the Costs view, $1,200 typed into Build's Actual cell and Enter: the cost is kept, as
 * MS Project keeps it, by marking Build started on its scheduled start; a notice says so; the
 * Tasks view's Actual start reads Wed 6 Jan and the Board has the card In progress. One Undo takes
 * both back, Redo brings both again, and both are there after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { CostsPage } from './pages/costs-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let board: BoardPage;
let costs: CostsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  board = new BoardPage(page);
  costs = new CostsPage(page);
});

/** Build's Actual cell as it reads when not being typed in, and whether it is marked refused. */
async function buildActual(): Promise<{ shown: string; isRefused: boolean }> {
  const input = costs.table.getByLabel('Actual cost of Build', { exact: true });
  return { shown: await costs.cellText('Build', 'Actual'), isRefused: (await input.getAttribute('aria-invalid')) === 'true' };
}

/** Build's Actual start in the Tasks view, and the Board column its card is in. */
async function buildProgress(): Promise<{ actualStart: string; column: string }> {
  await app.openView('Tasks');
  const actualStart = (await app.cell('Build', 'actualStart').textContent()) ?? '';
  await app.openView('Board');
  const inProgress = await board.names('In progress');
  return { actualStart, column: inProgress.includes('Build') ? 'In progress' : 'not In progress' };
}

describe('an actual cost typed on a task that has not started', () => {
  it('is kept by marking the task started on its scheduled start, says so, undoes as one step and is there after a reload', async () => {
    await newProjectStarting(page, 'Office fit-out', '2027-01-04');
    await app.typeTasks([['Survey', '2d'], ['Build', '3d']]);
    await app.editCell('Build', 'predecessors', '1');
    await app.showColumns(['Actual start']);
    await expect.poll(() => app.cell('Build', 'start').textContent()).toBe('Wed, Jan 6, 27');
    expect(await app.cell('Build', 'percent').textContent()).toBe('0%');
    await expect.poll(buildProgress).toEqual({ actualStart: '', column: 'not In progress' });

    await app.openView('Costs');
    const input = costs.table.getByLabel('Actual cost of Build', { exact: true });
    await input.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1,200');
    await page.keyboard.press('Enter');
    await app.expectNotice("'Build' had not started: it is now marked started on Wed, Jan 6, 27, its scheduled start, to hold its actual cost.");
    await expect.poll(buildActual).toEqual({ shown: '$1,200', isRefused: false });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(false);
    await screenshotsAtBothSizes(page, 'cost-actual-not-started');
    await expect.poll(buildProgress).toEqual({ actualStart: 'Wed, Jan 6, 27', column: 'In progress' });

    // One step: the cost and the start it implied go together.
    await app.undo();
    await expect.poll(buildProgress).toEqual({ actualStart: '', column: 'not In progress' });
    await app.openView('Costs');
    await expect.poll(buildActual).toEqual({ shown: '$0', isRefused: false });
    await app.redo();
    await expect.poll(buildActual).toEqual({ shown: '$1,200', isRefused: false });

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Costs');
    await expect.poll(buildActual).toEqual({ shown: '$1,200', isRefused: false });
    await expect.poll(buildProgress).toEqual({ actualStart: 'Wed, Jan 6, 27', column: 'In progress' });
  });
});

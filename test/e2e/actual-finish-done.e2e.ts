/**
 * An actual finish marks a task done, as in MS Project: typed alone into the task table (or Task
 * Information) of a task at 0 %, the task is 100 % complete, started as scheduled, its Gantt bar
 * drawn done, its card in Done and the status report counts it completed, after a reload too.
 * Cleared, the task is no longer done.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { GanttPage } from './pages/gantt-page';
import { ReportsPage } from './pages/reports-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let board: BoardPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  board = new BoardPage(page);
});

/** The board's columns as a person reads them: column name and its cards. */
async function columns(): Promise<string[]> {
  const out: string[] = [];
  for (const column of ['Backlog', 'To do', 'In progress', 'Review', 'Done']) out.push(`${column}: ${(await board.names(column)).join(', ')}`);
  return out;
}

/** A day `days` after today, as typed (YYYY-MM-DD): after any task of a plan made today has started. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** What the table shows of a task's progress: % complete, whether the actual start is the scheduled start, the actual finish. */
async function progressOf(name: string): Promise<[string, boolean, string]> {
  const start = await app.cell(name, 'start').textContent();
  const actualStart = await app.cell(name, 'actualStart').textContent();
  return [await app.cell(name, 'percent').textContent() ?? '', actualStart === start && start !== '', await app.cell(name, 'actualFinish').textContent() ?? ''];
}

/** The share of a task's Gantt bar drawn as done (0 to 1). */
async function barDone(name: string): Promise<number> {
  const gantt = new GanttPage(page);
  const bar = await gantt.bar(name);
  const selector = await gantt.barSelector(name);
  return Number(await page.locator(`${selector} .bar-progress`).getAttribute('width')) / Number(await bar.getAttribute('width'));
}

describe('an actual finish typed on a task at 0 %', () => {
  it('in the task table: 100 %, started as scheduled, bar full, card in Done, in the report, after a reload; cleared, not done', async () => {
    await app.newEmptyProject('Pilot');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    await app.showColumns(['Actual start', 'Actual finish']);
    expect(await progressOf('Design')).toEqual(['0%', false, '']);
    const finish = dayFromToday(14);
    await app.editCell('Design', 'actualFinish', finish);
    await expect.poll(() => progressOf('Design')).toEqual(['100%', true, expect.stringMatching(/\S/)]);
    expect(await app.cell('Build', 'percent').textContent()).toBe('0%');
    await screenshotsAtBothSizes(page, 'actual-finish-table', () => app.cell('Design', 'actualFinish').scrollIntoViewIfNeeded());

    await app.openView('Gantt');
    await expect.poll(() => barDone('Design')).toBeCloseTo(1, 2);
    await app.openView('Board');
    const done = ['Backlog: Build', 'To do: ', 'In progress: ', 'Review: ', 'Done: Design'];
    await expect.poll(columns).toEqual(done);
    await screenshotsAtBothSizes(page, 'actual-finish-board', () => board.cell('Done').scrollIntoViewIfNeeded());
    const reports = new ReportsPage(page);
    await reports.open();
    await reports.setStatusDate(dayFromToday(15));
    await expect.poll(() => reports.text()).toMatch(/Work completed since the last report\s+Design/);

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Board');
    await expect.poll(columns).toEqual(done);
    await app.openView('Tasks');
    await app.showColumns(['Actual start', 'Actual finish']);
    await expect.poll(() => progressOf('Design')).toEqual(['100%', true, expect.stringMatching(/\S/)]);

    // Cleared, the task is no longer finished: back to the 0 % it had, still started.
    await app.editCell('Design', 'actualFinish', '');
    await expect.poll(() => progressOf('Design')).toEqual(['0%', true, '']);
    await app.openView('Board');
    await expect.poll(columns).toEqual(['Backlog: Build', 'To do: ', 'In progress: Design', 'Review: ', 'Done: ']);
  });

  it('in Task Information: the task is done and its card in Done', async () => {
    await app.newEmptyProject('Pilot');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    const info = await app.taskInformation('Build');
    await info.getByLabel('Actual finish', { exact: true }).focus();
    await page.keyboard.type(dayFromToday(20));
    await page.keyboard.press('Tab');
    await info.getByRole('button', { name: 'OK' }).click();
    await info.waitFor({ state: 'detached' });
    await app.showColumns(['Actual start', 'Actual finish']);
    await expect.poll(() => progressOf('Build')).toEqual(['100%', true, expect.stringMatching(/\S/)]);
    await app.openView('Board');
    await expect.poll(columns).toEqual(['Backlog: Design', 'To do: ', 'In progress: ', 'Review: ', 'Done: Build']);
  });
});

/**
 * A CSV row with an actual start and finish and an empty % complete is a done task, as MS Project
 * reads an actual finish: 100 % in the task table and a card in Done, after a reload too; a
 * % complete the file writes is kept. (An MS Project XML file's PercentComplete is always taken as
 * written: mspdi.test.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { FilesPage } from './pages/files-page';

const fixture = freshAppPerTest();
let app: AppPage;
let board: BoardPage;
let files: FilesPage;

beforeEach(() => {
  app = new AppPage(fixture.handle.page);
  board = new BoardPage(fixture.handle.page);
  files = new FilesPage(fixture.handle.page);
});

/** The board's columns as a person reads them: column name and its cards. */
async function columns(): Promise<string[]> {
  const out: string[] = [];
  for (const column of ['Backlog', 'To do', 'In progress', 'Review', 'Done']) out.push(`${column}: ${(await board.names(column)).join(', ')}`);
  return out;
}

/** The % complete the task table shows for each task. */
async function percents(names: readonly string[]): Promise<string[]> {
  await app.openView('Tasks');
  return Promise.all(names.map(async (name) => `${name} ${await app.cell(name, 'percent').textContent() ?? ''}`));
}

async function expectAfterReload(title: string, expected: { percents: string[]; columns: string[] }): Promise<void> {
  const names = expected.percents.map((p) => p.split(' ')[0] ?? '');
  await expect.poll(() => percents(names)).toEqual(expected.percents);
  await app.openView('Board');
  await expect.poll(columns).toEqual(expected.columns);
  await app.waitSaved();
  await fixture.handle.reload();
  await expect.poll(() => app.title.textContent()).toBe(title);
  await expect.poll(() => percents(names)).toEqual(expected.percents);
  await app.openView('Board');
  await expect.poll(columns).toEqual(expected.columns);
}

describe('a CSV row with an actual finish and no % complete', () => {
  it('is a done task; one with a % complete written keeps it', async () => {
    const csv = 'Name,Duration,% Complete,Actual start,Actual finish\r\nDesign,2d,,2026-12-07,2026-12-08\r\nBuild,3d,60,2026-12-09,2026-12-11\r\nTest,1d,,,\r\n';
    await files.open('pilot.csv', csv, 'Import…');
    const mapping = files.dialog('Import “pilot.csv”');
    await mapping.waitFor();
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await mapping.waitFor({ state: 'detached' });
    await expectAfterReload('pilot', {
      percents: ['Design 100%', 'Build 60%', 'Test 0%'],
      columns: ['Backlog: Test', 'To do: ', 'In progress: Build', 'Review: ', 'Done: Design'],
    });
  });
});

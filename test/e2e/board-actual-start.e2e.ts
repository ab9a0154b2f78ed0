/**
 * A task with an actual start and no progress is in progress, as MS Project reads it: typed into
 * Task Information in an empty project, or imported from a CSV with an Actual start column and no
 * Status, its card is in the board's In progress column, not Backlog, and still there after a reload.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { FilesPage } from './pages/files-page';

let handle: AppHandle;
let app: AppPage;
let board: BoardPage;

beforeEach(async () => {
  handle = await openApp();
  app = new AppPage(handle.page);
  board = new BoardPage(handle.page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

/** The board's columns as a person reads them: column name and its cards. */
async function columns(): Promise<string[]> {
  const out: string[] = [];
  for (const column of ['Backlog', 'To do', 'In progress', 'Review', 'Done']) out.push(`${column}: ${(await board.names(column)).join(', ')}`);
  return out;
}

describe('a task with an actual start at 0 %', () => {
  it('typed in Task Information, is a card in In progress, after a reload too', async () => {
    const { page } = handle;
    await app.newEmptyProject('Pilot');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    await app.cell('Design', 'name').click();
    await page.keyboard.press('Shift+F2');
    const info = page.getByRole('dialog', { name: 'Task information' });
    await info.getByLabel('Actual start', { exact: true }).focus();
    await page.keyboard.type('2026-12-08');
    await page.keyboard.press('Tab');
    await info.getByRole('button', { name: 'OK' }).click();
    await info.waitFor({ state: 'detached' });
    await app.showColumns(['Actual start']);
    await expect.poll(() => app.cell('Design', 'actualStart').textContent()).toMatch(/Dec 8/);
    expect(await app.cell('Design', 'percent').textContent()).toMatch(/^0/);

    await app.openView('Board');
    const expected = ['Backlog: Build', 'To do: ', 'In progress: Design', 'Review: ', 'Done: '];
    await expect.poll(columns).toEqual(expected);
    await app.waitSaved();
    await handle.reload();
    await app.openView('Board');
    await expect.poll(columns).toEqual(expected);
  });

  it('imported from a CSV without a Status column, is a card in In progress, after a reload too', async () => {
    const files = new FilesPage(handle.page);
    const csv = 'Name,Duration,% Complete,Actual start\r\nDesign,2d,0,2026-12-08\r\nBuild,3d,0,\r\n';
    await files.open('pilot.csv', csv, 'Import…');
    const mapping = files.dialog('Import “pilot.csv”');
    await mapping.waitFor();
    await expect.poll(() => mapping.getByRole('status').innerText()).toBe('2 tasks will be created.');
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await mapping.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('pilot');

    await app.openView('Board');
    const expected = ['Backlog: Build', 'To do: ', 'In progress: Design', 'Review: ', 'Done: '];
    await expect.poll(columns).toEqual(expected);
    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('pilot');
    await app.openView('Board');
    await expect.poll(columns).toEqual(expected);
  });
});

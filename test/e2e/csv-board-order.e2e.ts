/**
 * Board order through a CSV: three tasks typed into an empty project, one card dragged up its
 * column with the keyboard, the plan exported as CSV and imported as a new project through the
 * File menu: the new project's board shows the cards in the order they were dragged into, after a
 * reload too, not in the order of the table's rows.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { FilesPage } from './pages/files-page';

let handle: AppHandle;
let app: AppPage;
let board: BoardPage;
let files: FilesPage;

beforeEach(async () => {
  handle = await openApp();
  app = new AppPage(handle.page);
  board = new BoardPage(handle.page);
  files = new FilesPage(handle.page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

describe('a CSV round trip of the board', () => {
  it('brings the cards of a column back in the order they were dragged into, as a Board order column says', async () => {
    const { page } = handle;
    await app.newEmptyProject('Sprint');
    await app.typeTasks([['Design', '2d'], ['Build', '3d'], ['Test', '1d']]);
    await app.openView('Board');
    await expect.poll(() => board.names('Backlog')).toEqual(['Design', 'Build', 'Test']);

    // Test goes to the top of Backlog with the keyboard: pick up, two places up, drop.
    await board.card('Test').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => board.announcement.textContent()).toBe("Picked up 'Test'. Over 'Backlog', position 3 of 3.");
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => board.announcement.textContent()).toBe("'Test' is over 'Backlog', position 1 of 3.");
    await page.keyboard.press('Space');
    await expect.poll(() => board.announcement.textContent()).toBe("Dropped 'Test' in 'Backlog', position 1 of 3.");
    await expect.poll(() => board.names('Backlog')).toEqual(['Test', 'Design', 'Build']);
    await app.waitSaved();

    const csv = await files.exportAs(/CSV table/, async (dialog) => {
      expect(await dialog.getByRole('checkbox', { name: 'Board order' }).isChecked()).toBe(true);
      await screenshotsAtBothSizes(page, 'csv-board-order-export');
    });
    const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '').map((line) => line.split(','));
    const header = rows[0] ?? [];
    const column = (name: string) => header.indexOf(name);
    // Rows stay in table order; Board order says where each card sits in its column.
    expect(rows.slice(1).map((r) => `${r[column('Name')] ?? ''}: ${r[column('Status')] ?? ''} ${r[column('Board order')] ?? ''}`))
      .toEqual(['Design: Backlog 2', 'Build: Backlog 3', 'Test: Backlog 1']);

    await files.open('sprint-export.csv', csv.text, 'Import…');
    const mapping = files.dialog('Import “sprint-export.csv”');
    await mapping.waitFor();
    await expect.poll(() => mapping.getByLabel('Field for Board order').inputValue()).toBe('boardOrder');
    // The help above the columns says how a Board order cell reads, as it does for Status.
    expect((await mapping.getByText(/^Choose the field each column holds/).innerText()).replace(/\s+/g, ' '))
      .toContain('Status “Done” as 100%, Board order as the card’s place in its board column (1 at the top),');
    await expect.poll(() => mapping.getByRole('status').innerText()).toBe('3 tasks will be created.');
    expect(await mapping.getByRole('region', { name: 'Warnings' }).count()).toBe(0);
    await screenshotsAtBothSizes(page, 'csv-board-order-mapping', () => mapping.getByLabel('Field for Board order').scrollIntoViewIfNeeded());
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await mapping.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('sprint-export');
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Design@0', 'Build@0', 'Test@0']);
    await app.openView('Board');
    await expect.poll(() => board.names('Backlog')).toEqual(['Test', 'Design', 'Build']);

    await app.waitSaved();
    await handle.reload();
    await app.openView('Board');
    await expect.poll(() => app.title.textContent()).toBe('sprint-export');
    await expect.poll(() => board.names('Backlog')).toEqual(['Test', 'Design', 'Build']);
  });

  it('says, naming the row, that a Board order on a summary row from another tool is not used', async () => {
    const { page } = handle;
    await app.newEmptyProject('Sprint');
    // Another tool's export: a place on the summary row 'Design' as well as on its tasks.
    await files.open('other-tool.csv', 'WBS,Name,Board order\n1,Design,1\n1.1,Spec,2\n1.2,Review,1\n2,Build,3\n', 'Import…');
    const mapping = files.dialog('Import “other-tool.csv”');
    await mapping.waitFor();
    await expect.poll(() => mapping.getByRole('status').innerText()).toBe('4 tasks will be created.');
    await expect.poll(() => mapping.getByRole('region', { name: 'Warnings' }).innerText())
      .toContain("row 2: 'Design' is a summary task; its Board order is not used — summary tasks are not board cards.");
    await screenshotsAtBothSizes(page, 'csv-board-order-summary-warning');
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await mapping.waitFor({ state: 'detached' });
    await app.openView('Board');
    await expect.poll(() => board.names('Backlog')).toEqual(['Review', 'Spec', 'Build']);
  });
});

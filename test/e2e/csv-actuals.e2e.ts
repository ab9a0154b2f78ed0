/**
 * Actual dates through a CSV: two tasks typed into an empty project, one marked 40% done with the
 * actual start typed into its cell, the plan exported as CSV through the File menu: the file has
 * an Actual start column with that date; imported as a new project, the table shows the same
 * actual start and the same scheduled dates, after a reload too.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

let handle: AppHandle;
let app: AppPage;
let files: FilesPage;

beforeEach(async () => {
  handle = await openApp();
  app = new AppPage(handle.page);
  files = new FilesPage(handle.page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

const COLUMNS = ['name', 'start', 'finish', 'percent', 'actualStart', 'actualFinish'];

describe('a CSV round trip of progress', () => {
  it('keeps the actual start typed on a started task, in the file and in the project imported from it', async () => {
    const { page } = handle;
    await app.newEmptyProject('Rollout');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    await app.showColumns(['Actual start', 'Actual finish']);
    await app.editCell('Design', 'percent', '40');
    await app.editCell('Design', 'actualStart', '2026-12-08');
    await expect.poll(() => app.cell('Design', 'actualStart').textContent()).toMatch(/Dec 8/);
    const before = await app.rowTexts(COLUMNS);
    await app.waitSaved();

    const csv = await files.exportAs(/CSV table/, async (dialog) => {
      expect(await dialog.getByRole('checkbox', { name: 'Actual start' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('checkbox', { name: 'Actual finish' }).isChecked()).toBe(true);
      await screenshotsAtBothSizes(page, 'csv-actuals-export');
    });
    const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '').map((line) => line.split(','));
    const header = rows[0] ?? [];
    const column = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((r) => `${r[column('Name')] ?? ''}: ${r[column('% Complete')] ?? ''}% ${r[column('Actual start')] ?? ''} → ${r[column('Actual finish')] ?? ''}`))
      .toEqual(['Design: 40% 2026-12-08T09:00 → ', 'Build: 0%  → ']);

    await files.open('rollout-export.csv', csv.text, 'Import…');
    const mapping = files.dialog('Import “rollout-export.csv”');
    await mapping.waitFor();
    await expect.poll(() => mapping.getByLabel('Field for Actual start').inputValue()).toBe('actualStart');
    expect(await mapping.getByLabel('Field for Actual finish').inputValue()).toBe('actualFinish');
    await expect.poll(() => mapping.getByRole('status').innerText()).toBe('2 tasks will be created.');
    expect(await mapping.getByRole('region', { name: 'Warnings' }).count()).toBe(0);
    await screenshotsAtBothSizes(page, 'csv-actuals-mapping', () => mapping.getByLabel('Field for Actual start').scrollIntoViewIfNeeded());
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await mapping.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('rollout-export');
    await app.openView('Tasks');
    await app.showColumns(['Actual start', 'Actual finish']);
    await expect.poll(() => app.rowTexts(COLUMNS)).toEqual(before);

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('rollout-export');
    await app.openView('Tasks');
    await expect.poll(() => app.rowTexts(COLUMNS)).toEqual(before);
  });
});

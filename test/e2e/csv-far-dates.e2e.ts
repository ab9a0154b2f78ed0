/**
 * A CSV whose rows carry a date no plan holds (a typing slip: 2216 for 2016, or 1850), opened
 * through File → Open… from the app as it first starts: the mapping preview names each such row
 * with its column and value, and the rest of the plan is created without them.
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

const CSV = [
  'Name,Start,Finish,Duration,Predecessors',
  'Design,2026-03-02,,2d,',
  'Build,2216-03-02,,3d,1',
  'Survey,1850-06-01,,1d,',
  'Test,,2216-03-09,2d,1',
  'Ship,,,1d,1;2',
].join('\n');

describe('a CSV with dates outside 1900-2200', () => {
  it('leaves out only the rows holding them, naming row, column and value, and creates the rest', async () => {
    await files.open('slips.csv', CSV);
    const dialog = files.dialog('Import “slips.csv”');
    const skipped = dialog.getByRole('region', { name: 'Rows that will be skipped' });
    await expect.poll(() => skipped.locator('li').allInnerTexts()).toEqual([
      "row 3, column 2 (Start): '2216-03-02' is outside the years Plotline plans: 1900 to 2200.",
      "row 4, column 2 (Start): '1850-06-01' is outside the years Plotline plans: 1900 to 2200.",
      "row 5, column 3 (Finish): '2216-03-09' is outside the years Plotline plans: 1900 to 2200.",
    ]);
    expect(await dialog.getByRole('region', { name: 'Warnings' }).innerText()).toContain(
      'row 6, column 5 (Predecessors): task 2 (row 3) was skipped for its error above; the link from it is left out.');
    expect(await dialog.getByRole('status').innerText()).toBe('2 tasks will be created.');
    await screenshotsAtBothSizes(handle.page, 'csv-far-dates-mapping');

    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('slips');
    await expect.poll(() => app.outline()).toEqual(['Design@0', 'Ship@0']);
    expect(await app.cell('Ship', 'predecessors').textContent()).toBe('1');
  });
});

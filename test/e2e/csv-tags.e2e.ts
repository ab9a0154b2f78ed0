/**
 * Tags through a CSV: two tasks typed into an empty project, tags typed into Task information
 * (Shift+F2, Ctrl+Enter), the plan exported as CSV through the File menu: the file has a Tags
 * column; imported as a new project, Task information shows the same tags, after a reload too.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
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

describe('a CSV round trip of tags', () => {
  it('writes the tags typed in Task information to a Tags column and reads them back into a new project', async () => {
    const { page } = handle;
    await app.newEmptyProject('Checkout');
    await app.typeTasks([['Payment API', '2d'], ['Docs', '1d']]);
    const info = await app.taskInformation('Payment API');
    await info.getByLabel('Tags (separated by , or ;)').focus();
    await page.keyboard.type('payments, api');
    await page.keyboard.press('Control+Enter');
    await info.waitFor({ state: 'detached' });
    await app.waitSaved();

    const csv = await files.exportAs(/CSV table/, async (dialog) => {
      expect(await dialog.getByRole('checkbox', { name: 'Tags' }).isChecked()).toBe(true);
    });
    const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '').map((line) => line.split(','));
    const column = (rows[0] ?? []).indexOf('Tags');
    expect(rows.slice(1).map((r) => `${r[1] ?? ''}: ${r[column] ?? ''}`)).toEqual(['Payment API: payments;api', 'Docs: ']);

    await files.open('checkout-export.csv', csv.text, 'Import…');
    const mapping = files.dialog('Import “checkout-export.csv”');
    await mapping.waitFor();
    await expect.poll(() => mapping.getByLabel('Field for Tags').inputValue()).toBe('tags');
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await mapping.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('checkout-export');
    await app.openView('Tasks');
    expect(await app.tagsOf('Payment API')).toBe('payments, api');
    expect(await app.tagsOf('Docs')).toBe('');

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('checkout-export');
    await app.openView('Tasks');
    expect(await app.tagsOf('Payment API')).toBe('payments, api');
  });
});

describe('one rule for splitting tags', () => {
  it("reads 'api; backend, api' typed in Task information as the two tags a CSV Tags cell gives, after a reload too", async () => {
    const { page } = handle;
    await app.newEmptyProject('Platform');
    await app.typeTasks([['Build', '2d']]);
    const info = await app.taskInformation('Build');
    await info.getByLabel('Tags (separated by , or ;)').focus();
    await page.keyboard.type('api; backend, api');
    await screenshotsAtBothSizes(page, 'task-information-tags');
    await info.getByLabel('Tags (separated by , or ;)').focus();
    await page.keyboard.press('Control+Enter');
    await info.waitFor({ state: 'detached' });
    await app.waitSaved();

    await handle.reload();
    await app.openView('Tasks');
    expect(await app.tagsOf('Build')).toBe('api, backend');
    await app.openView('Board');
    const card = new BoardPage(page).card('Build');
    await expect.poll(() => card.locator('.board-card__tags .chip:not(.chip--phase)').allInnerTexts()).toEqual(['api', 'backend']);
  });
});

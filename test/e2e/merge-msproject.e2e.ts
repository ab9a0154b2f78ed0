/**
 * A colleague's MS Project copy merged back, from an EMPTY project typed by keyboard: tags typed in
 * Task information, the plan exported as MS Project XML through the File menu, the colleague makes
 * Test two days in MS Project (its <Duration> in the file), and File → Merge a colleague's copy…
 * picks it. The file has no place for tags or the board, so its reader leaves them empty: the
 * dialog lists the one duration change, not the tags and columns of every task, and after the merge
 * and a reload the tags are still there and Test is two days.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { MergePage } from './pages/merge-page';

let handle: AppHandle;
let app: AppPage;

beforeEach(async () => {
  handle = await openApp({ viewport: { width: 1440, height: 900 } });
  app = new AppPage(handle.page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

describe('merging a colleague\'s MS Project copy', () => {
  it('lists and applies only what they changed: the tags MS Project cannot hold are kept, after a reload too', async () => {
    const { page } = handle;
    await app.newEmptyProject('Checkout');
    await app.typeTasks([['Design', '2d'], ['Build', '3d'], ['Test', '1d']]);
    for (const [task, tags] of [['Design', 'api'], ['Test', 'qa, release']] as const) {
      const info = await app.taskInformation(task);
      await info.getByLabel('Tags (separated by , or ;)').focus();
      await page.keyboard.type(tags);
      await page.keyboard.press('Control+Enter');
      await info.waitFor({ state: 'detached' });
    }
    await app.waitSaved();

    const xml = await new FilesPage(page).exportAs(/MS Project/);
    expect(xml.name).toMatch(/\.xml$/);
    const copy = xml.text.replace(/(<Task>(?:(?!<\/Task>)[\s\S])*?<Name>Test<\/Name>(?:(?!<\/Task>)[\s\S])*?<Duration>)PT8H0M0S(<\/Duration>)/, '$1PT16H0M0S$2');
    expect(copy).not.toBe(xml.text);

    const merge = new MergePage(page);
    await merge.pick("Merge a colleague's copy…", 'maya.xml', copy);
    const twoWay = merge.dialog('Compare and accept changes from “maya.xml”');
    const rows = twoWay.getByRole('table', { name: 'Changes' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const listed = await rows.allInnerTexts();
    expect(listed.filter((row) => /duration/.test(row))).toEqual([expect.stringMatching(/task 'Test'[\s\S]*duration[\s\S]*\b1d\b[\s\S]*\b2d\b/)]);
    expect(listed.join('\n')).not.toMatch(/tags|board column|lifecycle stage|place in board/);
    await screenshotsAtBothSizes(page, 'merge-msproject-two-way');

    await twoWay.getByRole('checkbox', { name: /Accept task 'Test'/ }).first().check();
    await twoWay.getByRole('button', { name: /^Apply \d+ accepted$/ }).click();
    await app.expectNotice(/Merged \d+ changes? from maya/);
    await expect.poll(() => app.cell('Test', 'duration').innerText()).toMatch(/^2/);
    expect(await app.tagsOf('Design')).toBe('api');
    expect(await app.tagsOf('Test')).toBe('qa, release');

    await app.waitSaved();
    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Test', 'duration').innerText()).toMatch(/^2/);
    expect(await app.tagsOf('Design')).toBe('api');
    expect(await app.tagsOf('Test')).toBe('qa, release');
  }, 120_000);
});

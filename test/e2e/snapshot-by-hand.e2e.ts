/**
 * Take snapshot now asks, as the automatic snapshots do, before keeping a plan that shrank to under
 * half its last snapshot (a reviewer's report: the one taken by hand was always written, though a
 * snapshot taken right after an accidental delete is the one least meant). From an EMPTY project
 * built by keyboard: four tasks, a snapshot taken; three tasks deleted; Take snapshot now asks;
 * Cancel keeps nothing; asked again, Keep snapshot keeps it, and the restore list shows both after a reload.
 * In a browser whose storage is full, a snapshot taken by hand cannot outlast a reload: the person
 * is told so in an error notice that stays, and the plan is as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { NoticesPage } from './pages/notices-page';
import { fillLocalStorage } from './pages/storage-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let files: FilesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  files = new FilesPage(page);
});

describe('a snapshot taken by hand', () => {
  it('asks before keeping a plan that lost most of its tasks since the last snapshot', async () => {
    await app.newEmptyProject('Shrinking plan');
    await app.typeTasks([['Survey', '2d'], ['Design', '3d'], ['Build', '4d'], ['Launch', '1d']]);
    await files.takeSnapshot('Full plan');
    await app.expectNotice('Snapshot “Full plan” taken.');

    for (const name of ['Design', 'Build', 'Launch']) {
      await app.cell(name, 'name').click();
      await page.keyboard.press('Delete');
      await expect.poll(() => app.row(name).count()).toBe(0);
    }

    await files.takeSnapshot('After cleanup');
    const question = files.shrunkSnapshotQuestion;
    await question.waitFor();
    expect(await question.innerText()).toContain('“Shrinking plan” now has 1 task; its last snapshot had 4 tasks.');
    await screenshotsAtBothSizes(page, 'snapshot-by-hand-shrunk-question');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await files.snapshotRows()).toEqual([expect.stringMatching(/\|Shrinking plan\|Full plan\|4$/)]);
    await page.keyboard.press('Escape');
    await files.dialog('Restore from snapshot').waitFor({ state: 'detached' });

    await files.takeSnapshot('After cleanup');
    await question.getByRole('button', { name: 'Keep snapshot' }).click();
    await question.waitFor({ state: 'detached' });
    await app.expectNotice('Snapshot “After cleanup” taken.');

    await app.waitSaved();
    await fixture.handle.reload();
    expect(await files.snapshotRows()).toEqual([
      expect.stringMatching(/\|Shrinking plan\|After cleanup\|1$/),
      expect.stringMatching(/\|Shrinking plan\|Full plan\|4$/),
    ]);
  });

  it('says a snapshot taken by hand was not kept when the browser has no room left for it', async () => {
    const notices = new NoticesPage(page);
    await app.newEmptyProject('Full storage');
    await app.typeTasks([['Survey', '2d'], ['Design', '3d']]);
    await app.waitSaved();
    await fillLocalStorage(page);
    await files.takeSnapshot('Before re-baseline');
    const said = /^Snapshot “Before re-baseline” was not kept: this browser's storage for Plotline is full, so it would be gone after a reload\. The plan is as it was; to keep a copy of it, export it \(File → Export\)\.$/;
    await expect.poll(() => notices.messages()).toEqual([expect.stringMatching(said)]);
    expect(await notices.all.first().getAttribute('role'), 'an error').toBe('alert');
    await screenshotsAtBothSizes(page, 'snapshot-by-hand-not-kept');
    // Not listed as if it were safe; the plan is untouched.
    await files.chooseByKeyboard('Restore from snapshot…');
    const restore = files.dialog('Restore from snapshot');
    await restore.getByText('No snapshots yet.').waitFor();
    await page.keyboard.press('Escape');
    await restore.waitFor({ state: 'detached' });
    expect(await app.rowTexts(['name', 'duration'])).toEqual(['Survey@0|2d', 'Design@0|3d']);
    // It stays until dismissed: a message about something not kept must not go unread.
    expect(await notices.messages()).toEqual([expect.stringMatching(said)]);
  });
});

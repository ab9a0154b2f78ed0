/**
 * A status date moves work not started by then to start after it (Primavera's data date rule);
 * a person used to MS Project (nothing moves) is told so. From an EMPTY project built by keyboard
 * (from Mon 4 Jan 2027): Design (2 days) then Build (3 days). The status date is set to Wed 6 Jan,
 * after Design's planned finish, with no progress: both tasks move, a notice says so in the dates
 * the screen writes, and the top bar's start is the first task's (nothing starts on the 4th any
 * more); its Undo puts the dates back. Then File → Take snapshot now… with a
 * label, a reload, and File → Restore from snapshot… lists the snapshot with its label.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { SettingsPage } from './pages/settings-page';
import { typeChain } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let files: FilesPage;
let settings: SettingsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  files = new FilesPage(page);
  settings = new SettingsPage(page);
});

const rows = (): Promise<string[]> => app.rowTexts(['name', 'start', 'finish']);
const planned = ['Design@0|Mon, Jan 4, 27|Tue, Jan 5, 27', 'Build@0|Wed, Jan 6, 27|Fri, Jan 8, 27'];
const NOTICE = 'Status date Wed, Jan 6, 27: 2 tasks not started by then now start after it.';

describe('the status date says what it moved', () => {
  it('names the tasks it moved after the status date, and Undo puts them back', async () => {
    await typeChain(page, 'Billing cut-over', '2027-01-04', [['Design', '2d'], ['Build', '3d']]);
    await expect.poll(rows).toEqual(planned);
    await expect.poll(() => app.topBarFacts()).toMatch(/^Mon, Jan 4, 27 → Fri, Jan 8, 27 ·/);

    await settings.setStatusDateByKeyboard('2027-01-06');
    await expect.poll(rows).toEqual(['Design@0|Thu, Jan 7, 27|Fri, Jan 8, 27', 'Build@0|Mon, Jan 11, 27|Wed, Jan 13, 27']);
    await app.expectNotice(NOTICE);
    // Nothing starts on the project's start day now: the top bar shows when work starts.
    await expect.poll(() => app.topBarFacts()).toMatch(/^Thu, Jan 7, 27 → Wed, Jan 13, 27 ·/);

    await app.noticeAction(NOTICE, 'Undo');
    await expect.poll(rows).toEqual(planned);
    await expect.poll(() => app.topBarFacts()).toMatch(/^Mon, Jan 4, 27 → Fri, Jan 8, 27 ·/);
    await settings.openSettingsByKeyboard();
    expect(await settings.settingsDialog.getByLabel('Status date', { exact: true }).inputValue()).toBe('');
    await page.keyboard.press('Escape');

    // Set again, for the pictures: the notice goes on its own after a few seconds, so the Undo above comes first.
    await settings.setStatusDateByKeyboard('2027-01-06');
    await app.expectNotice(NOTICE);
    await screenshotsAtBothSizes(page, 'status-date-notice');
  });

  it('takes a snapshot with a label that the restore list shows after a reload', async () => {
    await typeChain(page, 'Billing cut-over', '2027-01-04', [['Design', '2d'], ['Build', '3d']]);
    await files.takeSnapshot('Before re-baseline', () => screenshotsAtBothSizes(page, 'take-snapshot-dialog'));
    await app.expectNotice('Snapshot “Before re-baseline” taken.');

    await app.waitSaved();
    await fixture.handle.reload();
    const restorable = await files.snapshotRows();
    expect(restorable).toEqual(expect.arrayContaining([expect.stringMatching(/^.+\|Billing cut-over\|Before re-baseline\|2$/)]));
    await screenshotsAtBothSizes(page, 'snapshot-restore-list');
  });
});

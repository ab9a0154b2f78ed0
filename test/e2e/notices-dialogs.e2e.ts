/**
 * Notices keep clear of modal dialogs (a new user's report): two long export notices covered most
 * of the next Export dialog's Cancel button; an earlier fix put every notice under the backdrop,
 * where the risk editor's own refusal could be neither read nor dismissed. From an EMPTY project
 * built by keyboard: the last exports' notices wait while Export is open again, its buttons
 * uncovered, and show again after Cancel; an error shows over the dialog, clear of its box; a
 * refusal raised in the risk editor shows clear of the editor and is dismissed by a click and by
 * keyboard (F6, Enter), the keyboard back in its field after each, at 1024×768 and 1440×900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { NoticesPage } from './pages/notices-page';
import { RisksPage } from './pages/risks-page';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let files: FilesPage;
let notices: NoticesPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  files = new FilesPage(page);
  notices = new NoticesPage(page);
});

const SIZES = [{ width: 1024, height: 768 }, { width: 1440, height: 900 }] as const;
const REFUSED_DURATION = /^Duration of 'Survey' \(row 1\): 'soon' is not a duration/;

describe('notices and modal dialogs', () => {
  it('lets the next Export dialog be used after two long export notices, and shows an error clear of it', async () => {
    await page.setViewportSize(SIZES[0]);
    await app.newEmptyProject('Notices over dialogs');
    await app.typeTasks([['Survey', '2d'], ['Design', '3d'], ['Build', '1d']]);
    // A card moved to To do makes each export's notice long: it names what the file cannot keep.
    const info = await app.taskInformation('Design');
    await info.getByLabel('Status').selectOption({ label: 'To do' });
    await page.keyboard.press('Control+Enter');
    await info.waitFor({ state: 'detached' });
    await files.exportAs(/Microsoft Project XML/);
    await files.exportAs(/^GanttProject/);
    await app.expectNotice(/^Exported “.+\.xml”\. Not written/);
    await app.expectNotice(/^Exported “.+\.gan”\./);
    expect(await notices.all.count()).toBe(2);

    await page.keyboard.press('Control+e');
    const dialog = files.dialog('Export');
    await dialog.waitFor();
    const cancel = dialog.getByRole('button', { name: 'Cancel', exact: true });
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    for (const button of [cancel, exportButton]) {
      expect(await notices.overlapping(button), 'no notice over the dialog\'s buttons').toEqual([]);
      expect(await notices.isUncovered(button)).toBe(true);
    }
    await cancel.click();
    await dialog.waitFor({ state: 'detached' });
    // They waited behind the dialog and show again.
    await expect.poll(() => notices.messages()).toEqual([expect.stringMatching(/\.xml”/), expect.stringMatching(/\.gan”/)]);

    // An error stays in sight over a dialog opened after it, clear of the dialog's box and buttons.
    const exportOverRefusal = async (): Promise<void> => {
      if (await dialog.count() > 0) { await page.keyboard.press('Escape'); await dialog.waitFor({ state: 'detached' }); }
      await app.editCell('Survey', 'duration', 'soon');
      await app.expectNotice(REFUSED_DURATION);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+e');
      await dialog.waitFor();
      await expect.poll(() => notices.messages()).toEqual([expect.stringMatching(REFUSED_DURATION)]);
    };
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await exportOverRefusal();
      const refusal = notices.withText(REFUSED_DURATION);
      expect(await notices.overlapping(dialog), `${String(size.width)}×${String(size.height)}: clear of the dialog`).toEqual([]);
      expect(await notices.isUncovered(refusal.getByRole('button', { name: 'Dismiss' }))).toBe(true);
      for (const button of [cancel, exportButton]) expect(await notices.isUncovered(button)).toBe(true);
    }
    await screenshotsAtBothSizes(page, 'notices-export-dialog', exportOverRefusal);
    await notices.withText(REFUSED_DURATION).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notices.messages()).toEqual([]);
    await cancel.click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows a refusal raised in the risk editor clear of it, dismissed by a click and by keyboard', async () => {
    const risks = new RisksPage(app);
    await app.newEmptyProject('Refusal in a dialog');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await risks.open();
      const editor = await risks.addRiskByKeyboard(`Supplier late at ${String(size.width)}`);
      const impact = editor.getByLabel('Cost impact amount (USD)', { exact: true });
      await app.typeOver(impact, '75/h', 'Tab');
      const said = "Cost impact: '75/h' is not an amount. Type digits, e.g. 25000 or 25,000.50.";
      await expect.poll(() => notices.messages()).toEqual([said]);
      const refusal = notices.withText(said);
      const dismiss = refusal.getByRole('button', { name: 'Dismiss' });
      expect(await notices.overlapping(editor), 'clear of the editor').toEqual([]);
      expect(await notices.isUncovered(dismiss)).toBe(true);
      expect(await notices.isUncovered(editor.getByRole('button', { name: 'Done' }))).toBe(true);

      // A click dismisses it, and the keyboard is back in the field it was in, in the editor.
      await dismiss.click();
      await expect.poll(() => notices.messages()).toEqual([]);
      await expect.poll(() => impact.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await editor.isVisible()).toBe(true);

      // By keyboard: F6 goes to the notice, Enter dismisses it, and the keyboard is back in the editor.
      await app.typeOver(impact, '80/h', 'Tab');
      await expect.poll(() => notices.messages()).toEqual(["Cost impact: '80/h' is not an amount. Type digits, e.g. 25000 or 25,000.50."]);
      await page.keyboard.press('F6');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Dismiss');
      await page.keyboard.press('Enter');
      await expect.poll(() => notices.messages()).toEqual([]);
      await expect.poll(() => impact.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => impact.inputValue()).toBe('');
      await risks.closeEditorByKeyboard();
    }
  });
});

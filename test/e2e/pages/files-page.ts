/** Page model of the File menu and its dialogs: open, import, save, export, snapshots. */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

export type FileMenuItem = 'New project' | 'Open…' | 'Import…' | 'Save as .plotline…' | 'Save as template…' | 'Export…' | 'Take snapshot now…' | 'Restore from snapshot…';

export class FilesPage {
  constructor(readonly page: Page) {}

  get menuButton(): Locator { return this.page.getByRole('banner').getByRole('button', { name: 'File', exact: true }); }
  dialog(name: string | RegExp): Locator { return this.page.getByRole('dialog', { name }); }
  get anyDialog(): Locator { return this.page.getByRole('dialog'); }

  async choose(item: FileMenuItem): Promise<void> {
    await this.menuButton.click();
    await this.page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item, exact: true }).click();
  }

  /** The File menu by keyboard: the File button focused and Enter, ↓ to the item, Enter. */
  async chooseByKeyboard(item: FileMenuItem): Promise<void> {
    await this.menuButton.focus();
    await this.page.keyboard.press('Enter');
    const menu = this.page.getByRole('menu', { name: 'File' });
    const wanted = menu.getByRole('menuitem', { name: item, exact: true });
    await wanted.waitFor();
    for (let steps = 0; steps < 20 && !(await wanted.evaluate((el) => el === document.activeElement)); steps++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
  }

  /** File → Take snapshot now… by keyboard, `label` typed in its one field; `beforeEnter` runs before Enter takes it. */
  async takeSnapshot(label: string, beforeEnter: () => Promise<unknown> = async () => undefined): Promise<void> {
    await this.chooseByKeyboard('Take snapshot now…');
    const dialog = this.dialog('Take snapshot');
    await dialog.waitFor();
    await this.page.keyboard.type(label);
    await beforeEnter();
    await this.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  /** The question asked before a snapshot of a plan that shrank to under half its last one is kept. */
  get shrunkSnapshotQuestion(): Locator { return this.dialog('Keep a much smaller snapshot?'); }

  /** File → Restore from snapshot… by keyboard; the list's rows as they read ("Taken|Project|Label|Tasks"), the dialog left open. */
  async snapshotRows(): Promise<string[]> {
    await this.chooseByKeyboard('Restore from snapshot…');
    const rows = this.dialog('Restore from snapshot').getByRole('table', { name: 'Snapshots' }).locator('tbody tr');
    await rows.first().waitFor();
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent ?? '').join('|')));
  }

  /** File → Open… and pick a file in the browser's file chooser. */
  async open(name: string, content: string | Buffer, item: 'Open…' | 'Import…' = 'Open…'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.choose(item);
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  }

  /**
   * File → Open… (or Import…) and pick a file on disk by path: for files too big to pass as a
   * buffer. `pickAfterMs`: how long the person spends in the file dialog before picking.
   */
  async openPath(path: string, item: 'Open…' | 'Import…' = 'Open…', pickAfterMs = 0): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.choose(item);
    const opened = await chooser;
    if (pickAfterMs > 0) await this.page.waitForTimeout(pickAfterMs);
    await opened.setFiles(path);
  }

  /**
   * Hides the page for a moment, as when the window is minimised or another app comes in front:
   * the app writes a snapshot of the open project then, as when the window goes away.
   */
  async hidePageMomentarily(): Promise<void> {
    await this.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    });
  }

  /** Runs an action that downloads a file; returns the download's name and text. */
  async download(action: () => Promise<void>): Promise<{ name: string; text: string; download: Download }> {
    const pending = this.page.waitForEvent('download');
    await action();
    const download = await pending;
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), download };
  }

  async exportAs(format: RegExp, configure: (dialog: Locator) => Promise<void> = async () => undefined): Promise<{ name: string; text: string }> {
    await this.choose('Export…');
    const dialog = this.dialog('Export');
    await dialog.getByRole('radio', { name: format }).check();
    await configure(dialog);
    return this.download(() => dialog.getByRole('button', { name: 'Export', exact: true }).click());
  }
}

/** Page model of the File menu and its dialogs: open, import, save, export, snapshots. */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

export type FileMenuItem = 'New project' | 'Open…' | 'Import…' | 'Save as .plotline…' | 'Save as template…' | 'Export…' | 'Restore from snapshot…';

export class FilesPage {
  constructor(readonly page: Page) {}

  get menuButton(): Locator { return this.page.getByRole('banner').getByRole('button', { name: 'File', exact: true }); }
  dialog(name: string | RegExp): Locator { return this.page.getByRole('dialog', { name }); }
  get anyDialog(): Locator { return this.page.getByRole('dialog'); }

  async choose(item: FileMenuItem): Promise<void> {
    await this.menuButton.click();
    await this.page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item, exact: true }).click();
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

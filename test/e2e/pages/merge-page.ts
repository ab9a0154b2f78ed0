/** Page model of File → Compare with… and Merge a colleague's copy…, and their dialogs. */
import type { Locator, Page } from 'playwright-core';

export class MergePage {
  constructor(readonly page: Page) {}

  dialog(name: string | RegExp): Locator { return this.page.getByRole('dialog', { name }); }

  /** Opens File → Compare with…: the choice of a plan file, a baseline or a snapshot. */
  async openCompare(): Promise<Locator> {
    await this.page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
    await this.page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Compare with…', exact: true }).click();
    return this.dialog('Compare with');
  }

  /** Picks the File menu item (for Compare, then "Plan file…"), then gives the browser's file chooser `content` as `name`. */
  async pick(item: 'Compare with…' | "Merge a colleague's copy…", name: string, content: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    if (item === 'Compare with…') {
      await (await this.openCompare()).getByRole('button', { name: 'Plan file…' }).click();
    } else {
      await this.page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
      await this.page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item, exact: true }).click();
    }
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  }
}

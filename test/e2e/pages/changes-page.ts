/** Page model of the Changes view's toolbar: opening the view, adding a change request by keyboard, the toolbar's fit. */
import type { Locator, Page } from 'playwright-core';
import { toolbarFit, type ToolbarFit } from './bar-geometry';

export class ChangesPage {
  constructor(readonly page: Page) {}

  get toolbar(): Locator { return this.page.getByRole('toolbar', { name: 'Change log toolbar' }); }
  get table(): Locator { return this.page.getByRole('table', { name: 'Change requests' }); }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await this.toolbar.waitFor();
  }

  /** A change request's title typed into the toolbar's field and Entered. */
  async addByKeyboard(title: string): Promise<void> {
    await this.toolbar.getByLabel('New change request title', { exact: true }).focus();
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Enter');
  }

  /** How the toolbar fits the window: the three lists and Search filter the log together. */
  toolbarFit(): Promise<ToolbarFit> {
    return toolbarFit(this.toolbar, [['Filter by status', 'Filter by category', 'Filter by priority', 'Search change requests']]);
  }
}

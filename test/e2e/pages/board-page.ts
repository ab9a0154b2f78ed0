/** Page model of the board: columns, cells and cards by role and label; mouse and keyboard drags. */
import type { Locator, Page } from 'playwright-core';
import { toolbarFit, type ToolbarFit } from './bar-geometry';

export class BoardPage {
  constructor(readonly page: Page) {}

  /** The filter and swimlane controls above the columns. */
  get toolbar(): Locator { return this.page.locator('.board-toolbar__row'); }

  /**
   * How the board's toolbar fits the window: the checks and Due within narrow the cards together,
   * and Swimlanes goes with the hint on how status and progress agree.
   */
  toolbarFit(): Promise<ToolbarFit> {
    return toolbarFit(this.toolbar, [
      ['Critical only', 'Blocked only', 'Tasks at risk', 'Due within days'],
      ['Swimlanes', 'How status and progress agree'],
    ]);
  }

  /** A column's cards region (no swimlanes), or one lane's cell: "In progress, lane Sofia Martins". */
  cell(name: string): Locator { return this.page.getByRole('region', { name, exact: true }); }

  header(column: string): Locator {
    return this.page.locator('.column-header').filter({ has: this.page.getByRole('heading', { name: column, exact: true }) });
  }

  /** A card by its task name (the accessible name starts with it). Placeholders are aria-hidden, so never matched. */
  card(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\d+% complete`) });
  }

  /** The names of the cards drawn in a cell, looked at as a person does: scrolled into view first (off-screen lists draw no cards). */
  async names(cell: string): Promise<string[]> {
    await this.cell(cell).scrollIntoViewIfNeeded();
    return this.cell(cell).locator('.board-card:not([data-dnd-placeholder]) .board-card__name').allInnerTexts();
  }

  get announcement(): Locator { return this.page.locator('[id^="dnd-kit-announcement"]'); }

  async quickAdd(column: string, ...names: string[]): Promise<void> {
    await this.page.getByRole('button', { name: `Add a card to '${column}'` }).click();
    const input = this.page.getByRole('textbox', { name: `New card in '${column}'` });
    for (const name of names) {
      await input.fill(name);
      await input.press('Enter');
      await this.card(name).waitFor();
    }
    await input.press('Escape');
  }

  /** Quick add inside one swimlane's cell of a column: the cards take the lane's person, phase or priority. */
  async quickAddInLane(column: string, lane: string, ...names: string[]): Promise<void> {
    await this.page.getByRole('button', { name: `Add a card to '${column}' in lane '${lane}'` }).click();
    const input = this.page.getByRole('textbox', { name: `New card in '${column}', lane '${lane}'` });
    for (const name of names) {
      await input.fill(name);
      await input.press('Enter');
      await this.card(name).waitFor();
    }
    await input.press('Escape');
  }

  /** Drags with the mouse as a person does: press, nudge past the activation distance, glide, release. */
  async drag(source: Locator, target: Locator): Promise<void> {
    await this.dragOver(source, target);
    await this.drop();
  }

  /** Picks a card up with the mouse and holds it over the middle of `target`, button still down. */
  async dragOver(source: Locator, target: Locator, lifted: Locator = this.page.locator('.board-card.is-dragging')): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('drag: source or target is not visible');
    const { mouse } = this.page;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 4 });
    await lifted.first().waitFor();
    await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  }

  /** Releases the mouse after dragOver, and waits for the lifted card or column to land. */
  async drop(lifted: Locator = this.page.locator('.board-card.is-dragging')): Promise<void> {
    await this.page.mouse.up();
    await lifted.first().waitFor({ state: 'detached' });
  }

  /**
   * Answers the question a move asks when it would start a task before the schedule allows (a new
   * project starts next Monday, so starting a card today always asks), and waits for it to close.
   */
  async confirmStart(choice: 'Start anyway' | 'Keep the scheduled date' = 'Keep the scheduled date'): Promise<void> {
    const prompt = this.page.getByRole('dialog', { name: 'Start before the schedule allows?' });
    await prompt.getByRole('button', { name: choice }).click();
    await prompt.waitFor({ state: 'detached' });
  }

  /** Scrolls a cell's card list to `top` px and waits for the list to draw that window. */
  async scrollCell(cell: string, top: number): Promise<void> {
    const list = this.cell(cell).locator('.card-list');
    await list.evaluate((el, y) => { el.scrollTop = y; }, top);
    await this.page.waitForFunction(
      ({ name, y }) => [...document.querySelectorAll('section.board-cell')]
        .find((s) => s.getAttribute('aria-label') === name)?.querySelector('.card-list')?.scrollTop === y,
      { name: cell, y: top },
    );
  }

  /** Column names left to right. */
  async columnNames(): Promise<string[]> {
    return this.page.locator('.column-header__name').allInnerTexts();
  }

  /** Drags a column by its grip onto another column's header. */
  async dragColumn(column: string, onto: string): Promise<void> {
    const lifted = this.page.locator('.column-header.is-dragging');
    await this.dragOver(this.page.getByRole('button', { name: `Move column '${column}'` }), this.header(onto), lifted);
    await this.drop(lifted);
  }

  /**
   * Footer items (people, due date, flags) of the cards on screen that spill past their card's
   * padding, as "card name: item": a flag cut off by three avatars shows up here.
   */
  async clippedFooterItems(): Promise<string[]> {
    return this.page.locator('.board-card:not([data-dnd-placeholder])').evaluateAll((cards) => cards.flatMap((card) => {
      const limit = card.getBoundingClientRect().right - 8;
      const name = card.querySelector('.board-card__name')?.textContent ?? '';
      return [...card.querySelectorAll('.board-card__meta .avatar, .board-card__due, .board-flag')]
        .filter((item) => item.getBoundingClientRect().right > limit + 0.5)
        .map((item) => `${name}: ${item.textContent ?? ''}`);
    }));
  }

  /** The drop zone below a cell's cards ("go last"). */
  end(cell: string): Locator { return this.cell(cell).locator('.card-list__end'); }

  async setLanes(mode: 'None' | 'Assignee' | 'Phase' | 'Priority'): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Swimlanes' }).selectOption({ label: mode });
  }

  /** The column's options dialog, opened if it is not. */
  async columnMenu(column: string): Promise<Locator> {
    const dialog = this.page.getByRole('dialog', { name: `Column '${column}' options` });
    if (!(await dialog.isVisible())) await this.page.getByRole('button', { name: `Column '${column}' options` }).click();
    return dialog;
  }

  async setColumnCategory(column: string, category: 'Not started' | 'Started' | 'Done'): Promise<void> {
    await (await this.columnMenu(column)).getByRole('combobox', { name: 'Category' }).selectOption({ label: category });
  }

  /** The category the column's menu shows, as its label. */
  async columnCategory(column: string): Promise<string> {
    const select = (await this.columnMenu(column)).getByRole('combobox', { name: 'Category' });
    return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  async setWipLimit(column: string, limit: number): Promise<void> {
    await this.page.getByRole('button', { name: `Column '${column}' options` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Column '${column}' options` });
    await dialog.getByRole('spinbutton', { name: 'WIP limit' }).fill(String(limit));
    await dialog.getByRole('button', { name: 'Save' }).click();
  }
}

/** Page model of the Team view: people by name, their initials, and adding one by keyboard. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export class TeamPage {
  constructor(readonly page: Page) {}

  get table(): Locator { return this.page.getByRole('table', { name: 'Team' }); }

  /** The people's names, in the order the table lists them. */
  names(): Promise<string[]> {
    return this.table.getByLabel('Name', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  /** The avatar's initials on a person's row. */
  initials(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByLabel(`Role of ${name}`, { exact: true }) }).locator('.avatar');
  }

  /** Add person, then type as a person does: the new row's name is focused and selected. */
  async addPerson(name: string, ratePerHour: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    const rate = this.page.getByLabel(`Rate of ${name}`, { exact: true });
    await rate.focus();
    await rate.fill(String(ratePerHour));
    await rate.press('Tab');
  }

  /**
   * Add person by keyboard alone (Enter on the button): the new row's name is focused and selected;
   * Tab over Initials to Role, type it, and Tab on to Email (which commits the role).
   */
  async addPersonWithRole(name: string, role: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).press('Enter');
    await expect.poll(() => this.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('New team member');
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(role);
    await this.page.keyboard.press('Tab');
    await expect.poll(() => this.page.getByLabel(`Role of ${name}`, { exact: true }).inputValue()).toBe(role);
  }

  /** As addPersonWithRole, then the e-mail typed into Email and Tab out so it is committed. */
  async addPersonWithContact(name: string, role: string, email: string): Promise<void> {
    await this.addPersonWithRole(name, role);
    await this.page.keyboard.type(email);
    await this.page.keyboard.press('Tab');
    await expect.poll(() => this.page.getByLabel(`Email of ${name}`).inputValue()).toBe(email);
  }

  /**
   * Every Name and Role field as drawn: its text, whether the text shows whole in the field
   * (scrollWidth <= clientWidth), how the field ends text it cuts, and its tooltip.
   */
  nameAndRoleFields(): Promise<{ label: string; value: string; isWhole: boolean; overflow: string; title: string | null }[]> {
    return this.table.evaluate((table) => Array.from(table.querySelectorAll<HTMLInputElement>('input[aria-label="Name"], input[aria-label^="Role of "]'))
      .map((input) => ({
        label: input.getAttribute('aria-label') ?? '', value: input.value, isWhole: input.scrollWidth <= input.clientWidth,
        overflow: getComputedStyle(input).textOverflow, title: input.getAttribute('title'),
      })));
  }

  /**
   * How far each named column's header text starts from the text of the field under it in the
   * first row, in px (negative: the header starts to its left): the field's text starts inside its
   * border and padding.
   */
  headerTextOffsets(columns: readonly string[]): Promise<Record<string, number>> {
    return this.table.evaluate((table, named) => {
      const headers = [...table.querySelectorAll('thead tr:first-child > th')];
      const row = table.querySelector('tbody tr');
      const offsets: Record<string, number> = {};
      for (const name of named) {
        const index = headers.findIndex((th) => (th.textContent ?? '').trim() === name);
        const th = headers[index];
        const field = row?.children[index]?.querySelector('input');
        if (!th || !field) continue;
        const range = document.createRange();
        range.selectNodeContents(th);
        const style = getComputedStyle(field);
        const textLeft = field.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        offsets[name] = Math.round((range.getBoundingClientRect().left - textLeft) * 10) / 10;
      }
      return offsets;
    }, columns);
  }

  /** Whether a field's whole text shows in it (nothing scrolled out of its box). */
  isWhole(label: string): Promise<boolean> {
    return this.table.getByLabel(label, { exact: true }).evaluate((input) => input.scrollWidth <= input.clientWidth + 1);
  }

  /** The first field so labelled (every name field is "Name"): its drawn width, and the room its cell keeps beside it (the cell's width less the field and its padding), px. */
  fieldRoom(label: string): Promise<{ widthPx: number; spareRoomPx: number }> {
    return this.table.getByLabel(label, { exact: true }).first().evaluate((input) => {
      const cell = input.closest('td');
      const width = input.getBoundingClientRect().width;
      if (!cell) return { widthPx: width, spareRoomPx: 0 };
      const style = getComputedStyle(cell);
      const inner = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { widthPx: width, spareRoomPx: Math.round((inner - width) * 10) / 10 };
    });
  }

  async rename(from: string, to: string): Promise<void> {
    const input = this.table.getByRole('row').filter({ has: this.page.getByLabel(`Role of ${from}`, { exact: true }) }).getByLabel('Name', { exact: true });
    await input.fill(to);
    await input.press('Tab');
  }
}

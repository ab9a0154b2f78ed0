/** Page model of the Stakeholders view: register, power / interest grid, RACI and communication plan. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type StakeholderTab = 'Register' | 'Power / interest' | 'RACI' | 'Communication plan';

export interface StakeholderContact { readonly role: string; readonly organisation: string; readonly email: string; readonly phone: string }

/** One control of a register row as drawn: its text, whether it shows whole, its tooltip, and whether it stays inside its cell. */
export interface RegisterControl {
  readonly label: string;
  readonly text: string;
  /** The text fits the control (scrollWidth <= clientWidth), or the control has no text of its own. */
  readonly isWhole: boolean;
  readonly title: string;
  readonly textOverflow: string;
  /** The control's box lies within its cell's (a cell too narrow pushes it out or clips it). */
  readonly isInsideCell: boolean;
}

export class StakeholdersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Stakeholders/ }).click();
  }

  async tab(name: StakeholderTab): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Stakeholders' }).getByRole('tab', { name, exact: true }).click();
  }

  get register(): Locator { return this.page.getByRole('table', { name: 'Stakeholders' }); }
  get grid(): Locator { return this.page.getByRole('group', { name: 'Power / interest grid' }); }
  get raci(): Locator { return this.page.getByRole('grid', { name: 'RACI matrix' }); }
  get communications(): Locator { return this.page.getByRole('table', { name: 'Communication plan' }); }
  get dueThisWeek(): Locator { return this.page.getByRole('region', { name: 'Due this week' }); }

  /** Types a name in the add line and presses Enter, as a person adding several in a row does. */
  async addStakeholder(name: string): Promise<void> {
    const line = this.page.getByLabel('New stakeholder name', { exact: true });
    await line.focus();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
  }

  /**
   * By keyboard from a stakeholder's Role: role, Tab, organisation, Tab, e-mail, Tab, phone, Tab,
   * each field committed as the focus leaves it.
   */
  async typeContact(name: string, contact: StakeholderContact): Promise<void> {
    await this.register.getByLabel(`Role of ${name}`, { exact: true }).focus();
    for (const text of [contact.role, contact.organisation, contact.email, contact.phone]) {
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Tab');
    }
    await expect.poll(() => this.register.getByLabel(`Phone of ${name}`, { exact: true }).inputValue()).toBe(contact.phone);
  }

  /** Every field, list and button of a stakeholder's row, as drawn. */
  rowControls(name: string): Promise<RegisterControl[]> {
    return this.register.getByRole('row').filter({ has: this.page.getByLabel(`Name of ${name}`, { exact: true }) }).evaluate((row) => (
      Array.from(row.querySelectorAll<HTMLElement>('input, select, button')).map((control) => {
        const box = control.getBoundingClientRect();
        const cell = control.closest('td')?.getBoundingClientRect();
        const text = control instanceof HTMLInputElement ? control.value
          : control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.text ?? '') : '';
        return {
          label: control.getAttribute('aria-label') ?? '',
          text,
          // A list's text is drawn beside its arrow and has no scroll width of its own: its box is what is checked.
          isWhole: !(control instanceof HTMLInputElement) || control.scrollWidth <= control.clientWidth,
          title: control.title,
          textOverflow: getComputedStyle(control).textOverflow,
          isInsideCell: !!cell && box.left >= cell.left - 0.5 && box.right <= cell.right + 0.5,
        };
      })
    ));
  }

  /** The register's headers whose words are wider than their column. */
  cutHeaders(): Promise<string[]> {
    return this.register.locator('thead th').evaluateAll((cells) => cells
      .filter((th) => th.scrollWidth > th.clientWidth)
      .map((th) => (th.textContent ?? '').trim()));
  }

  /** The chip of a stakeholder on the grid (its accessible name starts with theirs). */
  chip(name: string): Locator {
    return this.grid.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: influence`) });
  }

  cell(influence: number, interest: number): Locator {
    return this.grid.locator(`[data-cell="${String(influence)}:${String(interest)}"]`);
  }

  /** Drags a chip with the mouse to the middle of a grid cell. */
  async dragChip(name: string, influence: number, interest: number): Promise<void> {
    const from = await this.chip(name).boundingBox();
    const to = await this.cell(influence, interest).boundingBox();
    if (!from || !to) throw new Error('chip or cell not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  raciCell(deliverable: string, party: string): Locator {
    return this.raci.getByRole('gridcell', { name: new RegExp(`^${deliverable}, ${party}:`) });
  }

  raciRow(deliverable: string): Locator {
    return this.raci.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: deliverable }) });
  }
}

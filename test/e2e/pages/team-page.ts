/** Page model of the Team view: people by name, their initials, and adding one by keyboard. */
import type { Locator, Page } from 'playwright-core';

export class TeamPage {
  constructor(readonly page: Page) {}

  get table(): Locator { return this.page.getByRole('table', { name: 'Team' }); }

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

  async rename(from: string, to: string): Promise<void> {
    const input = this.table.getByRole('row').filter({ has: this.page.getByLabel(`Role of ${from}`, { exact: true }) }).getByLabel('Name', { exact: true });
    await input.fill(to);
    await input.press('Tab');
  }
}

/** Page model of the Charter view: its sections, objectives and closure, by role and label. */
import type { Locator, Page } from 'playwright-core';

export class CharterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Charter/ }).click();
    await this.page.getByRole('toolbar', { name: 'Charter actions' }).waitFor();
  }

  section(name: string): Locator { return this.page.getByRole('region', { name, exact: true }); }
  objective(title: string): Locator { return this.section('Objectives').getByRole('listitem', { name: `Objective ${title}`, exact: true }); }
  status(title: string): Locator { return this.objective(title).getByRole('status', { name: `Status of ${title}` }); }
  get closure(): Locator { return this.section('Closure'); }
  get checklist(): Locator { return this.closure.getByRole('group', { name: 'Closure checklist' }); }
  get lessons(): Locator { return this.closure.getByRole('group', { name: 'Lessons learned' }); }

  /** Types into a field and leaves it with Tab, as a person does; the field commits on leaving. */
  async type(field: Locator, text: string): Promise<void> {
    await field.focus();
    await field.selectText();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** Adds an objective on the "New objective" line and ties it to a milestone by its name. */
  async addObjective(title: string, milestone: string): Promise<void> {
    const line = this.section('Objectives').getByLabel('New objective');
    await line.focus();
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Enter');
    const picker = this.objective(title).getByLabel(`Milestone of ${title}`);
    const value = await picker.locator('option', { hasText: milestone }).first().getAttribute('value');
    await picker.selectOption(value ?? '');
  }
}

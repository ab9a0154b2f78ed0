/** Page model of the Phases view: phases, their gate checklists and decisions, by role and label. */
import type { Locator, Page } from 'playwright-core';

export class PhasesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Phases/ }).click();
    await this.page.getByRole('toolbar', { name: 'Phase actions' }).waitFor();
  }

  get cards(): Locator { return this.page.getByRole('region', { name: /^Phase / }); }
  phase(name: string): Locator { return this.page.getByRole('region', { name: `Phase ${name}`, exact: true }); }
  checklist(name: string): Locator { return this.phase(name).getByRole('group', { name: `${name} exit criteria` }); }
  decision(name: string): Locator { return this.phase(name).getByRole('group', { name: `${name} gate decision` }); }

  /** Phase names in the order shown. */
  async names(): Promise<string[]> {
    return this.cards.getByLabel('Phase name').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  async rename(from: string, to: string): Promise<void> {
    const input = this.phase(from).getByLabel('Phase name');
    await input.fill(to);
    await input.press('Enter');
    await this.phase(to).waitFor();
  }
}

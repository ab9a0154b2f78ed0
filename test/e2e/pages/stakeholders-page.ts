/** Page model of the Stakeholders view: register, power / interest grid, RACI and communication plan. */
import type { Locator, Page } from 'playwright-core';

export type StakeholderTab = 'Register' | 'Power / interest' | 'RACI' | 'Communication plan';

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

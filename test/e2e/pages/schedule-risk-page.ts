/** Page model of the Risks view's Schedule risk tab: opening it, typing estimates by keyboard, running the simulation. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { AppPage } from './app-page';

export type EstimatePoint = 'Optimistic' | 'Most likely' | 'Pessimistic';

export class ScheduleRiskPage {
  constructor(readonly app: AppPage) {}

  get page(): Page { return this.app.page; }
  get settings(): Locator { return this.page.getByRole('form', { name: 'Simulation settings' }); }
  get estimates(): Locator { return this.page.getByRole('table', { name: 'Estimates' }); }

  async open(): Promise<void> {
    await this.app.openView('Risks');
    await this.page.getByRole('tab', { name: 'Schedule risk' }).click();
  }

  /** Types a task's estimate points by keyboard, each committed with Enter. */
  async estimate(task: string, points: readonly (readonly [EstimatePoint, string])[]): Promise<void> {
    for (const [point, days] of points) {
      await this.page.getByLabel(`${point} days for ${task}`, { exact: true }).focus();
      await this.page.keyboard.press('Control+A');
      await this.page.keyboard.type(days);
      await this.page.keyboard.press('Enter');
    }
  }

  /** Runs the simulation; the caller polls for what the run shows (it may end before Cancel is seen). */
  async run(): Promise<void> {
    await this.settings.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(() => this.settings.getByRole('button', { name: 'Run simulation' }).count(), { timeout: 30_000 }).toBe(1);
  }
}

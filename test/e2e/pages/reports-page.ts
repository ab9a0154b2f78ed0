/** Page model of the Reports view: settings toolbar, text fields, the rendered report and the history. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export class ReportsPage {
  constructor(readonly page: Page) {}

  get view(): Locator { return this.page.locator('.reports-view'); }
  get toolbar(): Locator { return this.page.getByRole('toolbar', { name: 'Report settings' }); }
  /** The report's status date: the app's date field labelled "Status date" in the toolbar. */
  get statusDate(): Locator { return this.toolbar.getByLabel('Status date', { exact: true }); }
  get history(): Locator { return this.page.getByRole('region', { name: 'Issued reports' }); }
  /** Report text and history: the headline, the narrative, Issue report under them and the reports issued. */
  get side(): Locator { return this.page.getByRole('complementary', { name: 'Report text and history' }); }
  get issueButton(): Locator { return this.side.getByRole('button', { name: 'Issue report' }); }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Reports/ }).click();
    await this.toolbar.waitFor();
  }

  /** Sets the date and waits until the field shows it (a failure then says the field lost it, not the report). */
  async setStatusDate(date: string): Promise<void> {
    const field = this.statusDate;
    await field.fill(date);
    await expect.poll(() => field.inputValue()).toBe(date);
  }

  get headline(): Locator { return this.side.getByLabel('Headline'); }
  get narrative(): Locator { return this.side.getByLabel('Narrative'); }

  /** What the report draft's three fields show. */
  async draft(): Promise<{ statusDate: string; headline: string; narrative: string }> {
    return {
      statusDate: await this.statusDate.inputValue(),
      headline: await this.headline.inputValue(),
      narrative: await this.narrative.inputValue(),
    };
  }

  async setAudience(label: 'Executive summary' | 'Team report'): Promise<void> {
    await this.toolbar.getByLabel('Audience').selectOption({ label });
  }

  /** The report as a reader sees it (the text of the preview frame). */
  async text(): Promise<string> {
    return this.page.frameLocator('iframe[title="Status report"]').locator('body').innerText();
  }

  async issue(): Promise<void> {
    await this.issueButton.click();
  }
}

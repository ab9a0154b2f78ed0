/** Page model of the new-project dialog, project settings and the calendar editor, by role and label. */
import type { Locator, Page } from 'playwright-core';

export interface NewProjectAnswers {
  readonly name: string;
  /** YYYY-MM-DD */
  readonly start: string;
  /** A country code as date-holidays names it ('US', 'GB'); none when absent. */
  readonly country?: string;
}

export class SettingsPage {
  constructor(readonly page: Page) {}

  get newProjectDialog(): Locator { return this.page.getByRole('dialog', { name: 'New project' }); }
  get settingsDialog(): Locator { return this.page.getByRole('dialog', { name: 'Project settings' }); }
  get calendarDialog(): Locator { return this.page.getByRole('dialog', { name: 'Calendars' }); }
  get exceptions(): Locator { return this.calendarDialog.getByRole('table', { name: 'Holidays and exceptions' }); }

  /** Answers the new-project questions by keyboard (the dialog opens with the name selected). */
  async answerNewProject(answers: NewProjectAnswers): Promise<void> {
    const dialog = this.newProjectDialog;
    await dialog.waitFor();
    await this.page.keyboard.type(answers.name);
    await dialog.getByLabel('Start date').fill(answers.start);
    if (answers.country !== undefined) {
      const country = dialog.getByLabel('Country');
      await country.locator(`option[value="${answers.country}"]`).waitFor({ state: 'attached' });
      await country.selectOption(answers.country);
    }
    await dialog.getByLabel('Name', { exact: true }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens project settings with its shortcut, Ctrl+, . */
  async openSettingsByKeyboard(): Promise<Locator> {
    await this.page.keyboard.press('Control+Comma');
    await this.settingsDialog.waitFor();
    return this.settingsDialog;
  }

  /** The status date typed in Project settings, opened and saved by keyboard (Ctrl+, then Ctrl+Enter). */
  async setStatusDateByKeyboard(date: string): Promise<void> {
    await this.openSettingsByKeyboard();
    await this.fill('Status date', date);
    await this.page.keyboard.press('Control+Enter');
    await this.settingsDialog.waitFor({ state: 'detached' });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.settingsDialog.getByLabel(label, { exact: true }).fill(value);
  }

  async saveSettings(): Promise<void> {
    await this.settingsDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await this.settingsDialog.waitFor({ state: 'detached' });
  }

  /** Picks a calendar by what the list shows ('Alice Kim', 'Project calendar (Standard)'). */
  async chooseCalendar(label: string): Promise<void> {
    await this.calendarDialog.getByLabel('Calendar', { exact: true }).selectOption({ label });
  }

  /** Names of the exception rows in the list, in order. */
  async exceptionNames(): Promise<string[]> {
    return this.exceptions.locator('tbody tr td:first-child').allInnerTexts();
  }

  /** Adds a non-working range (a shutdown) or a holiday through the form. */
  async addHoliday(name: string, from: string, to: string): Promise<void> {
    await this.calendarDialog.getByRole('button', { name: 'Add holiday or shutdown' }).click();
    const form = this.calendarDialog.getByRole('form', { name: 'New exception' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('From').fill(from);
    await form.getByLabel('To').fill(to);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.waitFor({ state: 'detached' });
  }
}

/**
 * Projects that share people, built from an empty workspace as a person does: New project by
 * keyboard, tasks typed in the grid, people added in the Team view, each assigned with the
 * picker. The pool and portfolio specs build their workspaces with it.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage } from './app-page';
import { SettingsPage } from './settings-page';
import { TeamPage } from './team-page';

export interface TeamMember { readonly name: string; readonly email?: string; readonly rate?: number }

/** A project with one 5-day task per pair, its people added to the team (with email and rate) and assigned. */
export async function buildProject(
  page: Page, name: string, start: string, people: readonly TeamMember[], work: readonly (readonly [task: string, person: string])[],
): Promise<void> {
  const app = new AppPage(page);
  const team = new TeamPage(page);
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  await new SettingsPage(page).answerNewProject({ name, start });
  await expect.poll(() => app.title.textContent()).toBe(name);
  await app.openView('Tasks');
  await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
  for (const [task] of work) { await page.keyboard.type(task); await page.keyboard.press('Enter'); }
  for (const [task] of work) await app.editCell(task, 'duration', '5d');
  await app.openView('Team');
  for (const person of people) {
    await team.addPerson(person.name, person.rate ?? 0);
    if (person.email) {
      const email = page.getByLabel(`Email of ${person.name}`, { exact: true });
      await email.fill(person.email);
      await email.press('Tab');
    }
  }
  await app.openView('Tasks');
  for (const [task, person] of work) await app.assign(task, person);
  await app.waitSaved();
}

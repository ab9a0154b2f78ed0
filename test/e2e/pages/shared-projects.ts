/**
 * Projects that share people, built from an empty workspace as a person does: New project by
 * keyboard, tasks typed in the grid, people added in the Team view, each assigned with the
 * picker. The pool and portfolio specs build their workspaces with it.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage } from './app-page';
import { GanttPage } from './gantt-page';
import { SettingsPage } from './settings-page';
import { TeamPage } from './team-page';

export interface TeamMember { readonly name: string; readonly email?: string; readonly rate?: number }

/** A new project `name` starting `start`, through the New project dialog by keyboard; ends in Tasks. */
export async function newProjectStarting(page: Page, name: string, start: string): Promise<void> {
  const app = new AppPage(page);
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  await new SettingsPage(page).answerNewProject({ name, start });
  await expect.poll(() => app.title.textContent()).toBe(name);
  await app.openView('Tasks');
}

/** A new project `name` starting `start`, `tasks` typed one after another in the grid's entry row. */
async function newProjectWithTasks(page: Page, name: string, start: string, tasks: readonly string[]): Promise<void> {
  const app = new AppPage(page);
  await newProjectStarting(page, name, start);
  await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
  for (const task of tasks) { await page.keyboard.type(task); await page.keyboard.press('Enter'); }
}

/** A project with one 5-day task per pair, its people added to the team (with email and rate) and assigned. */
export async function buildProject(
  page: Page, name: string, start: string, people: readonly TeamMember[], work: readonly (readonly [task: string, person: string])[],
): Promise<void> {
  const app = new AppPage(page);
  const team = new TeamPage(page);
  await newProjectWithTasks(page, name, start, work.map(([task]) => task));
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

/**
 * A new project `name` starting `start` (the New project dialog, by keyboard), its tasks typed
 * one after another in the grid's entry row, then each one's duration and, from the second on, a
 * finish-to-start link to the row above: a chain, as a person types one.
 */
export async function typeChain(page: Page, name: string, start: string, tasks: readonly (readonly [task: string, duration: string])[]): Promise<void> {
  const app = new AppPage(page);
  await newProjectWithTasks(page, name, start, tasks.map(([task]) => task));
  for (const [i, [task, duration]] of tasks.entries()) {
    await app.editCell(task, 'duration', duration);
    if (i > 0) await app.editCell(task, 'predecessors', String(i));
  }
}

/** `person` added in the Team view at `rate` an hour and assigned to each of `tasks` with the picker; ends in Tasks. */
export async function staff(page: Page, person: string, rate: number, tasks: readonly string[]): Promise<void> {
  const app = new AppPage(page);
  await app.openView('Team');
  await new TeamPage(page).addPerson(person, rate);
  await app.openView('Tasks');
  for (const task of tasks) await app.assign(task, person);
}

/**
 * Discovery Mon 4 – Fri 8 Jan 2027, Design Mon 11 – Fri 15, Build Mon 18 – Fri 29, finish to
 * start, typed by keyboard in a new project `name`; then presentation mode opened by F5 from the
 * Gantt. The presentation specs start here.
 */
export async function presentLinkedPlan(page: Page, name: string): Promise<GanttPage> {
  const app = new AppPage(page);
  const gantt = new GanttPage(page);
  await newProjectStarting(page, name, '2027-01-04');
  await app.typeTasks([['Discovery', '5d'], ['Design', '5d'], ['Build', '10d']]);
  await app.cell('Design', 'predecessors').click();
  for (const predecessor of ['1', '2']) { await page.keyboard.type(predecessor); await page.keyboard.press('Enter'); }
  await expect.poll(() => app.cell('Build', 'predecessors').innerText()).toBe('2');
  await app.openView('Gantt');
  await gantt.grid.waitFor();
  await page.keyboard.press('F5');
  await gantt.presentation.waitFor();
  return gantt;
}

/**
 * The shared pool of people, from an empty workspace: projects built through the UI share Maya
 * (the same name in each team). Deleting her from "Checkout" is refused while she is booked on
 * "Payments", with where; leveling "Checkout" with "Count other projects' bookings" moves its task
 * out of her "Payments" week, and without it nothing moves. A colleague's plan file whose people
 * match the pool offers to link them; a same-name person with another email is a conflict, not
 * linked unless ticked. Everything survives a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { buildProject, type TeamMember } from './pages/shared-projects';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let files: FilesPage;
let team: TeamPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  files = new FilesPage(page);
  team = new TeamPage(page);
});

/** A project with one 5-day task per pair, its people added to the team (with email and rate) and assigned. */
const project = (name: string, start: string, people: readonly TeamMember[], work: readonly (readonly [task: string, person: string])[]): Promise<void> =>
  buildProject(page, name, start, people, work);

async function openProject(name: string): Promise<void> {
  await app.projects.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => app.title.textContent()).toBe(name);
}

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (name: string, target: Locator): Promise<string[]> => screenshotsAtBothSizes(page, `pool-${name}`, () => target.waitFor());

const start = (task: string): Promise<string | null> => app.cell(task, 'start').textContent();

describe('the shared pool of people', () => {
  it('refuses deleting a person booked on another project, levels around their other bookings, and keeps both after a reload', async () => {
    await project('Payments', '2027-01-04', [{ name: 'Maya', rate: 100 }], [['API', 'Maya']]);
    await project('Checkout', '2027-01-04', [{ name: 'Maya', rate: 100 }], [['UI', 'Maya']]);
    const before = await start('UI');

    // Checkout alone is fine; the option appears (on) because Maya has work in Payments.
    await app.openView('Team');
    const workload = page.getByRole('region', { name: 'Workload' });
    const option = workload.getByRole('checkbox', { name: 'Count other projects’ bookings' });
    await option.waitFor();
    expect(await option.isChecked()).toBe(true);
    await shots('level-option', option);
    // Off: this project is leveled alone, and nothing is over-allocated in it.
    await option.uncheck();
    expect(await workload.getByRole('button', { name: 'Level resources' }).isDisabled()).toBe(true);
    await option.check();
    await page.getByRole('alert', { name: 'Over-allocated across projects' }).waitFor();
    await workload.getByRole('button', { name: 'Level resources' }).click();
    await expect.poll(() => workload.getByRole('button', { name: 'Clear leveling' }).count()).toBe(1);
    // Maya's week on Payments (4–8 Jan) is full: Checkout's UI waits for the next one.
    expect(await page.getByRole('alert', { name: 'Over-allocated across projects' }).count()).toBe(0);
    await app.openView('Tasks');
    await expect.poll(() => start('UI')).not.toBe(before);
    const leveled = await start('UI');
    expect(before).toMatch(/Jan 4|4 Jan/);
    expect(leveled).toMatch(/Jan 11|11 Jan/);
    await openProject('Payments');
    expect(await start('API')).toBe(before);

    // Deleting Maya from Checkout is refused while she is booked on Payments, saying where.
    await openProject('Checkout');
    await app.openView('Team');
    await team.table.getByRole('button', { name: 'Remove Maya' }).click();
    const refusal = page.getByRole('dialog', { name: 'Maya is booked on another project' });
    await expect.poll(() => refusal.getByRole('alert').textContent())
      .toBe('Maya is booked on 1 task in “Payments” (API). Remove those bookings first, or unlink this record from the pool by giving it a different email or name.');
    await shots('delete-refused', refusal);
    await refusal.getByRole('button', { name: 'Close' }).click();
    await refusal.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Role of Maya', { exact: true }).count()).toBe(1);
    await app.waitSaved();

    await handle.reload();
    await openProject('Checkout');
    await app.openView('Tasks');
    await expect.poll(() => start('UI')).toBe(leveled);
    await app.openView('Team');
    await team.table.getByRole('button', { name: 'Remove Maya' }).click();
    await refusal.getByRole('alert').waitFor();
    // Taking her off this project alone stays possible, and leaves Payments' booking as it was.
    await refusal.getByRole('button', { name: 'Remove from this project only' }).click();
    await expect.poll(() => page.getByLabel('Role of Maya', { exact: true }).count()).toBe(0);
    await openProject('Payments');
    await app.openView('Team');
    expect(await page.getByLabel('Role of Maya', { exact: true }).count()).toBe(1);
    await team.table.getByRole('button', { name: 'Remove Maya' }).click();
    // Nobody else books her now: the ordinary confirmation.
    await page.getByRole('dialog', { name: 'Remove team member?' }).getByRole('button', { name: 'Remove' }).waitFor();
  });

  it('offers to link a plan file’s people that match the pool, and keeps the link after a reload', async () => {
    await project('Payments', '2027-01-04', [{ name: 'Nora Diaz', email: 'nora@example.com', rate: 120 }, { name: 'Sam Lee', email: 'sam@example.com', rate: 90 }],
      [['API', 'Nora Diaz'], ['Docs', 'Sam Lee']]);
    // A colleague's plan, shared as a file: Nora spelt in lower case, without email or rate; another "Sam Lee".
    await project('Vendor rollout', '2027-01-04', [{ name: 'nora diaz' }, { name: 'Sam Lee', email: 'sam.lee@vendor.example', rate: 60 }],
      [['Install', 'nora diaz'], ['Train', 'Sam Lee']]);
    const file = await files.download(() => files.choose('Save as .plotline…'));
    await app.projects.getByRole('button', { name: 'Actions for Vendor rollout', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: 'Delete project?' }).getByRole('button', { name: 'Delete project' }).click();
    await expect.poll(() => app.projects.getByRole('button', { name: 'Vendor rollout', exact: true }).count()).toBe(0);

    await files.open(file.name, file.text);
    const summary = files.dialog(`Open “${file.name}”`);
    const links = summary.getByRole('group', { name: 'People in your pool' });
    await expect.poll(() => links.locator('legend').textContent()).toBe('Link 1 person to the pool');
    expect(await links.getByRole('listitem').allTextContents()).toEqual([
      'nora diaz matches Nora Diaz <nora@example.com> by name (Payments)',
      'Sam Lee <sam.lee@vendor.example> same name as Sam Lee <sam@example.com> (Payments) but a different email: link only if they are the same person',
    ]);
    expect(await links.getByRole('checkbox', { name: 'Link nora diaz' }).isChecked()).toBe(true);
    expect(await links.getByRole('checkbox', { name: 'Link Sam Lee' }).isChecked()).toBe(false);
    await shots('link-people', links);
    await summary.getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Vendor rollout');
    await app.waitSaved();

    await handle.reload();
    await openProject('Vendor rollout');
    await app.openView('Team');
    // Linked: the pool's spelling, email, and its rate (the file had none). The conflict kept its own.
    expect(await page.getByLabel('Email of Nora Diaz', { exact: true }).inputValue()).toBe('nora@example.com');
    expect(await page.getByLabel('Rate of Nora Diaz', { exact: true }).inputValue()).toBe('120');
    expect(await page.getByLabel('Email of Sam Lee', { exact: true }).inputValue()).toBe('sam.lee@vendor.example');
    // The portfolio now pools Nora's work across both projects (over-allocated in the same week).
    await app.openView('Portfolio');
    const people = page.getByRole('table', { name: 'People across projects' });
    await expect.poll(() => people.locator('tbody tr').filter({ hasText: 'Nora Diaz' }).locator('td').nth(1).textContent()).toBe('Payments, Vendor rollout');
  });
});

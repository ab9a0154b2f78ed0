/**
 * The team comes back in the order people were added, after a reload: the Team view's rows and a
 * task's People cell. The plan's rows in IndexedDB are keyed by a hash of each (random) id, so
 * before the team's order was kept on the project row, six people came back in hash order (one
 * chance in 720 of the added order). From an EMPTY project, people and assignments by keyboard.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let team: TeamPage;
beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  team = new TeamPage(handle.page);
});

const PEOPLE = ['Margaret Hamilton', 'Ana Lopez', 'Grace Hopper', 'Raj Patel', 'Mei Chen', 'Tom Okafor'];

describe('the team after a reload', () => {
  it('lists people, and a task\'s people, in the order they were added', async () => {
    await app.newEmptyProject('Team order');
    await app.typeTasks([['Security review', '3d']]);
    await app.openView('Team');
    for (const name of PEOPLE) await team.addPerson(name, 90);
    await expect.poll(() => team.names()).toEqual(PEOPLE);
    await app.openView('Tasks');
    // Picked in the reverse of the team's order: the cell lists them as the team does.
    await app.assign('Security review', 'Tom Okafor');
    await app.assign('Security review', 'Ana Lopez');
    const people = (): Promise<string | null> => app.cell('Security review', 'assignees').textContent();
    await expect.poll(people).toBe('Ana, Tom');
    await app.waitSaved();

    await handle.reload();
    await app.openView('Team');
    expect(await team.names()).toEqual(PEOPLE);
    await app.openView('Tasks');
    await expect.poll(people).toBe('Ana, Tom');

    await app.openView('Team');
    await screenshotsAtBothSizes(handle.page, 'team-order-after-reload');
  });
});

/**
 * The Team table's columns share a laptop's width by what they hold. At 1024x768 the Name column
 * kept about 160 px for "Margaret Hamilton" while Email showed "margar…", and below 1200 px each
 * text column's header (Name, Initials, Role, Email) stood about 7 px left of the text under it.
 * From an EMPTY project built by keyboard (two people with their role and e-mail address typed in):
 * at 1024x768 and after a reload, the names read whole, Name keeps no room beyond them and Email
 * takes what the other columns leave (wider than the old 6em; an address longer than that ends in
 * '…' with its tooltip), the table does not scroll sideways nor cut a column or a text bare, and
 * each of those headers starts within a pixel of its fields' text; at 1440x900 the addresses read
 * whole too, the Name header over the avatar that leads its column. Photographed at both sizes,
 * light and dark.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { newProjectStarting } from './pages/shared-projects';
import { tableFit } from './pages/table-geometry';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
let team: TeamPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  team = new TeamPage(page);
});

const TEAM_COLUMNS = ['Name', 'Initials', 'Role', 'Email', 'Type', 'Capacity', 'Rate / h', 'Tasks', 'Actions'];
const PEOPLE = [
  ['Margaret Hamilton', 'Payments architect', 'margaret.hamilton@example.com'],
  ['Ada Lovelace', 'Analyst', 'ada@example.com'],
] as const;

/**
 * Names and roles whole, the table inside its frame with nothing cut bare (an address too long for
 * its field ends in '…', whole in its tooltip), the addresses whole where `isEmailWhole`, and the
 * text columns' headers over their text.
 */
async function expectBalanced(headed: readonly string[], isEmailWhole: boolean): Promise<void> {
  const size = `${String(page.viewportSize()?.width)}x${String(page.viewportSize()?.height)}`;
  if (isEmailWhole) {
    for (const [name, , email] of PEOPLE) expect.soft(await team.isWhole(`Email of ${name}`), `${email} whole at ${size}`).toBe(true);
  }
  expect.soft((await team.nameAndRoleFields()).filter((f) => !f.isWhole).map((f) => f.value), `names and roles cut at ${size}`).toEqual([]);
  const fit = await tableFit(team.table, TEAM_COLUMNS);
  expect.soft(fit, `Team at ${size}`).toMatchObject({ scrollsSideways: false, columnsPastEdge: [], cutText: [] });
  const offsets = await team.headerTextOffsets(headed);
  for (const column of headed) {
    expect.soft(Math.abs(offsets[column] ?? Infinity), `${column}'s header from its text at ${size} (${String(offsets[column])} px)`).toBeLessThanOrEqual(1);
  }
}

describe('the Team table\'s columns at 1024 and 1440 px', () => {
  it('give Email the room Name does not need (whole at 1440), each text column\'s header over its text', async () => {
    await newProjectStarting(page, 'Payments replatform', '2027-03-01');
    await app.typeTasks([['Migrate payments API', '15d'], ['Go-live', '1d']]);
    await app.openView('Team');
    for (const [name, role, email] of PEOPLE) await team.addPersonWithContact(name, role, email);
    await app.waitSaved();

    /**
     * At 1024 the longer address cannot show whole beside eight other columns: Email gets all the
     * room they leave, Name keeping none beyond its longest name (it kept 25 px while Email was
     * capped at 6em, 78 px, and read "margar…").
     */
    const expectEmailGetsTheRoom = async (): Promise<void> => {
      expect.soft((await team.fieldRoom('Name')).spareRoomPx, 'room Name keeps beside its field at 1024').toBeLessThanOrEqual(1);
      expect.soft((await team.fieldRoom('Email of Margaret Hamilton')).widthPx, 'Email\'s field at 1024').toBeGreaterThan(6 * 13);
    };
    await expectBalanced(['Name', 'Initials', 'Role', 'Email'], false);
    await expectEmailGetsTheRoom();
    await fixture.handle.reload();
    await expect.poll(() => team.names()).toEqual(PEOPLE.map(([name]) => name));
    await expectBalanced(['Name', 'Initials', 'Role', 'Email'], false);
    await expectEmailGetsTheRoom();

    await page.setViewportSize({ width: 1440, height: 900 });
    await expectBalanced(['Initials', 'Role', 'Email'], true);
    await screenshotsAtBothSizes(page, 'team-columns-balance');
  }, 120_000);
});

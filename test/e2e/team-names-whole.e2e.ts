/**
 * The Team table's Name and Role columns fit what they hold, as a spreadsheet's auto-fit does: at
 * 1024x768 (the table scrolled sideways, Name frozen) and at 1440x900, typical names and roles
 * ("Margaret Hamilton", "Flight software lead", "Ana Lopez", "Principal engineer") show whole in
 * their fields, where they were cut ("Margaret Hamil", "Compiler le"); a value too long for the
 * column's limit ends in '…' and its tooltip shows it whole. From an EMPTY project, four people
 * typed by keyboard; checked by each field's own text geometry, and again after a reload.
 * Screenshots light and dark at both sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
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

const typical = [
  ['Margaret Hamilton', 'Flight software lead'],
  ['Ana Lopez', 'Principal engineer'],
  ['Grace Hopper', 'Compiler lead'],
] as const;
const longName = 'Maria Gaetana Agnesi Bernoulli-Fontaine de la Cruz';
const longRole = 'Guidance, navigation and control systems architect';

/** The fields of the typical people whose text is cut (empty when all show whole). */
async function cutTypicalFields(): Promise<string[]> {
  const fields = await team.nameAndRoleFields();
  return fields.filter((f) => f.value !== longName && f.value !== longRole && !f.isWhole).map((f) => `${f.label}: ${f.value}`);
}

/** The long name's and role's fields: cut, ending in '…', their full text in the tooltip. */
async function expectLongValuesEllipsed(): Promise<void> {
  const fields = await team.nameAndRoleFields();
  for (const value of [longName, longRole]) {
    const field = fields.find((f) => f.value === value);
    expect(field, value).toMatchObject({ isWhole: false, overflow: 'ellipsis', title: value });
  }
}

describe('the Team table\'s names and roles', () => {
  it('show whole at 1024 and 1440 px; one too long ends in an ellipsis with its full text on hover; and after a reload', async () => {
    await app.newEmptyProject('Apollo guidance');
    await app.openView('Team');
    for (const [name, role] of typical) await team.addPersonWithRole(name, role);
    await team.addPersonWithRole(longName, longRole);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add person' }).focus();

    const frame = page.getByRole('region', { name: 'Team table' });
    const sizes = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(sizes.scrollWidth, 'the table still scrolls sideways at 1024 px').toBeGreaterThan(sizes.clientWidth);
    await expect.poll(cutTypicalFields).toEqual([]);
    await expectLongValuesEllipsed();

    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(cutTypicalFields).toEqual([]);
    await expectLongValuesEllipsed();

    await app.waitSaved();
    await page.setViewportSize({ width: 1024, height: 768 });
    await fixture.handle.reload();
    await app.openView('Team');
    await expect.poll(() => page.getByLabel(`Role of ${longName}`, { exact: true }).inputValue()).toBe(longRole);
    await expect.poll(cutTypicalFields).toEqual([]);
    await expectLongValuesEllipsed();

    await screenshotsAtBothSizes(page, 'team-names-whole', async () => {
      await expect.poll(cutTypicalFields).toEqual([]);
    });
  }, 120_000);
});

/**
 * Every data table's rows line up: a row's cells share their top and bottom (its border one
 * straight line across all columns, the Team table's frozen Name column included, scrolled
 * sideways too) and their text sits on one line. The shared first-cell rule made each table's
 * first cell a flex box, which stops being a table cell: the Team view's Name column drew its row
 * lines about 2 px off the other columns', and the Snapshots dialog's "Taken" sat above the rest
 * of its row. From an EMPTY project built by keyboard (tasks typed, people added in the Team view,
 * a rate change, a baseline saved, a snapshot taken, a risk, an issue, an assumption, a decision,
 * a change request, a stakeholder and a communication added), each table is read cell by cell at
 * 1024x768 and 1440x900, light and dark, and photographed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { RisksPage } from './pages/risks-page';
import { ScheduleRiskPage } from './pages/schedule-risk-page';
import { newProjectStarting } from './pages/shared-projects';
import { StakeholdersPage } from './pages/stakeholders-page';
import { rowMisalignments, tableRowGeometry } from './pages/table-geometry';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
let team: TeamPage;
let costs: CostsPage;
let files: FilesPage;
let risks: RisksPage;
let stakeholders: StakeholdersPage;
let scheduleRisk: ScheduleRiskPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  team = new TeamPage(page);
  costs = new CostsPage(page);
  files = new FilesPage(page);
  risks = new RisksPage(app);
  stakeholders = new StakeholdersPage(page);
  scheduleRisk = new ScheduleRiskPage(app);
});

/** What is out of line in the table's rows, once it shows `rows` body rows. */
async function misalignedIn(table: Locator, rows: number): Promise<string[]> {
  await expect.poll(async () => (await tableRowGeometry(table)).length).toBe(rows);
  return rowMisalignments(await tableRowGeometry(table));
}

/**
 * The table's rows in line at both sizes, light and dark, each photographed as `name`. Soft: a
 * failing run names every table out of line, not only the first.
 */
async function expectRowsInLine(table: Locator, rows: number, name: string, before?: () => Promise<void>): Promise<void> {
  expect.soft(await misalignedIn(table, rows), name).toEqual([]);
  await screenshotsAtBothSizes(page, name, async () => {
    await before?.();
    const size = page.viewportSize();
    expect.soft(await misalignedIn(table, rows), `${name} at ${String(size?.width)} px`).toEqual([]);
  });
}

describe('data tables', () => {
  it('draw each row\'s cells with one top, one bottom and one text line, in every table', async () => {
    await newProjectStarting(page, 'Row lines', '2026-03-02');
    await app.typeTasks([['Design', '3d'], ['Build', '5d'], ['Launch', '0d']]);

    await app.openView('Team');
    await team.addPersonWithRole('Ada Lovelace', 'Analyst');
    await team.addPersonWithRole('Grace Hopper', 'Compiler lead');
    await page.keyboard.press('Escape');
    await expectRowsInLine(team.table, 2, 'table-rows-team');
    // Sideways in an 800 px window (at 1024 px the table fits), Name frozen over the columns scrolled under it.
    await page.setViewportSize({ width: 800, height: 768 });
    await page.getByLabel('Remove Grace Hopper', { exact: true }).focus();
    const frame = page.getByRole('region', { name: 'Team table' });
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expectRowsInLine(team.table, 2, 'table-rows-team-scrolled', async () => {
      await page.getByLabel('Remove Grace Hopper', { exact: true }).focus();
    });

    await page.getByLabel('Rates of Ada Lovelace', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await costs.ratesDialog.getByRole('button', { name: 'Add rate change' }).focus();
    await page.keyboard.press('Enter');
    await expectRowsInLine(costs.ratesDialog.getByRole('table', { name: 'Rate changes' }), 1, 'table-rows-rates');
    await page.keyboard.press('Escape');
    await costs.ratesDialog.waitFor({ state: 'detached' });

    await app.openView('Costs');
    await expectRowsInLine(costs.table, 3, 'table-rows-costs');
    await costs.toolbar.getByRole('button', { name: 'Baselines…' }).focus();
    await page.keyboard.press('Enter');
    await costs.baselinesDialog.getByRole('button', { name: 'Save Baseline', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await costs.baselineRow('Baseline')).tasks).toBe('3');
    await expectRowsInLine(costs.baselinesDialog.getByRole('table', { name: 'Baselines' }), 11, 'table-rows-baselines');
    await page.keyboard.press('Escape');
    await costs.baselinesDialog.waitFor({ state: 'detached' });

    await app.waitSaved();
    await files.hidePageMomentarily();
    await files.choose('Restore from snapshot…');
    await expectRowsInLine(files.dialog('Restore from snapshot').getByRole('table', { name: 'Snapshots' }), 1, 'table-rows-snapshots');
    await page.keyboard.press('Escape');

    await risks.open();
    await risks.addRiskByKeyboard('Vendor API late');
    await risks.closeEditorByKeyboard();
    await expectRowsInLine(risks.register, 1, 'table-rows-risks');
    for (const [tab, label, text, table] of [
      ['Issues', 'New issue title', 'Payment sandbox down', 'Issues'],
      ['Assumptions', 'New assumption', 'Vendor keeps the API stable', 'Assumptions'],
      ['Decisions', 'New decision', 'Ship without offline sync', 'Decisions'],
    ] as const) {
      await risks.showTab(tab);
      await risks.addLine(label, text);
      await expectRowsInLine(page.getByRole('table', { name: table }), 1, `table-rows-${tab.toLowerCase()}`);
    }
    await scheduleRisk.open();
    await expectRowsInLine(scheduleRisk.estimates, 2, 'table-rows-estimates', () => scheduleRisk.estimates.scrollIntoViewIfNeeded());

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Single sign-on for partners');
    await page.keyboard.press('Enter');
    await expectRowsInLine(page.getByRole('table', { name: 'Change requests' }), 1, 'table-rows-changes');

    await stakeholders.open();
    await stakeholders.addStakeholder('Margaret Hamilton');
    await expectRowsInLine(stakeholders.register, 1, 'table-rows-stakeholders');
    await stakeholders.tab('RACI');
    await expectRowsInLine(stakeholders.raci, 1, 'table-rows-raci');
    await stakeholders.tab('Communication plan');
    await page.getByLabel('New communication', { exact: true }).focus();
    await page.keyboard.type('Weekly status');
    await page.keyboard.press('Enter');
    await expectRowsInLine(stakeholders.communications, 1, 'table-rows-communication');

    await app.waitSaved();
    await fixture.handle.reload();
    await app.openView('Team');
    expect(await misalignedIn(team.table, 2), 'Team after a reload').toEqual([]);
  }, 240_000);
});

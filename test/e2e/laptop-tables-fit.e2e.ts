/**
 * The registers and tables a TPM reads at every status update fit a 1024x768 laptop screen. The
 * Cost view showed about five task rows under its figures and chart, the Team table scrolled
 * sideways to reach Rate / h, the Decisions log cut its "Decided by" field and the Issues log its
 * last column. From an EMPTY project built by keyboard (twelve tasks with the names a payments
 * project has, two of them with fixed costs, a team member with a rate, an issue, a decision decided by a named person), each
 * table is read by geometry at 1024x768: every column a person needs is inside the table's
 * visible box without sideways scrolling, no text is cut without an ellipsis and a tooltip, the
 * ordinary names are whole, and the Cost table shows at least ten rows. The same holds at 1440x900
 * after a reload; each view is photographed at both sizes, light and dark.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { RisksPage } from './pages/risks-page';
import { newProjectStarting } from './pages/shared-projects';
import { rowsInView, tableFit, type TableFit } from './pages/table-geometry';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;
let team: TeamPage;
let costs: CostsPage;
let risks: RisksPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  team = new TeamPage(page);
  costs = new CostsPage(page);
  risks = new RisksPage(app);
});

const LONG_TASK = 'Payment provider onboarding and contract sign-off';
const TASKS = [
  ['Discovery workshops', '5d'], ['Migrate payments API', '15d'], ['Security review', '4d'], ['Load testing', '3d'],
  ['Data migration dry run', '2d'], [LONG_TASK, '6d'], ['Accessibility audit', '3d'], ['Update user documentation', '4d'],
  ['Train support team', '2d'], ['Pilot with two merchants', '5d'], ['Go-live', '1d'], ['Hypercare', '10d'],
] as const;

const COST_COLUMNS = ['Task', 'Budget', 'Baseline', 'Cost', 'Fixed cost', 'Actual', 'Remaining', 'Variance', 'PV', 'EV', 'SPI', 'CPI', 'EAC'];
const TEAM_COLUMNS = ['Name', 'Initials', 'Role', 'Email', 'Type', 'Capacity', 'Rate / h', 'Tasks', 'Actions'];
const ISSUE_COLUMNS = ['ID', 'Title', 'Tasks', 'Priority / status', 'Owner', 'Due', 'Root cause / resolution'];
const DECISION_COLUMNS = ['ID', 'Decision', 'Date', 'Decided by', 'Rationale', 'Alternatives considered', 'Risks'];

/** The table's fit at the window's present size, named for a failure. */
async function expectFits(table: Locator, columns: readonly string[], name: string): Promise<TableFit> {
  const size = page.viewportSize();
  const where = `${name} at ${String(size?.width)}x${String(size?.height)}`;
  const fit = await tableFit(table, columns);
  expect.soft(fit.columnsPastEdge, `${where}: columns past the table's visible edge`).toEqual([]);
  expect.soft(fit.scrollsSideways, `${where}: scrolls sideways`).toBe(false);
  expect.soft(fit.cutText, `${where}: text cut with no ellipsis and tooltip`).toEqual([]);
  return fit;
}

describe('registers and tables at 1024x768', () => {
  it('show every column without sideways scrolling, names whole, and ten Cost rows', async () => {
    await newProjectStarting(page, 'Payments replatform', '2027-03-01');
    await app.typeTasks(TASKS);

    await app.openView('Team');
    await team.addPersonWithContact('Margaret Hamilton', 'Payments architect', 'margaret.hamilton@example.com');
    await app.typeOver(page.getByLabel('Rate of Margaret Hamilton', { exact: true }), '120', 'Tab');
    await expect.poll(() => page.getByLabel('Rate of Margaret Hamilton', { exact: true }).inputValue()).toMatch(/^\$?120/);

    await app.openView('Costs');
    await costs.typeAmount('Fixed cost of Migrate payments API', '18,000');
    await costs.typeAmount('Fixed cost of Security review', '4,500');

    await risks.open('Issues');
    await risks.addLine('New issue title', 'Payment sandbox down');
    await app.typeOver(page.getByLabel('I-001 root cause', { exact: true }), 'Vendor moved its test servers', 'Tab');
    await risks.showTab('Decisions');
    await risks.addLine('New decision', 'Ship without offline sync');
    await app.typeOver(page.getByLabel('D-001 decided by', { exact: true }), 'Margaret Hamilton', 'Tab');
    await app.waitSaved();

    /** Every table read at the window's present size; `cutNames`: the task names too long for it, each ending in '…'. */
    const checkAll = async (cutNames: readonly string[]): Promise<void> => {
      await app.openView('Costs');
      await expect.poll(() => costs.table.getByRole('row').count()).toBeGreaterThan(10);
      const costFit = await expectFits(costs.table, COST_COLUMNS, 'Costs');
      // Ordinary names whole; only one too long for the column ends in '…', whole in its tooltip.
      expect.soft(costFit.ellipsed.filter((t) => t.startsWith('Task: ')), 'task names cut').toEqual(cutNames.map((name) => `Task: 6 ${name}`));
      expect.soft(await rowsInView(costs.table), 'Cost rows in view').toBeGreaterThanOrEqual(10);
      await app.openView('Team');
      const teamFit = await expectFits(team.table, TEAM_COLUMNS, 'Team');
      expect.soft(teamFit.ellipsed.filter((t) => t.startsWith('Name: ')), 'a person\'s name cut').toEqual([]);
      await risks.open('Issues');
      await expectFits(page.getByRole('table', { name: 'Issues' }), ISSUE_COLUMNS, 'Issues');
      await risks.showTab('Decisions');
      const decisionFit = await expectFits(page.getByRole('table', { name: 'Decisions' }), DECISION_COLUMNS, 'Decisions');
      expect.soft(decisionFit.ellipsed.filter((t) => t.startsWith('Decided by: ')), 'the decider\'s name cut').toEqual([]);
    };
    await checkAll([LONG_TASK]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await fixture.handle.reload();
    await checkAll([]);

    await app.openView('Costs');
    await screenshotsAtBothSizes(page, 'laptop-tables-costs');
    await app.openView('Team');
    await screenshotsAtBothSizes(page, 'laptop-tables-team');
    await risks.open('Issues');
    await screenshotsAtBothSizes(page, 'laptop-tables-issues');
    await risks.showTab('Decisions');
    await screenshotsAtBothSizes(page, 'laptop-tables-decisions');
  }, 240_000);
});

/**
 * Toolbars at 1024 × 768 keep what belongs together on one line, from an EMPTY project built by
 * keyboard with enough in it for every control to show (a budget and reserves, a status date). A
 * toolbar too narrow for one line wraps whole groups: no caption apart from its field, no group
 * broken across lines, no control alone at the start of a line its fellows left, nothing past the
 * window's right edge, no text cut short. Before, the Cost settings toolbar ended its first line
 * with "Budget" and began the next with Contingency and Mgmt reserve; the Board's "Status &
 * progress" hint began a third line alone, Swimlanes left on the second; and the Changes log's
 * Search began the second line apart from the three lists it filters with.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import type { ToolbarFit } from './pages/bar-geometry';
import { BoardPage } from './pages/board-page';
import { ChangesPage } from './pages/changes-page';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { RisksPage } from './pages/risks-page';
import { ScheduleRiskPage } from './pages/schedule-risk-page';
import { StakeholdersPage } from './pages/stakeholders-page';
import { TeamPage } from './pages/team-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let page: Page;
let app: AppPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
});

/** What a person would call broken in a toolbar's fit: empty lists when it fits. */
function breaks(fit: ToolbarFit): Omit<ToolbarFit, 'lines'> {
  const { lines: _lines, ...rest } = fit;
  return rest;
}
const FITS = { labelsAway: [], groupsSplit: [], loneStarts: [], pastWindow: [], cutText: [] };

describe('toolbars at 1024 × 768', () => {
  it('keep each group and each caption with its field, inside the window', async () => {
    await newProjectStarting(page, 'Payments portal', '2027-01-04');
    await app.typeTasks([['Discovery', '5d'], ['Build', '10d']]);

    await app.openView('Costs');
    const costs = new CostsPage(page);
    await costs.setProjectMoney('Project budget', 15000);
    await costs.setProjectMoney('Contingency reserve', 1200);
    await costs.setProjectMoney('Management reserve', 800);
    await expect.poll(() => costs.figure('Reserves')).toBe('$1,200 + $800');
    // Today's date shown as the status date, then one typed (Clear beside it).
    expect(breaks(await costs.toolbarFit()), 'Cost settings, status date today').toEqual(FITS);
    await costs.typeStatusDate('2027-01-13', 'Enter');
    await costs.toolbar.getByRole('button', { name: 'Clear status date' }).waitFor();
    const fit = await costs.toolbarFit();
    expect(breaks(fit), `Cost settings, status date set: ${JSON.stringify(fit.lines)}`).toEqual(FITS);

    await fixture.handle.reload();
    await app.openView('Costs');
    await expect.poll(() => costs.toolbar.getByLabel('Status date', { exact: true }).inputValue()).toBe('2027-01-13');
    expect(breaks(await costs.toolbarFit()), 'Cost settings after a reload').toEqual(FITS);

    await app.openView('Board');
    const board = new BoardPage(page);
    await board.toolbar.getByLabel('Swimlanes').waitFor();
    const boardFit = await board.toolbarFit();
    expect(breaks(boardFit), `Board: ${JSON.stringify(boardFit.lines)}`).toEqual(FITS);

    const changes = new ChangesPage(page);
    await changes.open();
    await changes.addByKeyboard('Add a refund flow');
    await expect.poll(() => changes.table.innerText()).toContain('Add a refund flow');
    const changesFit = await changes.toolbarFit();
    expect(breaks(changesFit), `Changes: ${JSON.stringify(changesFit.lines)}`).toEqual(FITS);
  }, 120_000);

  it('are photographed in every view, at both sizes, light and dark (for people to look at)', async () => {
    await newProjectStarting(page, 'Payments portal', '2027-01-04');
    await app.typeTasks([['Discovery', '5d'], ['Build', '10d']]);
    await app.openView('Team');
    await new TeamPage(page).addPersonWithRole('Sofia Martins', 'Developer');
    await app.openView('Costs');
    const costs = new CostsPage(page);
    await costs.setProjectMoney('Project budget', 15000);
    await costs.setProjectMoney('Contingency reserve', 1200);
    await costs.typeStatusDate('2027-01-13', 'Enter');
    await costs.toolbar.getByRole('button', { name: 'Clear status date' }).waitFor();
    const risks = new RisksPage(app);
    await risks.open();
    await risks.addRiskByKeyboard('Card provider late');
    await risks.closeEditorByKeyboard();
    await risks.showTab('Issues');
    await risks.addLine('New issue title', 'Sandbox keys missing');
    await risks.showTab('Assumptions');
    await risks.addLine('New assumption', 'Refunds stay manual');
    await risks.showTab('Decisions');
    await risks.addLine('New decision', 'Use the hosted checkout');
    const changes = new ChangesPage(page);
    await changes.open();
    await changes.addByKeyboard('Add a refund flow');
    const stakeholders = new StakeholdersPage(page);
    await stakeholders.open();
    await stakeholders.addStakeholder('Finance director');

    for (const view of ['Tasks', 'Gantt', 'Board', 'Team', 'Costs', 'Changes', 'Stakeholders', 'Reports', 'Portfolio'] as const) {
      await app.openView(view);
      await screenshotsAtBothSizes(page, `toolbars-fit-${view.toLowerCase()}`);
    }
    for (const tab of ['Risk register', 'Issues', 'Assumptions', 'Decisions'] as const) {
      await risks.open(tab);
      await screenshotsAtBothSizes(page, `toolbars-fit-${tab.toLowerCase().replace(/ /g, '-')}`);
    }
    const scheduleRisk = new ScheduleRiskPage(app);
    await scheduleRisk.open();
    await scheduleRisk.run();
    await screenshotsAtBothSizes(page, 'toolbars-fit-schedule-risk');
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.grid.waitFor();
    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    await screenshotsAtBothSizes(page, 'toolbars-fit-presentation');
  }, 240_000);
});

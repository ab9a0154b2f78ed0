/**
 * Compare with a baseline or a snapshot, ghost bars on the Gantt (issue 16), from an empty project
 * built by keyboard: save a baseline, lengthen a task, compare with the baseline (the changed row,
 * the Markdown export), show it on the Gantt (a ghost bar where the task was, the legend), close
 * the comparison (ghost bars gone); compare with an automatic snapshot; and while a change
 * request's proposal is open, Export… writes the live plan, and so do the registers and the status
 * report (which says so), while the Gantt image is the proposal, named and titled as it.
 * Screenshots light and dark at two sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { MergePage } from './pages/merge-page';
import { ReportsPage } from './pages/reports-page';
import { tableText } from './pages/risks-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;
let merge: MergePage;
let files: FilesPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  merge = new MergePage(handle.page);
  files = new FilesPage(handle.page);
});

/** Design (1d) → Build (2d) → Ship (1d), chained, typed into an empty project. */
async function emptyProject(page: Page): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
  await app.openView('Tasks');
  for (const name of ['Design', 'Build', 'Ship']) {
    await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await page.keyboard.press('Enter');
    await app.nameNewRow(name);
    await expect.poll(() => app.row(name).count()).toBe(1);
  }
  await app.editCell('Build', 'duration', '2d');
  await app.editCell('Build', 'predecessors', '1');
  await app.editCell('Ship', 'predecessors', '2');
  await expect.poll(() => app.cell('Ship', 'predecessors').textContent()).toBe('2');
  await app.waitSaved();
}

/** The moved-rows comparison and the exports during a proposal. */

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, `compare-${name}`);

const finishOf = async (name: string): Promise<string> => (await app.cell(name, 'finish').textContent()) ?? '';

describe('compare with a baseline or a snapshot', () => {
  it('shows the changed rows, exports them, draws ghost bars until the comparison is closed', async () => {
    const page = handle.page;
    await emptyProject(page);
    const buildBefore = await finishOf('Build');
    await app.openView('Gantt');
    await (await new GanttPage(page).control('button', 'Save baseline')).focus();
    await page.keyboard.press('Enter');
    await app.expectNotice('Baseline saved.');

    // Build takes a day longer, so it and Ship finish a day later.
    await app.openView('Tasks');
    await app.editCell('Build', 'duration', '3d');
    await expect.poll(() => finishOf('Build')).not.toBe(buildBefore);
    await app.waitSaved();
    const shipFinishNow = await finishOf('Ship');

    const chooser = await merge.openCompare();
    await shots(page, 'compare-chooser');
    await chooser.getByRole('region', { name: 'Baselines' }).getByRole('button', { name: /^Baseline/ }).click();
    const dialog = merge.dialog(/^Compare with “Baseline/);
    const table = dialog.getByRole('table', { name: 'Changes' });
    // The durations as the Duration column writes them, not the stored working minutes (960 → 1440).
    await expect.poll(() => table.innerText()).toMatch(/duration\s+task 'Build'\s+duration\s+2d\s+3d/);
    // Ship's finish as the Finish column shows it now, with its time of day; no ISO text on screen.
    const shipFinish = table.getByRole('row').filter({ hasText: "task 'Ship'" }).filter({ hasText: 'scheduled finish' });
    const shipFinishShown = await shipFinish.getByRole('cell').nth(4).innerText();
    expect(shipFinishShown.startsWith(`${shipFinishNow}, `)).toBe(true);
    expect(shipFinishShown).toMatch(/, \d{1,2}:\d{2}/);
    expect(await table.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers.slice(3, 5)).toEqual([expect.stringMatching(/^Baseline/), 'This plan']);
    await shots(page, 'compare-baseline-table');

    const md = await files.download(() => dialog.getByRole('button', { name: 'Export Markdown' }).click());
    expect(md.name).toMatch(/changes\.md$/);
    expect(md.text).toContain('# Untitled project compared with Baseline');
    expect(md.text).toMatch(/\| Kind \| What \| Field \| Baseline[^|]* \| This plan \| Matched by \|/);
    expect(md.text).toContain("| duration | task 'Build' | duration | 2d | 3d | id |");
    // A file keeps the times as written, for a script or a spreadsheet to sort.
    expect(md.text).toMatch(/\| dates \| task 'Ship' \| scheduled finish \| \d{4}-\d{2}-\d{2} \d{2}:\d{2} \| \d{4}-\d{2}-\d{2} \d{2}:\d{2} \| id \|/);

    await dialog.getByRole('button', { name: 'Show on Gantt' }).click();
    const legend = page.getByRole('region', { name: 'Comparison' });
    await expect.poll(() => legend.innerText()).toMatch(/Ghost bars: Baseline/);
    expect(await legend.innerText()).toContain('2 tasks with other dates');
    // One ghost bar per task; Build's and Ship's sit where they were, not under their bars now.
    await expect.poll(() => page.getByTestId('ghost-bar').count()).toBe(3);
    expect(await page.locator('[data-testid="ghost-bar"][data-moved="true"]').count()).toBe(2);
    const buildGhost = page.locator('[data-testid="ghost-bar"][data-moved="true"]').first();
    expect(await buildGhost.locator('title').textContent()).toMatch(/in Baseline: .* – .*; finish \+1d now|in Baseline: .*; finish \+/);
    await shots(page, 'gantt-ghost-bars');

    await legend.getByRole('button', { name: 'Close comparison' }).click();
    await expect.poll(() => page.getByTestId('ghost-bar').count()).toBe(0);
    expect(await legend.count()).toBe(0);
  });

  it('compares with an automatic snapshot of the project: a rename since is one row', async () => {
    const page = handle.page;
    await emptyProject(page);
    // The page is hidden after an edit: the app writes a snapshot, as when the window goes away.
    await files.hidePageMomentarily();
    const chooser = await merge.openCompare();
    const snapshot = chooser.getByRole('region', { name: 'Snapshots' }).getByRole('button', { name: /^Snapshot / });
    await expect.poll(() => snapshot.count()).toBe(1);
    await chooser.getByRole('button', { name: 'Cancel' }).click();

    await app.editCell('Ship', 'name', 'Ship v2');
    await expect.poll(() => app.row('Ship v2').count()).toBe(1);
    await app.waitSaved();
    await (await merge.openCompare()).getByRole('region', { name: 'Snapshots' }).getByRole('button', { name: /^Snapshot / }).click();
    const dialog = merge.dialog(/^Compare with “Snapshot /);
    const table = dialog.getByRole('table', { name: 'Changes' });
    await expect.poll(() => table.innerText()).toMatch(/renamed\s+task 'Ship'\s+name\s+Ship\s+Ship v2\s+id/);
    expect(await dialog.getByRole('status').innerText()).toBe('1 of 1 changes');
    await dialog.getByRole('button', { name: 'Close comparison' }).click();
    expect(await merge.dialog(/^Compare with/).count()).toBe(0);
  });
});

describe('compare with a copy whose rows moved', () => {
  it('an MS Project copy from before a task was inserted above: the moved tasks get ghost bars, not "only in"', async () => {
    const page = handle.page;
    await emptyProject(page);
    const xml = await files.exportAs(/Microsoft Project/);
    expect(xml.name).toBe('Untitled project.xml');

    // Kickoff goes in above Design: every row below moves down one WBS number, and the copy's tasks
    // (read from MS Project XML) have other ids than these.
    await app.cell('Design', 'name').click();
    await page.keyboard.press('Insert');
    await app.grid.locator('.cell-input').waitFor();
    await page.keyboard.type('Kickoff');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.outline()).toEqual(['Kickoff@0', 'Design@0', 'Build@0', 'Ship@0']);
    await app.waitSaved();

    await merge.pick('Compare with…', xml.name, xml.text);
    const dialog = merge.dialog('Compare with “Untitled project.xml”');
    const table = dialog.getByRole('table', { name: 'Changes' });
    await expect.poll(() => table.innerText()).toMatch(/removed\s+task 'Kickoff'/);
    expect(await table.innerText()).not.toMatch(/task '(Design|Build|Ship)'\s+(added|removed)/);
    await dialog.getByRole('button', { name: 'Show on Gantt' }).click();
    const legend = page.getByRole('region', { name: 'Comparison' });
    await expect.poll(() => legend.innerText()).toMatch(/Ghost bars: Untitled project\.xml/);
    expect(await legend.getByLabel('Only in Untitled project.xml').count()).toBe(0);
    // A ghost bar for each task the copy has: Design, Build and Ship, matched across the moved numbers.
    await expect.poll(() => page.getByTestId('ghost-bar').count()).toBe(3);
    await shots(page, 'gantt-ghost-bars-moved-rows');
  });
});

describe('exports while a proposal is open', () => {
  it('Export… writes the live plan, not the proposal\'s sandbox', async () => {
    const page = handle.page;
    await emptyProject(page);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    const input = page.getByLabel('New change request title');
    await input.focus();
    await page.keyboard.type('Rename the launch');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Change CR-001' });
    await detail.getByRole('button', { name: 'Propose edits' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Proposal' }).innerText()).toContain('Editing proposal CR-001');

    await app.openView('Tasks');
    await app.editCell('Ship', 'name', 'Ship (proposed)');
    await expect.poll(() => app.row('Ship (proposed)').count()).toBe(1);
    await app.waitSaved();

    const csv = await files.exportAs(/CSV table/, async (dialog) => {
      expect(await dialog.getByRole('note').innerText()).toContain('A proposal (CR-001) is open: the export holds the live plan');
    });
    expect(csv.text).toMatch(/\bShip\b/);
    expect(csv.text).not.toContain('Ship (proposed)');
  });
  it('registers and the status report hold the live plan and say so; the Gantt image is the proposal, labelled', async () => {
    const page = handle.page;
    await emptyProject(page);
    const raiseIssue = async (title: string): Promise<void> => {
      await app.openView('Risks');
      await page.getByRole('tab', { name: 'Issues' }).click();
      const input = page.getByLabel('New issue title');
      await input.focus();
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
      await expect.poll(() => tableText(page.getByRole('table', { name: 'Issues' }))).toContain(title);
    };
    await raiseIssue('Vendor contract late');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Changes/ }).click();
    await page.getByLabel('New change request title').focus();
    await page.keyboard.type('Rename the launch');
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Change CR-001' }).getByRole('button', { name: 'Propose edits' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Proposal' }).innerText()).toContain('Editing proposal CR-001');
    await app.openView('Tasks');
    await app.editCell('Ship', 'name', 'Ship (proposed)');
    await expect.poll(() => app.row('Ship (proposed)').count()).toBe(1);
    await raiseIssue('Launch slips (proposed)');
    await app.waitSaved();

    // The issues register: the live plan's issues only, and the notice says why.
    const issues = await files.download(() => page.getByRole('toolbar', { name: 'issues toolbar' }).getByRole('button', { name: 'Export CSV' }).click());
    expect(issues.name).toBe('Untitled project issues.csv');
    expect(issues.text).toContain('Vendor contract late');
    expect(issues.text).not.toContain('Launch slips');
    await app.expectNotice(/Exported Untitled project issues\.csv\. A proposal \(CR-001\) is open: the export holds the live plan, without its proposed edits\./);
    // The risk register exports the same way (from its own toolbar).
    await page.getByRole('tab', { name: 'Risk register' }).click();
    const risks = await files.download(() => page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: 'Export CSV' }).click());
    expect(risks.name).toBe('Untitled project risks.csv');
    expect(risks.text).toMatch(/^\uFEFFID,Title,Type,Category/);
    await shots(page, 'risk-register-export');

    // The Gantt image: the proposal as shown, its file name and title saying so.
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    const svg = await files.download(() => gantt.exportAs('Export SVG'));
    expect(svg.name).toBe('Untitled project Gantt (proposal CR-001).svg');
    // The title may wrap onto two lines of the names column: read it as text.
    expect(svg.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Proposal CR-001 (not approved): Untitled project');
    expect(svg.text).toContain('>Ship (proposed)</text>');
    await app.expectNotice(/the image shows the proposal, not the live plan/);
    await shots(page, 'gantt-proposal-export-notice');

    // The status report is of the live plan: it says so, and is not issued into the proposal.
    const reports = new ReportsPage(page);
    await reports.open();
    // A status date after the start, so nothing but the proposal stands in the way of issuing.
    await reports.setStatusDate('2030-06-28');
    await expect.poll(() => reports.text()).toContain('Status report · Fri, Jun 28, 30');
    expect(await reports.view.getByRole('note').innerText()).toContain('A proposal (CR-001) is open: the export holds the live plan');
    expect(await reports.issueButton.isDisabled()).toBe(true);
    // The report draft is the live plan's: its words cannot be typed into the proposal.
    expect(await reports.headline.getAttribute('readonly')).not.toBeNull();
    const md = await files.download(() => reports.toolbar.getByRole('button', { name: 'Export Markdown' }).click());
    expect(md.text).toContain('- Ship: ');
    expect(md.text).toContain('Vendor contract late');
    expect(md.text).not.toContain('Launch slips');
    expect(md.text).not.toContain('(proposed)');
    await shots(page, 'reports-proposal-note');

    // A colleague's copy is not merged into the proposal: the person is asked to finish it first.
    await page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: "Merge a colleague's copy…", exact: true }).click();
    const refusal = page.getByRole('dialog', { name: 'Finish the proposal first' });
    await expect.poll(() => refusal.getByRole('alert').innerText()).toContain('A proposal (CR-001) is open, so a merge would be recorded into it');
    await refusal.getByRole('button', { name: 'OK' }).click();

    // Done: back to the live plan, and the report can be issued again.
    await page.getByRole('status', { name: 'Proposal' }).getByRole('button', { name: 'Done' }).click();
    await reports.open();
    expect(await reports.view.getByRole('note').count()).toBe(0);
    expect(await reports.issueButton.isDisabled()).toBe(false);
  });
});

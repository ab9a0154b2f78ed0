/**
 * Lifecycle phases with gates as a TPM uses them: a project from a template at a chosen start has
 * its five phases with dates from their tasks; a phase is renamed, its gate's checklist ticked and
 * "go" recorded; a go with criteria open is recorded and flagged; the phases show as bands on the
 * Gantt and in presentation mode; everything is still there after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { PhasesPage } from './pages/phases-page';
import { SettingsPage } from './pages/settings-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let phases: PhasesPage;
let gantt: GanttPage;
let settings: SettingsPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  phases = new PhasesPage(handle.page);
  gantt = new GanttPage(handle.page);
  settings = new SettingsPage(handle.page);
});

/** How the app writes a date (features/shared/format.ts formatDate, in the browser's locale). */
async function shown(page: Page, date: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${d}T00:00:00Z`)), date);
}

async function newProjectFrom(template: string, name: string, start: string): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
  const dialog = settings.newProjectDialog;
  await dialog.waitFor();
  await handle.page.keyboard.type(name);
  await dialog.getByLabel('Start from').selectOption({ label: template });
  await dialog.getByLabel('Start date').fill(start);
  await dialog.getByLabel('Name', { exact: true }).press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => app.title.textContent()).toBe(name);
}

/** Chooses a phase in the task table's Phase cell by keyboard: Enter opens the choice, Enter commits. */
async function choosePhase(taskName: string, phase: string): Promise<void> {
  await app.cell(taskName, 'phase').click();
  await handle.page.keyboard.press('Enter');
  const select = app.grid.locator('select.cell-input');
  await select.selectOption({ label: phase });
  await select.press('Enter');
}

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, `phases-${name}`);

describe('lifecycle phases and gates', () => {
  it('from a template: rename a phase, pass its gate with the checklist ticked, flag a go with criteria open, bands on the Gantt and in presentation, all after a reload', async () => {
    const { page } = handle;
    await newProjectFrom('Software release', 'Release 2.0', '2027-01-04');
    await phases.open();
    expect(await phases.names()).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring and control', 'Closure']);
    // Charter 3d from Mon 4 Jan, stakeholders SS+1 for 2d, the gate after both: Initiation runs Mon 4 – Wed 6 Jan.
    await expect.poll(() => phases.phase('Initiation').innerText()).toContain(`${await shown(page, '2027-01-04')} – ${await shown(page, '2027-01-06')}`);
    await expect.poll(() => phases.phase('Initiation').getByLabel('Gate milestone of Initiation').inputValue()).not.toBe('');

    await phases.rename('Initiation', 'Discovery');
    const checklist = phases.checklist('Discovery');
    for (const item of ['Charter signed by the sponsor', 'Key stakeholders identified']) await checklist.getByRole('checkbox', { name: item, exact: true }).check();
    await expect.poll(() => checklist.innerText()).toContain('2 of 2 done');
    const decision = phases.decision('Discovery');
    await decision.getByLabel('Decision').selectOption({ label: 'Go' });
    await decision.getByLabel('Date').fill('2027-01-06');
    await decision.getByLabel('Decided by').fill('Dana Okafor');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => decision.getByRole('status').innerText()).toMatch(/Go\s+on/);
    expect(await decision.getByRole('status').innerText()).not.toContain('criteria open');

    // A go while the planning gate's criteria are open is allowed, recorded and flagged.
    const planning = phases.decision('Planning');
    await planning.getByLabel('Decided by').fill('Dana Okafor');
    await expect.poll(() => planning.innerText()).toContain('2 exit criteria are not ticked');
    await planning.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => planning.getByRole('status').innerText()).toContain('Decided with 2 criteria open');
    await shots(page, 'view');

    await app.openView('Gantt');
    const strip = page.getByRole('list', { name: 'Phases' });
    await expect.poll(() => strip.getByRole('listitem').count()).toBe(5);
    await expect.poll(() => strip.getByRole('listitem').first().getAttribute('aria-label')).toMatch(/^Discovery: .*Gate: Go on /);
    await shots(page, 'gantt');

    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    await expect.poll(() => gantt.presentation.getByRole('list', { name: 'Phases' }).getByRole('listitem').count()).toBe(5);
    await shots(page, 'presentation');
    await page.keyboard.press('Escape');
    await expect.poll(() => gantt.presentation.count()).toBe(0);

    await handle.reload();
    await phases.open();
    await expect.poll(() => phases.names()).toEqual(['Discovery', 'Planning', 'Execution', 'Monitoring and control', 'Closure']);
    expect(await phases.checklist('Discovery').innerText()).toContain('2 of 2 done');
    expect(await phases.decision('Discovery').getByRole('status').innerText()).toContain('Dana Okafor');
    expect(await phases.decision('Planning').getByRole('status').innerText()).toContain('Decided with 2 criteria open');
    await app.openView('Gantt');
    await expect.poll(() => page.getByRole('list', { name: 'Phases' }).getByRole('listitem').first().getAttribute('aria-label')).toMatch(/^Discovery: /);
  // Twelve screenshots (three views, two sizes, two schemes) on a shared machine: more than the default minute.
  }, 240_000);

  it('a new empty project starts with the five standard phases; a phase is added and moved up', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await settings.newProjectDialog.waitFor();
    await handle.page.keyboard.type('Empty plan');
    await settings.newProjectDialog.getByLabel('Name', { exact: true }).press('Enter');
    await settings.newProjectDialog.waitFor({ state: 'detached' });
    await phases.open();
    expect(await phases.names()).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring & control', 'Closure']);
    await phases.page.getByLabel('New phase').fill('Hypercare');
    await phases.page.getByLabel('New phase').press('Enter');
    await expect.poll(() => phases.names()).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring & control', 'Closure', 'Hypercare']);
    await phases.phase('Hypercare').getByRole('button', { name: 'Move Hypercare up' }).click();
    await expect.poll(() => phases.names()).toEqual(['Initiation', 'Planning', 'Execution', 'Monitoring & control', 'Hypercare', 'Closure']);
  });

  it('an export names the phases the file has no place for: MS Project XML drops them, a CSV keeps each task\'s stage', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await app.newEmptyProject('Phased export');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const name of ['Survey', 'Design']) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => app.outline()).toEqual(['Survey@0', 'Design@0']);
    // The five empty phases a new project starts with lose nothing: no notice names them.
    const empty = await files.exportAs(/Microsoft Project XML/);
    expect(empty.name).toMatch(/\.xml$/);
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Exported/)]));
    expect((await page.locator('.notice').allInnerTexts()).join(' ')).not.toMatch(/Not written/);
    await page.locator('.notice').filter({ hasText: 'Exported' }).getByRole('button', { name: 'Dismiss' }).click();
    await app.showColumns(['Phase']);
    await choosePhase('Design', 'Planning');
    await expect.poll(() => app.cell('Design', 'phase').textContent()).toBe('Planning');
    await files.exportAs(/Microsoft Project XML/);
    await app.expectNotice(/Not written \(MS Project XML has no place for them\): 1 phase \(its tasks and gate\)\./);
    const csv = await files.exportAs(/CSV/);
    expect(csv.text.split('\r\n').find((l) => l.includes(',Design,'))).toMatch(/,planning,/i);
  });

  it('the board\'s phase lanes and filter and the portfolio\'s bands use the project\'s phases: renamed, added, followed from a summary, after a reload', async () => {
    const { page } = handle;
    const board = new BoardPage(page);
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await settings.newProjectDialog.waitFor();
    await page.keyboard.type('Phase board');
    await settings.newProjectDialog.getByLabel('Start date').fill('2027-01-04');
    await settings.newProjectDialog.getByLabel('Name', { exact: true }).press('Enter');
    await settings.newProjectDialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('Phase board');

    await phases.open();
    await phases.rename('Execution', 'Build & ship');
    await phases.page.getByLabel('New phase').fill('Hypercare');
    await phases.page.getByLabel('New phase').press('Enter');
    await expect.poll(() => phases.names()).toEqual(['Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Closure', 'Hypercare']);

    // The plan by keyboard: four names down the entry row, two indented under Release.
    await app.openView('Tasks');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const name of ['Release', 'Write code', 'Deploy', 'Watch dashboards']) { await page.keyboard.type(name); await page.keyboard.press('Enter'); }
    await app.cell('Write code', 'name').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual(['Release@0', 'Write code@1', 'Deploy@1', 'Watch dashboards@0']);
    // Durations and links, so the phases have some length on the portfolio's timeline.
    await app.editCell('Write code', 'duration', '15d');
    await app.editCell('Deploy', 'duration', '2d');
    await app.editCell('Deploy', 'predecessors', '2');
    await app.editCell('Watch dashboards', 'duration', '10d');
    await app.editCell('Watch dashboards', 'predecessors', '3');
    await expect.poll(() => app.cell('Watch dashboards', 'predecessors').textContent()).toBe('3');
    await app.showColumns(['Phase']);
    await choosePhase('Release', 'Build & ship');
    await choosePhase('Watch dashboards', 'Hypercare');
    await expect.poll(() => app.cell('Watch dashboards', 'phase').textContent()).toBe('Hypercare');

    // Swimlanes by phase: the project's phases by name, in order; the subtasks follow Release.
    await app.openView('Board');
    await board.setLanes('Phase');
    const laneNames = () => page.locator('.board-lane__label').allTextContents();
    // Sorted: rows typed in the table share one board rank, so their order in a cell is by id, not what is checked here.
    const laneCards = async (cell: string) => (await board.names(cell)).sort();
    await expect.poll(laneNames).toEqual(['Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Closure', 'Hypercare', 'No phase']);
    await expect.poll(() => laneCards('Backlog, lane Build & ship')).toEqual(['Deploy', 'Write code']);
    await expect.poll(() => laneCards('Backlog, lane Hypercare')).toEqual(['Watch dashboards']);
    expect(await board.card('Write code').locator('.chip--phase').textContent()).toBe('Build & ship');
    // A card added in a lane takes that phase.
    await board.quickAddInLane('Backlog', 'Hypercare', 'Rollback drill');
    await expect.poll(() => laneCards('Backlog, lane Hypercare')).toEqual(['Rollback drill', 'Watch dashboards']);
    expect(await board.card('Rollback drill').locator('.chip--phase').textContent()).toBe('Hypercare');

    // The phase filter offers the same phases and names the chosen one on its chip.
    const filter = page.getByRole('combobox', { name: 'Phase', exact: true });
    expect(await filter.locator('option').allInnerTexts()).toEqual(['Any phase', 'Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Closure', 'Hypercare']);
    await filter.selectOption({ label: 'Build & ship' });
    await expect.poll(() => laneCards('Backlog, lane Hypercare')).toEqual([]);
    await expect.poll(() => laneCards('Backlog, lane Build & ship')).toEqual(['Deploy', 'Write code']);
    await page.getByRole('button', { name: 'Clear filter Phase: Build & ship' }).waitFor();
    // From the top, where the lanes' names and the filter's chip are.
    await page.evaluate(() => { for (const el of document.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0; });
    await shots(page, 'board-lanes');
    await page.getByRole('button', { name: 'Clear filter Phase: Build & ship' }).click();
    await expect.poll(() => laneCards('Backlog, lane Hypercare')).toEqual(['Rollback drill', 'Watch dashboards']);

    // The portfolio's bands carry this project's phase names.
    await app.openView('Portfolio');
    const bands = page.locator('.portfolio-row').filter({ hasText: 'Phase board' }).locator('.portfolio-phase');
    await expect.poll(() => bands.evaluateAll((els) => els.map((e) => (e.getAttribute('title') ?? '').split(':')[0]))).toEqual(['Build & ship', 'Hypercare']);
    await shots(page, 'portfolio');

    await app.waitSaved();
    await handle.reload();
    await app.openView('Board');
    await expect.poll(laneNames).toEqual(['Initiation', 'Planning', 'Build & ship', 'Monitoring & control', 'Closure', 'Hypercare', 'No phase']);
    await expect.poll(() => laneCards('Backlog, lane Build & ship')).toEqual(['Deploy', 'Write code']);
    await expect.poll(() => laneCards('Backlog, lane Hypercare')).toEqual(['Rollback drill', 'Watch dashboards']);
    await board.setLanes('None');
  }, 240_000);
});

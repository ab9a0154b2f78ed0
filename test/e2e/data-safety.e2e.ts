/**
 * Data safety in the real browser engine (issue 20): a plan that cannot be scheduled or a damaged
 * stored row never blanks the app; two windows on one profile never overwrite each other
 * silently; a failed write and Undo agree; undo stays inside its project; start-up failures and a
 * profile without storage are said on screen. Every test starts from an empty project made
 * through the UI, by keyboard.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CharterPage } from './pages/charter-page';
import { FilesPage } from './pages/files-page';
import {
  BROKEN_START_SCRIPT, DEAF_WINDOW_SCRIPT, FAILING_WRITES_SCRIPT, REFUSED_STORAGE_SCRIPT,
  failNextWrites, setDeaf, truncateTaskRow, updateProjectRow,
} from './pages/storage-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/** New project by keyboard (focus the sidebar's New project button, Enter), renamed, with tasks. */
async function emptyProject(on: AppPage, name: string, tasks: readonly string[]): Promise<void> {
  await on.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await on.page.keyboard.press('Enter');
  // The new-project dialog opens with its name selected; Enter takes what it shows.
  await on.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await on.page.keyboard.press('Enter');
  await expect.poll(() => on.title.textContent()).toBe('Untitled project');
  await on.title.click();
  const title = on.page.getByRole('banner').getByLabel('Project name');
  await title.fill(name);
  await title.press('Enter');
  await expect.poll(() => on.title.textContent()).toBe(name);
  await on.openView('Tasks');
  for (const task of tasks) {
    await on.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await on.page.keyboard.press('Enter');
    await on.nameNewRow(task);
    await expect.poll(() => on.row(task).count()).toBe(1);
  }
  await on.waitSaved();
}

/** A notice text matched as written (expectNotice reads a string as a pattern). */
function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

function projectButton(on: AppPage, name: string) {
  return on.projects.getByRole('button', { name, exact: true });
}

async function undoLabel(on: AppPage): Promise<string | null> {
  return on.page.getByRole('banner').getByRole('button', { name: /^Undo/ }).getAttribute('aria-label');
}

/** A second window on the same profile (same browser context), showing the project named `project`. */
async function secondWindow(first: Page, project: string, scripts: readonly string[] = []): Promise<AppPage> {
  const page = await first.context().newPage();
  for (const script of scripts) await page.addInitScript(script);
  page.on('pageerror', (error) => { console.error(`[page 2 error] ${error.message}`); });
  await page.goto(first.url());
  const other = new AppPage(page);
  await projectButton(other, project).click();
  await expect.poll(() => other.title.textContent()).toBe(project);
  await other.openView('Tasks');
  return other;
}

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, `data-safety-${name}`);

describe('start-up that cannot be bricked', () => {
  it('flags a stored plan that cannot be scheduled (project start 1850), opens the others, and offers a way forward', async () => {
    await emptyProject(app, 'Good plan', ['Write spec']);
    await emptyProject(app, 'Imported 1850', ['Migrate data']);
    // What a CSV with one row dated 1850 left in storage before imports were scheduled first.
    await updateProjectRow(handle.page, 'Imported 1850', { start: '1850-01-01T09:00' });
    await handle.reload();

    // The app starts; the broken project is flagged with what is wrong, and another one is open.
    const flag = app.projects.locator('.project-flag');
    await expect.poll(() => flag.textContent()).toMatch(/^⚠ Cannot be opened: The plan cannot be scheduled/);
    await expect.poll(() => app.title.textContent()).not.toBe('Imported 1850');
    await app.expectNotice(literally('“Imported 1850” could not be opened; it is flagged in the project list.'));

    // Opening it shows what is wrong and where, with the ways forward.
    await projectButton(app, 'Imported 1850').click();
    const panel = handle.page.getByRole('alert', { name: 'Project could not be opened' });
    await expect.poll(() => panel.getByRole('heading').textContent()).toBe('“Imported 1850” could not be opened');
    // The span runs to the task's date (made today), so its years are counted to that year: 176 in
    // 2026, 177 from New Year (a fixed 176 failed every run from 1 January 2027).
    await expect.poll(() => panel.textContent()).toMatch(/its dates span \d+ years, from 1850-01-01 to 20\d\d-/);
    const [, years, toYear] = /its dates span (\d+) years, from 1850-01-01 to (20\d\d)-/.exec((await panel.textContent()) ?? '') ?? [];
    expect(Number(years)).toBe(Number(toYear) - 1850);
    await expect.poll(() => panel.textContent()).toContain('Where: Project start 1850-01-01; Task “Migrate data”');
    await shots(handle.page, 'flagged-project');
    const download = handle.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Save the stored data to a file…' }).click();
    expect((await download).suggestedFilename()).toBe('Imported 1850 (stored data).json');
    await panel.getByRole('button', { name: 'Restore a snapshot…' }).click();
    await handle.page.getByRole('dialog', { name: 'Restore from snapshot' }).getByRole('button', { name: 'Close' }).click();

    // Every other project opens and edits, and survives a reload.
    await projectButton(app, 'Good plan').click();
    await app.openView('Tasks');
    await app.editCell('Write spec', 'name', 'Write the spec');
    await app.waitSaved();
    await handle.reload();
    await projectButton(app, 'Good plan').click();
    await app.openView('Tasks');
    await expect.poll(() => app.row('Write the spec').count()).toBe(1);
    await expect.poll(() => app.projects.locator('.project-flag').count()).toBe(1);
  });

  it('sets a truncated stored row aside, reports what was dropped, and removes it only when asked', async () => {
    await emptyProject(app, 'Damaged plan', ['Design', 'Build', 'Ship']);
    const lost = await truncateTaskRow(handle.page, 'Damaged plan', 'Build');
    await handle.reload();

    await expect.poll(() => app.title.textContent()).toBe('Damaged plan');
    const banner = handle.page.getByRole('alert', { name: 'Damaged data set aside' });
    await expect.poll(() => banner.textContent()).toMatch(/^One damaged stored item was set aside when “Damaged plan” was opened/);
    await banner.getByRole('button', { name: 'Show what was set aside' }).click();
    await expect.poll(() => banner.getByRole('list', { name: 'Set aside' }).textContent()).toMatch(/^tasks \(stored row \d+\): unreadable stored row \(/);
    await expect.poll(() => app.projects.locator('.project-flag').textContent()).toBe('⚠ Damaged data set aside: 1 damaged stored item was set aside when it was opened.');
    await shots(handle.page, 'damaged-row');
    await app.openView('Tasks');
    for (const name of ['Design', 'Build', 'Ship']) await expect.poll(() => app.row(name).count()).toBe(lost.includes(name) ? 0 : 1);

    // Still there after a reload (nothing was overwritten); removed only when the person says so.
    await handle.reload();
    await expect.poll(() => banner.count()).toBe(1);
    await banner.getByRole('button', { name: 'Remove the damaged data' }).click();
    await app.expectNotice(literally('The damaged stored data was removed.'));
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('Damaged plan');
    expect(await banner.count()).toBe(0);
    expect(await app.projects.locator('.project-flag').count()).toBe(0);
  });

  it('shows a start-up failure on a boot error page with the way forward, never a blank window', async () => {
    await emptyProject(app, 'Before the failure', ['Task']);
    await handle.page.context().addInitScript(BROKEN_START_SCRIPT);
    await handle.page.reload();
    const card = handle.page.getByRole('alert');
    await expect.poll(() => card.getByRole('heading').textContent()).toBe('Plotline could not start');
    await expect.poll(() => card.textContent()).toContain('The random id source is unavailable (injected by the test).');
    expect(await card.getByRole('button').allTextContents()).toEqual(['Try again', 'Start without saved data', 'Copy details']);
    await shots(handle.page, 'boot-error');
  });

  it('says so when the profile refuses storage, and still starts (in memory)', async () => {
    await emptyProject(app, 'Kept on disk', ['Task']);
    await handle.page.context().addInitScript(REFUSED_STORAGE_SCRIPT);
    await handle.reload();
    const banner = handle.page.getByRole('alert', { name: 'Not saved on this device' });
    await expect.poll(() => banner.textContent()).toMatch(/^Changes are not saved on this device\. Plotline could not write to this profile's storage \(SecurityError: IndexedDB is disabled/);
    await emptyProject(app, 'Memory only', ['Still works']);
    await shots(handle.page, 'memory-session');
  });
});

describe('two windows on one profile', () => {
  it('shows each window the other\'s change within a second, and never loses an edit silently', async () => {
    await emptyProject(app, 'Shared plan', ['Design', 'Build', 'Ship']);
    const other = await secondWindow(handle.page, 'Shared plan', [DEAF_WINDOW_SCRIPT]);

    // Live: a rename in one window appears in the other within a second, both ways.
    await app.editCell('Design', 'name', 'Design v2');
    await expect.poll(() => other.row('Design v2').count(), { timeout: 1000 }).toBe(1);
    await other.editCell('Ship', 'name', 'Ship v2');
    await expect.poll(() => app.row('Ship v2').count(), { timeout: 1000 }).toBe(1);

    // Different tasks, the second window not yet told of the first's rename: both renames are kept.
    await setDeaf(other.page, true);
    await app.editCell('Design v2', 'name', 'Design (window 1)');
    await app.waitSaved();
    await other.editCell('Build', 'name', 'Build (window 2)');
    await other.expectNotice(literally('Another window changed this project at the same time; “Rename task” was saved on top of its changes.'));
    await expect.poll(() => other.row('Design (window 1)').count()).toBe(1);
    await expect.poll(() => other.row('Build (window 2)').count()).toBe(1);
    await expect.poll(() => app.row('Build (window 2)').count(), { timeout: 1000 }).toBe(1);

    // The SAME task: the stale rename is not saved, and the window says which task and why.
    await app.editCell('Ship v2', 'name', 'Ship (window 1)');
    await app.waitSaved();
    await other.editCell('Ship v2', 'name', 'Ship (window 2)');
    await other.expectNotice(literally('“Rename task” was not saved: another window changed “Ship (window 1)” first. Showing the latest version.'));
    await expect.poll(() => other.row('Ship (window 1)').count()).toBe(1);
    expect(await undoLabel(other)).toBe('Undo Rename task');

    // One window deletes a task the other edits: it is not brought back.
    await app.cell('Build (window 2)', 'name').click();
    await handle.page.keyboard.press('Delete');
    await expect.poll(() => app.row('Build (window 2)').count()).toBe(0);
    await app.waitSaved();
    await other.editCell('Build (window 2)', 'name', 'Build again');
    await other.expectNotice(/^“Rename task” was not saved: another window changed “Build \(window 2\)” first/);
    await expect.poll(() => other.row('Build (window 2)').count()).toBe(0);
    await expect.poll(() => other.row('Build again').count()).toBe(0);
    await setDeaf(other.page, false);

    // One window deletes the project the other has open: the other is told and shows another project.
    await app.projects.getByRole('button', { name: 'Actions for Shared plan', exact: true }).click();
    await handle.page.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = handle.page.getByRole('dialog', { name: 'Delete project?' });
    // Which project, by its start as well as its name, and how to get it back (the browser build has no Edit menu).
    expect(await confirm.textContent()).toMatch(/“Shared plan”, starting \w{3}, \w{3} \d{1,2}, \d{2}, will be removed from the list\. Undo \(Ctrl\+Z\) brings it back while this window stays open\./);
    await shots(handle.page, 'delete-project');
    await confirm.getByRole('button', { name: 'Delete project' }).click();
    await other.expectNotice(literally('“Shared plan” was deleted in another window.'));
    await expect.poll(() => other.title.textContent()).not.toBe('Shared plan');
    await expect.poll(() => projectButton(other, 'Shared plan').count()).toBe(0);

    // After both reload, storage holds exactly what both windows were told.
    await app.undo();
    await expect.poll(() => projectButton(other, 'Shared plan').count(), { timeout: 1000 }).toBe(1);
    await handle.reload();
    await projectButton(app, 'Shared plan').click();
    await app.openView('Tasks');
    expect((await app.outline()).sort()).toEqual(['Design (window 1)@0', 'Ship (window 1)@0']);
    await other.page.close();
  });
});

describe('a dialog open while another window edits', () => {
  it('saves only what was typed in it: Task information opened before another window\'s rename keeps the new name', async () => {
    await emptyProject(app, 'Shared dialog', ['Design', 'Build']);
    const other = await secondWindow(handle.page, 'Shared dialog');
    const info = await app.taskInformation('Build');
    await other.editCell('Build', 'name', 'Build (renamed in window 2)');
    await expect.poll(() => app.row('Build (renamed in window 2)').count(), { timeout: 1000 }).toBe(1);
    // The dialog opened on "Build"; only a note is typed in it.
    await info.getByRole('tab', { name: 'Notes' }).click();
    await info.getByRole('textbox', { name: 'Notes', exact: true }).fill('Needs the staging database');
    await handle.page.keyboard.press('Control+Enter');
    await info.waitFor({ state: 'detached' });
    await app.waitSaved();
    for (const window of [app, other]) {
      await expect.poll(() => window.row('Build (renamed in window 2)').count(), { timeout: 1000 }).toBe(1);
      expect(await window.row('Build').count()).toBe(0);
    }
    await handle.reload();
    await projectButton(app, 'Shared dialog').click();
    await app.openView('Tasks');
    const reopened = await app.taskInformation('Build (renamed in window 2)');
    await reopened.getByRole('tab', { name: 'Notes' }).click();
    expect(await reopened.getByRole('textbox', { name: 'Notes', exact: true }).inputValue()).toBe('Needs the staging database');
    await other.page.close();
  });
});

describe('a charter field being typed in while another window saves the charter', () => {
  it('keeps what is typed and the focus; a field not being typed in shows the other window\'s text', async () => {
    await emptyProject(app, 'Shared charter', ['Kick-off']);
    const other = await secondWindow(handle.page, 'Shared charter');
    const mine = new CharterPage(handle.page);
    const theirs = new CharterPage(other.page);
    await mine.open();
    await theirs.open();
    const purpose = (charter: CharterPage): Locator => charter.section('Purpose and business case').getByLabel('Purpose', { exact: true });
    const sponsor = (charter: CharterPage): Locator => charter.section('Purpose and business case').getByLabel('Sponsor', { exact: true });
    // Window 1 is part-way through the purpose when window 2 saves its own purpose and a sponsor.
    await purpose(mine).focus();
    await handle.page.keyboard.type('Move billing to the new provider');
    await theirs.type(purpose(theirs), 'Rewritten by window 2');
    await theirs.type(sponsor(theirs), 'Dana Okafor');
    await expect.poll(() => sponsor(mine).inputValue(), { timeout: 1000 }).toBe('Dana Okafor');
    expect(await purpose(mine).inputValue()).toBe('Move billing to the new provider');
    expect(await purpose(mine).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await handle.page.keyboard.type(' by March');
    // Left, it is saved: the last words typed are the purpose, in both windows.
    await handle.page.keyboard.press('Tab');
    await expect.poll(() => purpose(theirs).inputValue(), { timeout: 1000 }).toBe('Move billing to the new provider by March');
    await app.waitSaved();
    await handle.reload();
    await projectButton(app, 'Shared charter').click();
    await mine.open();
    expect(await purpose(mine).inputValue()).toBe('Move billing to the new provider by March');
    expect(await sponsor(mine).inputValue()).toBe('Dana Okafor');
    await other.page.close();
  });
});

describe('edit and undo agree', () => {
  it('rolls back a write IndexedDB refused, with its undo entry, and says so with a Retry', async () => {
    await handle.page.context().addInitScript(FAILING_WRITES_SCRIPT);
    await handle.reload();
    await emptyProject(app, 'Quota', ['Alpha']);
    expect(await undoLabel(app)).toBe('Undo Rename task');

    await failNextWrites(handle.page, 1);
    await app.editCell('Alpha', 'name', 'Beta');
    await app.expectNotice(/^Could not save “Rename task” \(.*QuotaExceededError.*The disk is full \(injected by the test\).*\)\. The change was undone: the plan shows what is stored\./);
    await expect.poll(() => app.row('Alpha').count()).toBe(1);
    expect(await app.row('Beta').count()).toBe(0);
    // Undo offers the edit that exists, not the one that was rolled back.
    expect(await undoLabel(app)).toBe('Undo Rename task');
    await handle.page.locator('.notice').filter({ hasText: 'Could not save' }).getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => app.row('Beta').count()).toBe(1);
    await app.waitSaved();
    await app.undo();
    await expect.poll(() => app.row('Alpha').count()).toBe(1);
    await app.redo();
    await app.waitSaved();
    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(() => app.row('Beta').count()).toBe(1);
  });
});

describe('a file opened as a new project', () => {
  it('is shown at once and written behind it; when IndexedDB refuses the write, nothing is added and the project before is back', async () => {
    await handle.page.context().addInitScript(FAILING_WRITES_SCRIPT);
    await handle.reload();
    await emptyProject(app, 'Kept', ['Alpha']);
    const files = new FilesPage(handle.page);
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    await app.renameProject('Kept here');
    await app.waitSaved();

    const projectsBefore = await app.projects.getByRole('listitem').count();
    // A full disk: every write fails until the test says otherwise.
    await failNextWrites(handle.page, 1000);
    await files.open(saved.name, saved.text);
    await files.dialog(`Open “${saved.name}”`).getByRole('button', { name: 'Open as new project' }).click();
    const refused = files.dialog(`Could not add “${saved.name}”`);
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/Nothing was added: the database refused the write \([\s\S]*The disk is full \(injected by the test\)[\s\S]*\)\./);
    await expect.poll(() => app.title.textContent()).toBe('Kept here');
    await expect.poll(() => app.row('Alpha').count()).toBe(1);
    await expect.poll(() => app.projects.getByRole('listitem').count()).toBe(projectsBefore);
    await shots(handle.page, 'open-refused');

    await failNextWrites(handle.page, 0);
    await refused.getByRole('button', { name: 'OK' }).click();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('Kept here');
    await expect.poll(() => app.projects.getByRole('listitem').count()).toBe(projectsBefore);

    // With room on the disk again, the same file opens, and an edit right after it is kept.
    await files.open(saved.name, saved.text);
    await files.dialog(`Open “${saved.name}”`).getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Kept');
    await app.openView('Tasks');
    await app.editCell('Alpha', 'name', 'Alpha, reopened');
    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('Kept');
    await app.openView('Tasks');
    await expect.poll(() => app.row('Alpha, reopened').count()).toBe(1);
    await expect.poll(() => app.projects.getByRole('listitem').count()).toBe(projectsBefore + 1);
  });
});

describe('undo per project', () => {
  it('Ctrl+Z in project B never changes project A, and the toolbar says what it will undo', async () => {
    await emptyProject(app, 'Project A', ['A1']);
    await app.editCell('A1', 'name', 'A1 renamed');
    await app.waitSaved();
    await emptyProject(app, 'Project B', ['B1']);
    await app.cell('B1', 'duration').click();
    await handle.page.keyboard.press('Enter');
    await app.grid.locator('.cell-input').fill('3d');
    await app.grid.locator('.cell-input').press('Enter');
    await app.waitSaved();

    expect(await undoLabel(app)).toBe('Undo Change duration');
    for (let i = 0; i < 3; i++) await handle.page.keyboard.press('Control+z');
    await expect.poll(() => app.row('B1').count()).toBe(0);
    await expect.poll(() => app.title.textContent()).toBe('Project B');

    await projectButton(app, 'Project A').click();
    await app.openView('Tasks');
    await expect.poll(() => app.row('A1 renamed').count()).toBe(1);
    expect(await undoLabel(app)).toBe('Undo Rename task');
    await handle.reload();
    await projectButton(app, 'Project A').click();
    await app.openView('Tasks');
    await expect.poll(() => app.row('A1 renamed').count()).toBe(1);
  });
});

describe('a file opened twice', () => {
  it('is numbered in the sidebar rather than listed as two alike, and keeps its number after a reload', async () => {
    await emptyProject(app, 'Launch plan', ['Alpha']);
    const files = new FilesPage(handle.page);
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    for (const expected of ['Launch plan (2)', 'Launch plan (3)']) {
      await files.open(saved.name, saved.text);
      await files.dialog(`Open “${saved.name}”`).getByRole('button', { name: 'Open as new project' }).click();
      await expect.poll(() => app.title.textContent()).toBe(expected);
      await app.expectNotice(literally(`Opened “${expected}” as a new project.`));
      await app.openView('Tasks');
      await expect.poll(() => app.row('Alpha').count()).toBe(1);
    }
    await app.waitSaved();
    await handle.reload();
    for (const name of ['Launch plan', 'Launch plan (2)', 'Launch plan (3)']) {
      await expect.poll(() => projectButton(app, name).count()).toBe(1);
    }
  });
});

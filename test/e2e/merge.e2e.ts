/**
 * Diff and three-way merge through the UI (issue 16): from an empty project built by keyboard,
 * save the plan, make "a colleague's copy" by editing the saved file (a conflicting rename, a
 * deleted task, a new task), edit the local plan too, merge the copy: read the preview, take
 * their name for the conflict, apply, check the table, undo, redo. A file from an unrelated plan
 * says plainly that there is no common ancestor. A CSV copy with one row inserted lists that task
 * alone. A link of theirs that would close a loop with ours is left out, its loop named by the
 * merged plan's rows. Screenshots light and dark at two sizes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { FilesPage } from './pages/files-page';
import { MergePage } from './pages/merge-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;
let merge: MergePage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  merge = new MergePage(handle.page);
});

async function emptyProject(on: AppPage, tasks: readonly string[]): Promise<void> {
  await on.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await on.page.keyboard.press('Enter');
  await on.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await on.page.keyboard.press('Enter');
  await expect.poll(() => on.title.textContent()).toBe('Untitled project');
  await on.openView('Tasks');
  for (const task of tasks) {
    await on.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await on.page.keyboard.press('Enter');
    await on.nameNewRow(task);
    await expect.poll(() => on.row(task).count()).toBe(1);
  }
  await on.waitSaved();
}

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, `merge-${name}`);

interface PlanFile {
  project: { tasks: Record<string, { name: string; id: string; rank?: string }>; links: Record<string, { id: string; predecessorId: string; successorId: string }>; changes?: Record<string, { title: string; status: string }>; project: { lineage: { planId: string; revisions: { savedAt: string }[] } } };
  [key: string]: unknown;
}

function colleagueCopy(saved: string): string {
  const file = JSON.parse(saved) as PlanFile;
  const tasks = file.project.tasks;
  const byName = (name: string): string => Object.values(tasks).find((t) => t.name === name)?.id ?? '';
  const design = tasks[byName('Design')];
  if (design) design.name = 'Design (Maya)';
  delete tasks[byName('Test')];
  const build = tasks[byName('Build')];
  if (build) tasks['maya-docs'] = { ...build, id: 'maya-docs', name: 'Docs', rank: 'zz' };
  return JSON.stringify(file, null, 2);
}

/** Their copy: a new first task (Kickoff, ranked before every task) and Design after Docs. */
function loopingCopy(saved: string): string {
  const file = JSON.parse(saved) as PlanFile;
  const { tasks, links } = file.project;
  const byName = (name: string): string => Object.values(tasks).find((t) => t.name === name)?.id ?? '';
  const design = tasks[byName('Design')];
  if (design) tasks['maya-kickoff'] = { ...design, id: 'maya-kickoff', name: 'Kickoff', rank: '01' };
  const link = Object.values(links)[0];
  if (link) links['maya-loop'] = { ...link, id: 'maya-loop', predecessorId: byName('Docs'), successorId: byName('Design') };
  return JSON.stringify(file, null, 2);
}

describe('merge a colleague\'s copy', () => {
  it('previews their changes and the conflict, applies as one undoable step, and logs it', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await emptyProject(app, ['Design', 'Build', 'Test']);
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    expect((JSON.parse(saved.text) as PlanFile).project.project.lineage.revisions).toHaveLength(1);

    await app.editCell('Design', 'name', 'Design (mine)');
    await expect.poll(() => app.row('Design (mine)').count()).toBe(1);
    await app.waitSaved();

    await merge.pick('Compare with…', 'maya.plotline', colleagueCopy(saved.text));
    const compare = merge.dialog('Compare with “maya.plotline”');
    const table = compare.getByRole('table', { name: 'Changes' });
    await expect.poll(() => table.innerText()).toContain('Design (Maya)');
    expect(await table.innerText()).toMatch(/removed\s+task 'Test'/);
    expect(await table.innerText()).toMatch(/added\s+task 'Docs'/);
    await compare.getByLabel('Kind').selectOption({ index: 1 });
    await shots(page, 'compare-table');
    await compare.getByRole('button', { name: 'Close comparison' }).click();

    await merge.pick("Merge a colleague's copy…", 'maya.plotline', colleagueCopy(saved.text));
    const preview = merge.dialog('Merge “maya.plotline”');
    const conflicts = preview.getByRole('region', { name: 'Conflicts' });
    await expect.poll(() => conflicts.innerText()).toContain("Both copies changed the name of task 'Design'.");
    // The common ancestor's save time in the person's zone, as the app writes a time, not UTC ISO text.
    const savedAt = (JSON.parse(saved.text) as PlanFile).project.project.lineage.revisions[0]?.savedAt ?? '';
    const localTime = await page.evaluate((iso) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso)), savedAt);
    const intro = await preview.getByText(/From your common ancestor/).innerText();
    expect(intro).toContain(`, ${localTime}.`);
    expect(intro).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await conflicts.innerText()).toContain('Design (mine)');
    expect(await conflicts.innerText()).toContain('Design (Maya)');
    const incoming = await preview.getByRole('region', { name: 'Their changes' }).innerText();
    expect(incoming).toContain("Removed task 'Test'");
    expect(incoming).toContain("Added task 'Docs'");
    await conflicts.getByRole('radio', { name: /Take theirs/ }).check();
    // Taking their side of the conflict does not make it one of their changes "applied automatically".
    const applied = preview.getByRole('region', { name: 'Their changes' });
    await expect.poll(() => applied.getByRole('heading').textContent()).toBe('Their changes applied automatically (2)');
    expect(await applied.innerText()).not.toContain('Design (Maya)');
    await shots(page, 'merge-preview');
    // Nothing has changed yet.
    expect(await app.row('Design (mine)').count()).toBe(1);
    await preview.getByRole('button', { name: 'Apply merge' }).click();
    // Their rename (the conflict, resolved for theirs), their deletion of Test and their new Docs.
    await app.expectNotice(/Merged 2 changes from maya; 1 conflict resolved/);

    const names = async (): Promise<string[]> => (await app.outline()).map((n) => n.replace(/@\d+$/, ''));
    await expect.poll(names).toEqual(['Design (Maya)', 'Build', 'Docs']);
    await app.undo();
    await expect.poll(names).toEqual(['Design (mine)', 'Build', 'Test']);
    await app.redo();
    await expect.poll(names).toEqual(['Design (Maya)', 'Build', 'Docs']);
    await app.waitSaved();

    const after = await files.download(() => files.choose('Save as .plotline…'));
    const changes = Object.values((JSON.parse(after.text) as PlanFile).project.changes ?? {});
    expect(changes).toEqual([expect.objectContaining({ title: 'Merged 2 changes from maya; 1 conflict resolved', status: 'implemented' })]);
  });

  it('leaves out their link that would close a loop with ours, naming the loop by the rows of the merged plan', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await emptyProject(app, ['Design', 'Build', 'Test', 'Docs']);
    // Design → Build → Test, typed down the Predecessors column.
    await app.cell('Build', 'predecessors').click();
    for (const row of ['1', '2']) { await page.keyboard.type(row); await page.keyboard.press('Enter'); }
    await expect.poll(() => app.cell('Test', 'predecessors').textContent()).toBe('2');
    await app.waitSaved();
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    // Ours: Docs after Test. Theirs: Design after Docs, which closes Design → Build → Test → Docs → Design.
    await app.editCell('Docs', 'predecessors', '3');
    await expect.poll(() => app.cell('Docs', 'predecessors').textContent()).toBe('3');
    await app.waitSaved();

    await merge.pick("Merge a colleague's copy…", 'maya.plotline', loopingCopy(saved.text));
    const preview = merge.dialog('Merge “maya.plotline”');
    const conflicts = preview.getByRole('region', { name: 'Conflicts' });
    // Docs is row 4 here and in ours; in the merged plan, under their Kickoff, it is row 5.
    const leftOut = "Their copy's link 'Docs' → 'Design' would close a loop (#5 'Docs' → #2 'Design' → #3 'Build' → #4 'Test' → #5 'Docs', numbered by the merged plan's rows), so it was left out.";
    await expect.poll(() => conflicts.innerText()).toContain(leftOut);
    // Their Kickoff is the one change applied; the left-out link is said in the notice above, not counted.
    const applied = preview.getByRole('heading', { name: /Their changes applied automatically/ });
    await expect.poll(() => applied.textContent()).toBe('Their changes applied automatically (1)');
    await shots(page, 'merge-loop-left-out');
    await preview.getByRole('button', { name: 'Apply merge' }).click();
    await app.expectNotice(/Merged 1 change from maya\./);

    // The rows the notice named are the ones the # column shows, and Design has no predecessor from Docs.
    const names = async (): Promise<string[]> => (await app.outline()).map((n) => n.replace(/@\d+$/, ''));
    await expect.poll(names).toEqual(['Kickoff', 'Design', 'Build', 'Test', 'Docs']);
    const shownRow = (name: string): Promise<string | null> => app.row(name).getByRole('rowheader').textContent();
    expect(await Promise.all(['Docs', 'Design', 'Build', 'Test'].map(shownRow))).toEqual(['5', '2', '3', '4']);
    expect(await app.cell('Design', 'predecessors').textContent()).toBe('');
    expect(await app.cell('Docs', 'predecessors').textContent()).toBe('4');
  });

  it('says there is nothing to merge when their copy is the file you shared, and logs no change request', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await emptyProject(app, ['Alpha', 'Beta']);
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    await merge.pick("Merge a colleague's copy…", 'mine.plotline', saved.text);
    const preview = merge.dialog('Merge “mine.plotline”');
    await expect.poll(() => preview.getByRole('status').innerText()).toBe('Nothing to merge: “mine.plotline” has no change your plan does not already have.');
    expect(await preview.getByRole('button', { name: 'Apply merge' }).count()).toBe(0);
    await shots(page, 'nothing-to-merge');
    // Enter closes it: the one button, where the focus starts.
    await page.keyboard.press('Enter');
    await preview.waitFor({ state: 'detached' });
    expect(await app.outline()).toEqual(['Alpha@0', 'Beta@0']);
    await app.openView('Changes');
    await expect.poll(() => page.getByText('No change requests yet.', { exact: false }).count()).toBe(1);
  });

  it('says plainly that an unrelated plan has no common ancestor and offers a two-way diff', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await emptyProject(app, ['Alpha']);
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    const other = JSON.parse(saved.text) as PlanFile;
    other.project.project.lineage.planId = 'someone-elses-plan';
    const task = Object.values(other.project.tasks)[0];
    if (task) task.name = 'Alpha renamed';
    await merge.pick("Merge a colleague's copy…", 'other.plotline', JSON.stringify(other));
    const twoWay = merge.dialog('Compare and accept changes from “other.plotline”');
    await expect.poll(() => twoWay.getByRole('note').innerText()).toContain('there is no common ancestor');
    await twoWay.getByRole('checkbox', { name: /Accept task 'Alpha' name/ }).check();
    await shots(page, 'merge-two-way');
    await twoWay.getByRole('button', { name: 'Apply 1 accepted' }).click();
    await expect.poll(() => app.row('Alpha renamed').count()).toBe(1);
  });

  it('compares and merges a CSV copy with a row inserted as that one task added: no rows moved, no project renamed', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await emptyProject(app, ['Design', 'Build', 'Test', 'Ship']);
    const csv = await files.exportAs(/CSV table/);
    expect(csv.name).toMatch(/\.csv$/);
    // A colleague inserts a row under Build in a spreadsheet: a copy of its row, renamed.
    const lines = csv.text.split('\n');
    const build = lines.findIndex((line) => line.includes('Build'));
    expect(build).toBeGreaterThan(0);
    const copy = [...lines.slice(0, build + 1), (lines[build] ?? '').replace('Build', 'Review'), ...lines.slice(build + 1)].join('\n');

    await merge.pick('Compare with…', 'maya.csv', copy);
    const compare = merge.dialog('Compare with “maya.csv”');
    const compared = compare.getByRole('table', { name: 'Changes' }).locator('tbody tr');
    await expect.poll(() => compared.allInnerTexts()).toEqual([expect.stringMatching(/added\s+task 'Review'/)]);
    await compare.getByRole('button', { name: 'Close comparison' }).click();

    await merge.pick("Merge a colleague's copy…", 'maya.csv', copy);
    const twoWay = merge.dialog('Compare and accept changes from “maya.csv”');
    // A copy of this plan, so not "not a copy": a CSV has no place for the plan's history.
    await expect.poll(() => twoWay.getByRole('note').innerText()).toContain('This file (CSV table) keeps no saved history of the plan, so there is no common ancestor');
    const rows = twoWay.getByRole('table', { name: 'Changes' }).locator('tbody tr');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringMatching(/added\s+task 'Review'/)]);
    const table = await twoWay.getByRole('table', { name: 'Changes' }).innerText();
    expect(table).not.toMatch(/moved|outline position|project|phase/);
    await shots(page, 'two-way-csv-row-inserted');

    await twoWay.getByRole('checkbox', { name: /Accept task 'Review'/ }).check();
    await twoWay.getByRole('button', { name: 'Apply 1 accepted' }).click();
    await app.expectNotice(/Merged 1 change from maya/);
    const names = async (): Promise<string[]> => (await app.outline()).map((n) => n.replace(/@\d+$/, ''));
    await expect.poll(names).toEqual(['Design', 'Build', 'Review', 'Test', 'Ship']);
    expect(await app.title.textContent()).toBe('Untitled project');
    await app.waitSaved();
    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(names).toEqual(['Design', 'Build', 'Review', 'Test', 'Ship']);
    expect(await app.title.textContent()).toBe('Untitled project');
  });
  it('compares a plan with its own CSV export after a card moved to another board column: the two plans are the same', async () => {
    const page = handle.page;
    const files = new FilesPage(page);
    await emptyProject(app, ['Design', 'Build']);
    // Build moved by keyboard from Backlog to To do on the board.
    await app.openView('Board');
    const board = new BoardPage(page);
    await expect.poll(() => board.names('Backlog')).toEqual(['Design', 'Build']);
    await board.card('Build').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => board.names('To do')).toEqual(['Build']);
    await app.waitSaved();

    const csv = await files.exportAs(/CSV table/);
    await merge.pick('Compare with…', 'copy.csv', csv.text);
    const compare = merge.dialog('Compare with “copy.csv”');
    await compare.getByRole('table', { name: 'Changes' }).waitFor();
    expect(await compare.getByRole('table', { name: 'Changes' }).locator('tbody tr').allInnerTexts()).toEqual([]);
    expect(await compare.getByText('The two plans are the same.').count()).toBe(1);
    await shots(page, 'compare-csv-board-column');
    // The file says where each card is, in a Status column.
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    const status = (lines[0] ?? '').split(',').indexOf('Status');
    expect(lines.slice(1, 3).map((l) => `${l.split(',')[1] ?? ''}: ${l.split(',')[status] ?? ''}`)).toEqual(['Design: Backlog', 'Build: To do']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, screenshotsAtBothSizes, freshAppPerTest, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

async function newProject(): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
  // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
  await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
}

async function addTask(name: string): Promise<void> {
  await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
  await app.nameNewRow(name);
  await expect.poll(() => app.row(name).count()).toBe(1);
}

describe('projects', () => {
  it('creates, renames, duplicates and deletes a project, with undo', async () => {
    await newProject();
    await app.title.click();
    const titleInput = handle.page.getByRole('banner').getByLabel('Project name');
    await titleInput.fill('Data platform migration');
    await titleInput.press('Enter');
    await expect.poll(() => app.projects.getByRole('button', { name: 'Data platform migration', exact: true }).count()).toBe(1);

    await app.projects.getByRole('button', { name: 'Actions for Data platform migration', exact: true }).click();
    await handle.page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Data platform migration (copy)');

    await app.projects.getByRole('button', { name: 'Actions for Data platform migration (copy)', exact: true }).click();
    await handle.page.getByRole('menuitem', { name: 'Delete…' }).click();
    await handle.page.getByRole('dialog', { name: 'Delete project?' }).getByRole('button', { name: 'Delete project' }).click();
    await expect.poll(() => app.projects.getByRole('button', { name: 'Data platform migration (copy)', exact: true }).count()).toBe(0);
    await app.undo();
    await expect.poll(() => app.projects.getByRole('button', { name: 'Data platform migration (copy)', exact: true }).count()).toBe(1);
    await app.redo();
    await expect.poll(() => app.projects.getByRole('button', { name: 'Data platform migration (copy)', exact: true }).count()).toBe(0);
    // Projects live side by side: the sample is still there.
    await expect.poll(() => app.projects.getByRole('button', { name: /^Customer Portal 2\.0/ }).count()).toBe(1);
  });
});

describe('task table', () => {
  it('adds, edits, indents, reorders and deletes tasks; undo and redo each; reload keeps everything', async () => {
    await newProject();
    for (const name of ['Discovery', 'Interview users', 'Write brief', 'Build']) await addTask(name);
    expect(await app.outline()).toEqual(['Discovery@0', 'Interview users@0', 'Write brief@0', 'Build@0']);

    // Edit a duration and see the finish move; undo/redo the edit.
    await app.editCell('Interview users', 'duration', '3d');
    await expect.poll(() => app.cell('Interview users', 'duration').textContent()).toBe('3d');
    await app.undo();
    await expect.poll(() => app.cell('Interview users', 'duration').textContent()).toBe('1d');
    await app.redo();
    await expect.poll(() => app.cell('Interview users', 'duration').textContent()).toBe('3d');

    // Predecessors by row number, MS Project style.
    await app.editCell('Write brief', 'predecessors', '2');
    await expect.poll(() => app.cell('Write brief', 'predecessors').textContent()).toBe('2');

    // Indent two rows under Discovery with Alt+Shift+→ (MS Project's key; Tab never indents); undo; redo.
    await app.cell('Interview users', 'name').click();
    await handle.page.keyboard.press('Shift+ArrowDown');
    await handle.page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Interview users@1', 'Write brief@1', 'Build@0']);
    await app.undo();
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Interview users@0', 'Write brief@0', 'Build@0']);
    await app.redo();
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Interview users@1', 'Write brief@1', 'Build@0']);
    await expect.poll(() => app.cell('Discovery', 'duration').textContent()).toBe('4d');

    // Reorder: move Write brief above Interview users.
    await app.cell('Write brief', 'name').click();
    await handle.page.getByRole('button', { name: 'Move up' }).click();
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Write brief@1', 'Interview users@1', 'Build@0']);
    await app.undo();
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Interview users@1', 'Write brief@1', 'Build@0']);
    await app.redo();

    // Delete Build with the Delete key; undo brings it back; redo removes it again.
    await app.cell('Build', 'name').click();
    await handle.page.keyboard.press('Delete');
    await expect.poll(() => app.row('Build').count()).toBe(0);
    await app.undo();
    await expect.poll(() => app.row('Build').count()).toBe(1);
    await app.redo();
    await expect.poll(() => app.row('Build').count()).toBe(0);

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    expect(await app.outline()).toEqual(['Discovery@0', 'Write brief@1', 'Interview users@1']);
    expect(await app.cell('Interview users', 'duration').textContent()).toBe('3d');
  });

  it('refuses a dependency loop with a message naming it, and an unreadable duration', async () => {
    await newProject();
    for (const name of ['Design', 'Build']) await addTask(name);
    await app.editCell('Build', 'predecessors', '1');
    await app.editCell('Design', 'predecessors', '2');
    await app.expectNotice("Predecessors of 'Design' (row 1): Linking 'Build' to 'Design' would make a loop: #2 'Build' → #1 'Design' → #2 'Build'.");
    await app.editCell('Design', 'duration', 'soon');
    await app.expectNotice(/^Duration of 'Design' \(row 1\): 'soon' is not a duration\. Try 3d, 4h, 2w, or 2ed for elapsed days\./);
    // The refused text stays in the open editor; Esc gives the old value back.
    await expect.poll(() => app.grid.getByLabel('Duration of Design').inputValue()).toBe('soon');
    await handle.page.keyboard.press('Escape');
    expect(await app.cell('Design', 'duration').textContent()).toBe('1d');
    // Corrected, the refusal is gone at once: it no longer sits over the cell it was about.
    await app.editCell('Design', 'duration', '3d');
    await expect.poll(() => app.cell('Design', 'duration').textContent()).toBe('3d');
    await expect.poll(() => handle.page.locator('.notice').allInnerTexts()).not.toEqual(expect.arrayContaining([expect.stringMatching(/is not a duration/)]));
  });

  it('names each task of a typed loop with its row, so the other Predecessors cells in it can be found', async () => {
    await app.newEmptyProject();
    await app.typeTasks([['Plan', '1d'], ['Build', '2d'], ['Test', '1d'], ['Ship', '1d'], ['Retest', '1d']]);
    // Build → Test → Ship → Retest, typed down the Predecessors column; then Build after Retest closes it.
    await app.cell('Test', 'predecessors').click();
    for (const row of ['2', '3', '4']) { await handle.page.keyboard.type(row); await handle.page.keyboard.press('Enter'); }
    await expect.poll(() => app.cell('Retest', 'predecessors').textContent()).toBe('4');
    await app.editCell('Build', 'predecessors', '5');
    await app.expectNotice(
      "Predecessors of 'Build' (row 2): Linking 'Retest' to 'Build' would make a loop: #5 'Retest' → #2 'Build' → #3 'Test' → #4 'Ship' → #5 'Retest'.",
    );
    await screenshotsAtBothSizes(handle.page, 'tasks-loop-notice');
    // Refused: Build keeps no predecessor, and the rows named are the ones the # column shows.
    await handle.page.keyboard.press('Escape');
    expect(await app.cell('Build', 'predecessors').textContent()).toBe('');
    const shownRow = (name: string): Promise<string | null> => app.row(name).getByRole('rowheader').textContent();
    expect(await Promise.all(['Retest', 'Build', 'Test', 'Ship'].map(shownRow))).toEqual(['5', '2', '3', '4']);
  });

  it('schedules an elapsed duration (3ed) round the clock, with undo, and keeps it after reload', async () => {
    await newProject();
    await addTask('Cure concrete');
    await app.editCell('Cure concrete', 'duration', '3d');
    const workingFinish = await app.cell('Cure concrete', 'finish').textContent();
    await app.editCell('Cure concrete', 'duration', '3ed');
    await expect.poll(() => app.cell('Cure concrete', 'duration').textContent()).toBe('3ed');
    // Three working days end on the third evening; three elapsed days end 72 hours after the start.
    const elapsedFinish = await app.cell('Cure concrete', 'finish').textContent();
    expect(elapsedFinish).not.toBe(workingFinish);
    await app.undo();
    await expect.poll(() => app.cell('Cure concrete', 'duration').textContent()).toBe('3d');
    await app.redo();
    await expect.poll(() => app.cell('Cure concrete', 'duration').textContent()).toBe('3ed');
    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.cell('Cure concrete', 'duration').textContent()).toBe('3ed');
    expect(await app.cell('Cure concrete', 'finish').textContent()).toBe(elapsedFinish);
  });
});

describe('team and assignments', () => {
  it('adds a person, assigns them to a task, undoes and redoes, and keeps it after reload', async () => {
    await newProject();
    await addTask('Set up CI');
    await app.openView('Team');
    await handle.page.getByRole('button', { name: 'Add person' }).click();
    const name = handle.page.getByRole('table', { name: 'Team' }).getByLabel('Name');
    await name.fill('Grace Hopper');
    await name.press('Tab');
    await handle.page.getByLabel('Role of Grace Hopper').fill('Platform engineer');
    await handle.page.getByLabel('Role of Grace Hopper').press('Tab');
    await app.openView('Tasks');
    await app.cell('Set up CI', 'assignees').dblclick();
    await handle.page.getByRole('dialog', { name: 'Assign people' }).getByLabel('Grace Hopper').check();
    await handle.page.getByRole('dialog', { name: 'Assign people' }).getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => app.cell('Set up CI', 'assignees').textContent()).toBe('Grace');
    await app.undo();
    await expect.poll(() => app.cell('Set up CI', 'assignees').textContent()).toBe('');
    await app.redo();
    await expect.poll(() => app.cell('Set up CI', 'assignees').textContent()).toBe('Grace');
    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.cell('Set up CI', 'assignees').textContent()).toBe('Grace');
    await app.openView('Team');
    await expect.poll(() => handle.page.getByLabel('Role of Grace Hopper').inputValue()).toBe('Platform engineer');
  });
});

describe('themes', () => {
  it('renders the task table and team in dark mode', async () => {
    const dark = await openApp({ colorScheme: 'dark' });
    const page = new AppPage(dark.page);
    await expect.poll(() => dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    await screenshot(dark.page, 'tasks-dark');
    await page.openView('Team');
    await screenshot(dark.page, 'team-dark');
    await dark.close();
  });
});

/**
 * Excel in the app: a plan built by hand in an empty project goes out as .xlsx (dates are date
 * cells, durations numbers, three sheets) and comes back through the column-mapping preview with
 * the same tasks, link and person. Also: a workbook typed by hand whose Constraint date is text,
 * and a GanttProject file from the interop corpus, whose import summary names what was not brought in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const corpusGan = path.resolve('../shared/fixtures/interop/gan/gp_HouseBuildingSample.gan');
const TASKS = ['Discovery', 'Design', 'Build', 'Test', 'Release notes', 'Launch'] as const;

afterAll(async () => { await closeBrowser(); });

async function newProject(app: AppPage): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
  // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
  await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
}

/** Add a row below the last (the toolbar's Add task; Insert adds above, as in MS Project) and type its name. */
async function addTask(handle: AppHandle, app: AppPage, name: string): Promise<void> {
  await handle.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
  await handle.page.keyboard.press('Enter');
  await app.nameNewRow(name);
  await expect.poll(() => app.row(name).count()).toBe(1);
}

async function buildPlan(handle: AppHandle, app: AppPage): Promise<void> {
  await newProject(app);
  for (const name of TASKS) await addTask(handle, app, name);
  await app.editCell('Design', 'duration', '3d');
  await app.editCell('Build', 'duration', '5d');
  await app.editCell('Build', 'predecessors', String(TASKS.indexOf('Design') + 1));
  await app.editCell('Launch', 'duration', '0d');
  await app.openView('Team');
  await handle.page.getByRole('button', { name: 'Add person' }).click();
  const person = handle.page.getByRole('table', { name: 'Team' }).getByLabel('Name');
  await person.fill('Grace Hopper');
  await person.press('Tab');
  await app.openView('Tasks');
  await app.cell('Build', 'assignees').dblclick();
  const assign = handle.page.getByRole('dialog', { name: 'Assign people' });
  // By keyboard: the dialog opens beside the cell, where rows below may lie under the pointer.
  await assign.getByLabel('Grace Hopper').press('Space');
  await assign.getByRole('button', { name: 'Assign' }).press('Enter');
  await expect.poll(() => app.cell('Build', 'assignees').textContent()).toBe('Grace');
}

const cellsOf = (app: AppPage, name: string) =>
  Promise.all(['duration', 'start', 'finish', 'predecessors', 'assignees'].map(async (c) => (await app.cell(name, c).textContent()) ?? ''));

describe('Excel export and import', () => {
  it('exports a hand-built plan to .xlsx with real dates and numbers, and imports it back with the same tasks', async () => {
    const handle = await openApp();
    const app = new AppPage(handle.page);
    const files = new FilesPage(handle.page);
    await buildPlan(handle, app);
    const before = await Promise.all(TASKS.map((t) => cellsOf(app, t)));

    await files.choose('Export…');
    const exportDialog = files.dialog('Export');
    await exportDialog.getByRole('radio', { name: /Excel workbook/ }).check();
    await screenshot(handle.page, 'excel-export-light');
    const { name, download } = await files.download(() => exportDialog.getByRole('button', { name: 'Export', exact: true }).click());
    expect(name).toBe('Untitled project.xlsx');
    const bytes = readFileSync(await download.path());

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tasks', 'People', 'Assignments']);
    const sheet = book.getWorksheet('Tasks');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const design = sheet?.getRow(3);
    expect(design?.getCell(header.indexOf('Name') + 1).value).toBe('Design');
    expect(design?.getCell(header.indexOf('Start') + 1).value).toBeInstanceOf(Date);
    expect(design?.getCell(header.indexOf('Finish') + 1).value).toBeInstanceOf(Date);
    expect(design?.getCell(header.indexOf('Duration') + 1).value).toBe(3);
    expect(sheet?.getRow(4).getCell(header.indexOf('Predecessors') + 1).value).toBe('2');
    expect(book.getWorksheet('People')?.getRow(2).getCell(1).value).toBe('Grace Hopper');

    await files.open('Untitled project.xlsx', bytes, 'Import…');
    const mapping = files.dialog('Import “Untitled project.xlsx”');
    await mapping.waitFor();
    await expect.poll(() => mapping.getByLabel('Field for Name').inputValue()).toBe('name');
    await expect.poll(() => mapping.getByLabel('Field for Duration').inputValue()).toBe('duration');
    await expect.poll(() => mapping.textContent()).toMatch(/6 tasks will be created/);
    await screenshot(handle.page, 'excel-import-mapping-light');
    await mapping.getByRole('button', { name: 'Create project' }).click();
    // The workbook carries this plan's name: the copy is numbered, not a second project alike.
    await expect.poll(() => app.title.textContent()).toBe('Untitled project (2)');
    await expect.poll(() => app.outline()).toEqual(TASKS.map((t) => `${t}@0`));
    expect(await Promise.all(TASKS.map((t) => cellsOf(app, t)))).toEqual(before);

    await app.waitSaved();
    await handle.reload();
    for (const name of ['Untitled project', 'Untitled project (2)']) {
      await expect.poll(() => app.projects.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await handle.close();
  });

  it('refuses a renamed zip that is not a workbook, adding nothing', async () => {
    const handle = await openApp();
    const files = new FilesPage(handle.page);
    await files.open('plan.xlsx', readFileSync('test/fixtures/cli/renamed-docx.xlsx'), 'Import…');
    const error = files.dialog('Could not open “plan.xlsx”');
    await error.waitFor();
    expect(await error.getByRole('alert').textContent()).toMatch(/'plan\.xlsx' is a zip archive with no worksheets: it is not an Excel workbook/);
    await handle.close();
  });

  it('keeps a Constraint date another tool wrote as text, beside one stored as a date, after a reload too', async () => {
    const handle = await openApp();
    const app = new AppPage(handle.page);
    const files = new FilesPage(handle.page);
    // A sheet typed by hand: Survey's date is the text '2026-03-20', Report's a real date cell.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRows([['Name', 'Duration', 'Constraint', 'Constraint date'], ['Survey', 1, 'SNET', '2026-03-20'], ['Report', 1, 'FNLT', new Date(Date.UTC(2026, 2, 27, 17))]]);
    await files.open('typed.xlsx', Buffer.from(await book.xlsx.writeBuffer()), 'Import…');
    const mapping = files.dialog('Import “typed.xlsx”');
    await expect.poll(() => mapping.textContent()).toMatch(/2 tasks will be created/);
    await mapping.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => app.outline()).toEqual(['Survey@0', 'Report@0']);
    await app.showColumns(['Constraint']);
    const dayOf = (date: string): Promise<string> => handle.page.evaluate((d) => new Intl.DateTimeFormat(undefined, {
      weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC',
    }).format(new Date(`${d}T00:00:00Z`)), date);
    const expected = [`Start no earlier than ${await dayOf('2026-03-20')}`, `Finish no later than ${await dayOf('2026-03-27')}`];
    const constraints = () => Promise.all(['Survey', 'Report'].map(async (t) => (await app.cell(t, 'constraint').textContent()) ?? ''));
    await expect.poll(constraints).toEqual(expected);
    await app.waitSaved();
    await handle.reload();
    await app.showColumns(['Constraint']);
    await expect.poll(constraints).toEqual(expected);
    await handle.close();
  });

  it.skipIf(!existsSync(corpusGan))('opens a GanttProject file and names, with counts, what its import does not bring in', async () => {
    const handle = await openApp();
    const files = new FilesPage(handle.page);
    await files.open('gp_HouseBuildingSample.gan', readFileSync(corpusGan), 'Open…');
    const summary = files.dialog('Open “gp_HouseBuildingSample.gan”');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/Custom columns kept as custom fields in the plan file \(no view shows them yet\): 'Is done' \(20 tasks\)/);
    expect(await summary.textContent()).toMatch(/Link hardness not imported: 1 rubber link/);
    expect(await summary.textContent()).toMatch(/Bar colours not imported: 20 tasks/);
    await screenshot(handle.page, 'excel-gan-summary-light');
    await handle.close();
  });
});

describe('Excel dialogs at two sizes, light and dark', () => {
  it('screenshots the export choice and the import preview', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
        const handle = await openApp({ colorScheme, viewport });
        const app = new AppPage(handle.page);
        const files = new FilesPage(handle.page);
        await newProject(app);
        await addTask(handle, app, 'Kick-off');
        await files.choose('Export…');
        const exportDialog = files.dialog('Export');
        await exportDialog.getByRole('radio', { name: /Excel workbook/ }).check();
        const size = `${String(viewport.width)}x${String(viewport.height)}`;
        await screenshot(handle.page, `excel-export-${colorScheme}-${size}`);
        const { download } = await files.download(() => exportDialog.getByRole('button', { name: 'Export', exact: true }).click());
        await files.open('Kick-off.xlsx', readFileSync(await download.path()), 'Import…');
        await files.dialog('Import “Kick-off.xlsx”').waitFor();
        await screenshot(handle.page, `excel-import-${colorScheme}-${size}`);
        await handle.close();
      }
    }
  });
});

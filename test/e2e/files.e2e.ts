import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { FilesPage } from './pages/files-page';

const MSPDI = readFileSync('test/fixtures/mspdi/features.xml', 'utf8');
const ICS = readFileSync('test/fixtures/ics/holidays.ics', 'utf8');
const CSV = readFileSync('test/fixtures/csv/tasks-semicolon.csv', 'utf8');

let handle: AppHandle;
let app: AppPage;
let files: FilesPage;

beforeEach(async () => {
  handle = await openApp();
  app = new AppPage(handle.page);
  files = new FilesPage(handle.page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

/** Projects in the sidebar, once the list has loaded (it fills in after the app is ready). */
async function projectButtons(): Promise<number> {
  await app.projects.getByRole('listitem').first().waitFor();
  return app.projects.getByRole('listitem').count();
}
const taskCountInTopBar = async (): Promise<string> => (await handle.page.getByRole('banner').locator('.meta').textContent()) ?? '';

/** Comparable content of a .plotline file: everything but the save's own metadata and the new project's id and stamps. */
/** The plan a file holds, without what each save stamps anew: ids and times, and the save's own lineage entry. */
function planContent(text: string): unknown {
  const file = JSON.parse(text) as { project: { project: Record<string, unknown> } & Record<string, unknown> };
  const { id: _id, createdAt: _c, updatedAt: _u, lineage: _lineage, ...project } = file.project.project;
  return { ...file.project, project };
}

interface FileLineage { readonly planId: string; readonly revisions: readonly { readonly id: string }[] }

function lineageOf(text: string): FileLineage | undefined {
  return (JSON.parse(text) as { project: { project: { lineage?: FileLineage } } }).project.project.lineage;
}

describe('open and import', () => {
  it('opens an MS Project XML file as a new project after showing what it holds; reload keeps it', async () => {
    const before = await projectButtons();
    await files.open('features.xml', MSPDI);
    const summary = files.dialog('Open “features.xml”');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/Microsoft Project XML/);
    const tasks = Number(await summary.getByTestId('summary-tasks').textContent());
    expect(tasks).toBeGreaterThan(0);
    await screenshot(handle.page, 'files-import-summary-light');
    await summary.getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Fixture & friends');
    await expect.poll(taskCountInTopBar).toContain(`${String(tasks)} tasks`);
    expect(await projectButtons()).toBe(before + 1);

    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.projects.getByRole('button', { name: 'Fixture & friends', exact: true }).count()).toBe(1);
    await app.projects.getByRole('button', { name: 'Fixture & friends', exact: true }).click();
    await expect.poll(taskCountInTopBar).toContain(`${String(tasks)} tasks`);
  });

  it('opens the file on Enter in its summary, as the dialog is there to do (Enter cancelled it: the focus was on Cancel)', async () => {
    await files.open('features.xml', MSPDI);
    const summary = files.dialog('Open “features.xml”');
    await summary.waitFor();
    await expect.poll(() => handle.page.evaluate(() => document.activeElement?.textContent)).toBe('Open as new project');
    await handle.page.keyboard.press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Fixture & friends');
    await summary.waitFor({ state: 'detached' });
    // The file has no phases, as the Phases view says: the Gantt's phase legend names none of the
    // five lifecycle labels (it listed them all).
    await app.openView('Gantt');
    const legend = handle.page.getByRole('list', { name: 'Legend' });
    await expect.poll(() => legend.getByRole('listitem').allInnerTexts()).toContain('No phase');
    expect((await legend.innerText())).not.toMatch(/Initiation|Planning|Execution|Monitoring|Closure/);
    await app.openView('Phases');
    await expect.poll(() => handle.page.getByText('This plan has no phases yet', { exact: false }).count()).toBe(1);
  });

  it('names each impossible task value of an MS Project XML in the summary (task, ID, field, what was used) and still opens the file', async () => {
    await app.newEmptyProject();
    await files.open('impossible-values.xml', readFileSync('test/fixtures/mspdi/impossible-values.xml', 'utf8'));
    const summary = files.dialog('Open “impossible-values.xml”');
    const warnings = summary.getByRole('region', { name: 'Warnings' });
    await expect.poll(() => warnings.textContent()).toContain(
      "Task 'Build' (ID 2): Start '2027-02-30T08:00:00' is not a real date and time; Plotline scheduled the task from its links instead.");
    expect(await warnings.textContent()).toContain("Task 'Build' (ID 2): Duration 'three days' is not a duration such as PT24H0M0S;");
    await screenshotsAtBothSizes(handle.page, 'files-mspdi-impossible-values');
    await summary.getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Impossible values');
    await expect.poll(() => app.outline()).toEqual(['Design@0', 'Build@0', 'Vendor review@0', 'Test@0']);
  });

  it('states the dates the plan shows once open, not the stored dates an MS Project file\'s links contradict', async () => {
    await app.newEmptyProject();
    // Build is stored as starting before Design, its predecessor, finishes; Test follows Build.
    await files.open('stale-dates.xml', readFileSync('test/fixtures/mspdi/stale-dates.xml', 'utf8'));
    const summary = files.dialog('Open “stale-dates.xml”');
    const dates = summary.getByTestId('summary-dates');
    await expect.poll(() => dates.textContent()).toMatch(/ → /);
    const stated = await dates.textContent();
    await screenshotsAtBothSizes(handle.page, 'files-import-summary-scheduled-dates');
    await summary.getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Stale dates');
    await expect.poll(() => app.outline()).toEqual(['Design@0', 'Build@0', 'Test@0']);
    const shown = async (name: string, column: 'start' | 'finish'): Promise<string> => (await app.cell(name, column).textContent()) ?? '';
    expect(stated).toBe(`${await shown('Design', 'start')} → ${await shown('Test', 'finish')}`);
    expect(await taskCountInTopBar()).toContain(stated);
    // The table's range is the scheduled one: Build starts after Design finishes, not where the file put it.
    expect(await shown('Build', 'start')).not.toBe(await shown('Design', 'start'));
  });

  it('starts its file reader when the File menu opens, before Open… is chosen, and the open uses that reader', async () => {
    const readers: string[] = [];
    handle.page.on('worker', (worker) => { if (worker.url().includes('import-worker')) readers.push(worker.url()); });
    await files.menuButton.click();
    await handle.page.getByRole('menu', { name: 'File' }).waitFor();
    await expect.poll(() => readers.length).toBe(1);
    await handle.page.keyboard.press('Escape');
    await expect.poll(() => handle.page.getByRole('menu', { name: 'File' }).count()).toBe(0);
    await files.open('features.xml', MSPDI);
    const summary = files.dialog('Open “features.xml”');
    await summary.getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Fixture & friends');
    expect(readers).toHaveLength(1);
  });

  it('opens a GanttProject file with a loop among its links and says which link it ignores, the one back up the rows', async () => {
    const looped = '<project name="Looped"><tasks>'
      + '<task id="1" name="Design" start="2026-03-02" duration="2"><depend id="2" type="2" difference="0" hardness="Strong"/></task>'
      + '<task id="2" name="Build" start="2026-03-04" duration="3"><depend id="3" type="2" difference="0" hardness="Strong"/></task>'
      + '<task id="3" name="Test" start="2026-03-09" duration="1"><depend id="1" type="2" difference="0" hardness="Strong"/></task>'
      + '</tasks></project>';
    await files.open('looped.gan', looped);
    await files.dialog('Open “looped.gan”').getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Looped');
    // Each task by its row in the task table too, where the link to remove is typed.
    await app.expectNotice("Opened “Looped” as a new project. Tasks form a loop: #1 'Design' → #2 'Build' → #3 'Test' → #1 'Design'. The link from #3 'Test' to #1 'Design' is ignored until one of these links is removed.");
    expect(await Promise.all(['Design', 'Build', 'Test'].map((name) => app.row(name).getByRole('rowheader').textContent()))).toEqual(['1', '2', '3']);
  });

  it('imports a CSV with a loop, naming the file\'s rows in the import dialog and then the task table\'s # in the notice', async () => {
    // A header row, so each task's file row is one more than its row in the task table.
    await files.open('loop.csv', 'ID,Name,Duration,Predecessors\n1,Plan,1d,\n2,Design,2d,4\n3,Review,1d,\n4,Build,3d,2\n');
    const dialog = files.dialog('Import “loop.csv”');
    await expect.poll(() => dialog.getByRole('region', { name: 'Warnings' }).innerText()).toContain(
      "Tasks form a loop: row 3 'Design' → row 5 'Build' → row 3 'Design'. The link from row 5 'Build' to row 3 'Design' is ignored until one of these links is removed.");
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('loop');
    await app.expectNotice("Opened “loop” as a new project. Tasks form a loop: #2 'Design' → #4 'Build' → #2 'Design'. The link from #4 'Build' to #2 'Design' is ignored until one of these links is removed.");
    expect(await Promise.all(['Design', 'Build'].map((name) => app.row(name).getByRole('rowheader').textContent()))).toEqual(['2', '4']);
  });

  it('opens a GanttProject file whose link lag runs past the year 2200, and names the task it pushes there', async () => {
    // 'Later' follows 'First' (2190) by 7,000 working days: about 27 years, past the scheduling horizon.
    const far = '<project name="Far out"><tasks>'
      + '<task id="1" name="First" start="2190-01-02" duration="1"><depend id="2" type="2" difference="7000" hardness="Strong"/></task>'
      + '<task id="2" name="Later" start="2190-01-03" duration="1"/>'
      + '</tasks></project>';
    await files.open('far.gan', far);
    await files.dialog('Open “far.gan”').getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('Far out');
    await app.expectNotice(/Opened “Far out” as a new project\. 1 task reaches the scheduling horizon .*'Later'/);
    // Out of this century the year is shown in full: 2216 must not read as 2016.
    await expect.poll(() => app.grid.getByRole('row').filter({ hasText: 'Later' }).textContent()).toContain('Nov 5, 2216');
    await screenshot(handle.page, 'files-horizon-notice-light');
  });

  it('reports a malformed file clearly and adds nothing; Cancel on a good file adds nothing either', async () => {
    const before = await projectButtons();
    await files.open('broken.xml', '<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><Name>A</Name>');
    const error = files.dialog('Could not open “broken.xml”');
    await error.waitFor();
    expect((await error.getByRole('alert').textContent())?.length).toBeGreaterThan(10);
    await screenshot(handle.page, 'files-import-error-light');
    await error.getByRole('button', { name: 'OK' }).click();

    await files.open('features.xml', MSPDI, 'Import…');
    await files.dialog('Open “features.xml”').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => files.anyDialog.allInnerTexts()).toEqual([]);
    await app.waitSaved();
    expect(await projectButtons()).toBe(before);
  });

  it('opens a file dropped on the window, showing a drop zone while dragging', async () => {
    const dataTransfer = await handle.page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.xml', { type: 'text/xml' }));
      return transfer;
    }, MSPDI);
    await handle.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await handle.page.getByText('Drop to open').waitFor();
    await screenshot(handle.page, 'files-drop-zone-light');
    await handle.page.dispatchEvent('body', 'drop', { dataTransfer });
    await files.dialog('Open “dropped.xml”').waitFor();
    expect(await handle.page.getByText('Drop to open').count()).toBe(0);
  });

  it('imports a CSV through the column mapping preview, showing the rows it skips', async () => {
    await files.open('tasks.csv', CSV);
    const dialog = files.dialog('Import “tasks.csv”');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('region', { name: 'Rows that will be skipped' }).textContent()).toContain("row 4, column 3 (Duration): '3x' is not a duration");
    await dialog.getByLabel('Field for Notes').selectOption('(ignore)');
    await screenshot(handle.page, 'files-csv-mapping-light');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => app.title.textContent()).toBe('tasks');
    await expect.poll(() => app.row('Design').count()).toBe(1);
  });

  it('adds holidays from an .ics file to the project calendar, undoably', async () => {
    await files.open('holidays.ics', ICS, 'Import…');
    const dialog = files.dialog('Holidays in “holidays.ics”');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('list', { name: 'Holidays found' }).textContent()).toContain('New Year');
    await screenshot(handle.page, 'files-holidays-light');
    await dialog.getByRole('button', { name: /^Add \d+ holidays$/ }).click();
    await app.expectNotice(/^Added \d+ holidays to/);
    await expect.poll(() => app.page.getByRole('banner').getByRole('button', { name: 'Undo Import holidays' }).count()).toBe(1);
  });

  it('says an .ics Plotline exported holds the plan\'s tasks, not holidays, and offers none of them as days off', async () => {
    await app.newEmptyProject('Data centre move');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const name of ['Rack install', 'Cutover']) {
      await handle.page.keyboard.type(name);
      await handle.page.keyboard.press('Enter');
    }
    await expect.poll(() => app.outline()).toEqual(['Rack install@0', 'Cutover@0']);
    const ics = await files.exportAs(/iCalendar/, async (dialog) => { await dialog.getByRole('checkbox', { name: 'Tasks' }).check(); });
    expect(ics.text).toContain('SUMMARY:Cutover');

    await files.open(ics.name, ics.text);
    const dialog = files.dialog(`Could not open “${ics.name}”`);
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain(
      "This is Plotline's own calendar export of the tasks and milestones of “Data centre move” (2 events), not a holiday calendar: nothing was imported as holidays.");
    await screenshotsAtBothSizes(handle.page, 'files-own-ics');
    expect(await files.dialog(/^Holidays in/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => files.anyDialog.count()).toBe(0);
    expect(await app.page.getByRole('banner').getByRole('button', { name: 'Undo Import holidays' }).count()).toBe(0);
  });
});

describe('save and export', () => {
  it('Save as .plotline downloads a file that re-opens losslessly', async () => {
    const saved = await files.download(() => files.choose('Save as .plotline…'));
    expect(saved.name).toBe('Customer Portal 2.0 payments and self-service.plotline');
    // Renamed, the plan that was saved cannot pass for the one opened from its file.
    await app.renameProject('Saved from here');
    await files.open(saved.name, saved.text);
    await files.dialog(`Open “${saved.name}”`).getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.projects.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => app.title.textContent()).toBe('Customer Portal 2.0: payments and self-service');
    await app.waitSaved();
    const again = await files.download(() => files.choose('Save as .plotline…'));
    expect(planContent(again.text)).toEqual(planContent(saved.text));
    // Saving the reopened copy is a new revision of the same plan: its lineage is the first file's plus one.
    const first = lineageOf(saved.text);
    const second = lineageOf(again.text);
    expect(second?.planId).toBe(first?.planId);
    expect(second?.revisions.slice(0, -1)).toEqual(first?.revisions);
    expect(second?.revisions).toHaveLength((first?.revisions.length ?? 0) + 1);
  });

  it('exports MS Project XML, CSV (formulas neutralised) and iCalendar', async () => {
    await app.editCell('Initiation', 'name', '=1+2');
    await app.waitSaved();
    const xml = await files.exportAs(/Microsoft Project XML/);
    expect(xml.name).toMatch(/\.xml$/);
    expect(xml.text).toContain('<Project xmlns="http://schemas.microsoft.com/project">');

    const csv = await files.exportAs(/CSV table/, async (dialog) => {
      await screenshot(handle.page, 'files-export-csv-light');
      await dialog.getByRole('checkbox', { name: 'WBS' }).uncheck();
    });
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text).toContain("'=1+2");
    expect(csv.text.split('\n')[0]).not.toContain('WBS');

    const ics = await files.exportAs(/iCalendar/, async (dialog) => { await dialog.getByRole('checkbox', { name: 'Tasks' }).check(); });
    expect(ics.text).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.text).toContain('SUMMARY:Charter approved');
  });
});

describe('snapshots', () => {
  it('keeps a snapshot when the page is hidden after an edit and restores it as a new project', async () => {
    await app.editCell('Initiation', 'name', 'Initiation (edited)');
    await app.waitSaved();
    await handle.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await files.choose('Restore from snapshot…');
    const dialog = files.dialog('Restore from snapshot');
    await expect.poll(() => dialog.getByRole('table', { name: 'Snapshots' }).getByRole('row').count()).toBe(2);
    await screenshot(handle.page, 'files-snapshots-light');
    await dialog.getByRole('button', { name: /^Restore Customer Portal/ }).click();
    await files.dialog('Restore snapshot').getByRole('button', { name: 'Open as new project' }).click();
    await expect.poll(() => app.title.textContent()).toMatch(/\(snapshot /);
    await expect.poll(() => app.row('Initiation (edited)').count()).toBe(1);
  });
});

describe('dark theme', () => {
  it('renders the file dialogs in dark', async () => {
    await handle.close();
    handle = await openApp({ colorScheme: 'dark' });
    files = new FilesPage(handle.page);
    await files.menuButton.click();
    await screenshot(handle.page, 'files-menu-dark');
    await handle.page.keyboard.press('Escape');
    await files.open('features.xml', MSPDI);
    await files.dialog('Open “features.xml”').waitFor();
    await screenshot(handle.page, 'files-import-summary-dark');
    await files.dialog('Open “features.xml”').getByRole('button', { name: 'Cancel' }).click();
    await files.choose('Export…');
    await files.dialog('Export').getByRole('radio', { name: /CSV table/ }).check();
    await screenshot(handle.page, 'files-export-csv-dark');
  });
});

/**
 * Entering a plan the way a person who knows MS Project or Excel does, from an empty project, by
 * keyboard: the task table and the Gantt's grid share the cursor, the keys and the cell editor.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let page: Page;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

const press = async (...keys: string[]): Promise<void> => { for (const k of keys) await page.keyboard.press(k); };
const typeCell = async (text: string, exit = 'Enter'): Promise<void> => { await page.keyboard.type(text); await page.keyboard.press(exit); };
const COLUMNS = ['name', 'duration', 'predecessors', 'phase', 'priority'] as const;

/** [name, duration, predecessors] typed row by row; row 2 becomes a summary. */
const PLAN: readonly (readonly [string, string | null, string | null])[] = [
  ['Kickoff', '4h', null], ['API work', null, null], ['Design API', '1w', '1'], ['Build API', '2w', '3FS+1d'],
  ['Test API', '5d', '4SS+2d'], ['Docs', '2d', '4'], ['Security review', '3d', '5'], ['Launch', '0d', '6, 7'],
  ['Retro', '2h', '8'], ['Close-out', '1d', '9'],
];

/** An empty project made by keyboard from the New project dialog, starting on `start` (YYYY-MM-DD) when given. */
async function emptyProject(start?: string): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  if (start !== undefined) {
    await dialog.getByLabel('Start date', { exact: true }).focus();
    await press('Control+A');
    await page.keyboard.type(start);
  }
  await press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
}

/** How the table shows a date (its format, in the browser's locale). */
async function shown(date: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${d}T00:00:00Z`)), date);
}

const historyLabel = (which: 'Undo' | 'Redo'): Promise<string | null> =>
  page.getByRole('banner').getByRole('button', { name: new RegExp(`^${which}`) }).getAttribute('aria-label');

/** The grid holds the keyboard focus, no editor: its type-ahead field has it (use-grid.ts). */
async function focusedIsGrid(): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.classList.contains('grid-type-ahead') === true && document.activeElement.closest('[role="grid"]') !== null);
}

describe('grid entry', () => {
  it('enters, corrects and controls a plan by keyboard in the task table and the Gantt grid, and keeps it after reload', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
    await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');

    // Names, top to bottom in the empty entry row: the first character starts the edit and is kept.
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const [name] of PLAN) await typeCell(name);
    await expect.poll(() => app.rowTexts(['name'])).toEqual(PLAN.map(([n]) => `${n}@0`));

    // Durations (h/d/w) and predecessors (FS/SS with lags) typed straight onto selected cells.
    await press('PageUp', 'ArrowRight');
    for (const [, duration] of PLAN) { if (duration) await typeCell(duration); else await press('ArrowDown'); }
    await press('PageUp', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    for (const [, , predecessors] of PLAN) { if (predecessors) await typeCell(predecessors); else await press('ArrowDown'); }
    await expect.poll(() => app.cell('Test API', 'predecessors').textContent()).toBe('4SS+2d');
    expect(await app.cell('Kickoff', 'duration').textContent()).toBe('4h');
    expect(await app.cell('Build API', 'duration').textContent()).toBe('10d');
    expect(await app.row('Launch').locator('.milestone-mark').count()).toBe(1);

    // Esc cancels an edit and gives the old value back.
    await app.cell('Docs', 'name').click();
    await page.keyboard.type('Zzz');
    expect(await app.grid.getByLabel('Task name of Docs').inputValue()).toBe('Zzz');
    await press('Escape');
    await expect.poll(() => app.cell('Docs', 'name').textContent()).toBe('Docs');
    expect(await focusedIsGrid()).toBe(true);

    // Tab never touches the outline: outside an editor it leaves the grid (one Tab stop).
    await press('Tab');
    expect(await focusedIsGrid()).toBe(false);
    expect(await app.rowTexts(['name'])).toEqual(PLAN.map(([n]) => `${n}@0`));

    // Alt+Shift+→ indents the three API rows under API work.
    await app.cell('Design API', 'name').click();
    await press('Shift+ArrowDown', 'Shift+ArrowDown', 'Alt+Shift+ArrowRight');
    await expect.poll(() => app.outline()).toEqual([
      'Kickoff@0', 'API work@0', 'Design API@1', 'Build API@1', 'Test API@1', 'Docs@0', 'Security review@0', 'Launch@0', 'Retro@0', 'Close-out@0',
    ]);

    // A summary cannot depend on its own subtask: refused, named, the text kept in the editor.
    await app.cell('API work', 'predecessors').click();
    await typeCell('3');
    await app.expectNotice(/^Predecessors of 'API work' \(row 2\): A summary task cannot be linked to its own subtasks/);
    expect(await app.grid.getByLabel('Predecessors of API work').inputValue()).toBe('3');
    await press('Escape');

    // An impossible date: refused with the cell named; the editor stays open with the text.
    await app.cell('Docs', 'start').click();
    await typeCell('2026-02-30');
    await app.expectNotice(/^Start of 'Docs' \(row 6\): '2026-02-30' is not a real date/);
    expect(await app.grid.getByLabel('Start of Docs').inputValue()).toBe('2026-02-30');
    await press('Escape');

    // A duration or a lag longer than a plan holds (20 years): refused at entry, not pushed to the horizon.
    await app.cell('Docs', 'duration').click();
    await typeCell('99999999d');
    await app.expectNotice(/^Duration of 'Docs' \(row 6\): '99999999d' is too long: a duration can be at most 21,915 working days\./);
    await press('Escape');
    await app.cell('Docs', 'predecessors').click();
    await typeCell('4FS+99999999d');
    await app.expectNotice(/^Predecessors of 'Docs' \(row 6\): '4FS\+99999999d' has too long a lag: a lag can be at most 21,915 working days, ahead or back\./);
    await press('Escape');
    await expect.poll(() => app.rowTexts(['name', 'duration', 'predecessors'])).toContain('Docs@0|2d|4');

    // Copy the three API rows, paste them above Close-out: the links among them come along.
    await app.cell('Design API', 'name').click();
    await press('Shift+ArrowDown', 'Shift+ArrowDown', 'Control+c');
    await app.cell('Close-out', 'name').click();
    await press('Control+v');
    await expect.poll(() => app.rowTexts(['name', 'predecessors'])).toEqual([
      'Kickoff@0|', 'API work@0|', 'Design API@1|1', 'Build API@1|3FS+1d', 'Test API@1|4SS+2d', 'Docs@0|4', 'Security review@0|5',
      'Launch@0|6, 7', 'Retro@0|8', 'Design API@0|', 'Build API@0|10FS+1d', 'Test API@0|11SS+2d', 'Close-out@0|9',
    ]);

    // Phase and priority columns, then Ctrl+D fills a phase down and two rows get a priority at once.
    await app.showColumns(['Phase', 'Priority']);
    await app.cell('Kickoff', 'phase').click();
    await typeCell('p');
    await press('ArrowUp', 'Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowDown', 'Control+d');
    await expect.poll(() => app.rowTexts(['phase'])).toEqual([...Array<string>(4).fill('Planning'), ...Array<string>(9).fill('')]);
    await app.cell('Docs', 'priority').click();
    await press('Shift+ArrowDown');
    await typeCell('h');
    await expect.poll(async () => [await app.cell('Docs', 'priority').textContent(), await app.cell('Security review', 'priority').textContent()]).toEqual(['High', 'High']);
    // At 1024 px the table is wider than its window: the selected rows' band reaches the last column.
    await page.setViewportSize({ width: 1024, height: 768 });
    const band = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.grid-scroll');
      const rows = [...document.querySelectorAll<HTMLElement>('.grid-row[aria-selected="true"]')];
      const last = rows[0]?.lastElementChild as HTMLElement | null | undefined;
      return { selected: rows.length, rowWidths: rows.map((r) => r.offsetWidth), cellsEnd: last ? last.offsetLeft + last.offsetWidth : 0, window: scroller?.clientWidth ?? 0 };
    });
    expect(band.selected).toBeGreaterThan(0);
    expect(band.cellsEnd).toBeGreaterThan(band.window);
    for (const width of band.rowWidths) expect(width).toBeGreaterThanOrEqual(band.cellsEnd);
    await page.setViewportSize({ width: 1440, height: 900 });
    // One undo step for both rows.
    await app.undo();
    await expect.poll(async () => [await app.cell('Docs', 'priority').textContent(), await app.cell('Security review', 'priority').textContent()]).toEqual(['Medium', 'Medium']);
    await app.redo();

    // Ctrl+F finds and filters; Enter goes to the next match; Esc closes and the grid has the focus again.
    await app.cell('Kickoff', 'name').click();
    await press('Control+f');
    await page.keyboard.type('api');
    await expect.poll(() => app.rowTexts(['name'])).toEqual(['API work@0', 'Design API@1', 'Build API@1', 'Test API@1', 'Design API@0', 'Build API@0', 'Test API@0']);
    await press('Enter');
    await press('Escape');
    expect(await focusedIsGrid()).toBe(true);
    await expect.poll(() => app.rowTexts(['name']).then((r) => r.length)).toBe(13);

    // Hide and show a column, move one: remembered for this project.
    await app.showColumns(['Status'], false);
    expect(await app.headers).not.toContain('Status');
    await app.showColumns(['Status']);
    expect(await app.headers).toContain('Status');
    await app.showColumns(['Assigned to', '% Done'], false);
    await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Columns…' }).click();
    await page.getByRole('dialog', { name: 'Columns' }).getByRole('button', { name: 'Move Priority left' }).click();
    await page.getByRole('dialog', { name: 'Columns' }).getByRole('button', { name: 'Done', exact: true }).click();
    const headers = await app.headers;
    expect(headers.indexOf('Priority')).toBeLessThan(headers.indexOf('Phase'));

    // The shortcut sheet, from the table the keys are dispatched from.
    await app.cell('Kickoff', 'wbs').click();
    await press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => sheet.getByText('Alt+Shift+→').count()).toBe(1);
    expect(await sheet.getByText('Fill down the selected column').count()).toBe(1);
    // ? on a cell that takes typing is typed, so the sheet says where ? opens it (it said it did in the table).
    expect(await sheet.getByText('Keyboard shortcuts, on a cell you cannot type in (# or WBS); F1 on any cell').count()).toBe(1);
    // The dialogs' own keys, this sheet's Esc among them.
    const dialogKeys = sheet.getByRole('region', { name: 'In a dialog' });
    expect(await dialogKeys.locator('.shortcut').allInnerTexts()).toEqual([
      'Close the dialog, as Cancel does\nEsc',
      'Save Project settings or Task information from any field (Enter in a multi-line field starts a new line)\nCtrl+Enter',
    ]);
    await press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);

    // The same entry in the Gantt's grid.
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.row('Retro').locator('[data-column="duration"]').click();
    await typeCell('3h', 'Tab');
    await page.keyboard.type('Zed');
    await press('Escape');
    await press('Home', 'ArrowRight');
    await page.keyboard.type('Team retro');
    await press('Enter');
    // Insert: a new row above the cursor (the pasted Design API), its name being edited.
    await press('Insert');
    await typeCell('Go/no-go');
    await expect.poll(() => gantt.grid.locator('.gl-name-text').allInnerTexts()).toContain('Go/no-go');
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Team retro', 'duration').textContent()).toBe('3h');

    const before = await app.rowTexts(COLUMNS);
    expect(before.slice(8, 11)).toEqual(['Team retro@0|3h|8||Medium', 'Go/no-go@0|1d|||Medium', 'Design API@0|5d|||Medium']);
    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.rowTexts(COLUMNS)).toEqual(before);
    expect(await app.headers).toEqual(headers);

    // The plan just entered, in both grids with an editor open, at two sizes, light and dark.
    for (const size of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await app.openView('Tasks');
        await app.cell('Docs', 'duration').click();
        await page.keyboard.type('3');
        await screenshot(page, `grid-entry-tasks-${String(size.width)}-${scheme}`);
        await press('Escape');
        await app.openView('Gantt');
        await new GanttPage(page).row('Docs').locator('[data-column="name"]').click();
        await page.keyboard.type('R');
        await screenshot(page, `grid-entry-gantt-${String(size.width)}-${scheme}`);
        await press('Escape', 'F1');
        await screenshot(page, `grid-entry-shortcuts-${String(size.width)}-${scheme}`);
        await press('Escape');
      }
    }
    await app.openView('Tasks');
    await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Columns…' }).click();
    await screenshot(page, 'grid-entry-columns-1440-dark');
  });
  it('a weekend date typed into Start is one undo step: one Ctrl+Z puts the start and the constraint back', async () => {
    await emptyProject('2026-12-17');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await typeCell('Frontend UI');
    await expect.poll(() => app.cell('Frontend UI', 'start').textContent()).toBe(await shown('2026-12-17'));
    await app.showColumns(['Constraint']);
    expect(await app.cell('Frontend UI', 'constraint').textContent()).toBe('As soon as possible');
    const before = await historyLabel('Undo');

    // Saturday 19 December: the task moves to Monday the 21st, held by Start no earlier than the 19th.
    await app.cell('Frontend UI', 'start').click();
    await typeCell('2026-12-19');
    await expect.poll(() => app.cell('Frontend UI', 'start').textContent()).toBe(await shown('2026-12-21'));
    expect(await app.cell('Frontend UI', 'constraint').textContent()).toBe(`Start no earlier than ${await shown('2026-12-19')}`);
    expect(await historyLabel('Undo')).toBe('Undo Change constraint');
    expect(await focusedIsGrid()).toBe(true);

    // One Ctrl+Z takes the whole typed edit back; one Redo brings it again.
    await press('Control+z');
    await expect.poll(() => app.cell('Frontend UI', 'start').textContent()).toBe(await shown('2026-12-17'));
    expect(await app.cell('Frontend UI', 'constraint').textContent()).toBe('As soon as possible');
    expect(await historyLabel('Undo')).toBe(before);
    expect(await historyLabel('Redo')).toBe('Redo Change constraint');
    await press('Control+Shift+z');
    await expect.poll(() => app.cell('Frontend UI', 'start').textContent()).toBe(await shown('2026-12-21'));
    expect(await historyLabel('Redo')).toBe('Redo');
  });

  it('refuses a duration longer than a plan holds in the unit it was typed in, and keeps the duration', async () => {
    await app.newEmptyProject();
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await typeCell('Migrate archive');
    await expect.poll(() => app.cell('Migrate archive', 'duration').textContent()).toBe('1d');

    // Days typed, days read back: not 10,519,200 minutes. The editor keeps the text to correct.
    await app.cell('Migrate archive', 'duration').click();
    await typeCell('99999d');
    await app.expectNotice(/^Duration of 'Migrate archive' \(row 1\): '99999d' is too long: a duration can be at most 21,915 working days\./);
    expect(await app.grid.getByLabel('Duration of Migrate archive').inputValue()).toBe('99999d');
    await screenshot(page, 'duration-too-long');
    await press('Escape');
    await expect.poll(() => app.cell('Migrate archive', 'duration').textContent()).toBe('1d');
  });

  it('refuses a Finish or Start typed far in the future saying what was typed and the limit in days or years, in the cell, a paste and Task Information', async () => {
    await emptyProject('2027-01-04');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await typeCell('Migrate archive');
    await expect.poll(() => app.cell('Migrate archive', 'duration').textContent()).toBe('1d');

    // A year no plan holds: said in years, not as a duration in minutes. The editor keeps the text.
    await app.cell('Migrate archive', 'finish').click();
    await typeCell('2999-01-01');
    await app.expectNotice(/^Finish of 'Migrate archive' \(row 1\): '2999-01-01' is outside the years Plotline plans: 1900 to 2200\./);
    expect(await app.grid.getByLabel('Finish of Migrate archive').inputValue()).toBe('2999-01-01');
    await press('Escape');
    await app.cell('Migrate archive', 'start').click();
    await typeCell('2999-01-01');
    await app.expectNotice(/^Start of 'Migrate archive' \(row 1\): '2999-01-01' is outside the years Plotline plans: 1900 to 2200\./);
    await press('Escape');

    // A year a plan holds, further than the longest task: the limit in working days and the last day that fits
    // (21,915 working days of 8 h are 4,383 five-day weeks from Mon 4 Jan 2027: Fri 2111-01-02).
    await app.cell('Migrate archive', 'finish').click();
    await typeCell('2150-01-01');
    await app.expectNotice(/^Finish of 'Migrate archive' \(row 1\): '2150-01-01' is too late: a task can last at most 21,915 working days, so from its start on 2027-01-04 it can finish on 2111-01-02 at the latest\./);
    await screenshot(page, 'finish-too-late');
    await press('Escape');

    // The same words for a pasted row.
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await app.grid.evaluate((grid, tsv) => {
      const data = new DataTransfer();
      data.setData('text/plain', tsv);
      grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'Archive check\t1d\t\t2999-01-01\r\n');
    await app.expectNotice(/'2999-01-01' is outside the years Plotline plans: 1900 to 2200\./);
    expect(await app.outline()).toEqual(['Migrate archive@0']);

    // Task Information: the Finish field says it, and OK changes nothing.
    await app.cell('Migrate archive', 'name').click();
    await press('Shift+F2');
    const info = page.getByRole('dialog', { name: 'Task information' });
    const finish = info.getByLabel('Finish', { exact: true });
    await finish.focus();
    await press('Control+a');
    await typeCell('2999-01-01');
    await expect.poll(() => info.getByRole('alert').first().textContent()).toBe("Finish: '2999-01-01' is outside the years Plotline plans: 1900 to 2200.");
    await info.getByRole('button', { name: 'OK' }).click();
    // OK is refused, and the field's message is the only one (the form adds none of its own).
    expect(await info.isVisible(), 'OK refused').toBe(true);
    await expect.poll(() => info.getByRole('alert').allTextContents()).toEqual(["Finish: '2999-01-01' is outside the years Plotline plans: 1900 to 2200."]);
    await press('Escape');
    await info.waitFor({ state: 'detached' });
    expect(await app.cell('Migrate archive', 'duration').textContent()).toBe('1d');
  });

  it('saves Task information with Ctrl+Enter typed in the multi-line Notes, and the notes survive a reload', async () => {
    await emptyProject();
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await typeCell('Security review');
    await app.cell('Security review', 'name').click();
    await press('Shift+F2');
    const info = page.getByRole('dialog', { name: 'Task information' });
    await info.getByRole('tab', { name: 'General' }).focus();
    await press('End');
    const notes = info.getByRole('textbox', { name: 'Notes', exact: true });
    await notes.focus();
    // Enter starts the second line; Ctrl+Enter saves and closes.
    await page.keyboard.type('Threat model first.\nThen the pen test.');
    await press('Control+Enter');
    await info.waitFor({ state: 'detached' });

    await app.waitSaved();
    await handle.reload();
    await app.cell('Security review', 'name').click();
    await press('Shift+F2');
    await info.getByRole('tab', { name: 'General' }).focus();
    await press('End');
    expect(await notes.inputValue()).toBe('Threat model first.\nThen the pen test.');
  });

  it('tells two people with the same first name apart in Assigned to, in the table and the Gantt', async () => {
    await emptyProject();
    const team = new TeamPage(page);
    await app.openView('Team');
    for (const name of ['Paul Smith', 'Paul Tran', 'Ana Lopez']) await team.addPerson(name, 90);
    await app.openView('Tasks');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await typeCell('Security review');
    await app.cell('Security review', 'assignees').click();
    await press('Enter');
    const assign = page.getByRole('dialog', { name: 'Assign people' });
    for (const name of ['Paul Smith', 'Paul Tran', 'Ana Lopez']) await assign.getByLabel(name).check();
    await press('Enter');
    await assign.waitFor({ state: 'detached' });
    // Ana is the only Ana; the two Pauls keep their last name's initial.
    await expect.poll(() => app.cell('Security review', 'assignees').textContent()).toBe('Paul S., Paul T., Ana');
    await app.openView('Gantt');
    await expect.poll(() => page.locator('.gl-c-people').filter({ hasText: 'Paul S.' }).first().textContent()).toBe('Paul S., Paul T., Ana');
  });

  it('shows a task name with markup in it as text, on its Gantt bar as in the table, and runs none of it', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    const name = 'R&D <b>bold</b> <img src=x onerror="window.pwned=1">';
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    await typeCell(name);
    await expect.poll(() => app.cell(name, 'name').textContent()).toBe(name);
    await app.openView('Gantt');
    const gantt = new GanttPage(page);
    await gantt.row(name).click();
    await expect.poll(async () => page.locator(`${await gantt.barSelector(name)} .bar-label`).textContent()).toBe(name);
    expect(await page.locator('.gl-frappe .bar-wrapper b, .gl-frappe .bar-wrapper img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
  it('keeps #, WBS and the task name at the left edge while the table scrolls sideways, and the cursor and editor with them', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const name of ['Discovery', 'Build billing API', 'Security review']) await typeCell(name);
    await app.showColumns(['Phase', 'Priority', 'Work', 'Cost', 'Constraint', 'Deadline', 'Actual start', 'Actual finish']);
    const scroller = app.grid;
    // Showing columns scrolls the last one shown into view (task-table-columns-shown.e2e): measure from the left end.
    await scroller.evaluate((el) => { el.scrollLeft = 0; });
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBe(0);
    const xOf = async (name: string, column: string): Promise<number> => (await app.cell(name, column).boundingBox())?.x ?? Number.NaN;
    const nameX = await xOf('Build billing API', 'name');
    const durationX = await xOf('Build billing API', 'duration');
    for (const viewport of [{ width: 1024, height: 768 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(viewport);
      await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
      await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(600);
      // The name column has not moved; the columns after it have scrolled under it.
      expect(await xOf('Build billing API', 'name')).toBe(nameX);
      expect(await xOf('Build billing API', 'duration')).toBeLessThan(durationX - 600);
      expect(await app.grid.getByRole('columnheader', { name: 'Task name' }).isVisible()).toBe(true);
      // What the eye sees at the name's place is the name cell, not a cell scrolled beneath it.
      const box = await app.cell('Build billing API', 'name').boundingBox();
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('[data-column]')?.getAttribute('data-column'), [(box?.x ?? 0) + 100, (box?.y ?? 0) + 10] as const);
      expect(hit).toBe('name');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await screenshot(page, `grid-frozen-columns-${String(viewport.width)}-${scheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    // Typing a new name into a frozen cell while scrolled: the editor opens in place and commits.
    await app.cell('Security review', 'name').click();
    await typeCell('Security review and sign-off');
    await expect.poll(() => app.rowTexts(['name'])).toEqual(['Discovery@0', 'Build billing API@0', 'Security review and sign-off@0']);
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(600);

    // The Deadline and actual date columns take a typed date, as MS Project's do; an empty cell clears.
    await app.cell('Discovery', 'deadline').click();
    await typeCell('2027-02-01');
    await app.cell('Discovery', 'actualStart').click();
    await typeCell('2026-12-07');
    await expect.poll(() => app.cell('Discovery', 'deadline').textContent()).toMatch(/Feb 1, 27/);
    // Emptied in its editor (Delete on a selected cell deletes the task, as in MS Project).
    await app.cell('Discovery', 'actualStart').click();
    await press('F2', 'Control+a', 'Backspace', 'Enter');
    await app.cell('Build billing API', 'deadline').click();
    await typeCell('2027-02-30');
    await app.expectNotice(/^Deadline of 'Build billing API' \(row 2\): '2027-02-30' is not a real date/);
    await press('Escape');
    await app.waitSaved();
    await handle.reload();
    await expect.poll(() => app.cell('Discovery', 'deadline').textContent()).toMatch(/Feb 1, 27/);
    expect(await app.cell('Discovery', 'actualStart').textContent()).toBe('');
    expect(await app.cell('Build billing API', 'deadline').textContent()).toBe('');
  });
});

/**
 * A TPM's first hour, the dates part (issue 11): from an EMPTY project built through the UI,
 * tasks with FS/SS links and lags, two people with rates, a baseline that carries the scheduled
 * dates, variance after two changes, board moves that ask before breaking the schedule, Done
 * with actual dates from the schedule, initials that follow a rename, a summary's phase on its
 * subtasks, a CSV export that re-imports identically, and a reload that changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let app: AppPage;
let board: BoardPage;
let files: FilesPage;
let gantt: GanttPage;
let team: TeamPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  board = new BoardPage(handle.page);
  files = new FilesPage(handle.page);
  gantt = new GanttPage(handle.page);
  team = new TeamPage(handle.page);
});

/** Name, duration, predecessors (by row ID, MS Project style). Build is the summary of API and UI. */
const PLAN: readonly [string, string, string][] = [
  ['Discovery', '2d', ''],
  ['Design', '3d', '1FS+1d'],
  ['Build', '', ''],
  ['API', '4d', '2'],
  ['UI', '3d', '4SS+1d'],
  ['Test', '2d', '5'],
  ['Docs', '1d', '2SS'],
  ['Launch', '0d', '6'],
];

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, `first-hour-${name}`);

async function tableFacts(): Promise<string[]> {
  const out: string[] = [];
  for (const [name] of PLAN) {
    const [duration, predecessors, assignees] = await Promise.all(['duration', 'predecessors', 'assignees'].map((c) => app.cell(name, c).textContent()));
    out.push(`${name}|${duration ?? ''}|${predecessors ?? ''}|${assignees ?? ''}`);
  }
  return out;
}

async function dates(name: string): Promise<[string, string]> {
  return [await app.cell(name, 'start').textContent() ?? '', await app.cell(name, 'finish').textContent() ?? ''];
}

async function answerPrompt(choice: 'Start anyway' | 'Keep the scheduled date', mentions: RegExp): Promise<void> {
  const prompt = handle.page.getByRole('dialog', { name: 'Start before the schedule allows?' });
  await prompt.waitFor();
  expect(await prompt.textContent()).toMatch(mentions);
  await prompt.getByRole('button', { name: choice }).click();
  await prompt.waitFor({ state: 'detached' });
}

/** Keyboard drag from Backlog: pick the card up, step right column by column (as announced), drop. */
async function keyboardMove(card: string, column: string): Promise<void> {
  await board.card(card).focus();
  await handle.page.keyboard.press('Space');
  await expect.poll(() => board.announcement.textContent()).toMatch(/^Picked up/);
  for (const next of ['To do', 'In progress', 'Review', 'Done']) {
    await handle.page.keyboard.press('ArrowRight');
    await expect.poll(() => board.announcement.textContent()).toContain(`over '${next}'`);
    if (next === column) break;
  }
  await handle.page.keyboard.press('Space');
}

describe("a TPM's first hour: one source of dates", () => {
  it('builds a plan from an empty project and keeps every date right through baseline, board, CSV and reload', async () => {
    const { page } = handle;
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
    await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');

    // Tasks, durations and links, typed into the table.
    for (const [name] of PLAN) {
      await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
      await app.nameNewRow(name);
      await expect.poll(() => app.row(name).count()).toBe(1);
    }
    await app.cell('API', 'name').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Indent' }).click();
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Design@0', 'Build@0', 'API@1', 'UI@1', 'Test@0', 'Docs@0', 'Launch@0']);
    for (const [name, duration, predecessors] of PLAN) {
      if (duration !== '') await app.editCell(name, 'duration', duration);
      if (predecessors !== '') await app.editCell(name, 'predecessors', predecessors);
    }
    await expect.poll(() => app.cell('Launch', 'predecessors').textContent()).toBe('6');

    // Two people with rates, by keyboard; the new row is focused where it was added.
    await app.openView('Team');
    await team.addPerson('Ana Lopez', 90);
    await team.addPerson('Raj Patel', 75);
    await expect.poll(() => team.initials('Ana Lopez').textContent()).toBe('AL');
    await expect.poll(() => team.initials('Raj Patel').textContent()).toBe('RP');
    await app.openView('Tasks');
    for (const [task, person] of [['API', 'Ana Lopez'], ['UI', 'Raj Patel']] as const) {
      await app.cell(task, 'assignees').dblclick();
      const picker = page.getByRole('dialog', { name: 'Assign people' });
      // By keyboard: the picker can open under later rows until the popover work lands (issue 11, item 2).
      await picker.getByLabel(person).focus();
      await page.keyboard.press('Space');
      await picker.getByRole('button', { name: 'Assign' }).focus();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => app.cell('UI', 'assignees').textContent()).toBe('Raj');

    // Baseline: saved from the schedule, so each baseline bar spans the task's scheduled dates.
    const scheduled = Object.fromEntries(await Promise.all(['API', 'Test', 'Launch'].map(async (n) => [n, await dates(n)] as const)));
    await app.openView('Gantt');
    await (await gantt.control('button', 'Save baseline')).click();
    const baselineOf = async (name: string): Promise<string> =>
      (await page.getByTestId('baseline-bar').locator('title').allTextContents()).find((t) => t.startsWith(`${name} baseline:`)) ?? '';
    await expect.poll(() => baselineOf('API')).toContain('finish variance');
    for (const name of ['API', 'Test', 'Launch']) {
      const [start, finish] = scheduled[name] ?? ['', ''];
      expect(await baselineOf(name)).toContain(`${name} baseline: ${start} – ${finish}; finish variance`);
    }
    expect(await baselineOf('API')).toMatch(/finish variance none$/);

    // Two changes: API takes 2 days longer, Discovery 1 day longer. Hand-worked from the Monday the project starts:
    // API was Tue–Fri of week 2 and becomes Wed of week 2 – Wed of week 3 (+5 calendar days, +3 working days:
    // the Gantt states variance in working days, as the table's Finish var. does); Launch follows Test, which
    // follows UI (SS+1d from API's start), so it moves 1 day.
    await app.openView('Tasks');
    await app.editCell('API', 'duration', '6d');
    await app.editCell('Discovery', 'duration', '3d');
    await app.openView('Gantt');
    // The Gantt's view settings are not yet kept between views (issue 11, item 11): show the baseline again.
    await (await gantt.viewOptions()).getByRole('combobox', { name: 'Baseline' }).selectOption({ label: 'Baseline' });
    await expect.poll(() => baselineOf('API')).toMatch(/finish variance \+3d$/);
    expect(await baselineOf('Launch')).toMatch(/finish variance \+1d$/);

    // Board: the project starts next Monday, so starting anything today asks first.
    await app.openView('Tasks');
    const designScheduled = await dates('Design');
    const discoveryScheduled = await dates('Discovery');
    await app.openView('Board');
    await keyboardMove('Design', 'In progress');
    await answerPrompt('Keep the scheduled date', /‘Design’ would start on .*predecessor ‘Discovery’/);
    await shots(page, 'board-after-prompt');
    await expect.poll(() => board.names('In progress')).toContain('Design');
    // The keyboard is back on the moved card in its new column, not on the page.
    await expect.poll(() => board.card('Design').evaluate((card) => card === document.activeElement)).toBe(true);
    await board.card('API').waitFor();
    await board.drag(board.card('API'), board.cell('In progress'));
    const prompt = page.getByRole('dialog', { name: 'Start before the schedule allows?' });
    await prompt.waitFor();
    await shots(page, 'board-prompt');
    await answerPrompt('Start anyway', /‘API’ would start on .*predecessor ‘Design’/);
    await expect.poll(() => board.names('In progress')).toContain('API');
    // Backlog and Done are not on screen together at this width: the keyboard carries it across.
    await keyboardMove('Discovery', 'Done');
    await answerPrompt('Keep the scheduled date', /the project has not started yet/);
    await expect.poll(() => board.names('Done')).toContain('Discovery');

    // Schedule warnings list the link "Start anyway" broke; the Gantt draws it dashed.
    await page.getByRole('button', { name: /warnings?$/ }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Schedule warnings' }).textContent()).toMatch(/Broken link.*Task 'API' started on .* before its FS link from 'Design' allows/);
    await page.getByRole('button', { name: /warnings?$/ }).click();
    await app.openView('Gantt');
    await expect.poll(() => page.locator('.gl-arrow[data-violated="true"]').count()).toBe(1);

    // Keep the scheduled date: Design did not move. Done: Discovery is complete on its scheduled dates, 3d long.
    await app.openView('Tasks');
    expect(await dates('Design')).toEqual(designScheduled);
    await expect.poll(() => app.cell('Discovery', 'percent').textContent()).toMatch(/^100/);
    expect(await dates('Discovery')).toEqual(discoveryScheduled);
    expect(await app.cell('Discovery', 'duration').textContent()).toBe('3d');
    expect(discoveryScheduled[0]).not.toBe(discoveryScheduled[1]);

    // People: a rename carries the initials, in Team and on the card, and after reload.
    await app.openView('Team');
    await team.rename('Ana Lopez', 'Ana Garcia');
    await expect.poll(() => team.initials('Ana Garcia').textContent()).toBe('AG');
    await shots(page, 'team');
    await app.openView('Board');
    await expect.poll(() => board.card('API').locator('.avatar').textContent()).toBe('AG');

    // Phase on the summary reaches its subtasks: colour by phase in the Gantt.
    await app.openView('Tasks');
    await app.cell('Build', 'name').click();
    await page.keyboard.press('Shift+F2');
    const info = page.getByRole('dialog', { name: 'Task information' });
    await info.getByLabel('Phase').selectOption({ label: 'Execution' });
    await info.getByRole('button', { name: 'OK' }).click();
    await app.openView('Gantt');
    const apiBar = await gantt.bar('API');
    // The bar takes the colour the legend shows for Execution (the project's own phases name and colour it).
    const executionSwatch = page.getByRole('list', { name: 'Legend' }).getByRole('listitem').filter({ hasText: /^Execution$/ }).locator('.gl-swatch');
    const swatchColour = await executionSwatch.evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(() => apiBar.first().evaluate((el) => getComputedStyle(el).fill)).toBe(swatchColour);

    // CSV: export (ISO dates), read the file, import it as a new project: the same plan.
    await app.openView('Tasks');
    const before = await tableFacts();
    const csv = await files.exportAs(/CSV/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    // The columns of earlier exports where they were; Actual start, Actual finish and Tags, added later, after them.
    expect(lines[0]).toBe('WBS,Name,Outline level,Type,Start,Finish,Duration,% Complete,Priority,Predecessors,Resources,Phase,Status,Board order,Deadline,Actual start,Actual finish,Tags');
    expect(lines.find((l) => l.startsWith('3.1,API,'))).toMatch(/^3\.1,API,2,task,(\d{4}-\d{2}-\d{2}T09:00),\d{4}-\d{2}-\d{2}T17:00,6d,0,500,2,Ana Garcia,execution,In progress,\d+,,\1,,$/);
    await files.open('first-hour.csv', csv.text, 'Import…');
    await files.dialog(/Import/).waitFor();
    await shots(page, 'csv-mapping');
    await files.dialog(/Import/).getByRole('button', { name: 'Create project' }).click();
    await files.dialog(/Import/).waitFor({ state: 'detached' });
    await expect.poll(() => app.title.textContent()).toBe('first-hour');
    await expect.poll(() => app.outline()).toEqual(['Discovery@0', 'Design@0', 'Build@0', 'API@1', 'UI@1', 'Test@0', 'Docs@0', 'Launch@0']);
    const imported = await tableFacts();
    // Progress is not a CSV column's job here: the re-import has the same names, durations, links and people.
    expect(imported).toEqual(before);
    await app.cell('UI', 'name').click();
    await page.keyboard.press('Shift+F2');
    expect(await page.getByRole('dialog', { name: 'Task information' }).getByLabel('Phase').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await app.cell('Build', 'name').click();
    await page.keyboard.press('Shift+F2');
    expect(await page.getByRole('dialog', { name: 'Task information' }).getByLabel('Phase').inputValue()).toBe('execution');
    await page.keyboard.press('Escape');

    // Reload: everything is as it was.
    await app.waitSaved();
    await handle.reload();
    await app.openView('Tasks');
    await expect.poll(() => tableFacts()).toEqual(before);
    await app.projects.getByRole('button', { name: 'Untitled project', exact: true }).click();
    await expect.poll(() => tableFacts()).toEqual(before);
    await app.openView('Team');
    await expect.poll(() => team.initials('Ana Garcia').textContent()).toBe('AG');
  }, 240_000);
});

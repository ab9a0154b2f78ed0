/**
 * A plan typed straight into the Gantt's grid, as in MS Project's Gantt Chart view: from an empty
 * project, by keyboard, names go into the empty entry row below the last task, each bar appears
 * beside its name, and a duration typed in the grid stretches its bar.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest();
let handle: AppHandle;
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

const NAMES = ['Discovery', 'Build billing API', 'Security review'] as const;

const press = async (...keys: string[]): Promise<void> => { for (const k of keys) await page.keyboard.press(k); };

/** The entry grid holding the keyboard focus, no editor (its type-ahead field has it), by its name: 'Gantt tasks', 'Tasks'. */
async function focusedGrid(): Promise<string | null> {
  return page.evaluate(() => (document.activeElement?.classList.contains('grid-type-ahead') === true
    ? document.activeElement.closest('[role="grid"]')?.getAttribute('aria-label') ?? null : null));
}
const focusedIsGanttGrid = async (): Promise<boolean> => (await focusedGrid()) === 'Gantt tasks';
const focusedIsTaskTable = async (): Promise<boolean> => (await focusedGrid()) === 'Tasks';

const entryRow = () => gantt.grid.getByRole('row', { name: 'New task row' });
const taskNames = () => gantt.grid.locator('.gl-grid-row:not(.gl-new-row) .gl-name-text').allInnerTexts();

/** A task's grid row and its bar, each as its vertical middle and the bar's width. */
async function rowAndBar(name: string): Promise<{ rowMiddle: number; barMiddle: number; barWidth: number }> {
  const row = await gantt.row(name).boundingBox();
  const bar = await page.locator(`${await gantt.barSelector(name)} .bar`).boundingBox();
  if (!row || !bar) throw new Error(`'${name}': row or bar not drawn`);
  return { rowMiddle: row.y + row.height / 2, barMiddle: bar.y + bar.height / 2, barWidth: bar.width };
}

/** The entry row lies whole inside the grid's visible box (not under its bottom edge). */
async function entryRowIsWhole(): Promise<boolean> {
  const row = await entryRow().boundingBox();
  const grid = await gantt.grid.boundingBox();
  return row !== null && grid !== null && row.y >= grid.y && row.y + row.height <= grid.y + grid.height + 0.5;
}

/** An empty project by keyboard (New project, Enter takes the dialog's name, start and region), then its Gantt (Ctrl+2). */
async function emptyProjectGantt(): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Name', { exact: true }).waitFor();
  await press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
  await press('Control+2');
  await entryRow().waitFor();
}

describe('Gantt entry row', () => {
  it('takes a plan typed by keyboard into the Gantt grid of an empty project, bars beside their names, and keeps it after reload', async () => {
    // The Gantt of an empty project: just the entry row, the cursor on its name.
    await emptyProjectGantt();
    expect(await gantt.grid.getByRole('row').count()).toBe(1);
    expect(await entryRow().locator('[data-column="name"]').getAttribute('aria-selected')).toBe('true');
    expect(await entryRowIsWhole()).toBe(true);
    // Ctrl+2 took the keyboard into the grid: no Tab through the sidebar and the toolbar first.
    expect(await focusedIsGanttGrid()).toBe(true);
    await screenshotsAtBothSizes(page, 'gantt-entry-row-empty');

    // Names typed into the entry row, Enter after each: the cursor moves to the new empty row below.
    for (const name of NAMES) {
      await page.keyboard.type(name);
      await press('Enter');
    }
    await expect.poll(taskNames).toEqual([...NAMES]);
    expect(await entryRow().locator('[data-column="name"]').getAttribute('aria-selected')).toBe('true');
    expect(await focusedIsGanttGrid()).toBe(true);

    // Each bar sits on its name's row, the entry row below the last one.
    for (const name of NAMES) {
      const { rowMiddle, barMiddle } = await rowAndBar(name);
      expect(Math.abs(barMiddle - rowMiddle)).toBeLessThanOrEqual(1);
    }
    const lastRow = await gantt.row('Security review').boundingBox();
    const entry = await entryRow().boundingBox();
    expect(Math.round((entry?.y ?? 0) - (lastRow?.y ?? 0))).toBe(32);
    expect(await entryRowIsWhole()).toBe(true);

    // Esc in the entry row's editor adds nothing.
    await page.keyboard.type('Scratch');
    expect(await gantt.grid.getByLabel('Name of a new task').inputValue()).toBe('Scratch');
    await press('Escape');
    expect(await gantt.grid.getByLabel('Name of a new task').count()).toBe(0);
    expect(await taskNames()).toEqual([...NAMES]);
    expect(await focusedIsGanttGrid()).toBe(true);
    await screenshotsAtBothSizes(page, 'gantt-entry-row-three-tasks');
    expect(await focusedIsGanttGrid()).toBe(true);

    // A duration typed on the second row: its bar grows from one day to three.
    const before = (await rowAndBar('Build billing API')).barWidth;
    await press('ArrowUp', 'ArrowUp', 'ArrowRight');
    await page.keyboard.type('3d');
    await press('Enter');
    await expect.poll(() => gantt.row('Build billing API').locator('[data-column="duration"]').textContent()).toBe('3d');
    await expect.poll(async () => (await rowAndBar('Build billing API')).barWidth).toBeGreaterThan(before * 2.5);
    const { rowMiddle, barMiddle } = await rowAndBar('Build billing API');
    expect(Math.abs(barMiddle - rowMiddle)).toBeLessThanOrEqual(1);

    // While the grid is filtered (Find, Tasks at risk) there is no entry row, as in the task table.
    await press('Control+f');
    await expect.poll(() => entryRow().count()).toBe(0);
    await press('Escape');
    await expect.poll(() => entryRow().count()).toBe(1);
    await (await gantt.control('checkbox', 'Tasks at risk')).check();
    await expect.poll(() => entryRow().count()).toBe(0);
    await (await gantt.control('checkbox', 'Tasks at risk')).uncheck();
    await expect.poll(() => entryRow().count()).toBe(1);

    await app.waitSaved();
    await handle.reload();
    await press('Control+2');
    await expect.poll(taskNames).toEqual([...NAMES]);
    expect(await gantt.row('Build billing API').locator('[data-column="duration"]').textContent()).toBe('3d');
    for (const name of NAMES) {
      const { rowMiddle, barMiddle } = await rowAndBar(name);
      expect(Math.abs(barMiddle - rowMiddle)).toBeLessThanOrEqual(1);
    }
    expect(await entryRow().count()).toBe(1);
  });

  it('scrolls the chart to the entry row below a plan longer than the window, each name still level with its bar', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await emptyProjectGantt();
    expect(await focusedIsGanttGrid()).toBe(true);
    const names = Array.from({ length: 30 }, (_, i) => `Task ${String(i + 1)}`);
    for (const name of names) {
      await page.keyboard.type(name);
      await press('Enter');
    }
    // The last names, the entry row below them whole in view, the cursor on it.
    await expect.poll(() => gantt.row('Task 30').count()).toBe(1);
    await expect.poll(entryRowIsWhole).toBe(true);
    expect(await entryRow().locator('[data-column="name"]').getAttribute('aria-selected')).toBe('true');
    expect(await gantt.chart.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    for (const name of ['Task 28', 'Task 29', 'Task 30']) {
      const { rowMiddle, barMiddle } = await rowAndBar(name);
      expect(Math.abs(barMiddle - rowMiddle)).toBeLessThanOrEqual(1);
    }
    // Back up a page and down again: the entry row is reached by the cursor as any row is.
    await press('PageUp', 'PageUp', 'PageUp');
    await expect.poll(() => gantt.row('Task 1').isVisible()).toBe(true);
    await press('PageDown', 'PageDown', 'PageDown');
    await expect.poll(entryRowIsWhole).toBe(true);
    await page.keyboard.type('Task 31');
    await press('Enter');
    await expect.poll(() => gantt.row('Task 31').count()).toBe(1);
    await expect.poll(entryRowIsWhole).toBe(true);
    const { rowMiddle, barMiddle } = await rowAndBar('Task 31');
    expect(Math.abs(barMiddle - rowMiddle)).toBeLessThanOrEqual(1);
  });

  it('takes the keyboard into the view a person goes to with Ctrl+1 and Ctrl+2, so typing goes straight into its grid', async () => {
    await emptyProjectGantt();
    expect(await focusedIsGanttGrid()).toBe(true);
    await page.keyboard.type('Kick-off');
    await press('Enter');
    await expect.poll(taskNames).toEqual(['Kick-off']);
    // The task table: the keyboard is in its grid, where a person goes down to the empty row and types.
    await press('Control+1');
    await expect.poll(focusedIsTaskTable).toBe(true);
    await press('ArrowDown');
    await page.keyboard.type('Design');
    await press('Enter');
    await expect.poll(() => page.getByRole('grid', { name: 'Tasks' }).getByRole('row', { name: /Design/ }).count()).toBe(1);
    // A screen reader is told of every row it can reach: the header, two tasks and the empty row (the Gantt's grid says so too).
    const table = page.getByRole('grid', { name: 'Tasks' });
    expect(await table.getAttribute('aria-rowcount')).toBe('4');
    expect(await table.getByRole('row', { name: 'New task row' }).getAttribute('aria-rowindex')).toBe('4');
    // Back to the Gantt: its grid has the keyboard again, and the new name goes in below the others.
    await press('Control+2');
    await expect.poll(focusedIsGanttGrid).toBe(true);
    await press('Control+End');
    await page.keyboard.type('Launch');
    await press('Enter');
    await expect.poll(taskNames).toEqual(['Kick-off', 'Design', 'Launch']);
    // Ctrl+2 on the Gantt already shown takes the keyboard back from wherever it went (here, the toolbar).
    await (await gantt.control('button', 'Weeks')).focus();
    await press('Control+2');
    await expect.poll(focusedIsGanttGrid).toBe(true);
    // A dialog keeps the keyboard: Ctrl+1 behind Task information does not pull it out.
    await press('Control+Home', 'Shift+F2');
    const info = page.getByRole('dialog');
    await info.waitFor();
    await press('Control+1');
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await press('Escape');
    await info.waitFor({ state: 'detached' });
  });

  it('takes the keyboard to the board\'s first card with Ctrl+3 and the team\'s first person with Ctrl+4, else to the view', async () => {
    await emptyProjectGantt();
    const focused = (): Promise<string> => page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLInputElement) return `input ${el.getAttribute('aria-label') ?? ''}: ${el.value}`;
      return `${el?.tagName.toLowerCase() ?? ''} ${el?.getAttribute('aria-label') ?? ''}`;
    });
    // Nothing on the board or in the team yet: the keyboard goes to the view, where Tab reaches its first control.
    await press('Control+3');
    await expect.poll(focused).toBe('main Board');
    await press('Control+4');
    await expect.poll(focused).toBe('main Team');

    await press('Control+2');
    await expect.poll(focusedIsGanttGrid).toBe(true);
    for (const name of ['Kick-off', 'Design']) {
      await page.keyboard.type(name);
      await press('Enter');
    }
    await expect.poll(taskNames).toEqual(['Kick-off', 'Design']);
    // Ctrl+3: the board's first card has the keyboard, and picks up and drops by keyboard from there.
    await press('Control+3');
    const board = new BoardPage(page);
    const first = (await board.names('Backlog'))[0] ?? '';
    expect(first).not.toBe('');
    await expect.poll(focused).toMatch(new RegExp(`^div ${first}, 0% complete`));
    await screenshotsAtBothSizes(page, 'view-focus-board-first-card');
    await press('Space');
    await expect.poll(() => board.announcement.textContent()).toMatch(new RegExp(`^Picked up '${first}'`));
    await press('ArrowRight', 'Space');
    await expect.poll(() => board.announcement.textContent()).toBe(`Dropped '${first}' in 'To do', position 1 of 1.`);
    await expect.poll(() => board.names('To do')).toEqual([first]);

    // Ctrl+4 with a person in the team: the keyboard is on the first person's name.
    await press('Control+4');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.keyboard.type('Ana Silva');
    await press('Tab');
    await press('Control+1', 'Control+4');
    await expect.poll(focused).toBe('input Name: Ana Silva');
    await screenshotsAtBothSizes(page, 'view-focus-team-first-person');
  });
});

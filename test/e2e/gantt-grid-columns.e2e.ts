/**
 * The Gantt's grid on a 1024 px laptop screen, from an empty project whose tasks are typed into
 * the task table by keyboard: the name column gets the room first, so names of about twenty
 * characters read whole, while the dates shown are whole too (the locale's widest among them) and
 * the divider falls on a column edge, leaving the chart the larger part; moving the divider by
 * keyboard brings Start and then Finish in whole, as at 1440 px they show from the start.
 * Screenshots light and dark at 1024x768 and 1440x900.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

let handle: AppHandle;
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(async () => {
  // The divider's first place depends on the window: the app opens at the laptop size.
  handle = await openApp({ viewport: { width: 1024, height: 768 } });
  page = handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

const NAMES = ['Vendor API integration', 'Payment gateway tests', 'Data migration dry run', 'Go-live'] as const;

interface CellFit { readonly text: string; readonly isWhole: boolean }

/**
 * The task rows' cells of `column` on screen (the empty entry row below them holds no text):
 * whole when their text fits the cell (no ellipsis) and the cell is not cut by the grid's right
 * edge (the divider). Cells wholly past the edge are left out: they are a sideways scroll away, not cut.
 */
async function shownCells(column: 'name' | 'start' | 'finish'): Promise<CellFit[]> {
  return gantt.grid.evaluate((grid, key) => {
    const edge = grid.getBoundingClientRect().right;
    return [...grid.querySelectorAll<HTMLElement>(`[role="row"]:not([aria-label="New task row"]) [data-column="${key}"]`)].flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      if (box.left >= edge - 0.5) return [];
      const text = key === 'name' ? cell.querySelector<HTMLElement>('.gl-name-text') ?? cell : cell;
      return [{ text: text.textContent ?? '', isWhole: text.scrollWidth <= text.clientWidth && box.right <= edge + 0.5 }];
    });
  }, column);
}

/** How the grid writes a date (its format, in the browser's locale). */
async function shownDate(date: string): Promise<string> {
  return page.evaluate((d) => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(`${d}T00:00:00Z`)), date);
}

const whole = (texts: readonly string[]): CellFit[] => texts.map((text) => ({ text, isWhole: true }));

describe('Gantt grid columns at 1024 px', () => {
  it('shows names of about twenty characters whole, no date cut by the divider, and the divider brings Start and Finish in whole', async () => {
    await app.newEmptyProject('Payments launch');
    // The names typed into the task table's new-task row, each Enter moving down to the next.
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const name of NAMES) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => app.rowTexts(['name'])).toEqual(NAMES.map((n) => `${n}@0`));
    // A Wednesday in May: among en-US's widest dates ("Wed, May 12, 27"), which a 112 px column cut.
    await app.cell(NAMES[0], 'start').click();
    await page.keyboard.type('2027-05-12');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.cell(NAMES[0], 'start').textContent()).toBe(await shownDate('2027-05-12'));
    await app.openView('Gantt');
    await expect.poll(() => gantt.grid.locator('.gl-name-text').allInnerTexts()).toEqual([...NAMES]);

    // The divider opens with the chart the larger part (grid-split.ts): names whole, and a date
    // column either whole or past the divider, never cut by it.
    await expect.poll(() => shownCells('name')).toEqual(whole(NAMES));
    for (const key of ['start', 'finish'] as const) expect((await shownCells(key)).every((c) => c.isWhole)).toBe(true);
    await shots('gantt-grid-columns-1024x768');

    // At 1440x900 (the view opened again at that size), Start and Finish show beside whole names.
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.openView('Tasks');
    await app.openView('Gantt');
    await expect.poll(() => shownCells('name')).toEqual(whole(NAMES));
    expect((await shownCells('start')).filter((c) => c.isWhole)).toHaveLength(NAMES.length);
    expect((await shownCells('finish')).filter((c) => c.isWhole)).toHaveLength(NAMES.length);
    await shots('gantt-grid-columns-1440x900');

    // Back at 1024, the divider moved right by keyboard brings Start in whole, then Finish, the names staying whole.
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.openView('Tasks');
    await app.openView('Gantt');
    await expect.poll(() => shownCells('name')).toEqual(whole(NAMES));
    const splitter = page.getByRole('separator', { name: 'Resize task grid' });
    await splitter.focus();
    let presses = 0;
    for (const key of ['start', 'finish'] as const) {
      while ((await shownCells(key)).length === 0 && presses < 12) {
        await page.keyboard.press('ArrowRight');
        presses += 1;
      }
      const cells = await shownCells(key);
      expect(cells).toHaveLength(NAMES.length);
      expect(cells.every((c) => c.isWhole && /\d/.test(c.text))).toBe(true);
      expect(await shownCells('name')).toEqual(whole(NAMES));
    }
    expect((await shownCells('start'))[0]?.text).toBe(await shownDate('2027-05-12'));
    await shots('gantt-grid-columns-1024x768-divider-moved');
    // And back left: the names keep their room, the dates leave whole again.
    for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shownCells('finish')).toEqual([]);
    expect((await shownCells('start')).every((c) => c.isWhole)).toBe(true);
    expect(await shownCells('name')).toEqual(whole(NAMES));
  });
  it('writes a date outside 2000-2099, four-digit year and all, whole in its column', async () => {
    // An empty project by keyboard, its Gantt (Ctrl+2), a task typed into the grid's entry row.
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Name', { exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+2');
    await gantt.grid.getByRole('row', { name: 'New task row' }).waitFor();
    await page.keyboard.type('Decommission');
    await page.keyboard.press('Enter');
    // Up to the task, right to Start (past Duration), a start in 2101: written "Wed, Mar 9, 2101" in en-US.
    for (const key of ['ArrowUp', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    await page.keyboard.type('2101-03-09');
    await page.keyboard.press('Enter');
    const start = gantt.row('Decommission').locator('[data-column="start"]');
    await expect.poll(() => start.textContent()).toMatch(/2101/);
    // Both dates whole: the text fits its cell, not cut by a pixel.
    for (const key of ['start', 'finish'] as const) {
      const cell = gantt.row('Decommission').locator(`[data-column="${key}"]`);
      const fit = await cell.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, text: el.textContent }));
      expect(fit.scroll, `${key} "${String(fit.text)}"`).toBeLessThanOrEqual(fit.client);
    }
    await shots('gantt-grid-columns-year-2101-1024x768');
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => start.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await shots('gantt-grid-columns-year-2101-1440x900');
  });
});

/** The view in the light and the dark theme. */
async function shots(name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

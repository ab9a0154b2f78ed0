/**
 * The task table scrolled sideways shows nothing of a scrolled column beside (or over) the frozen
 * #, WBS and Task name columns: it rests with a whole column against them, as Excel and MS Project
 * scroll by whole columns. Before, it rested wherever Shift+wheel or the scrollbar left it, and the
 * cut end of a column's text stood beside the task name as a stray glyph (the tail of
 * "PREDECESSORS" read as "›"); moving the cursor to a far column by keyboard did not scroll at all.
 * From an empty project typed by keyboard at 1024x768, with the extra columns a PM adds (Phase,
 * Priority, Actual start, Actual finish); screenshots light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
});

/**
 * What shows of scrolled columns at the frozen edge, by geometry, in the header and every rendered
 * row: a scrolled cell cut by the edge (part under the frozen column, part beside it), and anything
 * but a frozen cell hit just inside the edge. Empty when the table rests on a whole column.
 */
const atFrozenEdge = (): Promise<string[]> => app.grid.evaluate((grid) => {
  const edge = grid.querySelector('.grid-header .frozen-edge')?.getBoundingClientRect().right ?? Number.NaN;
  const found: string[] = [];
  for (const row of grid.querySelectorAll<HTMLElement>('.grid-header, .grid-row')) {
    const label = row.classList.contains('grid-header') ? 'header' : row.querySelector('.name-text')?.textContent ?? 'new task row';
    for (const cell of row.querySelectorAll<HTMLElement>('.cell:not(.frozen)')) {
      const box = cell.getBoundingClientRect();
      if (box.left < edge - 0.5 && box.right > edge + 0.5) found.push(`${label}: ${cell.dataset['column'] ?? cell.textContent ?? ''} cut by the edge`);
    }
    const box = row.getBoundingClientRect();
    const inside = document.elementFromPoint(edge - 2, box.top + box.height / 2);
    if (!inside?.closest('.cell.frozen')) found.push(`${label}: ${inside?.className ?? 'nothing'} over the frozen column`);
  }
  return found;
});

const scrollLeft = (): Promise<number> => app.grid.evaluate((el) => el.scrollLeft);

/** The box of the active (cursor) cell against the scrolling area and the frozen edge. */
const activeCell = (): Promise<{ column: string; left: number; right: number; edge: number; viewRight: number }> => app.grid.evaluate((grid) => {
  const cell = grid.querySelector<HTMLElement>('.grid-row .cell.active');
  const box = cell?.getBoundingClientRect();
  return {
    column: cell?.dataset['column'] ?? '',
    left: box?.left ?? Number.NaN,
    right: box?.right ?? Number.NaN,
    edge: grid.querySelector('.grid-header .frozen-edge')?.getBoundingClientRect().right ?? Number.NaN,
    viewRight: grid.getBoundingClientRect().left + grid.clientWidth,
  };
});

describe('the task table scrolled sideways', () => {
  it('rests on a whole column beside the frozen task name, by wheel, scrollbar and keyboard', async () => {
    const { page } = handle;
    await app.newEmptyProject('Launch');
    await app.typeTasks([['Build', '3d'], ['Design', '2d'], ['Code', '3d'], ['Release', '1d']]);
    for (const child of ['Design', 'Code']) {
      await app.cell(child, 'name').click();
      await page.keyboard.press('Alt+Shift+ArrowRight');
    }
    await expect.poll(() => app.outline()).toEqual(['Build@0', 'Design@1', 'Code@1', 'Release@0']);
    await app.showColumns(['Phase', 'Priority', 'Actual start', 'Actual finish']);
    expect(await atFrozenEdge()).toEqual([]);
    // Showing columns scrolls the last one shown into view (task-table-columns-shown.e2e); the
    // scrolling below starts from the table's left end.
    await app.grid.evaluate((el) => { el.scrollLeft = 0; });
    await expect.poll(scrollLeft).toBe(0);

    // Shift+wheel a little way: not a column's width (Duration is 84 px, Start 130 px).
    const grid = await app.grid.boundingBox();
    await page.mouse.move((grid?.x ?? 0) + 600, (grid?.y ?? 0) + 120);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 150);
    await page.keyboard.up('Shift');
    await expect.poll(scrollLeft).toBeGreaterThan(0);
    await expect.poll(atFrozenEdge).toEqual([]);
    // The column against the edge shows its header whole.
    const first = await app.grid.evaluate((el) => {
      const edge = el.querySelector('.grid-header .frozen-edge')?.getBoundingClientRect().right ?? 0;
      const cell = document.elementFromPoint(edge + 2, (el.querySelector('.grid-header')?.getBoundingClientRect().top ?? 0) + 10);
      return { text: cell?.closest('.cell')?.textContent, isWhole: (cell?.closest('.cell')?.getBoundingClientRect().left ?? 0) >= edge - 0.5 };
    });
    expect(first.isWhole).toBe(true);
    expect(['Start', 'Finish']).toContain(first.text);

    // Where a dragged scrollbar leaves it (this headless Chromium draws overlay scrollbars, with no
    // thumb to drag: the position is set as the thumb sets it), then its far end: whole columns again.
    await app.grid.evaluate((el) => { el.scrollLeft = 333; });
    await expect.poll(scrollLeft).toBeGreaterThan(100);
    await expect.poll(atFrozenEdge).toEqual([]);
    await app.grid.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    await expect.poll(atFrozenEdge).toEqual([]);
    await expect.poll(() => app.cell('Build', 'actualFinish').isVisible()).toBe(true);

    // Keyboard: Home and → back to Duration, End to Actual finish, ← to Phase: each shown whole.
    await app.cell('Code', 'name').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(scrollLeft).toBe(0);
    for (const [key, column] of [['End', 'actualFinish'], ['ArrowLeft', 'actualStart'], ['ArrowLeft', 'priority'], ['ArrowLeft', 'phase']] as const) {
      await page.keyboard.press(key);
      await expect.poll(async () => (await activeCell()).column).toBe(column);
      await expect.poll(async () => { const c = await activeCell(); return c.left >= c.edge - 0.5 && c.right <= c.viewRight + 0.5; }, { message: column }).toBe(true);
      await expect.poll(atFrozenEdge).toEqual([]);
    }

    await screenshotsAtBothSizes(page, 'task-table-frozen-edge', async () => {
      await app.grid.evaluate((el) => { el.scrollLeft = 150; });
      await expect.poll(atFrozenEdge).toEqual([]);
    });
  });
});

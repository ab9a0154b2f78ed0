/**
 * A date cell's calendar hides when its cell scrolls out of the table's view, and is back beside
 * the cell when it scrolls back, as Excel's and MS Project's drop-downs do. Before, it followed its
 * cell and then stayed pinned at the window's edge, beside nothing (or another row's cell). Out of
 * view counts under the frozen columns and the stuck header too. What was typed is kept (the
 * calendar hides, the edit stays open) and Esc still puts the stored date back. From an EMPTY
 * project built by keyboard at 1024x768: the task table's Start cell (sideways and down) and a
 * register's due-date cell (the Risks view scrolled down); screenshots light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { freshAppPerTest, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';

const fixture = freshAppPerTest({ viewport: { width: 1024, height: 768 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;
beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
});

/** The calendar hangs just below its cell or (flipped) just above it, and overlaps it sideways. */
async function isBeside(calendar: Locator, cell: Locator): Promise<boolean> {
  const [c, a] = [await calendar.boundingBox(), await cell.boundingBox()];
  if (!c || !a) return false;
  const isBelow = c.y >= a.y + a.height - 1 && c.y <= a.y + a.height + 8;
  const isAbove = c.y + c.height <= a.y + 1 && c.y + c.height >= a.y - 8;
  return (isBelow || isAbove) && c.x < a.x + a.width && c.x + c.width > a.x;
}

const scrollTo = (scroller: Locator, left: number | 'end', top = 0): Promise<void> =>
  scroller.evaluate((el, [x, y]) => { el.scrollTo({ left: x === 'end' ? el.scrollWidth : Number(x), top: Number(y), behavior: 'instant' }); }, [left, top] as const);

describe('a date cell’s calendar scrolled out of view', () => {
  it('task table: hides when its Start cell scrolls under the frozen columns or the header, and is back beside it, typed text kept', async () => {
    await app.newEmptyProject('Scrolled calendar');
    // Enough rows for the table to scroll down at 1024x768, typed one after another.
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (let i = 1; i <= 24; i++) { await page.keyboard.type(`Task ${String(i)}`); await page.keyboard.press('Enter'); }
    await app.showColumns(['Phase', 'Priority', 'Actual start', 'Actual finish']);
    const start = app.cell('Task 2', 'start');
    const stored = await start.textContent();

    await start.click();
    await page.keyboard.type('2030-01-07');
    await page.keyboard.press('Alt+ArrowDown');
    const calendar = page.getByRole('dialog', { name: 'Calendar for Start of Task 2' });
    await expect.poll(() => isBeside(calendar, start)).toBe(true);

    // Sideways to the far end: Start is under the frozen #, WBS and Task name columns.
    await scrollTo(app.grid, 'end');
    await expect.poll(() => app.grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(300);
    await expect.poll(() => calendar.isVisible()).toBe(false);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `date-calendar-scrolled-away-1024x768-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Hidden, not closed: the edit and its calendar are still open.
    expect(await page.getByRole('dialog', { name: 'Calendar for Start of Task 2', includeHidden: true }).count()).toBe(1);
    expect(await start.locator('.cell-input').inputValue()).toBe('2030-01-07');
    await scrollTo(app.grid, 0);
    await expect.poll(() => calendar.isVisible()).toBe(true);
    await expect.poll(() => isBeside(calendar, start)).toBe(true);

    // Down: Task 2's row (32 px, below the 31 px header) goes under the stuck header row, part of it
    // past the table's top edge and the rest under the header; then wholly past the top.
    for (const top of [70, 400]) {
      await scrollTo(app.grid, 0, top);
      await expect.poll(() => calendar.isVisible(), { message: `scrolled down ${String(top)} px` }).toBe(false);
    }
    await scrollTo(app.grid, 0, 0);
    await expect.poll(() => calendar.isVisible()).toBe(true);
    await expect.poll(() => isBeside(calendar, start)).toBe(true);
    await screenshotsAtBothSizes(page, 'date-calendar-scrolled-back', async () => {
      await expect.poll(() => isBeside(calendar, start)).toBe(true);
    });

    // Nothing typed was lost: the text is still in the cell's editor, which got the focus back as the
    // calendar hid (a hidden calendar cannot hold it); ↓ takes it into the calendar again.
    const input = start.locator('.cell-input');
    expect(await input.inputValue()).toBe('2030-01-07');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => calendar.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // Esc out of the calendar, then out of the edit: the stored date is back.
    await page.keyboard.press('Escape');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => input.count()).toBe(0);
    expect(await start.textContent()).toBe(stored);
    await expect.poll(() => calendar.count()).toBe(0);
  });

  it('register: an issue’s due-date calendar hides when the Risks view scrolls its row away, and is back beside it', async () => {
    await app.newEmptyProject('Scrolled register');
    await app.typeTasks([['Build', '4d']]);
    await app.openView('Risks');
    await page.getByRole('tab', { name: 'Issues' }).click();
    // Enough issues for the view to scroll at 1024x768, each typed and entered.
    for (let i = 1; i <= 16; i++) {
      await page.getByLabel('New issue title', { exact: true }).focus();
      await page.keyboard.type(`Issue ${String(i)}`);
      await page.keyboard.press('Enter');
    }
    const issues = page.getByRole('table', { name: 'Issues' });
    const due = issues.getByLabel('I-002 due', { exact: true });
    const view = page.locator('.risks-view');
    await due.focus();
    await page.keyboard.press('Alt+ArrowDown');
    const calendar = page.getByRole('dialog', { name: 'Calendar: I-002 due' });
    const field = due.locator('xpath=..');
    await expect.poll(() => isBeside(calendar, field)).toBe(true);

    // Scrolled down until the row's bottom has passed the view's top edge.
    const past = await view.evaluate((el, row) => {
      const rowBottom = row?.getBoundingClientRect().bottom ?? 0;
      return { top: Math.ceil(rowBottom - el.getBoundingClientRect().top) + 8, room: el.scrollHeight - el.clientHeight };
    }, await issues.getByRole('row').filter({ hasText: 'I-002' }).elementHandle());
    expect(past.room, 'the Risks view scrolls the row away at 1024x768').toBeGreaterThan(past.top);
    await scrollTo(view, 0, past.top);
    await expect.poll(() => calendar.isVisible()).toBe(false);
    expect(await page.getByRole('dialog', { name: 'Calendar: I-002 due', includeHidden: true }).count()).toBe(1);
    await scrollTo(view, 0, 0);
    await expect.poll(() => calendar.isVisible()).toBe(true);
    await expect.poll(() => isBeside(calendar, field)).toBe(true);
    await screenshotsAtBothSizes(page, 'register-calendar-scrolled-back', async () => {
      await scrollTo(view, 0, 0);
      await expect.poll(() => isBeside(calendar, field)).toBe(true);
    });

    // The focus went back to the field as the calendar hid (a hidden calendar cannot hold it); Alt+↓
    // takes it into the calendar again, where → and Enter pick the next day.
    await expect.poll(() => due.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => calendar.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const focusedDay = await page.evaluate(() => document.activeElement?.getAttribute('data-date'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => calendar.count()).toBe(0);
    const picked = await due.inputValue();
    expect(picked > String(focusedDay)).toBe(true);
    // Esc over typed text still puts the stored date back.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2040-01-02');
    await page.keyboard.press('Escape');
    await expect.poll(() => due.inputValue()).toBe(picked);
  });
});

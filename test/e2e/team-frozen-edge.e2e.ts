/**
 * The Team table scrolled sideways in an 800 px window (the narrowest the app opens; at 1024 px it
 * fits without scrolling, laptop-tables-fit) rests with a whole column beside the frozen Name
 * column, as the task table does (shared/column-stops.ts): by Tab (Rates… focused scrolls the
 * table so its column shows whole, where the browser's own scrolling left Email cut under Name),
 * by Shift+wheel and at its far end. From an EMPTY project, two people with long e-mail addresses
 * typed by keyboard; checked by geometry and elementFromPoint at the frozen edge. Screenshots
 * light and dark at 1024x768 and 1440x900.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 800, height: 768 } });
let handle: AppHandle;
let page: Page;
let app: AppPage;
let team: TeamPage;
beforeEach(() => {
  handle = fixture.handle;
  page = handle.page;
  app = new AppPage(page);
  team = new TeamPage(page);
});

const frame = (): ReturnType<Page['getByRole']> => page.getByRole('region', { name: 'Team table' });

/**
 * What shows at the frozen Name column's right edge, by geometry, in the header and every row: a
 * scrolled cell cut by the edge, and anything but a Name cell hit just inside it. Empty when the
 * table rests on a whole column.
 */
const atFrozenEdge = (): Promise<string[]> => frame().evaluate((el) => {
  const edge = el.querySelector('thead th:first-child')?.getBoundingClientRect().right ?? Number.NaN;
  const found: string[] = [];
  for (const row of el.querySelectorAll<HTMLTableRowElement>('tr')) {
    const label = row.querySelector<HTMLInputElement>('input[aria-label="Name"]')?.value ?? 'header';
    for (const cell of Array.from(row.cells).slice(1)) {
      const box = cell.getBoundingClientRect();
      if (box.left < edge - 0.5 && box.right > edge + 0.5) found.push(`${label}: column ${String(cell.cellIndex)} cut by the edge`);
    }
    const box = row.getBoundingClientRect();
    const hit = document.elementFromPoint(edge - 2, box.top + box.height / 2);
    if (hit?.closest('td, th') !== row.cells[0]) found.push(`${label}: ${hit?.outerHTML.slice(0, 60) ?? 'nothing'} over the Name column`);
  }
  return found;
});

/** The focused control's box against the frozen edge and the frame's visible right edge. */
const focused = (): Promise<{ label: string; isWhole: boolean }> => frame().evaluate((el) => {
  const active = document.activeElement;
  const edge = el.querySelector('thead th:first-child')?.getBoundingClientRect().right ?? Number.NaN;
  const right = el.getBoundingClientRect().left + el.clientLeft + el.clientWidth;
  const box = active?.getBoundingClientRect();
  return { label: active?.getAttribute('aria-label') ?? '', isWhole: !!box && box.left >= edge - 0.5 && box.right <= right + 0.5 };
});

const scrollLeft = (): Promise<number> => frame().evaluate((el) => el.scrollLeft);

describe('the Team table scrolled sideways at 800 px', () => {
  it('rests on a whole column beside the frozen names, by Tab, Shift+Tab, Shift+wheel and at its far end', async () => {
    await app.newEmptyProject('Team edge');
    await app.openView('Team');
    await team.addPersonWithContact('Grace Hopper', 'Compiler lead', 'grace.hopper@navy-research.example.org');
    await team.addPersonWithContact('Margaret Hamilton', 'Flight software', 'margaret.hamilton@apollo-guidance.example.com');
    const sizes = await frame().evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(sizes.scrollWidth, 'the table scrolls sideways at 800 px').toBeGreaterThan(sizes.clientWidth);

    // From Margaret's e-mail (Tab left it on Type), Tab on to Rates…: Capacity, Rate, Rates….
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused()).label).toBe('Rates of Margaret Hamilton');
    await expect.poll(scrollLeft).toBeGreaterThan(0);
    await expect.poll(atFrozenEdge).toEqual([]);
    expect((await focused()).isWhole).toBe(true);

    // Back by Shift+Tab to the e-mail: its column comes back whole beside the names.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => (await focused()).label).toBe('Email of Margaret Hamilton');
    await expect.poll(async () => (await focused()).isWhole).toBe(true);
    await expect.poll(atFrozenEdge).toEqual([]);

    // Part of the way by Shift+wheel, 150 px, not a whole number of columns: it rests on a whole
    // column. Over the header: over a long e-mail the wheel first scrolls the address inside its box.
    const before = await scrollLeft();
    const header = await frame().locator('thead').boundingBox();
    await page.mouse.move((header?.x ?? 0) + 500, (header?.y ?? 0) + (header?.height ?? 0) / 2);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 150);
    await page.keyboard.up('Shift');
    await expect.poll(scrollLeft).toBeGreaterThan(before);
    await expect.poll(atFrozenEdge).toEqual([]);

    // Its far end: whole columns again, the last one reachable.
    await frame().evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    await expect.poll(atFrozenEdge).toEqual([]);
    const remove = page.getByRole('button', { name: 'Remove Margaret Hamilton' });
    await expect.poll(async () => { const b = await remove.boundingBox(); return b !== null && b.x + b.width <= 800; }).toBe(true);

    await page.getByRole('button', { name: 'Rates of Grace Hopper' }).focus();
    await screenshotsAtBothSizes(page, 'team-frozen-edge', async () => {
      await page.getByRole('button', { name: 'Rates of Grace Hopper' }).focus();
      await expect.poll(atFrozenEdge).toEqual([]);
      await expect.poll(async () => (await focused()).isWhole).toBe(true);
    });
  });
});

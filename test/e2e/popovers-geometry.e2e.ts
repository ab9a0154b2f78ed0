/**
 * Popovers that stay on screen and Gantt geometry that never lies, from an EMPTY project built by
 * keyboard at 1024x768: the people picker on the last visible row, the PDF options, the project
 * menu, Task Information (predecessor with lag, a person at 50 %), grid and chart in step after a
 * keyboard collapse, Quarters/Years labels, Fit project, and choices kept over a reload.
 * Screenshots of each at 1024x768, 1440x900 and 1920x1080, light and dark.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, openApp, screenshot, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { GanttPage } from './pages/gantt-page';

afterAll(async () => { await closeBrowser(); });

interface Box { x: number; y: number; width: number; height: number }
const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return box;
};
const inside = (box: Box, width: number, height: number): boolean =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

async function newProject(app: AppPage): Promise<void> {
  await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
  // The new-project dialog asks for a name, start and region once; Enter takes what it shows.
  await app.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
  await expect.poll(() => app.title.textContent()).toBe('Untitled project');
}

/** Insert, then type the name into the new row's Name cell (F2 when Insert did not open it), Enter. */
async function enterTask(page: Page, app: AppPage, name: string): Promise<void> {
  const before = await app.grid.locator('.grid-row').count();
  await page.keyboard.press('Insert');
  const input = app.grid.locator('.cell-input');
  await expect.poll(async () => (await input.count()) + (await app.grid.getByRole('row').filter({ hasText: 'New task' }).count())).toBeGreaterThan(0);
  if (await input.count() === 0) {
    // Back onto the new row (the cursor may sit past the last row), right to its Name cell, and edit it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    const activeColumn = (): Promise<string | null> => app.grid.evaluate((grid) => grid.querySelector('[role="gridcell"][aria-selected="true"]')?.getAttribute('data-column') ?? null);
    for (let i = 0; i < 4 && await activeColumn() !== 'name'; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('F2');
  }
  await input.fill(name);
  await input.press('Enter');
  await expect.poll(() => app.row(name).count()).toBe(1);
  expect(await app.grid.locator('.grid-row').count()).toBeGreaterThanOrEqual(Math.min(before + 1, 20));
}

/** A plan of `count` tasks by keyboard; tasks `summaryAt`+1..+4 are indented under task `summaryAt`. */
async function buildPlan(page: Page, app: AppPage, count: number, summaryAt: number): Promise<void> {
  await newProject(app);
  await app.grid.focus();
  for (let i = 1; i <= count; i++) await enterTask(page, app, `Task ${String(i)}`);
  await app.cell(`Task ${String(summaryAt + 1)}`, 'name').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => app.grid.getByRole('button', { name: `Collapse Task ${String(summaryAt)}` }).count()).toBe(1);
}

async function addPeople(page: Page, app: AppPage, names: readonly string[]): Promise<void> {
  await app.openView('Team');
  for (const name of names) {
    await page.getByRole('button', { name: 'Add person' }).click();
    const field = page.getByRole('table', { name: 'Team' }).getByLabel('Name', { exact: true }).last();
    await field.fill(name);
    await field.press('Tab');
    await expect.poll(() => page.getByLabel(`Role of ${name}`).count()).toBe(1);
  }
  await app.openView('Tasks');
}

/** The name of the lowest task row wholly inside the table's visible area. */
async function lastVisibleRow(app: AppPage): Promise<string> {
  return app.grid.evaluate((grid) => {
    const bottom = grid.getBoundingClientRect().bottom;
    const rows = Array.from(grid.querySelectorAll<HTMLElement>('.grid-row'))
      .map((r) => ({ r, rect: r.getBoundingClientRect() }))
      .filter(({ rect }) => rect.bottom <= bottom - 16)
      .sort((a, b) => b.rect.top - a.rect.top);
    return rows[0]?.r.querySelector('.name-text')?.textContent ?? '';
  });
}

/** For every grid row on screen that has a bar: [row index, grid row's centre y, bar's centre y]. */
async function rowsAndBars(page: Page): Promise<[number, number, number][]> {
  return page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('.gl-scroller');
    if (!scroller) return [];
    const view = scroller.getBoundingClientRect();
    const out: [number, number, number][] = [];
    for (const row of Array.from(document.querySelectorAll<HTMLElement>('.gl-grid-row'))) {
      const r = row.getBoundingClientRect();
      if (r.top < view.top || r.bottom > view.bottom) continue;
      const index = Number(row.getAttribute('aria-rowindex')) - 2;
      const bar = document.querySelector(`.gl-frappe .bar-wrapper[data-id="r${String(index)}"] .bar`);
      if (!bar) continue;
      const b = bar.getBoundingClientRect();
      out.push([index, Math.round(r.top + r.height / 2), Math.round(b.top + b.height / 2)]);
    }
    return out;
  });
}

/** Time-scale labels that do not fit their tick (lower tier), or their tick's visible part (upper). */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const tick of Array.from(document.querySelectorAll<HTMLElement>('.gl-tier-lower .gl-tick'))) {
      if (tick.textContent && tick.scrollWidth > tick.clientWidth + 1) bad.push(tick.textContent);
    }
    for (const span of Array.from(document.querySelectorAll<HTMLElement>('.gl-tier-upper .gl-tick span'))) {
      const tick = span.parentElement;
      if (tick && span.offsetWidth > tick.clientWidth + 1) bad.push(span.textContent ?? '');
    }
    return bad;
  });
}

describe('popovers and Gantt geometry, from an empty project at 1024x768', () => {
  let handle: AppHandle;

  it('keeps popovers on screen, the chart in step with its grid, and the view choices over a reload', async () => {
    handle = await openApp({ viewport: { width: 1024, height: 768 } });
    const { page } = handle;
    const app = new AppPage(page);
    const gantt = new GanttPage(page);
    await buildPlan(page, app, 30, 20);
    await addPeople(page, app, ['Ada Lovelace', 'Alan Turing']);

    // The people picker on the last visible row: on screen, above the rows, and Escape gives focus back.
    const last = await lastVisibleRow(app);
    expect(last).toMatch(/^Task \d+$/);
    await app.cell(last, 'assignees').click();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Assign people' });
    await picker.waitFor();
    const box = await boxOf(picker);
    expect(inside(box, 1024, 768)).toBe(true);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="dialog"]')?.getAttribute('aria-label'), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(onTop).toBe('Assign people');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.getAttribute('aria-label'))).toBe('Assign people');
    await screenshot(page, 'popovers-people-picker-1024-light');
    await page.keyboard.press('Escape');
    await expect.poll(() => picker.count()).toBe(0);
    await expect.poll(() => app.grid.evaluate((grid) => grid.contains(document.activeElement))).toBe(true);

    // The project menu closes on a press outside it.
    await app.projects.getByRole('button', { name: 'Actions for Untitled project' }).click();
    const menu = page.getByRole('menu', { name: 'Actions for Untitled project' });
    await menu.waitFor();
    expect(inside(await boxOf(menu), 1024, 768)).toBe(true);
    await page.locator('.brand').click();
    await expect.poll(() => menu.count()).toBe(0);

    // Task Information by Shift+F2: a predecessor with a lag and a person at 50 %; OK moves the dates.
    await app.cell('Task 10', 'name').click();
    const startBefore = await app.cell('Task 10', 'start').textContent();
    await page.keyboard.press('Shift+F2');
    const info = page.getByRole('dialog', { name: 'Task information' });
    await info.waitFor();
    await info.getByRole('tab', { name: 'Predecessors' }).click();
    await info.getByRole('button', { name: 'Add predecessor' }).click();
    const taskChoice = info.getByLabel('Predecessor 1 task');
    const task3 = await taskChoice.locator('option', { hasText: /Task 3$/ }).getAttribute('value');
    await taskChoice.selectOption(task3 ?? '');
    await info.getByLabel('Predecessor 1 lag').fill('2d');
    await info.getByRole('tab', { name: 'Resources' }).click();
    await info.getByRole('button', { name: 'Add person' }).click();
    await info.getByLabel('Person 1', { exact: true }).selectOption({ label: 'Ada Lovelace' });
    await info.getByLabel('Units for person 1').fill('50');
    expect(inside(await boxOf(info), 1024, 768)).toBe(true);
    await screenshot(page, 'popovers-task-information-1024-light');
    await info.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => info.count()).toBe(0);
    await expect.poll(() => app.cell('Task 10', 'predecessors').textContent()).toMatch(/^\d+FS\+2d$/);
    await expect.poll(() => app.cell('Task 10', 'start').textContent()).not.toBe(startBefore);
    await expect.poll(() => app.cell('Task 10', 'assignees').textContent()).toContain('Ada');

    // A loop is refused with a message, and Cancel leaves the plan alone.
    await app.cell('Task 3', 'name').click();
    await page.keyboard.press('Shift+F2');
    await info.getByRole('tab', { name: 'Predecessors' }).click();
    await info.getByRole('button', { name: 'Add predecessor' }).click();
    const loopChoice = info.getByLabel('Predecessor 1 task');
    await loopChoice.selectOption(await loopChoice.locator('option', { hasText: /Task 10$/ }).getAttribute('value') ?? '');
    await info.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => info.getByRole('alert').textContent()).toMatch(/would make a loop/);
    await page.keyboard.press('Escape');
    await expect.poll(() => info.count()).toBe(0);
    expect(await app.cell('Task 3', 'predecessors').textContent()).toBe('');

    // The Gantt: focus a collapse button below the fold by keyboard, then collapse: names and bars stay on one row.
    await app.openView('Gantt');
    await gantt.grid.waitFor();
    const toggle = gantt.grid.getByRole('button', { name: 'Collapse Task 20' });
    await toggle.focus();
    // Scroll events arrive on the next frame: wait for the chart to follow, then compare every row.
    await expect.poll(async () => (await rowsAndBars(page)).filter(([, rowY, barY]) => rowY !== barY)).toEqual([]);
    expect((await rowsAndBars(page)).length).toBeGreaterThan(5);
    await page.keyboard.press('Enter');
    await expect.poll(() => gantt.grid.getByRole('button', { name: 'Expand Task 20' }).count()).toBe(1);
    await expect.poll(async () => (await rowsAndBars(page)).filter(([, rowY, barY]) => rowY !== barY)).toEqual([]);
    expect((await rowsAndBars(page)).length).toBeGreaterThan(5);

    // Zooming from the toolbar keeps the selected task's bar where it is on screen.
    await (await gantt.bar('Task 10')).waitFor();
    const bar10 = page.locator(`${await gantt.barSelector('Task 10')} .bar`);
    const x0 = (await boxOf(bar10)).x;
    await gantt.zoom('Weeks');
    await expect.poll(() => gantt.toolbar.getByRole('button', { name: 'Weeks' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => Math.abs((await boxOf(bar10)).x - x0)).toBeLessThan(3);

    // Every zoom: the whole range drawn, no label cut.
    for (const level of ['Hours', 'Days', 'Weeks', 'Months', 'Quarters', 'Years'] as const) {
      await gantt.zoom(level);
      await expect.poll(() => gantt.toolbar.getByRole('button', { name: level }).getAttribute('aria-pressed')).toBe('true');
      expect(await clippedLabels(page)).toEqual([]);
      const canvas = await page.evaluate(() => {
        const scroller = document.querySelector<HTMLElement>('.gl-scroller');
        return { canvas: document.querySelector<HTMLElement>('.gl-canvas')?.offsetWidth ?? 0, view: scroller?.clientWidth ?? 1 };
      });
      expect(canvas.canvas).toBeGreaterThanOrEqual(canvas.view - 50);
      await screenshot(page, `popovers-gantt-${level.toLowerCase()}-1024-light`);
    }

    // Fit project fills the chart's width with the project.
    await gantt.toolbar.getByRole('button', { name: 'Fit project' }).click();
    await expect.poll(() => gantt.toolbar.getByRole('button', { name: 'Fit project' }).getAttribute('aria-pressed')).toBe('true');
    const spread = async (): Promise<number> => page.evaluate(() => {
      const view = document.querySelector('.gl-scroller')?.getBoundingClientRect();
      // Task bars only: frappe's pins at the render window's ends and off-window stand-ins are not tasks.
      const bars = Array.from(document.querySelectorAll('.gl-frappe .bar-wrapper:not(.gl-pin):not(.gl-off) .bar')).map((b) => b.getBoundingClientRect()).filter((r) => r.width > 0);
      if (!view || bars.length === 0) return 0;
      const left = Math.min(...bars.map((r) => r.left));
      const right = Math.max(...bars.map((r) => r.right));
      return left >= view.left - 1 && right <= view.right + 1 ? (right - left) / view.width : -1;
    });
    await expect.poll(spread).toBeGreaterThan(0.7);
    await screenshot(page, 'popovers-gantt-fit-1024-light');

    // Critical path (in More at this width), then the PDF options: both inside the window.
    await (await gantt.control('checkbox', 'Critical path')).check();
    await page.keyboard.press('Escape');
    await gantt.exportAs('Export PDF…');
    const pdf = page.getByRole('dialog', { name: 'PDF options' });
    await pdf.waitFor();
    expect(inside(await boxOf(pdf), 1024, 768)).toBe(true);
    await screenshot(page, 'popovers-pdf-options-1024-light');
    await page.keyboard.press('Escape');
    await expect.poll(() => pdf.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Export/);

    // Reload: the zoom (fitted) and critical path are remembered for this project.
    await app.waitSaved();
    await handle.reload();
    await app.openView('Gantt');
    await expect.poll(() => gantt.toolbar.getByRole('button', { name: 'Fit project' }).getAttribute('aria-pressed')).toBe('true');
    expect(await (await gantt.control('checkbox', 'Critical path')).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await gantt.zoom('Quarters');
    await handle.reload();
    await app.openView('Gantt');
    await expect.poll(() => gantt.toolbar.getByRole('button', { name: 'Quarters' }).getAttribute('aria-pressed')).toBe('true');
    await handle.close();
  }, 300_000);
});

/** The same screens at other sizes and in dark: for people to look at, checked for what is off screen. */
describe('screenshots at other sizes', () => {
  const sizes = [
    { width: 1024, height: 768, scheme: 'dark' },
    { width: 1440, height: 900, scheme: 'light' },
    { width: 1440, height: 900, scheme: 'dark' },
    { width: 1920, height: 1080, scheme: 'light' },
  ] as const;
  for (const size of sizes) {
    it(`${String(size.width)}x${String(size.height)} ${size.scheme}`, async () => {
      const handle = await openApp({ viewport: { width: size.width, height: size.height }, colorScheme: size.scheme });
      const { page } = handle;
      const app = new AppPage(page);
      const gantt = new GanttPage(page);
      const tag = `${String(size.width)}-${size.scheme}`;
      await buildPlan(page, app, 8, 3);
      await addPeople(page, app, ['Ada Lovelace']);
      const topBar = page.getByRole('banner');
      for (const control of [topBar.getByRole('button', { name: 'File' }), topBar.getByRole('button', { name: /^Switch to (light|dark) theme$/ }), app.title]) {
        expect(inside(await boxOf(control), size.width, size.height)).toBe(true);
      }
      await screenshot(page, `popovers-top-bar-${tag}`);
      await app.cell('Task 8', 'assignees').click();
      await page.keyboard.press('Enter');
      const picker = page.getByRole('dialog', { name: 'Assign people' });
      expect(inside(await boxOf(picker), size.width, size.height)).toBe(true);
      await screenshot(page, `popovers-people-picker-${tag}`);
      await page.keyboard.press('Escape');
      await app.cell('Task 5', 'name').click();
      await page.keyboard.press('Shift+F2');
      await page.getByRole('dialog', { name: 'Task information' }).getByRole('tab', { name: 'Predecessors' }).click();
      await page.getByRole('button', { name: 'Add predecessor' }).click();
      await screenshot(page, `popovers-task-information-${tag}`);
      await page.keyboard.press('Escape');
      await app.openView('Gantt');
      for (const level of ['Hours', 'Days', 'Weeks', 'Months', 'Quarters', 'Years'] as const) {
        await gantt.zoom(level);
        expect(await clippedLabels(page)).toEqual([]);
        await screenshot(page, `popovers-gantt-${level.toLowerCase()}-${tag}`);
      }
      await gantt.exportAs('Export PDF…');
      expect(inside(await boxOf(page.getByRole('dialog', { name: 'PDF options' })), size.width, size.height)).toBe(true);
      await screenshot(page, `popovers-pdf-options-${tag}`);
      await handle.close();
    }, 180_000);
  }
});

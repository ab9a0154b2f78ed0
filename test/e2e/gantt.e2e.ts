import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { artifactPath, closeBrowser, openApp, screenshot, screenshotsAtBothSizes, type AppHandle } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { GanttPage } from './pages/gantt-page';
import { newProjectStarting } from './pages/shared-projects';

let handle: AppHandle;
let gantt: GanttPage;

async function open(colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  handle = await openApp({ colorScheme });
  await new AppPage(handle.page).openView('Gantt');
  gantt = new GanttPage(handle.page);
  await gantt.grid.waitFor();
}

beforeEach(async () => { await open(); });
afterEach(async () => { await handle.close(); });
afterAll(async () => { await closeBrowser(); });

const barX = async (name: string): Promise<number> => Number(await (await gantt.bar(name)).getAttribute('x'));
const barWidth = async (name: string): Promise<number> => Number(await (await gantt.bar(name)).getAttribute('width'));

const typeCell = async (text: string): Promise<void> => { await handle.page.keyboard.type(text); await handle.page.keyboard.press('Enter'); };

/** The presentation's plan: [name, duration, predecessors], about six weeks of work, a milestone at the end. */
/** Types the rows' names, then their durations and (from the second row) predecessors down each column, as a person does. */
async function typeRows(app: AppPage, rows: readonly (readonly [string, string, string])[]): Promise<void> {
  await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
  for (const [name] of rows) await typeCell(name);
  await app.cell(rows[0]?.[0] ?? '', 'duration').click();
  for (const [, duration] of rows) await typeCell(duration);
  await app.cell(rows[1]?.[0] ?? '', 'predecessors').click();
  for (const [, , predecessors] of rows.slice(1)) await typeCell(predecessors);
}

const PRESENTED = [['Discovery', '1w', ''], ['Design', '2w', '1'], ['Build', '3w', '2'], ['Release approved', '0d', '3']] as const;

/** Each named bar's left and right edge against the presentation's chart viewport. */
async function barsInView(gantt: GanttPage): Promise<{ name: string; inside: boolean }[]> {
  return gantt.presentation.evaluate((dialog, names) => {
    const scroller = dialog.querySelector('.gl-scroller');
    if (!scroller) throw new Error('no chart viewport in the presentation');
    const view = scroller.getBoundingClientRect();
    return names.map((name) => {
      // A task's bar carries its name; a milestone's name is drawn over the arrows, on its diamond's row (BarLayer).
      const label = [...dialog.querySelectorAll('.bar-wrapper .bar-label')].find((l) => l.textContent === name);
      const diamondName = [...dialog.querySelectorAll('.gl-milestone-label')].find((l) => l.textContent === name);
      const diamond = diamondName ? dialog.querySelector(`.gl-milestone-diamond[data-row="${diamondName.getAttribute('data-row') ?? ''}"]`) : null;
      const bar = label?.parentElement?.querySelector('.bar') ?? diamond;
      const box = bar?.getBoundingClientRect();
      return { name, inside: box !== undefined && box.left >= view.left - 1 && box.right <= view.right + 1 };
    });
  }, PRESENTED.map(([name]) => name));
}

/**
 * Each grid header against its column and the grid's right edge (the splitter): "whole" when its
 * text fits its column, is not cut by the edge, and sits over its column's cells.
 */
async function gridHeaders(gantt: GanttPage): Promise<string[]> {
  return gantt.view.evaluate((view) => {
    const head = view.querySelector('.gl-grid-head');
    const cells = view.querySelector('.gl-grid-row')?.children;
    if (!head || !cells) throw new Error('no grid header or row');
    const edge = head.getBoundingClientRect().right;
    return [...head.querySelectorAll<HTMLElement>('[role="columnheader"]')].map((header, i) => {
      const range = document.createRange();
      range.selectNodeContents(header);
      const text = range.getBoundingClientRect();
      const offset = Math.round(header.getBoundingClientRect().left - (cells[i]?.getBoundingClientRect().left ?? NaN));
      const state = header.scrollWidth > header.clientWidth ? 'cut inside its column'
        : text.left < edge && text.right > edge + 0.5 ? "cut by the grid's edge"
        : offset !== 0 ? `${String(offset)} px off its column` : 'whole';
      return `${header.textContent ?? ''}: ${state}`;
    });
  });
}

/**
 * The time scale's labels and the milestone names in `within` that are not whole: a scale label
 * cut by the chart's left edge or by its own period's ends, a milestone's or task's name running
 * past either edge. (A scale label at the right edge is where the chart goes on: scrolling shows the rest.)
 */
async function cutEdgeLabels(within: Locator): Promise<string[]> {
  return within.evaluate((root) => {
    const chart = root.querySelector('.gl-scroller')?.getBoundingClientRect();
    const scale = root.querySelector('.gl-time-viewport')?.getBoundingClientRect();
    if (!chart || !scale) throw new Error('no chart or time scale');
    const outside = (box: DOMRect, area: { left: number; right: number }): boolean => box.right > area.left && box.left < area.right
      && (box.left < area.left - 0.5 || box.right > area.right + 0.5);
    // An upper label is a sticky span in its tick; a lower one is the tick's own text.
    const ticks = [...root.querySelectorAll<HTMLElement>('.gl-tier-upper .gl-tick span, .gl-tier-lower .gl-tick')].filter((label) => {
      if (!label.textContent) return false;
      const range = document.createRange();
      range.selectNodeContents(label);
      const text = range.getBoundingClientRect();
      const tick = (label.classList.contains('gl-tick') ? label : label.parentElement)?.getBoundingClientRect();
      return outside(text, { left: scale.left, right: scale.right }) || (tick !== undefined && outside(text, { left: Math.max(tick.left, scale.left), right: tick.right }));
    });
    // Milestone names (Plotline's) and task names (frappe's bar labels).
    const names = [...root.querySelectorAll('.gl-milestone-label, .bar-label')].filter((name) => outside(name.getBoundingClientRect(), chart));
    return [...ticks, ...names].map((el) => el.textContent ?? '');
  });
}

/**
 * A new project typed by keyboard in the task table (name, duration, predecessors per row), then
 * presented (F5) from the Gantt at 1024×768.
 */
async function presentTypedPlan(name: string, start: string, plan: readonly (readonly [string, string, string])[]): Promise<void> {
  await openTypedPlan(name, start, plan, { width: 1024, height: 768 });
  await handle.page.keyboard.press('F5');
  await gantt.presentation.waitFor();
}

/** A new project typed by keyboard in the task table (name, duration, predecessors per row), then opened in the Gantt (in a window of `size`). */
async function openTypedPlan(name: string, start: string, plan: readonly (readonly [string, string, string])[], size?: { width: number; height: number }): Promise<void> {
  const { page } = handle;
  const app = new AppPage(page);
  await newProjectStarting(page, name, start);
  await typeRows(app, plan);
  const [lastName = '', , lastPredecessors = ''] = plan.at(-1) ?? [];
  await expect.poll(() => app.cell(lastName, 'predecessors').innerText()).toBe(lastPredecessors);
  if (size) await page.setViewportSize(size);
  await app.openView('Gantt');
  await gantt.grid.waitFor();
}

describe('Gantt', () => {
  it('collapses and expands a phase, and zooms through every level', async () => {
    await expect.poll(() => gantt.row('Draft project charter').isVisible()).toBe(true);
    await gantt.toggle('Initiation');
    await expect.poll(() => gantt.row('Draft project charter').count()).toBe(0);
    await gantt.toggle('Initiation');
    await expect.poll(() => gantt.row('Draft project charter').count()).toBe(1);
    for (const level of ['Hours', 'Weeks', 'Months', 'Quarters', 'Years', 'Days'] as const) {
      await gantt.zoom(level);
      await expect.poll(() => gantt.toolbar.getByRole('button', { name: level }).getAttribute('aria-pressed')).toBe('true');
    }
    await screenshot(handle.page, 'gantt-light');
  });

  it('shows the outline to a chosen level, then every subtask, and still toggles row by row', async () => {
    await gantt.showOutline('Outline level 1');
    await expect.poll(() => gantt.row('Draft project charter').count()).toBe(0);
    await expect.poll(() => gantt.row('Environments and CI/CD').count()).toBe(0);
    expect(await gantt.row('Execution').isVisible()).toBe(true);
    await gantt.showOutline('Outline level 2');
    await expect.poll(() => gantt.row('Environments and CI/CD').count()).toBe(1);
    await expect.poll(() => gantt.row('Draft project charter').count()).toBe(1);
    expect(await gantt.row('Provision cloud environments').count()).toBe(0);
    await screenshot(handle.page, 'gantt-outline-level-2-light');
    await gantt.toggle('Environments and CI/CD');
    await expect.poll(() => gantt.row('Provision cloud environments').count()).toBe(1);
    expect(await gantt.row('Payment API design').count()).toBe(0);
    await gantt.showOutline('All subtasks');
    await expect.poll(() => gantt.row('Payment API design').count()).toBe(1);
  });

  it('moves, resizes and updates progress by dragging, each undoable', async () => {
    const name = 'Draft project charter';
    const x0 = await barX(name);
    await gantt.dragBy(await gantt.bar(name), 120);
    await expect.poll(() => barX(name)).toBeGreaterThan(x0);
    await gantt.undo();
    await expect.poll(() => barX(name)).toBe(x0);
    const w0 = await barWidth(name);
    await gantt.dragBy(handle.page.locator(`.gl-frappe .bar-wrapper[data-id="r${String(await gantt.rowIndex(name))}"] .handle.right`), 80);
    await expect.poll(() => barWidth(name)).toBeGreaterThan(w0);
    await gantt.undo();
    await expect.poll(() => barWidth(name)).toBe(w0);
    // The share of the bar drawn as done: lowering a finished task's progress clears its actual
    // finish, and its remaining work resumes after the status date, so the bar itself may grow.
    const progress = async (): Promise<number> =>
      Number(await handle.page.locator(`${await gantt.barSelector(name)} .bar-progress`).getAttribute('width')) / await barWidth(name);
    const p0 = await progress();
    // Towards the middle of the bar, whichever way that is from the current progress.
    const towardsMiddle = p0 > 0.5 ? -w0 / 3 : w0 / 3;
    await (await gantt.bar(name)).hover();
    await gantt.dragBy(handle.page.locator(`${await gantt.barSelector(name)} .handle.progress`), towardsMiddle);
    await expect.poll(async () => Math.sign(await progress() - p0)).toBe(Math.sign(towardsMiddle));
    await gantt.undo();
    await expect.poll(progress).toBe(p0);
    expect(await barWidth(name)).toBe(w0);
    // Bars redrawn one at a time leave nothing behind in frappe's header.
    expect(await handle.page.locator('.gl-frappe .date-range-highlight').count()).toBe(await handle.page.locator('.gl-frappe .bar-wrapper').count());
  });

  it('records the scheduled start as the actual start when progress is dragged on a bar of a new plan', async () => {
    const { page } = handle;
    const app = new AppPage(page);
    await app.projects.getByRole('button', { name: 'New project', exact: true }).click();
    await page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).press('Enter');
    await expect.poll(() => app.title.textContent()).toBe('Untitled project');
    await app.openView('Tasks');
    await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).click();
    await app.nameNewRow('Build');
    await app.editCell('Build', 'duration', '10d');
    await app.showColumns(['Actual start']);
    const start = await app.cell('Build', 'start').textContent();
    expect(await app.cell('Build', 'actualStart').textContent()).toBe('');
    await app.openView('Gantt');
    const bar = await gantt.bar('Build');
    await bar.hover();
    await gantt.dragBy(page.locator(`${await gantt.barSelector('Build')} .handle.progress`), await barWidth('Build') / 2);
    await expect.poll(async () => Number(await page.locator(`${await gantt.barSelector('Build')} .bar-progress`).getAttribute('width'))).toBeGreaterThan(0);
    await app.openView('Tasks');
    await expect.poll(() => app.cell('Build', 'actualStart').textContent()).toBe(start);
    expect(Number((await app.cell('Build', 'percent').textContent())?.replace('%', ''))).toBeGreaterThan(0);
  });

  it('keeps the label of a bar that starts left of the view readable at the left edge', async () => {
    // Weekly status reports run for months. Its bar is brought into view (a click on its row) and
    // the chart scrolled until the bar ends 400 px right of the view's left edge, whatever day it
    // is: its centre, where frappe puts the label, is then far out of view to the left. The test
    // relied on the chart opening at today near the bar's end, which held only in December 2026
    // (with E2E_NOW on 2 January 2027 the label sat centred, 223 px from the edge).
    const name = 'Weekly status reports and steering';
    // The sample's long tasks are behind its status date, so each is drawn in two pieces with its
    // name after the last (a split bar's label is not frappe's): without the status date this one
    // is one bar again.
    const app = new AppPage(handle.page);
    await app.openView('Costs');
    await new CostsPage(handle.page).toolbar.getByRole('button', { name: 'Clear status date' }).click();
    await expect.poll(() => app.topBarFacts()).not.toMatch(/status date/);
    await app.openView('Gantt');
    await gantt.grid.waitFor();
    await gantt.chart.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const bar = await gantt.bar(name);
    const label = handle.page.locator(`${await gantt.barSelector(name)} .bar-label`);
    const box = async (of: Locator): Promise<{ x: number; width: number }> => (await of.boundingBox()) ?? { x: 0, width: 0 };
    const scrollBy = async (px: number): Promise<void> => {
      await gantt.chart.evaluate((el, by) => { el.scrollLeft += by; }, Math.round(px));
      // The rendered window follows the scroll a frame later.
      await handle.page.evaluate(() => new Promise((done) => { requestAnimationFrame(() => { requestAnimationFrame(done); }); }));
    };
    // The rendered window reaches past the view on both sides, so a bar end inside the view is the task's end.
    for (let step = 0; step < 40; step++) {
      const [b, c] = [await box(bar), await box(gantt.chart)];
      if (b.width > 0 && b.x + b.width < c.x + c.width - 20) break;
      await scrollBy(c.width / 2);
    }
    await scrollBy((await box(bar)).x + (await box(bar)).width - (await box(gantt.chart)).x - 400);
    await expect.poll(async () => (await box(bar)).x - (await box(gantt.chart)).x).toBeLessThan(0);
    const inView = async (): Promise<boolean> => {
      const [text, chart] = [await label.boundingBox(), await box(gantt.chart)];
      return !!text && text.x >= chart.x && text.x + text.width <= chart.x + chart.width;
    };
    await expect.poll(inView).toBe(true);
    await expect.poll(async () => Math.round((await box(label)).x - (await box(gantt.chart)).x)).toBeLessThan(12);
    await screenshot(handle.page, 'gantt-pinned-label-light');
  });

  it('highlights the selected task across the chart, aligned with its table row, also when presenting', async () => {
    await gantt.row('Stakeholder analysis').click();
    await expect.poll(() => gantt.selectedBand().count()).toBe(1);
    expect(await gantt.bandOffset('Stakeholder analysis')).toEqual({ top: 0, height: 0 });
    await screenshot(handle.page, 'gantt-selected-light');
    await gantt.row('Solution architecture').click();
    await expect.poll(() => gantt.bandOffset('Solution architecture')).toEqual({ top: 0, height: 0 });
    await handle.page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    await expect.poll(() => gantt.selectedBand(gantt.presentation).count()).toBe(1);
    await gantt.presentation.getByRole('grid').getByRole('row').filter({ hasText: 'Solution architecture' }).scrollIntoViewIfNeeded();
    await expect.poll(() => gantt.bandOffset('Solution architecture', gantt.presentation)).toEqual({ top: 0, height: 0 });
  });

  it('creates a link by dragging between bars, edits it from its arrow, and undoes', async () => {
    const before = await gantt.arrows().count();
    await gantt.linkByDrag('Project kick-off meeting', 'Stakeholder analysis');
    await expect.poll(() => gantt.arrows().count()).toBe(before + 1);
    await gantt.arrow('Project kick-off meeting', 'Stakeholder analysis').click();
    await handle.page.getByRole('dialog', { name: 'Edit link' }).getByRole('button', { name: 'Delete link' }).click();
    await expect.poll(() => gantt.arrows().count()).toBe(before);
    await gantt.undo();
    await expect.poll(() => gantt.arrows().count()).toBe(before + 1);
  });

  it('shows the critical path and a saved baseline', async () => {
    await gantt.toolbar.getByRole('checkbox', { name: 'Critical path' }).check();
    await expect.poll(() => gantt.toolbar.getByRole('list', { name: 'Legend' }).textContent()).toContain('Critical');
    await gantt.row('Project kick-off meeting').click();
    await screenshot(handle.page, 'gantt-critical-light');
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await expect.poll(() => handle.page.getByTestId('baseline-bar').count()).toBeGreaterThan(0);
  });

  it('keeps showing the baseline just saved after leaving the Gantt and after a reload, and None once it is undone', async () => {
    const { page } = handle;
    const app = new AppPage(page);
    await app.newEmptyProject('Baseline kept');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const name of ['Design', 'Build', 'Test']) await typeCell(name);
    await app.cell('Design', 'duration').click();
    for (const duration of ['2d', '3d', '2d']) await typeCell(duration);
    await expect.poll(() => app.cell('Test', 'duration').innerText()).toMatch(/^2/);

    await app.openView('Gantt');
    await gantt.grid.waitFor();
    const shownBaseline = async (): Promise<string | null> => (await gantt.control('combobox', 'Baseline')).locator('option:checked').textContent();
    expect(await shownBaseline()).toBe('None');
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(0);
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await app.expectNotice('Baseline saved.');
    await expect.poll(shownBaseline).toBe('Baseline');
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(3);
    await screenshotsAtBothSizes(page, 'gantt-baseline-shown', async () => {
      // The More popover closed, so the bars it would cover on a narrow window show.
      const more = gantt.toolbar.getByRole('button', { name: 'More', exact: true });
      if (await more.getAttribute('aria-expanded') === 'true') await more.click();
      await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(3);
    });

    await app.openView('Tasks');
    await app.grid.waitFor();
    await app.openView('Gantt');
    await expect.poll(shownBaseline).toBe('Baseline');
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(3);

    // Undone, the baseline it names is gone: None, no bars, no error; Redo brings both back.
    await app.undo();
    await expect.poll(shownBaseline).toBe('None');
    expect(await page.getByTestId('baseline-bar').count()).toBe(0);
    await app.redo();
    await expect.poll(shownBaseline).toBe('Baseline');
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(3);

    await app.waitSaved();
    await handle.reload();
    await app.openView('Gantt');
    await expect.poll(() => app.title.textContent()).toBe('Baseline kept');
    await expect.poll(shownBaseline).toBe('Baseline');
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(3);

    // With None shown, a baseline saved in Baselines… is shown when it closes, as Save baseline's is.
    await (await gantt.control('combobox', 'Baseline')).selectOption({ label: 'None' });
    await (await gantt.viewOptions()).getByRole('button', { name: 'Baselines…' }).click();
    const manager = page.getByRole('dialog', { name: /Baselines/ });
    await manager.getByRole('button', { name: 'Save Baseline 1', exact: true }).click();
    await manager.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(shownBaseline).toBe('Baseline 1');
  });

  it('shows every grid header whole over its column, the divider on a column edge, at 1024 and 1440 px', async () => {
    const { page } = handle;
    const app = new AppPage(page);
    await app.newEmptyProject('Ledger cut-over');
    await app.grid.getByRole('row', { name: 'New task row' }).locator('[data-column="name"]').click();
    for (const [name] of PRESENTED) await typeCell(name);
    const whole = ['WBS', 'Task name', 'Duration', 'Start', 'Finish', 'Predecessors', 'People', '% Done'].map((h) => `${h}: whole`);
    for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
      // The divider's first place depends on the window: the view is opened at each size.
      await page.setViewportSize({ width, height });
      await app.openView('Tasks');
      await app.openView('Gantt');
      await gantt.grid.waitFor();
      await expect.poll(() => gridHeaders(gantt)).toEqual(whole);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await screenshot(page, `gantt-grid-headers-${String(width)}x${String(height)}-${scheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('presents a plan fitted to a 1024 px screen with the scale\'s month and the last milestone\'s name whole at the edges', async () => {
    const { page } = handle;
    // Four weeks from a Friday late in November: fitted at 1024 px, the chart starts in the Weeks
    // zoom a few days before the month ends, too few for "November 2026".
    await presentTypedPlan('Billing upgrade', '2026-11-27', [['Discovery', '1w', ''], ['Design', '1w', '1'], ['Build', '2w', '2'], ['Release approved', '0d', '3']]);
    await screenshotsAtBothSizes(page, 'presentation-edge-labels', async () => {
      await expect.poll(() => cutEdgeLabels(gantt.presentation)).toEqual([]);
    });
    // The month the chart starts in is still named at 1024 px, shortened to what fits its last days.
    await page.setViewportSize({ width: 1024, height: 768 });
    const firstMonth = (): Promise<string> => gantt.presentation.evaluate((dialog) => {
      const scale = dialog.querySelector('.gl-time-viewport')?.getBoundingClientRect();
      const shown = [...dialog.querySelectorAll('.gl-tier-upper .gl-tick')].filter((t) => scale && t.getBoundingClientRect().right > scale.left + 1);
      return shown[0]?.textContent ?? '';
    });
    await expect.poll(firstMonth).toMatch(/^Nov/);
    // Exported as it looks: the milestone's name inside the image too, left of its diamond.
    const download = page.waitForEvent('download');
    await gantt.presentation.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Export SVG' }).click();
    const file = artifactPath('presentation-edge-labels.svg');
    await (await download).saveAs(file);
    const viewer = await page.context().newPage();
    await viewer.setContent(`<!doctype html><body style="margin:0">${readFileSync(file, 'utf8')}</body>`);
    const overhang = await viewer.evaluate(() => {
      const image = document.querySelector('body > svg')?.getBoundingClientRect();
      const name = [...document.querySelectorAll('text')].filter((t) => t.textContent === 'Release approved').at(-1)?.getBoundingClientRect();
      return image && name ? Math.max(0, Math.round(name.right - image.right)) : NaN;
    });
    await viewer.close();
    expect(overhang).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => gantt.presentation.count()).toBe(0);
  });

  it('presents a plan whose last task is short and far right with its whole name left of its bar', async () => {
    const { page } = handle;
    await presentTypedPlan('Vendor selection', '2027-01-04', [['Discovery', '4w', ''], ['Steering committee sign-off', '1d', '1']]);
    await screenshotsAtBothSizes(page, 'presentation-task-name-left', async () => {
      await expect.poll(() => cutEdgeLabels(gantt.presentation)).toEqual([]);
      // Left of its bar, not hidden, and not struck through by the arrow entering the bar.
      await expect.poll(() => gantt.presentation.evaluate((dialog) => {
        const label = [...dialog.querySelectorAll('.bar-label')].find((l) => l.textContent === 'Steering committee sign-off');
        const bar = label?.parentElement?.querySelector('.bar');
        if (!label || !bar) return 'no label or bar';
        const box = label.getBoundingClientRect();
        if (box.right > bar.getBoundingClientRect().left) return 'right of its bar';
        const crossed = [...dialog.querySelectorAll<SVGPathElement>('.gl-arrow-line')].some((line) => {
          const svg = line.ownerSVGElement?.getBoundingClientRect();
          if (!svg) return false;
          for (let x = box.left; x <= box.right; x += 1) {
            if (line.isPointInStroke(new DOMPoint(x - svg.left, box.top + box.height / 2 - svg.top))) return true;
          }
          return false;
        });
        return crossed ? 'crossed by an arrow' : 'clear';
      })).toBe('clear');
    });
    // Exported as it looks: the name left of its bar in the image too, and every name clear of the arrow.
    await page.setViewportSize({ width: 1024, height: 768 });
    const download = page.waitForEvent('download');
    await gantt.presentation.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Export SVG' }).click();
    const file = artifactPath('presentation-task-name-left.svg');
    await (await download).saveAs(file);
    const viewer = await page.context().newPage();
    await viewer.setContent(`<!doctype html><body style="margin:0">${readFileSync(file, 'utf8')}</body>`);
    const inImage = await viewer.evaluate(() => {
      const name = [...document.querySelectorAll('text')].filter((t) => t.textContent === 'Steering committee sign-off').at(-1);
      if (!name || name.getAttribute('text-anchor') !== 'end') return ['sign-off not left of its bar'];
      // No text of the image (names, bar names, scale) is struck through by a line.
      return [...document.querySelectorAll('text')].filter((text) => {
        const box = text.getBoundingClientRect();
        return [...document.querySelectorAll('path')].some((path) => {
          const toPath = path.getScreenCTM()?.inverse();
          if (!toPath) return false;
          for (let x = box.left; x <= box.right; x += 1) {
            if (path.isPointInStroke(new DOMPoint(x, box.top + box.height / 2).matrixTransform(toPath))) return true;
          }
          return false;
        });
      }).map((text) => `${text.textContent ?? ''} crossed by a line`);
    });
    await viewer.close();
    expect(inImage).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => gantt.presentation.count()).toBe(0);
  });

  it('draws a milestone\'s name over the arrow that leaves it, on a halo of the chart\'s background', async () => {
    const { page } = handle;
    await openTypedPlan('Go-live', '2027-01-04', [['Build', '3d', ''], ['Go-live approved', '0d', '1'], ['Rollout', '2d', '2']]);
    await gantt.zoom('Days');
    // The arrow to Rollout leaves the diamond and turns down 8 px right of it, across the name.
    const crossing = async (): Promise<{ arrows: number; isNameOver: boolean; paintOrder: string }> => gantt.chart.evaluate((chart) => {
      const name = [...chart.querySelectorAll('.gl-milestone-label')].find((l) => l.textContent === 'Go-live approved');
      if (!name) return { arrows: 0, isNameOver: false, paintOrder: '' };
      const box = name.getBoundingClientRect();
      const arrows = [...chart.querySelectorAll('.gl-arrow-line')].filter((a) => {
        const b = a.getBoundingClientRect();
        return b.left < box.right && b.right > box.left && b.top < box.bottom && b.bottom > box.top;
      });
      return {
        arrows: arrows.length,
        isNameOver: arrows.every((a) => (a.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
        paintOrder: getComputedStyle(name).paintOrder,
      };
    });
    await expect.poll(async () => (await crossing()).arrows).toBeGreaterThan(0);
    const drawn = await crossing();
    expect(drawn.isNameOver).toBe(true);
    expect(drawn.paintOrder).toMatch(/^stroke/);
    await screenshotsAtBothSizes(page, 'gantt-milestone-name-over-arrow');
  });

  it('pins a milestone\'s name at the chart\'s left edge when its diamond is just out of view there, whole', async () => {
    // A tester's screenshot read "sign-off" for "UAT sign-off": the diamond had scrolled out to the
    // left and its name, drawn right of it, was cut by the edge. Bar labels were pinned there; now
    // milestone names are too, and go back beside the diamond once it is in view.
    const { page } = handle;
    await openTypedPlan('Sign-off', '2027-01-04', [['Build', '3d', ''], ['UAT sign-off', '0d', '1'], ['Rollout', '10d', '2']]);
    await gantt.zoom('Days');
    const place = (): Promise<{ diamondRight: number; nameLeft: number; chartLeft: number } | null> => gantt.chart.evaluate((chart) => {
      const name = [...chart.querySelectorAll('.gl-milestone-label')].find((l) => l.textContent === 'UAT sign-off');
      const diamond = name ? chart.querySelector(`.gl-milestone-diamond[data-row="${name.getAttribute('data-row') ?? ''}"]`) : null;
      if (!name || !diamond) return null;
      return { diamondRight: diamond.getBoundingClientRect().right, nameLeft: name.getBoundingClientRect().left, chartLeft: chart.getBoundingClientRect().left };
    });
    await expect.poll(place).not.toBeNull();
    const nextFrames = (): Promise<unknown> => page.evaluate(() => new Promise((done) => { requestAnimationFrame(() => { requestAnimationFrame(done); }); }));
    // Scrolled so that the diamond ends 12 px left of the view: right of it, the name would start 7 px out of view.
    const start = (await place())!;
    await gantt.chart.evaluate((el, by) => { el.scrollLeft += by; }, Math.round(start.diamondRight - start.chartLeft + 12));
    await nextFrames();
    await expect.poll(async () => { const p = await place(); return p ? p.diamondRight - p.chartLeft : null; }).toBeLessThan(0);
    await expect.poll(() => cutEdgeLabels(gantt.view)).not.toContain('UAT sign-off');
    await expect.poll(async () => { const p = (await place())!; return Math.round(p.nameLeft - p.chartLeft); }).toBe(5);
    await screenshotsAtBothSizes(page, 'gantt-milestone-name-pinned');
    // Back where the diamond shows, the name is beside it again.
    await gantt.chart.evaluate((el) => { el.scrollLeft -= 60; });
    await nextFrames();
    await expect.poll(async () => { const p = (await place())!; return p.nameLeft > p.diamondRight && p.nameLeft - p.diamondRight < 8; }).toBe(true);
  });

  it('starts a name right of its bar after the turn of the arrow leaving the bar\'s end, not through its first letter', async () => {
    // A tester's screenshot: the arrow from "Design review" turned down 8 px after the bar, through
    // the D of the name written 5 px after it. The name now starts 5 px after the turn.
    const { page } = handle;
    await openTypedPlan('Review', '2027-01-04', [['Design review', '1d', ''], ['Build', '5d', '1']]);
    await gantt.zoom('Days');
    const bar = await gantt.bar('Design review');
    const label = page.locator(`${await gantt.barSelector('Design review')} .bar-label`);
    await expect.poll(() => label.evaluate((el) => el.classList.contains('big')), { message: 'the name is right of its bar' }).toBe(true);
    const turnX = (): Promise<number | null> => gantt.chart.evaluate((chart) => {
      const line = [...chart.querySelectorAll<SVGPathElement>('.gl-arrow-line')][0];
      const turn = line ? /^M[-\d.]+,([-\d.]+) H([-\d.]+)/.exec(line.getAttribute('d') ?? '') : null;
      const matrix = line?.getScreenCTM();
      return turn && matrix ? new DOMPoint(Number(turn[2]), Number(turn[1])).matrixTransform(matrix).x : null;
    });
    await expect.poll(turnX).not.toBeNull();
    const barEnd = ((await bar.boundingBox())?.x ?? 0) + ((await bar.boundingBox())?.width ?? 0);
    expect(Math.round((await turnX())! - barEnd), 'the arrow turns 8 px after the bar').toBe(8);
    await expect.poll(async () => Math.round(((await label.boundingBox())?.x ?? 0) - (await turnX())!), { message: 'the name starts after the turn' }).toBeGreaterThanOrEqual(4);
    await screenshotsAtBothSizes(page, 'gantt-name-after-arrow-turn');
  });

  it('presents: enters, steps, zooms and leaves', async () => {
    await handle.page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    await handle.page.keyboard.press('ArrowRight');
    await expect.poll(() => gantt.presentation.locator('.gl-present-stop').textContent()).toMatch(/^1\//);
    await handle.page.keyboard.press('-');
    await screenshot(handle.page, 'gantt-presentation-light');
    await handle.page.keyboard.press('Escape');
    await expect.poll(() => gantt.presentation.count()).toBe(0);
  });

  it('opens on the whole project fitted to the screen, refits on a focus, and still zooms by + and −', async () => {
    // From an empty project typed by keyboard, not the sample plan this file opens with.
    const { page } = handle;
    const app = new AppPage(page);
    await app.newEmptyProject('Billing upgrade');
    await typeRows(app, PRESENTED);
    await expect.poll(() => app.cell('Release approved', 'predecessors').innerText()).toBe('3');

    await app.openView('Gantt');
    await gantt.grid.waitFor();
    await page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    const whole = PRESENTED.map(([name]) => ({ name, inside: true }));
    await expect.poll(() => barsInView(gantt)).toEqual(whole);
    await screenshotsAtBothSizes(page, 'presentation-whole-project', async () => {
      await expect.poll(() => barsInView(gantt)).toEqual(whole);
    });

    // Zoomed in two steps, the last weeks leave the screen; choosing the focus again fits it back.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(async () => (await barsInView(gantt)).every((b) => b.inside)).toBe(false);
    const focus = gantt.presentation.getByLabel('Focus');
    await focus.selectOption({ label: 'Milestones only' });
    await focus.selectOption({ label: 'Whole project' });
    await expect.poll(() => barsInView(gantt)).toEqual(whole);
    // A focus with nothing to show takes the chart away; the whole project comes back fitted.
    await focus.selectOption({ label: 'Date window' });
    // The window's dates are taken as each field is left (present-window-date-fields.e2e.ts).
    await gantt.presentation.getByLabel('From', { exact: true }).fill('2020-01-01');
    await gantt.presentation.getByLabel('From', { exact: true }).press('Tab');
    await gantt.presentation.getByLabel('To', { exact: true }).fill('2020-01-31');
    await gantt.presentation.getByLabel('To', { exact: true }).press('Tab');
    await expect.poll(() => gantt.presentation.innerText()).toContain('Nothing to show for this focus.');
    await focus.selectOption({ label: 'Whole project' });
    await expect.poll(() => barsInView(gantt)).toEqual(whole);
    await page.keyboard.press('Escape');
    await expect.poll(() => gantt.presentation.count()).toBe(0);
  });

  it('exports from presentation mode what is shown, as it looks: the focus, in large type', async () => {
    await handle.page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    await gantt.presentation.getByLabel('Focus').selectOption({ label: 'Milestones only' });
    await expect.poll(() => gantt.presentation.getByRole('grid').getByRole('row').count()).toBeLessThan(12);
    await screenshot(handle.page, 'gantt-presentation-milestones-light');
    const save = async (format: 'PNG' | 'SVG'): Promise<string> => {
      const download = handle.page.waitForEvent('download');
      await gantt.presentation.getByRole('group', { name: 'Export' }).getByRole('button', { name: `Export ${format}` }).click();
      const file = artifactPath(`gantt-presentation-milestones.${format.toLowerCase()}`);
      await (await download).saveAs(file);
      return file;
    };
    const svg = readFileSync(await save('SVG'), 'utf8');
    // The title names the focus (wrapped in the names column).
    expect(svg).toMatch(/self-service: Milestones<\/text>/);
    for (const milestone of ['Charter approved', 'Plan baselined', 'Go-live']) expect(svg).toContain(`>${milestone}</text>`);
    expect(svg).not.toContain('Draft project charter');
    expect(svg).toContain('font-size="19"');
    expect(statSync(await save('PNG')).size).toBeGreaterThan(2000);
    // Still presenting: exporting is part of the meeting, not a way out of it.
    expect(await gantt.presentation.count()).toBe(1);
  });

  it('exports PNG, SVG and PDF files that are not empty', async () => {
    for (const format of ['PNG', 'SVG'] as const) {
      const download = handle.page.waitForEvent('download');
      await gantt.exportAs(`Export ${format}`);
      const file = join(handle.downloadsDir, `gantt.${format.toLowerCase()}`);
      await (await download).saveAs(file);
      expect(statSync(file).size).toBeGreaterThan(500);
    }
    // PDF: paper, orientation and layout are chosen first; a tiled A3 portrait and a one-page fit.
    // Printed by Chromium's print engine: pdfinfo reads its page count and size, rounded to whole points
    // (Chromium keeps the page box in CSS px, so A3's 842 x 1191 pt comes out as 841.92 x 1191.12).
    const pdfPages = async (paper: string, orientation: string, layout: string): Promise<{ pages: number; size: string }> => {
      await gantt.exportAs('Export PDF…');
      const options = handle.page.getByRole('dialog', { name: 'PDF options' });
      await options.getByLabel('Paper').selectOption(paper);
      await options.getByLabel('Orientation').selectOption(orientation);
      await options.getByLabel('Layout').selectOption(layout);
      const download = handle.page.waitForEvent('download');
      await options.getByRole('button', { name: 'Export PDF' }).click();
      const file = artifactPath(`gantt-${paper}-${orientation}-${layout}.pdf`);
      await (await download).saveAs(file);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
      return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: `${String(Math.round(Number(size?.[1])))} x ${String(Math.round(Number(size?.[2])))}` };
    };
    const tiled = await pdfPages('A3', 'portrait', 'tile');
    expect(tiled.size).toBe('842 x 1191');
    expect(tiled.pages).toBeGreaterThan(1);
    expect(await pdfPages('Letter', 'landscape', 'fit')).toEqual({ pages: 1, size: '792 x 612' });
  });
});

describe('Gantt in dark theme', () => {
  it('renders normal and presentation views', async () => {
    await handle.close();
    await open('dark');
    await gantt.row('Write product requirements document').click();
    await expect.poll(() => gantt.bandOffset('Write product requirements document')).toEqual({ top: 0, height: 0 });
    await screenshot(handle.page, 'gantt-dark');
    await handle.page.keyboard.press('F5');
    await gantt.presentation.waitFor();
    await expect.poll(() => gantt.selectedBand(gantt.presentation).count()).toBe(1);
    await screenshot(handle.page, 'gantt-presentation-dark');
  });
});

/**
 * What the RAID log shows elsewhere (issue 14): from an empty project built by keyboard, a risk and
 * an issue linked to tasks put named markers on the Gantt (grid and bars: a bar's marker sits after
 * the bar, clear of its name), the board and the task table; "Tasks at risk" keeps only those tasks
 * (and their summary) in the Gantt, the board and the task table (its own toolbar toggle), across
 * views and a reload; closing the risk removes its marker; a linked task in the register opens in the Gantt;
 * the category list is edited (rename refiles the risk in one undo step, removal asks where its
 * risks go). Screenshots light and dark at 1024x768 and 1440x900. The Gantt's exports draw the bar
 * markers too: in the SVG (named by a <title>), the PNG (looked at, light and dark) and the PDF;
 * an export made after switching to the dark theme draws them in the dark bands, as the chart does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, freshAppPerTest, screenshot, type AppHandle, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { BoardPage } from './pages/board-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let handle: AppHandle;
let app: AppPage;
let gantt: GanttPage;
let board: BoardPage;

beforeEach(() => {
  handle = fixture.handle;
  app = new AppPage(handle.page);
  gantt = new GanttPage(handle.page);
  board = new BoardPage(handle.page);
});

const RISK = 'At risk: R-001 Vendor late, score 16';
const ISSUE = 'At risk: I-001 Schema migration fails, high priority';

/** Platform > (Vendor API, Database), then Docs: typed into the task table, indented with Alt+Shift+→. */
async function emptyProject(on: AppPage): Promise<void> {
  await on.projects.getByRole('button', { name: 'New project', exact: true }).focus();
  await on.page.keyboard.press('Enter');
  await on.page.getByRole('dialog', { name: 'New project' }).getByLabel('Name', { exact: true }).waitFor();
  await on.page.keyboard.press('Enter');
  await expect.poll(() => on.title.textContent()).toBe('Untitled project');
  await on.openView('Tasks');
  for (const task of ['Platform', 'Vendor API', 'Database', 'Docs']) {
    await on.page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await on.page.keyboard.press('Enter');
    await on.nameNewRow(task);
    await expect.poll(() => on.row(task).count()).toBe(1);
  }
  await on.cell('Vendor API', 'name').click();
  await on.page.keyboard.press('Shift+ArrowDown');
  await on.page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => on.outline()).toEqual(['Platform@0', 'Vendor API@1', 'Database@1', 'Docs@0']);
  await on.waitSaved();
}

async function openRisks(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Risks/ }).click();
}

/** The names of the Gantt's grid rows, top to bottom. */
async function ganttNames(): Promise<string[]> {
  await gantt.grid.waitFor();
  return gantt.grid.locator('.gl-name-text').allInnerTexts();
}

interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The on-screen boxes of a task's bar, its name on the chart and the risk marker named `marker`. */
async function barBoxes(task: string, marker: string): Promise<{ bar: Box; label: Box; marker: Box }> {
  const bar = await (await gantt.bar(task)).boundingBox();
  const label = await handle.page.locator(`${await gantt.barSelector(task)} .bar-label`).boundingBox();
  const mark = await gantt.chart.getByRole('img', { name: marker }).boundingBox();
  if (!bar || !label || !mark) throw new Error(`${task}: bar, name or marker not on screen`);
  return { bar, label, marker: mark };
}

async function boardNames(): Promise<string[]> {
  return handle.page.locator('.board-card:not([data-dnd-placeholder]) .board-card__name').allInnerTexts();
}

/** The view at 1024×768 and 1440×900, light and dark. */
const shots = (page: Page, name: string): Promise<string[]> => screenshotsAtBothSizes(page, name);

describe('risk markers and the tasks-at-risk filter', () => {
  it('marks linked tasks everywhere, filters to them, follows closing, edits categories and keeps it all after reload', async () => {
    const page = handle.page;
    await emptyProject(app);

    // A risk (P4 x I4 = 16) on Vendor API, filed under vendor, from the heat map.
    await openRisks(page);
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 4' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.getByLabel('Title', { exact: true }).fill('Vendor late');
    await editor.getByLabel('Title', { exact: true }).press('Tab');
    await editor.getByLabel('Category', { exact: true }).selectOption('vendor');
    await editor.getByLabel('Link affected task', { exact: true }).selectOption({ label: 'Vendor API' });
    await editor.getByRole('button', { name: 'Done' }).click();
    // An issue (high priority) on Database, typed in the issues log.
    await page.getByRole('tab', { name: 'Issues' }).click();
    await page.getByLabel('New issue title').fill('Schema migration fails');
    await page.getByLabel('New issue title').press('Enter');
    await page.getByLabel('I-001 priority').selectOption('high');
    await page.getByLabel('I-001 link task').selectOption({ label: 'Database' });
    await expect.poll(() => page.getByRole('table', { name: 'Issues' }).getByRole('button', { name: 'Database', exact: true }).count()).toBe(1);

    // The issue's task opens in the Gantt, selected, with both markers named in the grid.
    await page.getByRole('table', { name: 'Issues' }).getByRole('button', { name: 'Database', exact: true }).click();
    await expect.poll(() => gantt.row('Database').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => gantt.row('Vendor API').getByRole('img', { name: RISK }).count()).toBe(1);
    await expect.poll(() => gantt.row('Database').getByRole('img', { name: ISSUE }).count()).toBe(1);
    expect(await gantt.row('Docs').getByRole('img').count()).toBe(0);
    expect(await gantt.row('Vendor API').getByRole('img', { name: RISK }).getAttribute('title')).toBe(RISK);
    // On the bars too: one marker each, named and with the same tooltip, none on Docs' bar.
    await expect.poll(() => gantt.chart.getByRole('img', { name: RISK }).count()).toBe(1);
    await expect.poll(() => gantt.chart.getByRole('img', { name: ISSUE }).count()).toBe(1);
    expect(await gantt.chart.locator('[data-testid="bar-risk-marker"]').count()).toBe(2);
    expect(await gantt.chart.getByRole('img', { name: RISK }).locator('title').textContent()).toBe(RISK);
    expect(await gantt.chart.getByRole('img', { name: RISK }).getAttribute('class')).toBe('risk-marker-bar score-severe');
    expect(await gantt.chart.getByRole('img', { name: ISSUE }).getAttribute('class')).toBe('risk-marker-bar score-high');
    await shots(page, 'risk-markers-gantt');
    // Each marker starts where its bar ends, and the task's name on the chart stays clear of it.
    for (const [task, name] of [['Vendor API', RISK], ['Database', ISSUE]] as const) {
      const box = await barBoxes(task, name);
      expect(box.marker.x).toBeGreaterThanOrEqual(box.bar.x + box.bar.width);
      expect(box.marker.x).toBeLessThan(box.bar.x + box.bar.width + 8);
      expect(overlaps(box.marker, box.label)).toBe(false);
    }
    // The active name cell's ring (2 px, inset) clears its risk sign above, below and after it.
    await gantt.row('Vendor API').locator('[data-column="name"]').click();
    const clearance = await gantt.row('Vendor API').locator('.gl-c-name.is-active').evaluate((cell) => {
      const [c, m] = [cell.getBoundingClientRect(), cell.querySelector('[data-testid="risk-marker"]')?.getBoundingClientRect()];
      return m ? Math.min(m.top - c.top, c.bottom - m.bottom, c.right - m.right) : -1;
    });
    expect(clearance).toBeGreaterThanOrEqual(4);
    await shots(page, 'risk-markers-gantt-active-name');

    // On the board: the marker on each card, named in the card's accessible name too.
    await app.openView('Board');
    await expect.poll(() => board.card('Vendor API').getAttribute('aria-label')).toContain(RISK);
    await expect.poll(() => board.card('Database').getAttribute('aria-label')).toContain(ISSUE);
    expect(await board.card('Docs').getAttribute('aria-label')).not.toContain('At risk');
    expect(await board.card('Vendor API').locator('[data-testid="risk-marker"]').getAttribute('title')).toBe(RISK);
    await shots(page, 'risk-markers-board');
    // And in the task table, which has its own "Tasks at risk" toggle: the two tasks and their summary.
    await app.openView('Tasks');
    await expect.poll(() => app.row('Database').getByRole('img', { name: ISSUE }).count()).toBe(1);
    // The active name cell's ring (2 px, inset) clears the risk sign above and below by 3 px or more, as in the Gantt's grid.
    await app.cell('Vendor API', 'name').click();
    const tableClearance = await app.row('Vendor API').locator('.cell.active[data-column="name"]').evaluate((cell) => {
      const [c, m] = [cell.getBoundingClientRect(), cell.querySelector('[data-testid="risk-marker"]')?.getBoundingClientRect()];
      return m ? Math.min(m.top - c.top, c.bottom - m.bottom) : -1;
    });
    expect(tableClearance).toBeGreaterThanOrEqual(5);
    await shots(page, 'risk-markers-table-active-name');
    const tableToggle = page.getByRole('toolbar', { name: 'Task actions' }).getByRole('checkbox', { name: 'Tasks at risk' });
    await tableToggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => app.outline()).toEqual(['Platform@0', 'Vendor API@1', 'Database@1']);
    expect(await app.row('Platform').getByRole('img', { name: /^At risk/ }).count()).toBe(0);
    await shots(page, 'risk-markers-table-filtered');
    await page.keyboard.press('Space');
    await expect.poll(() => app.outline()).toEqual(['Platform@0', 'Vendor API@1', 'Database@1', 'Docs@0']);

    // "Tasks at risk" on the Gantt: the two tasks and their summary; the board keeps the choice.
    await app.openView('Gantt');
    await (await gantt.control('checkbox', 'Tasks at risk')).check();
    await expect.poll(() => ganttNames()).toEqual(['Platform', 'Vendor API', 'Database']);
    await app.openView('Board');
    expect(await page.getByRole('checkbox', { name: 'Tasks at risk' }).isChecked()).toBe(true);
    await expect.poll(async () => (await boardNames()).sort()).toEqual(['Database', 'Vendor API']);
    await expect.poll(() => page.getByRole('button', { name: 'Clear filter Tasks at risk' }).count()).toBe(1);

    // Closing the risk takes its marker away: the filtered Gantt keeps the issue's task only.
    await openRisks(page);
    await page.getByRole('table', { name: 'Risks' }).getByRole('button', { name: 'Vendor late' }).click();
    await editor.getByLabel('Status', { exact: true }).selectOption('closed');
    await editor.getByRole('button', { name: 'Done' }).click();
    await app.openView('Gantt');
    await expect.poll(() => ganttNames()).toEqual(['Platform', 'Database']);
    await app.openView('Board');
    await expect.poll(() => boardNames()).toEqual(['Database']);
    await page.getByRole('checkbox', { name: 'Tasks at risk' }).uncheck();
    await expect.poll(async () => (await boardNames()).sort()).toEqual(['Database', 'Docs', 'Vendor API']);
    expect(await board.card('Vendor API').getAttribute('aria-label')).not.toContain('At risk');
    await page.getByRole('checkbox', { name: 'Tasks at risk' }).check();

    // The category list: rename vendor (the risk follows, one Undo takes both back), add, reorder, remove with a move.
    await openRisks(page);
    await page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: 'Categories…' }).click();
    const categories = page.getByRole('dialog', { name: 'Risk categories' });
    const names = (): Promise<string[]> => categories.getByRole('list', { name: 'Risk categories' }).getByRole('textbox').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await categories.getByLabel('Category 3 name').fill('supplier');
    await categories.getByLabel('Category 3 name').press('Enter');
    await expect.poll(() => names()).toEqual(['technical', 'security', 'supplier', 'schedule', 'cost', 'scope', 'people', 'compliance']);
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('supplier');
    await categories.getByLabel('New category').fill('legal');
    await categories.getByLabel('New category').press('Enter');
    await categories.getByRole('button', { name: 'Move legal up' }).click();
    await expect.poll(() => names()).toEqual(['technical', 'security', 'supplier', 'schedule', 'cost', 'scope', 'people', 'legal', 'compliance']);
    await categories.getByRole('button', { name: 'Remove supplier' }).click();
    await expect.poll(() => categories.getByRole('alert').first().textContent()).toBe("'supplier' is used by 1 risk (R-001). Move them to another category to remove it.");
    expect(await categories.getByTitle('1 risk', { exact: true }).count()).toBe(1);
    await screenshot(page, 'risk-categories-move-1440-light');
    await categories.getByRole('button', { name: 'Keep it' }).click();
    await categories.getByRole('button', { name: 'Remove cost' }).click();
    await expect.poll(() => names()).toEqual(['technical', 'security', 'supplier', 'schedule', 'scope', 'people', 'legal', 'compliance']);
    await shots(page, 'risk-categories');
    await categories.getByRole('button', { name: 'Remove supplier' }).click();
    await categories.getByLabel('Move its risks to').selectOption('schedule');
    await categories.getByRole('button', { name: 'Move and remove' }).click();
    await expect.poll(() => names()).toEqual(['technical', 'security', 'schedule', 'scope', 'people', 'legal', 'compliance']);
    await categories.getByRole('button', { name: 'Done' }).click();
    const category = (): Promise<string | null> => page.getByRole('table', { name: 'Risks' }).getByRole('row').nth(1).getByRole('cell').nth(3).textContent();
    expect(await category()).toBe('schedule');
    // Undo: supplier comes back with its risk; three more (cost, legal's move, legal): still supplier; one more: vendor, on the risk too.
    await app.undo();
    await expect.poll(() => category()).toBe('supplier');
    for (let i = 0; i < 3; i++) await app.undo();
    await app.undo();
    await expect.poll(() => category()).toBe('vendor');
    await app.redo();
    await expect.poll(() => category()).toBe('supplier');
    for (let i = 0; i < 4; i++) await app.redo();
    await expect.poll(() => category()).toBe('schedule');
    await page.getByRole('tab', { name: 'Issues' }).click();
    await shots(page, 'risk-issues');
    await page.getByRole('tab', { name: 'Risk register' }).click();
    await shots(page, 'risk-register');
    await app.waitSaved();

    // After a reload: the filter, the markers and the category list are all still there.
    await page.reload();
    await app.openView('Gantt');
    expect(await (await gantt.control('checkbox', 'Tasks at risk')).isChecked()).toBe(true);
    await expect.poll(() => ganttNames()).toEqual(['Platform', 'Database']);
    await expect.poll(() => gantt.row('Database').getByRole('img', { name: ISSUE }).count()).toBe(1);
    await expect.poll(() => gantt.chart.getByRole('img', { name: ISSUE }).count()).toBe(1);
    // The task table keeps the same choice: the issue's task under its summary, its toggle on.
    await app.openView('Tasks');
    await expect.poll(() => app.outline()).toEqual(['Platform@0', 'Database@1']);
    expect(await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('checkbox', { name: 'Tasks at risk' }).isChecked()).toBe(true);
    await openRisks(page);
    await expect.poll(() => page.getByRole('table', { name: 'Risks' }).getByRole('row').nth(1).getByRole('cell').nth(3).textContent()).toBe('schedule');
    await page.getByRole('toolbar', { name: 'Risk register' }).getByRole('button', { name: 'Categories…' }).click();
    await expect.poll(() => names()).toEqual(['technical', 'security', 'schedule', 'scope', 'people', 'legal', 'compliance']);
  }, 240_000); // one journey through four views with twenty screenshots, on a shared 2-core machine; the 60 s default is for one view's spec
});

/** The exported file's path, saved beside the screenshots. */
async function exported(item: 'Export PNG' | 'Export SVG' | 'Export PDF…', name: string): Promise<string> {
  const page = handle.page;
  const path = artifactPath(name);
  const { download } = await new FilesPage(page).download(async () => {
    await gantt.exportAs(item);
    if (item === 'Export PDF…') await page.getByRole('dialog', { name: 'PDF options' }).getByRole('button', { name: 'Export PDF' }).click();
  });
  await download.saveAs(path);
  return path;
}

/** The export's row (0 = first) of a name in the names column and of each marker's triangle: 56 px header, 28 px rows. */
function exportedRows(svg: string, name: string): { name: number; markers: number[] } {
  const rowOf = (y: number): number => Math.floor((y - 56) / 28);
  const nameY = Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*>${name}</text>`).exec(svg)?.[1]);
  const markers = [...svg.matchAll(/<title>At risk[^<]*<\/title><path d="M[\d.]+,([\d.]+) L[\d.]+,([\d.]+)/g)]
    .map((m) => rowOf((Number(m[1]) + Number(m[2])) / 2));
  return { name: rowOf(nameY), markers };
}

describe('risk markers in the Gantt\'s exports', () => {
  it('draws the marker of a task at risk in the SVG, PNG and PDF exports, after a reload too', async () => {
    const page = handle.page;
    await emptyProject(app);
    await openRisks(page);
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 4' }).click();
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.getByLabel('Title', { exact: true }).fill('Vendor late');
    await editor.getByLabel('Link affected task', { exact: true }).selectOption({ label: 'Vendor API' });
    await editor.getByRole('button', { name: 'Done' }).click();
    await app.openView('Gantt');
    await expect.poll(() => gantt.chart.getByRole('img', { name: RISK }).count()).toBe(1);

    // SVG: one marker, named as on screen, in the severe band's colours, on Vendor API's row.
    const svg = readFileSync(await exported('Export SVG', 'risk-marker-gantt.svg'), 'utf8');
    expect(svg.match(/<g role="img" aria-label="At risk[^"]*"/g)).toEqual([`<g role="img" aria-label="${RISK}"`]);
    expect(svg).toContain(`<title>${RISK}</title>`);
    expect(svg).toMatch(/<title>[^<]*<\/title><path d="[^"]*" fill="#fca5a5" stroke="#7f1d1d"/);
    expect(exportedRows(svg, 'Vendor API')).toEqual({ name: 1, markers: [1] });

    // PNG, light and dark, to look at; then the PDF still names the tasks and the marker's sign is on the page.
    expect(readFileSync(await exported('Export PNG', 'risk-marker-gantt-light.png')).subarray(1, 4).toString()).toBe('PNG');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(readFileSync(await exported('Export PNG', 'risk-marker-gantt-dark.png')).subarray(1, 4).toString()).toBe('PNG');
    await page.emulateMedia({ colorScheme: 'light' });
    const pdf = await exported('Export PDF…', 'risk-marker-gantt.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const name of ['Platform', 'Vendor API', 'Database', 'Docs']) expect(text).toContain(name);
    expect(text.match(/!/g)).toHaveLength(1);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, artifactPath('risk-marker-gantt-pdf')]);

    // After a reload the export still carries it.
    await app.waitSaved();
    await page.reload();
    await app.openView('Gantt');
    await expect.poll(() => gantt.chart.getByRole('img', { name: RISK }).count()).toBe(1);
    expect(exportedRows(readFileSync(await exported('Export SVG', 'risk-marker-gantt-reloaded.svg'), 'utf8'), 'Vendor API')).toEqual({ name: 1, markers: [1] });
  }, 180_000); // a plan built by keyboard, four exports (one printed to PDF) and a reload, on a shared 2-core machine
});

/** The exported SVG's marker of `label`: its triangle's fill and edge, its sign's fill, as rgb() like getComputedStyle's. */
function exportedMarkerPaint(svg: string, label: string): string {
  const m = new RegExp(`<title>${label}</title><path [^>]*fill="(#[0-9a-f]{6})" stroke="(#[0-9a-f]{6})"[^>]*/><text [^>]*fill="(#[0-9a-f]{6})"`).exec(svg);
  const rgb = (hex = ''): string => `rgb(${[1, 3, 5].map((i) => String(parseInt(hex.slice(i, i + 2), 16))).join(', ')})`;
  return m ? `${rgb(m[1])} ${rgb(m[2])} ${rgb(m[3])}` : `no marker named '${label}'`;
}

/** The chart's marker on screen: its triangle's fill and edge and its sign's fill, as computed. */
const screenMarkerPaint = (marker: Locator): Promise<string> => marker.evaluate((el) => {
  const path = el.querySelector('path');
  const sign = el.querySelector('text');
  return path && sign ? `${getComputedStyle(path).fill} ${getComputedStyle(path).stroke} ${getComputedStyle(sign).fill}` : 'no triangle';
});

describe('risk markers in an export made in the dark theme', () => {
  it('draws the marker in the dark theme\'s colours, as the chart shows it, after the theme is switched', async () => {
    const page = handle.page;
    await emptyProject(app);
    // A severe risk (P4 x I4) on Vendor API, typed into the editor the heat map opens.
    await openRisks(page);
    await page.getByRole('button', { name: 'Add risk with probability 4 and impact 4' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: /^Risk R-001/ });
    await editor.getByLabel('Title', { exact: true }).focus();
    await page.keyboard.type('Vendor late');
    await editor.getByLabel('Link affected task', { exact: true }).selectOption({ label: 'Vendor API' });
    await editor.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Enter');
    await app.openView('Gantt');
    const marker = gantt.chart.getByRole('img', { name: RISK });
    await expect.poll(() => marker.count()).toBe(1);

    // Light: the file's marker is the chart's, the light severe band's pastel red.
    const light = readFileSync(await exported('Export SVG', 'risk-marker-gantt-light.svg'), 'utf8');
    expect(exportedMarkerPaint(light, RISK)).toBe(await screenMarkerPaint(marker));
    expect(exportedMarkerPaint(light, RISK)).toBe('rgb(252, 165, 165) rgb(127, 29, 29) rgb(127, 29, 29)');

    // The top bar's theme switch, by keyboard: the app and then its export are dark.
    await page.getByRole('button', { name: 'Switch to dark theme' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const dark = readFileSync(await exported('Export SVG', 'risk-marker-gantt-dark.svg'), 'utf8');
    const onScreen = await screenMarkerPaint(marker);
    expect(onScreen).not.toBe('rgb(252, 165, 165) rgb(127, 29, 29) rgb(127, 29, 29)');
    expect(exportedMarkerPaint(dark, RISK)).toBe(onScreen);
    // The dark severe band: a deep red fill, its edge and sign in a pale red that reads on it.
    expect(exportedMarkerPaint(dark, RISK)).toBe('rgb(100, 31, 31) rgb(254, 202, 202) rgb(254, 202, 202)');
    expect(readFileSync(await exported('Export PNG', 'risk-marker-gantt-switched-dark.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 120_000); // a plan built by keyboard and three exports, on a shared 2-core machine
});

/** How a marker looks: how light its fill is (0 black to 1 white), its text's WCAG contrast on it, and both colours as computed. */
interface MarkerLook { readonly fill: number; readonly contrast: number; readonly colours: string }

/** A pill (board card, Gantt grid): its background and text; a bar's triangle (SVG): its fill and the sign's fill. */
async function markerLook(marker: Locator): Promise<MarkerLook> {
  return marker.evaluate((el) => {
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string): number => {
      const [r = 0, g = 0, b = 0] = rgb(css).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const path = el.querySelector('path');
    const sign = el.querySelector('text');
    const [back, ink] = path && sign
      ? [getComputedStyle(path).fill, getComputedStyle(sign).fill]
      : [getComputedStyle(el).backgroundColor, getComputedStyle(el).color];
    const fill = luminance(back);
    const text = luminance(ink);
    return { fill: Math.round(fill * 100) / 100, contrast: Math.round(((Math.max(fill, text) + 0.05) / (Math.min(fill, text) + 0.05)) * 10) / 10, colours: `${back} ${ink}` };
  });
}

/** Each band's fill and text in the light theme, as the risk register's heat map draws them (theme.css). */
const LIGHT_BAND = {
  low: 'rgb(187, 247, 208) rgb(20, 83, 45)',
  medium: 'rgb(254, 240, 138) rgb(113, 63, 18)',
  high: 'rgb(253, 186, 116) rgb(124, 45, 18)',
  severe: 'rgb(252, 165, 165) rgb(127, 29, 29)',
} as const;

describe('risk markers in the light and dark themes', () => {
  it('draws each score band\'s marker on Gantt bars, in the Gantt grid and on board cards in the theme\'s colours, legible in dark', async () => {
    const page = handle.page;
    await emptyProject(app);
    // A fifth task, added below the selected Database, so each band gets a task of its own.
    await page.getByRole('toolbar', { name: 'Task actions' }).getByRole('button', { name: 'Add task' }).focus();
    await page.keyboard.press('Enter');
    await app.nameNewRow('QA');
    await expect.poll(() => app.outline()).toEqual(['Platform@0', 'Vendor API@1', 'Database@1', 'QA@1', 'Docs@0']);
    // One risk per band, each on its own task, from the heat map: 2 low, 9 medium, 12 high, 16 severe.
    const risks = [
      { task: 'Docs', band: 'low', probability: 1, impact: 2, title: 'Docs slip' },
      { task: 'Database', band: 'medium', probability: 3, impact: 3, title: 'Schema churn' },
      { task: 'QA', band: 'high', probability: 3, impact: 4, title: 'Test rig late' },
      { task: 'Vendor API', band: 'severe', probability: 4, impact: 4, title: 'Vendor late' },
    ] as const;
    await openRisks(page);
    for (const [i, risk] of risks.entries()) {
      await page.getByRole('button', { name: `Add risk with probability ${String(risk.probability)} and impact ${String(risk.impact)}` }).click();
      const editor = page.getByRole('dialog', { name: /^Risk R-00/ });
      await editor.getByLabel('Title', { exact: true }).fill(risk.title);
      await editor.getByLabel('Link affected task', { exact: true }).selectOption({ label: risk.task });
      await editor.getByRole('button', { name: 'Done' }).click();
      await expect.poll(() => page.getByRole('table', { name: 'Risks' }).getByRole('row').count()).toBe(i + 2);
    }
    await app.waitSaved();
    const name = (risk: (typeof risks)[number]): string =>
      `At risk: R-00${String(risks.indexOf(risk) + 1)} ${risk.title}, score ${String(risk.probability * risk.impact)}`;

    /** Every band's marker in `where`, at both sizes and in both themes. */
    const checkEachTheme = async (where: string, markerOf: (risk: (typeof risks)[number]) => Locator): Promise<void> => {
      for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
        await page.setViewportSize({ width, height });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
          for (const risk of risks) {
            const look = await markerLook(markerOf(risk));
            const at = `${where} ${risk.band} ${String(width)} ${scheme}`;
            // Dark: a dark fill (a pastel one read as a patch of the light theme) with light text on it.
            // Light: the heat map's colours, as before.
            if (scheme === 'dark') expect([at, look.fill < 0.15, look.contrast >= 4.5]).toEqual([at, true, true]);
            else expect([at, look.colours, look.contrast >= 4.5]).toEqual([at, LIGHT_BAND[risk.band], true]);
          }
        }
      }
    };

    await app.openView('Gantt');
    for (const risk of risks) await expect.poll(() => gantt.chart.getByRole('img', { name: name(risk) }).count()).toBe(1);
    await checkEachTheme('gantt-bars', (risk) => gantt.chart.getByRole('img', { name: name(risk) }));
    await checkEachTheme('gantt-grid', (risk) => gantt.row(risk.task).getByRole('img', { name: name(risk) }));
    await shots(page, 'risk-markers-themes-gantt');
    await app.openView('Board');
    for (const risk of risks) await expect.poll(() => board.card(risk.task).getAttribute('aria-label')).toContain(name(risk));
    await checkEachTheme('board', (risk) => board.card(risk.task).locator('[data-testid="risk-marker"]'));
    await shots(page, 'risk-markers-themes-board');
  }, 180_000); // a plan built by keyboard, four risks, and twelve looks at four markers, on a shared 2-core machine
});

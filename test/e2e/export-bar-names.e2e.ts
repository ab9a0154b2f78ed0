/**
 * The Gantt view's exported picture names its bars as the screen does, from an EMPTY project
 * typed by keyboard: Discovery (5 days), Design the ledger (3 days), Build (5 days), the milestone
 * Ledger signed off, and "Handover to operations and hypercare support" (1 day) at the end of the
 * timeline, each after the one before. On screen every bar carries its name; the Gantt toolbar's
 * Export SVG and PNG drew the names column only, so a bar far right of it said nothing in a deck.
 * Now each task's and milestone's name is beside its bar in the file: inside a bar it fits, else
 * right of it, and the long name at the end left of its bar instead of off the picture's edge.
 * Read in a browser tab as a person opens the SVG (real text metrics); the PNG, drawn from the same
 * SVG, is kept to look at. Fails without the fix: each name once, in the names column.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { drawnGantt, type DrawnBox, type DrawnText } from './pages/exported-image';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { newProjectStarting } from './pages/shared-projects';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  gantt = new GanttPage(page);
});

const HANDOVER = 'Handover to operations and hypercare support';
const TASKS = [['Discovery', '5d'], ['Design the ledger', '3d'], ['Build', '5d'], ['Ledger signed off', '0d'], [HANDOVER, '1d']] as const;

/** Where a name lies against its bar, across; null when it is not on the bar's row. */
function sideOf(name: DrawnText, bar: DrawnBox): 'inside' | 'right' | 'left' | 'over' | null {
  const middle = (name.top + name.bottom) / 2;
  if (middle < bar.top || middle > bar.bottom) return null;
  if (name.left >= bar.left && name.right <= bar.right) return 'inside';
  if (name.left >= bar.right) return 'right';
  if (name.right <= bar.left) return 'left';
  return 'over';
}

describe('names beside the bars in the Gantt view\'s exported picture', () => {
  it('names every task and milestone beside its bar in the SVG, inside the picture, the long name at the end left of its bar', async () => {
    await newProjectStarting(page, 'Billing migration', '2027-01-04');
    await app.typeTasks(TASKS);
    await app.typeDown('Design the ledger', 'predecessors', ['1', '2', '3', '4']);
    await expect.poll(() => app.cell(HANDOVER, 'predecessors').innerText()).toBe('4');
    await app.openView('Gantt');
    await gantt.grid.waitFor();
    await gantt.zoom('Days');
    // On screen, every task's bar carries its name (frappe's labels) and the milestone its own.
    await expect.poll(() => gantt.view.locator('.bar-label').allTextContents()).toEqual(expect.arrayContaining(TASKS.filter(([, d]) => d !== '0d').map(([name]) => name)));
    await expect.poll(() => gantt.view.locator('.gl-milestone-label').allTextContents()).toEqual(['Ledger signed off']);

    const files = new FilesPage(page);
    const svg = await files.download(() => gantt.exportAs('Export SVG'));
    expect(svg.name).toBe('Billing migration Gantt.svg');
    await svg.download.saveAs(artifactPath('export-bar-names.svg'));
    const drawn = await drawnGantt(page, svg.text);
    expect(drawn.bars).toHaveLength(TASKS.length);

    const beside = drawn.texts.filter((t) => !t.isInNamesColumn);
    const sides = TASKS.map(([name], i) => {
      const bar = drawn.bars[i];
      const named = beside.filter((t) => t.text === name);
      return [name, named.length, bar && named[0] ? sideOf(named[0], bar) : null];
    });
    // 'Build' (five days, ~250 px) holds its name; the three-day Design's is too long for its bar
    // and goes right of it, as on screen; the milestone's right of its diamond; the hand-over's,
    // right of its bar, would run past the picture's edge (three days after it), so it goes left.
    expect(sides).toEqual([
      ['Discovery', 1, 'inside'], ['Design the ledger', 1, 'right'], ['Build', 1, 'inside'], ['Ledger signed off', 1, 'right'], [HANDOVER, 1, 'left'],
    ]);
    // Every name beside a bar is whole inside the chart: right of the names column, left of the picture's edge.
    for (const name of beside.filter((t) => TASKS.some(([n]) => n === t.text))) {
      expect([name.text, name.left >= drawn.chartLeft, name.right <= drawn.width]).toEqual([name.text, true, true]);
    }
    // A name inside its bar is white on it, as frappe draws it; one beside it in the text colour.
    const text = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text').trim());
    expect(beside.filter((t) => t.text === 'Build').map((t) => t.fill)).toEqual(['#fff']);
    expect(beside.filter((t) => t.text === HANDOVER).map((t) => t.fill)).toEqual([text]);

    // The PNG is drawn from the same SVG; kept to look at.
    const png = await files.download(() => gantt.exportAs('Export PNG'));
    expect(png.name).toBe('Billing migration Gantt.png');
    await png.download.saveAs(artifactPath('export-bar-names.png'));
    expect(readFileSync(artifactPath('export-bar-names.png')).subarray(1, 4).toString('latin1')).toBe('PNG');

    await screenshotsAtBothSizes(page, 'export-bar-names-gantt');
  }, 120_000); // a plan typed by keyboard and two exports, on a shared 2-core machine
});

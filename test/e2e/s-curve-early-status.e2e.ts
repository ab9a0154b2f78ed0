/**
 * The S-curve with the status date before the project's start (set in Project settings), from an
 * EMPTY project typed by keyboard: two tasks priced by one person's rate, a baseline, progress and
 * an actual cost marked on work the plan shows later. Nothing is spent by the status date, in the
 * Cost summary as on the chart's actual cost line, nor between the status date and the start's
 * day, so the forecast runs level until then, in the chart and in its SVG export.
 * The level labels (BAC, Budget, EAC) sit clear of their lines, of the curves ending under them and
 * of the status-date line on the chart's first day, in the light and the dark theme.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshAppPerTest, screenshotsAtBothSizes } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage, svgXLabels } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { SettingsPage } from './pages/settings-page';
import { staff } from './pages/shared-projects';

const fixture = freshAppPerTest();
let page: Page;
let app: AppPage;
let costs: CostsPage;
let files: FilesPage;
let gantt: GanttPage;
let settings: SettingsPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  files = new FilesPage(page);
  gantt = new GanttPage(page);
  settings = new SettingsPage(page);
});

interface DrawnLabel { readonly name: string; readonly lineY: number; readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }

/** The level labels as the chart drew them (CSS px from the canvas's top left) and the status line's x. */
async function drawnLabels(): Promise<{ labels: DrawnLabel[]; statusX: number | null }> {
  const root = costs.chart.locator('.uplot');
  const labels = JSON.parse((await root.getAttribute('data-level-labels')) ?? '[]') as DrawnLabel[];
  const statusX = await root.getAttribute('data-status-x');
  return { labels, statusX: statusX ? Number(statusX) : null };
}

/**
 * How many pixels in and just around each label's box are of a curve's colour (PV indigo, forecast orange), as
 * the canvas shows them: letters a curve runs through show its colour between them.
 */
function curvePixelsInLabels(labels: readonly DrawnLabel[]): Promise<number[]> {
  return costs.chart.locator('canvas').first().evaluate((canvas: HTMLCanvasElement, boxes: readonly DrawnLabel[]) => {
    const ctx = canvas.getContext('2d');
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const curveColours = [[79, 70, 229], [217, 119, 6]];
    return boxes.map((b) => {
      if (!ctx) return -1;
      // The box and 2 px around it: a line grazing the letters' edge crosses them as a person sees it.
      const x = Math.round((b.left - 2) * scale);
      const y = Math.round((b.top - 2) * scale);
      const { data } = ctx.getImageData(x, y, Math.round((b.right - b.left + 4) * scale), Math.round((b.bottom - b.top + 4) * scale));
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, bl, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
        if (a > 200 && curveColours.some(([cr = 0, cg = 0, cb = 0]) => Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(bl - cb) < 60)) count += 1;
      }
      return count;
    });
  }, labels);
}

/** The y of each point of a series' line in an exported SVG, left to right. */
function lineHeights(svg: string, label: string): number[] {
  const points = new RegExp(`data-label="${label}"[^>]* points="([^"]*)"`).exec(svg)?.[1] ?? '';
  return points.split(' ').map((point) => Number(point.split(',')[1]));
}

describe('the S-curve with the status date before the project starts', () => {
  it('draws the forecast level from the status date to the start\'s day, then rising to the bottom-up EAC', async () => {
    await app.projects.getByRole('button', { name: 'New project', exact: true }).focus();
    await page.keyboard.press('Enter');
    await settings.answerNewProject({ name: 'Early status', start: '2027-01-04' });
    await expect.poll(() => app.title.textContent()).toBe('Early status');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    // Design 16 h and Build 24 h of Ana at 100/h: 1,600 + 2,400 = 4,000 baselined.
    await staff(page, 'Ana Lopez', 100, ['Design', 'Build']);
    await expect.poll(() => app.cell('Build', 'assignees').textContent()).toBe('Ana');
    await app.openView('Gantt');
    await gantt.toolbar.getByRole('button', { name: /^(More|Save baseline)$/ }).first().waitFor();
    await (await gantt.viewOptions()).getByRole('button', { name: 'Save baseline' }).click();
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(2);
    await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();

    // Design marked half done and 900 spent, with the status date a week before the start: near
    // enough to be drawn (a status date weeks before is left off the axis: cost-status-today.e2e.ts).
    await app.openView('Tasks');
    await app.editCell('Design', 'percent', '50');
    await settings.openSettingsByKeyboard();
    await settings.fill('Status date', '2026-12-28');
    await settings.saveSettings();
    await app.openView('Costs');
    expect(await costs.toolbar.getByLabel('Status date', { exact: true }).inputValue()).toBe('2026-12-28');
    await costs.setProjectMoney('Project budget', 6000);
    await costs.setActualCost('Design', 900);
    await costs.showChart('S-curve');
    await expect.poll(async () => (await costs.canvasSize()).width).toBeGreaterThan(0);

    // Nothing spent by the status date, in the summary as on the chart's actual cost line: the 900
    // marked on Design is spent once it starts, in the forecast with what remains (800 + 2,400).
    await expect.poll(async () => (await costs.valuesAtStatusLine())['Actual cost (AC)']).toMatch(/^\$0(\.00)?$/);
    expect(await costs.figure('Actual cost (AC)')).toBe((await costs.valuesAtStatusLine())['Actual cost (AC)']);
    expect(await costs.figure('Remaining')).toMatch(/^\$3,?200(\.00)?$/);
    expect(await costs.figure('Cost as scheduled (bottom-up EAC)')).toMatch(/^\$4,?100(\.00)?$/);

    // Forecast: $0 at the status date and still $0 as Mon 4 Jan begins, then 900 at Design's start
    // and 4,100 (900 + Design's other 800 + Build's 2,400) at the finish.
    const svg = (await files.download(() => costs.chart.getByRole('button', { name: 'Export SVG' }).click())).text;
    const forecast = lineHeights(svg, 'Forecast');
    expect(forecast).toHaveLength(4);
    expect(forecast[1]).toBe(forecast[0]);
    expect(forecast[2]).toBeLessThan(forecast[1] ?? 0);
    expect(forecast[3]).toBeLessThan(forecast[2] ?? 0);
    expect(svg).toMatch(/EAC \(bottom-up\) \$4,?100/);
    // Dates at the axis's ticks as on screen, none drawn over another (4 Jan begins and Design starts 9 h apart).
    const labels = svgXLabels(svg);
    expect(labels.length).toBeGreaterThan(2);
    labels.forEach((label, i) => { const next = labels[i + 1]; if (next) expect(next.left - label.right, `${label.text} | ${next.text}`).toBeGreaterThanOrEqual(4); });

    // Each level's label clear of its own line and every other level, right of the status line
    // (the chart's first day) with a gap, and no curve's colour showing through its letters.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
      await expect.poll(async () => (await drawnLabels()).labels.map((l) => l.name).sort()).toEqual(['BAC', 'Budget', 'EAC (bottom-up)']);
      const { labels, statusX } = await drawnLabels();
      expect(statusX).not.toBeNull();
      for (const label of labels) {
        for (const line of labels) {
          const clear = line.lineY < label.top - 2 || line.lineY > label.bottom + 2;
          expect(clear, `${label.name} against the ${line.name} line in ${scheme}`).toBe(true);
        }
        expect(label.left, `${label.name} right of the status line in ${scheme}`).toBeGreaterThan((statusX ?? 0) + 2);
      }
      expect(await curvePixelsInLabels(labels), `curve pixels in ${labels.map((l) => l.name).join(', ')} (${scheme})`).toEqual([0, 0, 0]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await screenshotsAtBothSizes(page, 'money-s-curve-status-before-start', async () => {
      await expect.poll(() => costs.legendFits()).toBe(true);
    });
  }, 120_000);
});

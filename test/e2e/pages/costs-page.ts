/** Page model of the Cost view (toolbar, summary, table, chart tabs) and the Rates dialog, by role and label. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { toolbarFit, type ToolbarFit } from './bar-geometry';
import { drawnLabelsBelow, type DrawnText } from './canvas-text';

type Box = { x: number; y: number; width: number; height: number };

export class CostsPage {
  constructor(readonly page: Page) {}

  get toolbar(): Locator { return this.page.getByRole('toolbar', { name: 'Cost settings' }); }
  get summary(): Locator { return this.page.getByLabel('Project money', { exact: true }); }
  get table(): Locator { return this.page.getByRole('table', { name: 'Costs' }); }
  get chart(): Locator { return this.page.getByRole('region', { name: 'Cost chart' }); }
  get ratesDialog(): Locator { return this.page.getByRole('dialog', { name: /^Rates of / }); }
  get baselinesDialog(): Locator { return this.page.getByRole('dialog', { name: 'Baselines', exact: true }); }

  /** A row of the Baselines dialog ('Baseline', 'Baseline 3') as the texts of its Saved, Tasks and Cost cells. */
  async baselineRow(label: string): Promise<{ saved: string; tasks: string; cost: string }> {
    const row = this.baselinesDialog.getByRole('row').filter({ has: this.page.getByRole('cell', { name: label, exact: true }) });
    const cells = await row.getByRole('cell').allInnerTexts();
    return { saved: cells[2] ?? '', tasks: cells[3] ?? '', cost: cells[4] ?? '' };
  }

  /**
   * How the Cost settings toolbar fits the window: the status date with its calendar and Clear, the
   * baseline measured against with Baselines…, and the budget with its two reserves each belong together.
   */
  toolbarFit(): Promise<ToolbarFit> {
    return toolbarFit(this.toolbar, [
      ['Status date', 'Open calendar', 'Clear status date'],
      ['Cost baseline', 'Baselines…'],
      ['Project budget', 'Contingency reserve', 'Management reserve'],
    ]);
  }

  /** A summary figure's text by its term ("Forecast cost", "CPI"). */
  async figure(term: string): Promise<string> {
    const item = this.summary.locator('div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term.replace(/[()]/g, '\\$&')}$`) }) });
    return (await item.locator('dd').innerText()).replace(/\s+/g, ' ').trim();
  }

  /** How many figures share each row of the summary (boxes of one row share their top), and any cut off or past the strip's edge. */
  summaryLayout(): Promise<{ rows: number[]; cut: string[] }> {
    return this.summary.evaluate((dl) => {
      const edge = dl.getBoundingClientRect().right;
      const rows = new Map<number, number>();
      const cut: string[] = [];
      for (const item of dl.children) {
        const box = item.getBoundingClientRect();
        rows.set(Math.round(box.top), (rows.get(Math.round(box.top)) ?? 0) + 1);
        const isCut = [item, ...item.children].some((el) => el.scrollWidth > el.clientWidth + 1) || box.right > edge + 0.5;
        if (isCut) cut.push(item.querySelector('dt')?.textContent ?? '');
      }
      return { rows: [...rows.entries()].sort(([a], [b]) => a - b).map(([, count]) => count), cut };
    });
  }

  /** How many lines a summary figure's name takes, by the tops of its line boxes. */
  summaryLabelLines(term: string): Promise<number> {
    return this.summary.locator('dt', { hasText: term }).evaluate((dt) => {
      const range = document.createRange();
      range.selectNodeContents(dt);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  }

  /** Types an amount into a toolbar field (Project budget, Contingency reserve, Management reserve) and commits with Enter. */
  async setProjectMoney(label: 'Project budget' | 'Contingency reserve' | 'Management reserve', amount: number): Promise<void> {
    const input = this.toolbar.getByLabel(label, { exact: true });
    await input.fill(String(amount));
    await input.press('Enter');
  }

  /** Types `text` over the toolbar's status date by keyboard, as a person corrects it, and presses `key` (Tab, Enter). */
  async typeStatusDate(text: string, key = 'Tab'): Promise<void> {
    await this.toolbar.getByLabel('Status date', { exact: true }).focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(key);
  }

  async setStatusDate(date: string): Promise<void> {
    const input = this.toolbar.getByLabel('Status date', { exact: true });
    await input.fill(date);
    await input.press('Enter');
  }

  /**
   * Types an amount into a Cost table cell by keyboard ('Fixed cost of Build', '1,400') and commits
   * it with Enter, then waits until the cell shows it as money ('$1,400.00').
   */
  async typeAmount(label: string, amount: string): Promise<void> {
    const input = this.table.getByLabel(label, { exact: true });
    await input.focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(amount);
    await this.page.keyboard.press('Enter');
    await expect.poll(async () => (await input.inputValue()).replace(/[$,\s]|\.00$/g, '')).toBe(amount.replace(/,/g, ''));
  }

  /** Types an actual cost into a task's Actual cell and commits with Enter. */
  async setActualCost(task: string, amount: number): Promise<void> {
    const input = this.table.getByLabel(`Actual cost of ${task}`, { exact: true });
    await input.focus();
    await input.fill(String(amount));
    await input.press('Enter');
  }

  /** Hide chart / Show chart, pressed by keyboard as a person Tabs to it; waits for the other label. */
  async toggleChart(to: 'Hide chart' | 'Show chart'): Promise<void> {
    const button = this.chart.getByRole('button', { name: to, exact: true });
    await button.focus();
    await this.page.keyboard.press('Enter');
    await this.chart.getByRole('button', { name: to === 'Hide chart' ? 'Show chart' : 'Hide chart', exact: true }).waitFor();
  }

  /**
   * Whether the Cost table's header (its Task heading, which sticks to the top of the table's own
   * scroll box) shows: at or below the top of every box around the table that clips it, and its
   * bottom inside the window.
   */
  headerInView(): Promise<boolean> {
    return this.table.evaluate((table) => {
      const head = table.querySelector('thead th')?.getBoundingClientRect();
      if (!head || head.height < 1) return false;
      let frameTop = 0;
      for (let up = table.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowY !== 'visible') frameTop = Math.max(frameTop, up.getBoundingClientRect().top);
      }
      return head.top >= frameTop - 0.5 && head.bottom <= window.innerHeight + 0.5;
    });
  }

  async showChart(tab: 'S-curve' | 'Cash flow by phase' | 'Cash flow by person'): Promise<void> {
    await this.chart.getByRole('tab', { name: tab }).click();
  }

  /**
   * What the S-curve's legend reads with the pointer on the status-date line, by series label
   * ('Day', 'Actual cost (AC)', ...): the values of the point the line marks.
   */
  async valuesAtStatusLine(): Promise<Record<string, string>> {
    const plot = this.chart.locator('.uplot');
    await plot.locator('canvas').waitFor();
    const statusX = Number(await plot.getAttribute('data-status-x'));
    if (Number.isNaN(statusX)) throw new Error('S-curve or its status-date line not drawn');
    return this.legendWithPointerAt((canvas) => canvas.x + statusX);
  }

  /** What the S-curve's legend reads with the pointer at the plot's right edge: its last point, where the curves end. */
  async valuesAtEnd(): Promise<Record<string, string>> {
    await this.chart.locator('.uplot canvas').waitFor();
    return this.legendWithPointerAt((_canvas, over) => over.x + over.width - 1);
  }

  /**
   * Every point of the chart as its legend reads it with the pointer on it, left to right: the
   * pointer is moved across the plot `stepPx` at a time and each new day pointed at is kept
   * ({ Day: 'Mon, Mar 15, 27', 'Actual cost (AC)': '$0', ... }).
   */
  async legendAcrossPlot(stepPx = 3): Promise<Record<string, string>[]> {
    const over = await this.chart.locator('.uplot .u-over').boundingBox();
    if (!over) throw new Error('chart not drawn');
    const points: Record<string, string>[] = [];
    for (let x = 1; x < over.width; x += stepPx) {
      await this.page.mouse.move(over.x + x, over.y + over.height / 2);
      const rows = await this.chart.locator('.u-legend .u-series').evaluateAll((series) => series.map((s): [string, string] => [
        s.querySelector('.u-label')?.textContent ?? '', s.querySelector<HTMLElement>('.u-value')?.innerText ?? '',
      ]));
      const point = Object.fromEntries(rows);
      const [first] = rows;
      if (first && points.at(-1)?.[first[0]] !== first[1]) points.push(point);
    }
    return points;
  }

  private async legendWithPointerAt(x: (canvas: Box, over: Box) => number): Promise<Record<string, string>> {
    const plot = this.chart.locator('.uplot');
    const canvas = await plot.locator('canvas').boundingBox();
    const over = await plot.locator('.u-over').boundingBox();
    if (!canvas || !over) throw new Error('S-curve not drawn');
    await this.page.mouse.move(x(canvas, over), over.y + over.height / 2);
    const rows = await this.chart.locator('.u-legend .u-series').evaluateAll((series) => series.map((s): [string, string] => [
      s.querySelector('.u-label')?.textContent ?? '', s.querySelector<HTMLElement>('.u-value')?.innerText ?? '',
    ]));
    return Object.fromEntries(rows);
  }

  /** A task row's text in a column of the Cost table, by the column's header ('Remaining', 'Cost'). */
  async cellText(task: string, header: string): Promise<string> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts();
    const column = headers.findIndex((h) => h.trim() === header);
    const row = this.table.getByRole('row').filter({ has: this.page.locator('td.name span[title]', { hasText: new RegExp(`^${task}$`) }) });
    const cell = row.getByRole('cell').nth(column);
    const input = cell.locator('input');
    return ((await input.count()) > 0 ? await input.inputValue() : await cell.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** A task's Variance cell as a person meets it: the figure seen, its tooltip, the words a screen reader hears and its colour. */
  async variance(task: string): Promise<{ shown: string; title: string; heard: string; colour: string }> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts();
    const row = this.table.getByRole('row').filter({ has: this.page.locator('td.name span[title]', { hasText: new RegExp(`^${task}$`) }) });
    const cell = row.getByRole('cell').nth(headers.findIndex((h) => h.trim() === 'Variance'));
    const figure = cell.locator('[aria-hidden="true"]');
    return {
      shown: (await figure.innerText()).replace(/\s+/g, ' ').trim(),
      title: (await cell.getAttribute('title')) ?? '',
      heard: (await cell.locator('.visually-hidden').textContent()) ?? '',
      colour: await figure.evaluate((el) => getComputedStyle(el).color),
    };
  }

  /**
   * The time axis's labels as the chart painted them under its plot, left to right, each with the
   * box its letters cover (CSS px from the canvas's left): watchDrawnText (canvas-text.ts) must be
   * watching before the chart draws.
   */
  async timeAxisLabels(): Promise<DrawnText[]> {
    const plot = this.chart.locator('.uplot');
    const canvas = plot.locator('canvas');
    const [canvasBox, over] = [await canvas.boundingBox(), await plot.locator('.u-over').boundingBox()];
    if (!canvasBox || !over) throw new Error('chart not drawn');
    return drawnLabelsBelow(canvas, over.y + over.height - canvasBox.y);
  }

  /** Whether the chart's legend lies wholly inside the chart's frame, which cuts off what overflows it. */
  async legendFits(): Promise<boolean> {
    const legend = await this.chart.locator('.u-legend').boundingBox();
    const panel = await this.chart.locator('.uplot-host').boundingBox();
    return legend !== null && panel !== null && legend.height > 0 && legend.y + legend.height <= panel.y + panel.height;
  }

  /** The legend's series names in the order it lists them, after the time axis's own entry. */
  async legendLabels(): Promise<string[]> {
    return (await this.chart.locator('.u-legend .u-series .u-label').allTextContents()).slice(1);
  }

  /** The colour of a series' legend marker, as rgb(r, g, b): what its bars are filled with. */
  async legendColour(series: string): Promise<string> {
    const marker = this.chart.locator('.u-legend .u-series').filter({ has: this.page.locator('.u-label', { hasText: series }) }).locator('.u-marker');
    return marker.evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  /**
   * The heights in canvas pixels, left to right, of the bars drawn in a series' legend colour, read
   * off the chart's pixels as a person sees them: a bar is a run of columns with that colour in them.
   */
  async barHeights(series: string): Promise<number[]> {
    const colour = await this.legendColour(series);
    return this.chart.locator('canvas').first().evaluate((canvas: HTMLCanvasElement, rgb: string) => {
      const ctx = canvas.getContext('2d');
      const want = (rgb.match(/\d+/g) ?? []).map(Number);
      if (!ctx || want.length < 3) return [];
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      // Close to the colour, not equal: the bar's edges are blended with what is beside them.
      const near = (i: number): boolean => [0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (want[c] ?? 0)) <= 12);
      const runs: { columns: number; height: number }[] = [];
      let inBar = false;
      for (let x = 0; x < width; x++) {
        let hits = 0;
        for (let y = 0; y < height; y++) if (near((y * width + x) * 4)) hits++;
        if (hits > 2 && !inBar) runs.push({ columns: 0, height: 0 });
        inBar = hits > 2;
        const run = runs[runs.length - 1];
        if (inBar && run) { run.columns++; run.height = Math.max(run.height, hits); }
      }
      // A bar is some columns wide; a line (the status date's, an axis) is one or two.
      return runs.filter((r) => r.columns >= 6).map((r) => r.height);
    }, colour);
  }

  /** The drawn chart canvas's size in CSS pixels. */
  async canvasSize(): Promise<{ width: number; height: number }> {
    const box = await this.chart.locator('canvas').first().boundingBox();
    return { width: box?.width ?? 0, height: box?.height ?? 0 };
  }
}

/**
 * The x labels of an exported chart SVG, left to right: each one's text (its lines joined by
 * "\n") and the box its letters take at most, 7.2 px a character of its longest line (a 12 px
 * system font's widest digits), centred on its x.
 */
export function svgXLabels(svg: string): { text: string; left: number; right: number }[] {
  return [...svg.matchAll(/<text class="x-label" x="([\d.]+)"[^>]*>(.*?)<\/text>/g)].map((m) => {
    const text = (m[2] ?? '').replace(/<tspan[^>]*>/g, '\n').replace(/<\/tspan>/g, '');
    const half = (Math.max(...text.split('\n').map((line) => line.length)) * 7.2) / 2;
    return { text, left: Number(m[1]) - half, right: Number(m[1]) + half };
  });
}

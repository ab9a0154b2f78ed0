/**
 * Pictures exported while the app is in the dark theme, from an EMPTY project typed by keyboard:
 * the Costs S-curve's PNG is the chart on its dark panel, every pixel opaque, so an image viewer's
 * or a slide's white shows nowhere behind its light text and its level labels' dark halos; its
 * SVG is the same dark chart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { newProjectStarting } from './pages/shared-projects';
import { TeamPage } from './pages/team-page';

const fixture = freshAppPerTest({ viewport: { width: 1440, height: 900 } });
let page: Page;
let app: AppPage;
let costs: CostsPage;
let gantt: GanttPage;

beforeEach(() => {
  page = fixture.handle.page;
  app = new AppPage(page);
  costs = new CostsPage(page);
  gantt = new GanttPage(page);
});

type Rgba = readonly [number, number, number, number];

/** What a PNG file holds, decoded by the browser: its size, how many pixels are not opaque, and the pixels asked for. */
interface PngLook { readonly width: number; readonly height: number; readonly seeThrough: number; readonly pixels: Rgba[] }

/** Decodes a PNG file in the page (no PNG decoder among the dependencies) and reads `points` (image px) off it; `edge` adds the border's pixels. */
async function readPng(path: string, points: readonly (readonly [number, number])[], edge = false): Promise<PngLook> {
  const base64 = readFileSync(path).toString('base64');
  return page.evaluate(async ({ data, asked, withEdge }) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(bitmap, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let seeThrough = 0;
    for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) < 255) seeThrough += 1;
    const all: [number, number][] = asked.map(([x, y]) => [x, y]);
    if (withEdge) {
      for (let x = 0; x < bitmap.width; x++) all.push([x, 0], [x, bitmap.height - 1]);
      for (let y = 0; y < bitmap.height; y++) all.push([0, y], [bitmap.width - 1, y]);
    }
    const pixels = all.map(([x, y]) => {
      const i = (y * bitmap.width + x) * 4;
      return [px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0, px[i + 3] ?? 0] as const;
    });
    return { width: bitmap.width, height: bitmap.height, seeThrough, pixels };
  }, { data: base64, asked: points.map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number]), withEdge: edge });
}

const hex = (c: Rgba): string => `#${c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
/** A theme colour as the page computes it (#rrggbb). */
const themeHex = (name: string): Promise<string> => page.evaluate((v) => getComputedStyle(document.documentElement).getPropertyValue(v).trim(), name);

/** The top bar's theme switch, by keyboard. */
async function switchToDark(): Promise<void> {
  await page.getByRole('button', { name: 'Switch to dark theme' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
}

describe('the Costs S-curve exported in the dark theme', () => {
  it('is a PNG of the chart on its dark panel, opaque everywhere, and an SVG of the same dark chart', async () => {
    const files = new FilesPage(page);
    const team = new TeamPage(page);
    await newProjectStarting(page, 'Dark money', '2027-01-04');
    await app.typeTasks([['Design', '2d'], ['Build', '3d']]);
    await app.openView('Team');
    await team.addPerson('Ana Lopez', 100);
    await app.openView('Tasks');
    for (const task of ['Design', 'Build']) await app.assign(task, 'Ana Lopez');
    await app.openView('Gantt');
    await (await gantt.control('button', 'Save baseline')).click();
    await expect.poll(() => page.getByTestId('baseline-bar').count()).toBe(2);
    await app.openView('Costs');
    await costs.setProjectMoney('Project budget', 6000);
    await costs.showChart('S-curve');
    await switchToDark();
    // The chart drawn again in the dark theme's colours, its level labels placed over their halos (cost-charts.ts).
    const drawnLabels = async (): Promise<string[]> => (JSON.parse((await costs.chart.locator('.uplot').getAttribute('data-level-labels')) ?? '[]') as { name: string }[]).map((l) => l.name);
    await expect.poll(async () => (await drawnLabels()).sort()).toEqual(['BAC', 'Budget', 'EAC (bottom-up)']);

    const path = artifactPath('cost-s-curve-dark.png');
    const { download } = await files.download(() => costs.chart.getByRole('button', { name: 'Export PNG' }).click());
    await download.saveAs(path);
    const surface = await themeHex('--surface');
    expect(surface).toBe('#161b22');
    const png = await readPng(path, [], true);
    expect(png.width).toBe(Math.round((await costs.canvasSize()).width));
    // No pixel lets the viewer's background through: on a light viewer or slide the axis text was
    // faint and each label's dark halo a dark patch around its letters.
    expect(png.seeThrough).toBe(0);
    // The picture's edge is the chart's dark panel, as on screen.
    expect(new Set(png.pixels.map(hex))).toEqual(new Set([surface]));

    // Its SVG twin is the same dark chart, not a light page beside a dark PNG.
    const svg = (await files.download(() => costs.chart.getByRole('button', { name: 'Export SVG' }).click())).text;
    writeFileSync(artifactPath('cost-s-curve-dark.svg'), svg);
    expect(/<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1]).toBe(surface);
    expect(/font-weight="600" fill="([^"]+)">S-curve of Dark money</.exec(svg)?.[1]).toBe(await themeHex('--text'));
    expect(/class="y-label"[^>]*fill="([^"]+)"/.exec(svg)?.[1]).toBe(await themeHex('--muted'));
  }, 120_000); // a plan built by keyboard, a person, a baseline and an export, on a shared 2-core machine
});

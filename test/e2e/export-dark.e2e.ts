/**
 * Pictures exported while the app is in the dark theme, from an EMPTY project typed by keyboard:
 * the Costs S-curve's PNG is the chart on its dark panel, every pixel opaque, so an image viewer's
 * or a slide's white shows nowhere behind its light text and its level labels' dark halos; its
 * SVG is the same dark chart. The Gantt's PNG and SVG, drawn on the dark surface, show no light
 * fringe at the picture's edge or around a bar, and the PNG's canvas under the chart is the
 * theme's surface (dark from the dark theme, white from the light) to its corners. The report's
 * slide PNG follows the theme the same way: dark ground and light text from the dark theme.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, freshAppPerTest } from './harness';
import { AppPage } from './pages/app-page';
import { CostsPage } from './pages/costs-page';
import { FilesPage } from './pages/files-page';
import { GanttPage } from './pages/gantt-page';
import { ReportsPage } from './pages/reports-page';
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

interface Box { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }

/** The pixels on rings `from` to `to` px outside a box (image px). */
function ring(box: Box, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let d = from; d <= to; d++) {
    for (let x = box.left - d; x <= box.right + d; x++) out.push([x, box.top - d], [x, box.bottom + d]);
    for (let y = box.top - d; y <= box.bottom + d; y++) out.push([box.left - d, y], [box.right + d, y]);
  }
  return out;
}

const hex = (c: Rgba): string => `#${c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
/** A theme colour as the page computes it (#rrggbb). */
const themeHex = (name: string): Promise<string> => page.evaluate((v) => getComputedStyle(document.documentElement).getPropertyValue(v).trim(), name);

/** The top bar's theme switch, by keyboard. */
async function switchTheme(to: 'dark' | 'light'): Promise<void> {
  await page.getByRole('button', { name: `Switch to ${to} theme` }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(to);
}
const switchToDark = (): Promise<void> => switchTheme('dark');

/** A PNG file's four corner pixels (#rrggbb), where a light underlay or a see-through edge shows first. */
async function cornersOf(path: string): Promise<string[]> {
  const { width, height } = await readPng(path, []);
  const corners = [[0, 0], [width - 1, 0], [0, height - 1], [width - 1, height - 1]] as const;
  return (await readPng(path, corners)).pixels.map((c) => (c[3] === 255 ? hex(c) : `${hex(c)} at alpha ${String(c[3])}`));
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

describe('the Gantt exported in the dark theme', () => {
  it('is drawn on the dark surface to the picture\'s edge, with no light fringe around a bar, in its PNG and its SVG', async () => {
    const files = new FilesPage(page);
    await app.newEmptyProject();
    await app.typeTasks([['Design', '3d'], ['Build', '5d'], ['Test', '2d']]);
    await app.openView('Gantt');
    await switchToDark();
    const surface = await themeHex('--surface');
    expect(surface).toBe('#161b22');

    const svgPath = artifactPath('gantt-dark.svg');
    const { download: svgFile } = await files.download(() => gantt.exportAs('Export SVG'));
    await svgFile.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(/<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1]).toBe(surface);
    const svgWidth = Number(/<svg [^>]*width="([\d.]+)"/.exec(svg)?.[1]);
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="(\d+)" rx="3" fill="([^"]+)"/g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]), fill: m[5] ?? '' }));
    expect(bars).toHaveLength(3);

    const pngPath = artifactPath('gantt-dark.png');
    const { download: pngFile } = await files.download(() => gantt.exportAs('Export PNG'));
    await pngFile.saveAs(pngPath);
    // The PNG is the SVG drawn at twice its size; each bar's box in image px, and the pixels 2 to 4 px outside it.
    const scale = (await readPng(pngPath, [])).width / svgWidth;
    const boxes = bars.map((b) => ({ left: Math.floor(b.x * scale), top: Math.floor(b.y * scale), right: Math.ceil((b.x + b.width) * scale), bottom: Math.ceil((b.y + b.height) * scale) }));
    const around = boxes.map((box) => ring(box, 2, 4));
    const png = await readPng(pngPath, around.flat(), true);
    expect(png.seeThrough).toBe(0);
    // The edge and the ground around each bar: the dark surface, crossed only by the row lines in
    // the theme's border colour (a light canvas or rect under the chart showed lighter than that).
    const border = await themeHex('--border');
    const lightness = (c: string): number => [1, 3, 5].reduce((sum, i) => sum + parseInt(c.slice(i, i + 2), 16), 0);
    const lighterThanBorder = (pixels: readonly Rgba[]): string[] => [...new Set(pixels.map(hex))].filter((c) => lightness(c) > lightness(border));
    expect(lighterThanBorder(png.pixels.slice(around.flat().length)), 'the picture\'s edge').toEqual([]);
    expect(lighterThanBorder(png.pixels.slice(0, around.flat().length)), 'just outside the bars').toEqual([]);
    expect(png.pixels.slice(around.flat().length).filter((c) => hex(c) === surface).length).toBeGreaterThan(png.width);
  }, 120_000); // a plan typed by keyboard and two exports, on a shared 2-core machine
});

describe('the Gantt PNG exported in either theme', () => {
  it('has the theme\'s surface under the chart to its corners: dark in the dark theme, white in the light', async () => {
    const files = new FilesPage(page);
    await app.newEmptyProject();
    await app.typeTasks([['Design', '3d'], ['Build', '5d']]);
    await app.openView('Gantt');
    await switchTheme('dark');
    const dark = await themeHex('--surface');
    expect(dark).toBe('#161b22');
    const darkPath = artifactPath('gantt-corners-dark.png');
    await (await files.download(() => gantt.exportAs('Export PNG'))).download.saveAs(darkPath);
    // The canvas under the drawn chart is the dark surface, so an edge pixel the chart only partly
    // covers (anti-aliased, or see-through) blends into dark, never into a white underlay.
    expect(await cornersOf(darkPath)).toEqual([dark, dark, dark, dark]);

    await switchTheme('light');
    const light = '#ffffff';
    const lightPath = artifactPath('gantt-corners-light.png');
    await (await files.download(() => gantt.exportAs('Export PNG'))).download.saveAs(lightPath);
    expect(await cornersOf(lightPath)).toEqual([light, light, light, light]);
  }, 120_000); // a plan typed by keyboard and two exports, on a shared 2-core machine
});

describe('the report slide PNG exported in either theme', () => {
  it('is the slide on the dark surface with its text in the theme\'s colours in the dark theme, and on white in the light', async () => {
    const files = new FilesPage(page);
    const reports = new ReportsPage(page);
    await newProjectStarting(page, 'Dark slide', '2027-01-04');
    await app.typeTasks([['Design', '3d'], ['Build', '5d']]);
    await reports.open();
    // A day into the work, so the slide has its RAG chips and forecast, whatever day the test runs.
    await reports.setStatusDate('2027-01-05');
    await expect.poll(() => reports.text()).toMatch(/Overall\s*Green/);
    const exportSlide = async (name: string): Promise<string> => {
      const path = artifactPath(name);
      await (await files.download(() => reports.toolbar.getByRole('button', { name: 'Export Slide PNG' }).click())).download.saveAs(path);
      return path;
    };
    /** The pixels of a box of the 1920 x 1080 slide, every 3 px: the title 'Dark slide' (64 px at 120, 140) and the status line under it (36 px at 120, 210). */
    const box = (left: number, top: number, right: number, bottom: number): [number, number][] => {
      const out: [number, number][] = [];
      for (let y = top; y <= bottom; y += 3) for (let x = left; x <= right; x += 3) out.push([x, y]);
      return out;
    };
    const title = box(120, 92, 640, 150);
    const status = box(120, 182, 700, 218);
    // The slide's open ground: left of the title, right of the RAG chips, below the last line.
    const ground: [number, number][] = [[60, 540], [1860, 300], [960, 1060], [1860, 1060]];
    const look = async (path: string): Promise<{ corners: string[]; ground: string[]; title: Set<string>; status: Set<string> }> => {
      const png = await readPng(path, [...ground, ...title, ...status]);
      expect([png.width, png.height, png.seeThrough]).toEqual([1920, 1080, 0]);
      const colours = png.pixels.map(hex);
      return {
        corners: await cornersOf(path), ground: colours.slice(0, ground.length),
        title: new Set(colours.slice(ground.length, ground.length + title.length)), status: new Set(colours.slice(ground.length + title.length)),
      };
    };

    await switchTheme('dark');
    const surface = await themeHex('--surface');
    expect(surface).toBe('#161b22');
    const dark = await look(await exportSlide('report-slide-dark.png'));
    // Pasted into a deck from the dark theme it is the dark picture the other exports are, not a
    // white slide: the ground is the dark surface, the title in the theme's text, the status line muted.
    // The top corners are the overall RAG's stripe across the slide's top (green: on track).
    expect(dark.corners).toEqual(['#15803d', '#15803d', surface, surface]);
    expect(dark.ground).toEqual([surface, surface, surface, surface]);
    expect(dark.title).toContain(await themeHex('--text'));
    expect(dark.status).toContain(await themeHex('--muted'));

    await switchTheme('light');
    const light = await look(await exportSlide('report-slide-light.png'));
    expect(light.corners).toEqual(['#15803d', '#15803d', '#ffffff', '#ffffff']);
    expect(light.ground).toEqual(['#ffffff', '#ffffff', '#ffffff', '#ffffff']);
    expect(light.title).toContain('#111827');
    expect(light.status).toContain(await themeHex('--muted'));
  }, 120_000); // a plan typed by keyboard and two exports, on a shared 2-core machine
});

/**
 * The Gantt's print layout (the HTML Chromium prints to a vector PDF). Hand-worked geometry for
 * A4 landscape (842 x 595 pt, 24 pt margins: 794 x 547 pt of content) at 0.58 pt per px:
 *   width  794 / 0.58 = 1368.9 px - 260 px of names        = 1108 px of chart per page
 *   height 547 / 0.58 = 943.1 px - 8 px padding - 56 px header = 879.1 px -> floor(879.1 / 28) = 31 rows
 * Day zoom draws 40 px a day, so a page spans 1108 / 40 = 27.7 days: 60 days need 3 pages across,
 * and 70 rows need 3 pages down (31 + 31 + 8): 9 pages.
 */
import { describe, expect, it } from 'vitest';
import type { Link, LinkId, TaskId } from '../../../../renderer/domain/model';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { tileArrows, type SvgExportInput } from '../../../../renderer/features/present/export-svg';
import { DEFAULT_PDF_OPTIONS, PT_PER_PX } from '../../../../renderer/features/present/pdf-pages';
import { ganttPrintHtml, ganttPrintWindows } from '../../../../renderer/features/present/print-layout';
import { riskBandPaint } from '../../../../renderer/features/present/export-risk-marker';
import { themeReader } from '../../../support/theme-tokens';

/** The risk markers' band colours of the light theme (theme.css). */
const LIGHT_BANDS = riskBandPaint(themeReader('light'));

const DAY = 1440;
const mar2 = Date.UTC(2026, 2, 2) / 60_000; // Monday 2 March 2026

const row = (i: number, name = `Task ${String(i + 1).padStart(2, '0')}`): GanttRow => ({
  id: `t${String(i)}` as TaskId, index: i, wbs: String(i + 1), name, depth: 0, kind: 'task', hasChildren: false, durationMinutes: 480,
  durationIsElapsed: false, startMinutes: mar2 + (i % 50) * DAY, finishMinutes: mar2 + (i % 50) * DAY + 480, percentComplete: 0,
  isCritical: false, totalSlackMinutes: 0, isLate: false, deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's',
  resourceId: null, calendarId: null, segments: null, progressMinutes: mar2 + (i % 50) * DAY,
});

function input(rowCount: number, days: number, title = 'Relaunch', names?: readonly string[]): SvgExportInput {
  return {
    title, rows: Array.from({ length: rowCount }, (_, i) => row(i, names?.[i])), links: [],
    scale: makeScale('day', mar2, mar2 + days * DAY), from: mar2, to: mar2 + days * DAY, colourOf: () => '#3b82f6', showBaseline: false,
    theme: { background: '#ffffff', text: '#111827', muted: '#5b6475', border: '#dfe3ea', summary: '#111827', arrow: '#5b6475', baseline: '#9aa4b2', font: 'sans-serif', riskBands: LIGHT_BANDS },
  };
}

const link = (from: number, to: number): Link => ({
  id: `l${String(from)}-${String(to)}` as LinkId, predecessorId: `t${String(from)}` as TaskId, successorId: `t${String(to)}` as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false,
});

/** The names column of a page's chart (bars carry their names beside them too). */
const namesColumn = (page: string): string => /<svg x="0" y="\d+" width="\d+" height="[\d.]+" overflow="hidden"><g transform="translate\(0,-\d+\)">(.*?)<\/g><\/svg>/.exec(page)?.[1] ?? '';

/** Each page's markup, in order. */
const pagesOf = (html: string): string[] => html.split('<div class="page"').slice(1);
const sizeOf = (page: string): { width: number; height: number } => {
  const m = /^ style="width:([\d.]+)pt;height:([\d.]+)pt"/.exec(page);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

describe('Gantt print layout', () => {
  it('tiles a wide, tall plan into 3 x 3 A4 landscape pages, across time first', () => {
    const windows = ganttPrintWindows(input(70, 60), DEFAULT_PDF_OPTIONS);
    expect(windows.map((w) => `${String(w.firstRow)}-${String(w.endRow)}`)).toEqual(['0-31', '0-31', '0-31', '31-62', '31-62', '31-62', '62-70', '62-70', '62-70']);
    expect(windows[1]!.from - windows[0]!.from).toBeCloseTo((1108 / 40) * DAY);
    const layout = ganttPrintHtml(input(70, 60), DEFAULT_PDF_OPTIONS);
    expect(layout.pageCount).toBe(9);
    expect(pagesOf(layout.html)).toHaveLength(9);
    expect(layout.html).toContain('@page{size:842pt 595pt;margin:24pt;');
    expect(layout.html).toContain('.page{overflow:hidden;break-after:page;');
    expect(layout.html).toContain('.page:last-child{break-after:auto}');
  });

  it('repeats the title, the time scale and the names of its rows on every tiled page', () => {
    const layout = ganttPrintHtml(input(70, 60), DEFAULT_PDF_OPTIONS);
    const pages = pagesOf(layout.html);
    pages.forEach((page, p) => {
      expect(page).toContain('>Relaunch</text>');
      // The upper tier names the month on every tile, even one that starts mid-month.
      expect(page).toMatch(/>(March|April) 2026<\/text>/);
      const down = Math.floor(p / 3);
      const names = [...namesColumn(page).matchAll(/>(Task \d\d)<\/text>/g)].map((m) => m[1]);
      const first = down * 31;
      const count = Math.min(70, first + 31) - first;
      expect(names).toEqual(Array.from({ length: count }, (_, i) => `Task ${String(first + i + 1).padStart(2, '0')}`));
    });
  });

  it('prints tiles at 0.58 pt per px and fits every page inside the margins', () => {
    const pages = pagesOf(ganttPrintHtml(input(70, 60), DEFAULT_PDF_OPTIONS).html).map(sizeOf);
    // Full tile: (260 + 1108) px x (56 + 31 * 28 + 8) px at 0.58.
    expect(pages[0]!.width).toBeCloseTo(1368 * PT_PER_PX, 1);
    expect(pages[0]!.height).toBeCloseTo(932 * PT_PER_PX, 1);
    for (const size of pages) {
      expect(size.width).toBeLessThanOrEqual(794);
      expect(size.height).toBeLessThanOrEqual(547);
    }
  });

  it('shrinks the whole chart onto one page for "fit", on the chosen paper', () => {
    const layout = ganttPrintHtml(input(70, 60), { paper: 'Letter', orientation: 'portrait', layout: 'fit' });
    expect(layout.pageCount).toBe(1);
    expect(layout.html).toContain('@page{size:612pt 792pt;');
    const size = sizeOf(pagesOf(layout.html)[0]!);
    // 2,660 px wide (260 + 60 days x 40) into 564 pt: width-bound.
    expect(size.width).toBeCloseTo(564, 0);
    expect(size.height).toBeLessThanOrEqual(744);
    expect(layout.html).toContain('>Task 70</text>');
  });

  it('leaves out of a tile the bars that lie wholly on other tiles, but names every row', () => {
    // Three short bars in the first three days: all on the first of the three tiles across.
    const pages = pagesOf(ganttPrintHtml(input(3, 60), DEFAULT_PDF_OPTIONS).html);
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => (page.match(/<rect [^>]*rx="3" fill="#3b82f6"/g) ?? []).length)).toEqual([3, 0, 0]);
    for (const page of pages) expect([...namesColumn(page).matchAll(/>(Task \d\d)<\/text>/g)].map((m) => m[1])).toEqual(['Task 01', 'Task 02', 'Task 03']);
  });

  it('draws every row separator and every time-scale cell boundary of a tile, as one path each', () => {
    const pages = pagesOf(ganttPrintHtml(input(40, 60), DEFAULT_PDF_OPTIONS).html);
    // Tile 1 of the second row block holds rows 31-39: nine separators under rows at y = 56 + 28k.
    const separators = /<path d="((?:M0,[\d.]+H[\d.]+)+)" fill="none" stroke="#dfe3ea" stroke-width="0.5"\/>/.exec(pages[3] ?? '')?.[1] ?? '';
    expect(separators.match(/M0,[\d.]+/g)).toEqual(Array.from({ length: 9 }, (_, k) => `M0,${String(56 + 28 * (k + 1))}`));
    expect(separators).toContain('H1368');
    // The first tile starts on Monday 2 March: March began before it, so the month tier has no
    // boundary there, and the day tier has one at the start of each of the 28 days shown (x = 0, 40 ... 1080).
    const tiers = [...(pages[0] ?? '').matchAll(/<path d="((?:M[\d.]+,\d+V\d+)+)" fill="none" stroke="#dfe3ea"\/>/g)].map((m) => m[1] ?? '');
    expect(tiers).toHaveLength(1);
    expect(tiers[0]?.match(/M[\d.]+/g)).toEqual(Array.from({ length: 28 }, (_, d) => `M${String(40 * d)}`));
    // The second tile begins 27.7 days in (29 March, 16:48): April's boundary is 2.3 days (92 px) in.
    expect([...(pages[1] ?? '').matchAll(/<path d="((?:M[\d.]+,4V28)+)"/g)].map((m) => m[1])).toEqual(['M92,4V28']);
    expect(pages[0]).not.toContain('<line x1="0" y1="84"');
  });

  it('draws a link between rows of different row blocks on every tile it crosses, clipped there', () => {
    // Task 03 (row 3 of block 1) ends on day 2, on the first tile across; Task 33 (row 2 of block 2)
    // starts on day 32, on the second: the link crosses a row-block edge and a time edge.
    const linked = { ...input(70, 60), links: [link(2, 32)] };
    const pages = pagesOf(ganttPrintHtml(linked, DEFAULT_PDF_OPTIONS).html);
    const arrowsOn = pages.map((page) => (page.match(/<path d="[^"]*" fill="none" stroke="#5b6475" stroke-width="1.2"\/>/g) ?? []).length);
    // Drawn on block 1's first tile (down from Task 03) and block 2's first two (down, then across
    // to Task 33); not on block 1's second tile, under whose rows the run to Task 33 passes, nor elsewhere.
    expect(arrowsOn).toEqual([1, 0, 0, 1, 1, 0, 0, 0, 0]);
    const windows = ganttPrintWindows(linked, DEFAULT_PDF_OPTIONS);
    const route = (p: number): number[] => {
      const w = windows[p];
      const shape = w ? tileArrows({ ...linked, from: w.from, to: w.to }, w.firstRow, w.endRow)[0] : undefined;
      return (shape?.d.match(/-?[\d.]+/g) ?? []).map(Number);
    };
    const near = (...values: number[]): unknown[] => values.map((v): unknown => expect.closeTo(v, 1));
    // Block 1: from Task 03's end (x 260 + 2 d 8 h = 353.3, y 56 + 2.5 rows = 126) down past the tile's foot to Task 33 (y 966).
    expect(route(0)).toEqual(near(353.33, 126, 361.33, 966, 1540));
    // Block 2: the same route 31 rows up, coming in over the top (y -742) down to Task 33 (y 98) ...
    expect(route(3)).toEqual(near(353.33, -742, 361.33, 98, 1540));
    // ... and on the next tile across, 1,108 px to the left, its last run reaches Task 33's start with the head.
    expect(route(4)).toEqual(near(-754.67, -742, -746.67, 98, 432));
    // Its head: a triangle pointing right at (432, 98).
    expect(pages[4]).toMatch(/<path d="M43[12][\d.]*,98L427[\d.]*,93L427[\d.]*,103Z" fill="#5b6475"\/>/);
  });

  it('makes one page for an empty plan', () => {
    expect(ganttPrintHtml(input(0, 0), DEFAULT_PDF_OPTIONS).pageCount).toBe(1);
  });

  it('has no script and asks for nothing, whatever the names say', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const layout = ganttPrintHtml(input(3, 5, '"</style><script>alert(3)</script>', [hostile, 'url(http://evil.test/x)', '@import "x"']), DEFAULT_PDF_OPTIONS);
    expect(layout.html).not.toMatch(/<script/i);
    expect(layout.html).not.toMatch(/<img|<link|<iframe|<object|<embed/i);
    const tags = layout.html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\s(?:src|href|srcset|action)=|\son\w+=/i.test(t))).toEqual([]);
    expect(layout.html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    // The title reaches the footer as a CSS string, its quote and angle brackets escaped.
    const style = /<style>([^<]*)<\/style>/.exec(layout.html)?.[1] ?? '';
    expect(style).toContain('@bottom-left{content:"\\22 \\3c /style\\3e \\3c script\\3e alert(3)\\3c /script\\3e ";');
    expect(layout.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

// @vitest-environment happy-dom
/**
 * The Gantt view's export (SVG, PNG, PDF) names every task and milestone beside its bar, as the
 * screen does, at the chart's 12 px: inside a bar its name fits (white, centred), else right of
 * it, left of it where it would run past the image's right edge (label-pin.ts), never beside a
 * summary (its bracket is named in the names column only, as on screen). On a tiled PDF a name is
 * never cut in two by a tile's edge: it is drawn whole on one tile.
 *
 * Day zoom: 40 px a day; the names column is 260 px, so the day the image starts is at x = 260.
 * Widths are the export's estimate on the wide side, 0.62 em a character: 12 px names take
 * 7.44 px a character.
 */
import { describe, expect, it } from 'vitest';
import type { LinkId, TaskId } from '../../../../renderer/domain/model';
import type { GanttRow } from '../../../../renderer/features/gantt/gantt-rows';
import { makeScale } from '../../../../renderer/features/gantt/time-scale';
import { riskBandPaint } from '../../../../renderer/features/present/export-risk-marker';
import { buildGanttSvg, type SvgExportInput } from '../../../../renderer/features/present/export-svg';
import { DEFAULT_PDF_OPTIONS } from '../../../../renderer/features/present/pdf-pages';
import { ganttPrintHtml, ganttPrintWindows } from '../../../../renderer/features/present/print-layout';
import { themeReader } from '../../../support/theme-tokens';

const DAY = 1440;
const jan4 = Date.UTC(2027, 0, 4) / 60_000; // Monday 4 January 2027
const PX_PER_DAY = 40;
const LABELS = 260;
const charWidth = 12 * 0.62;

const row = (i: number, name: string, kind: GanttRow['kind'], startDay: number, finishDay: number): GanttRow => ({
  id: `t${String(i)}` as TaskId, index: i, wbs: String(i + 1), name, depth: 0, kind, hasChildren: kind === 'summary', durationMinutes: (finishDay - startDay) * DAY,
  durationIsElapsed: false, startMinutes: jan4 + startDay * DAY, finishMinutes: jan4 + finishDay * DAY, percentComplete: 0,
  isCritical: false, totalSlackMinutes: 0, isLate: false, deadlineMinutes: null, baseline: null, phase: null, phaseId: null, statusId: 's',
  resourceId: null, calendarId: null, segments: null, progressMinutes: jan4 + startDay * DAY,
});

function input(rows: readonly GanttRow[], fromDay: number, toDay: number): SvgExportInput {
  return {
    title: 'Billing migration', rows, links: [],
    scale: makeScale('day', jan4 + fromDay * DAY, jan4 + toDay * DAY), from: jan4 + fromDay * DAY, to: jan4 + toDay * DAY, colourOf: () => '#3b82f6', showBaseline: false,
    theme: { background: '#ffffff', text: '#111827', muted: '#5b6475', border: '#dfe3ea', summary: '#111827', arrow: '#5b6475', baseline: '#9aa4b2', font: 'sans-serif', riskBands: riskBandPaint(themeReader('light')) },
  };
}

/** A text drawn beside a bar (not in the names column), with its box across by the export's estimate. */
interface BesideBar { readonly name: string; readonly x: number; readonly y: number; readonly anchor: string | null; readonly fill: string | null; readonly size: string | null; readonly weight: string | null; readonly halo: string | null; readonly left: number; readonly right: number }

function namesBesideBars(svg: string, names: readonly string[]): BesideBar[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.querySelectorAll('text')]
    .filter((t) => names.includes(t.textContent ?? '') && t.closest('svg[x="0"]') === null)
    .map((t) => {
      const name = t.textContent ?? '';
      const x = Number(t.getAttribute('x'));
      const width = name.length * charWidth;
      const anchor = t.getAttribute('text-anchor');
      const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
      return {
        name, x, y: Number(t.getAttribute('y')), anchor, fill: t.getAttribute('fill'), size: t.getAttribute('font-size'), weight: t.getAttribute('font-weight'),
        halo: t.getAttribute('paint-order') === 'stroke' ? t.getAttribute('stroke') : null,
        left, right: left + width,
      };
    });
}

const dayX = (fromDay: number, day: number): number => LABELS + (day - fromDay) * PX_PER_DAY;

describe('names beside the bars in the Gantt view\'s export', () => {
  // The image runs from 3 days before 4 January to 17 days after: 260 + 20 x 40 = 1060 px wide.
  const rows = [
    row(0, 'Migration', 'summary', 0, 14),
    row(1, 'Discovery and vendor research', 'task', 0, 10),
    row(2, 'Build the integration', 'task', 10, 12),
    row(3, 'Go-live approved', 'milestone', 12, 12),
    row(4, 'Handover to operations and hypercare support', 'task', 12, 14),
  ];
  const names = rows.map((r) => r.name);
  const svg = buildGanttSvg(input(rows, -3, 17));
  const beside = namesBesideBars(svg, names);
  const named = (name: string): BesideBar | undefined => beside.find((b) => b.name === name);
  const rowCentre = (i: number): number => 56 + i * 28 + 14;

  it('names each task and milestone once beside its bar, at the chart\'s 12 px and weight, and no summary', () => {
    // In row order (milestones' names are drawn last, over the arrows).
    beside.sort((a, b) => a.y - b.y);
    expect(beside.map((b) => b.name)).toEqual(names.slice(1));
    for (const b of beside) expect([b.size, b.weight]).toEqual(['12', null]);
    // On its bar's row: the text's baseline a third of the type below the bar's centre line.
    beside.forEach((b, k) => expect(b.y - rowCentre(k + 1)).toBeCloseTo(12 * 0.35, 1));
  });

  it('draws a name that fits inside its bar there, white and centred', () => {
    // 29 characters: ~216 px in a 400 px bar from x = 380 to 780.
    expect(named('Discovery and vendor research')).toMatchObject({ x: (dayX(-3, 0) + dayX(-3, 10)) / 2, anchor: 'middle', fill: '#fff' });
  });

  it('draws a name wider than its bar right of it, and a milestone\'s right of its diamond, 5 px after them', () => {
    // An 80 px bar ending at 860; the diamond's 8 px half width past its centre at 860.
    expect(named('Build the integration')).toMatchObject({ x: dayX(-3, 12) + 5, anchor: null, fill: '#111827', halo: null });
    expect(named('Go-live approved')).toMatchObject({ x: dayX(-3, 12) + 8 + 5, anchor: null, fill: '#111827', halo: '#ffffff' });
  });

  it('draws a long name near the end left of its bar, inside the image, where right of it would run off', () => {
    // The bar ends at 940; ~327 px of name after it would end past 1060. It ends 5 px before the bar's start at 860.
    const handover = named('Handover to operations and hypercare support');
    expect(handover).toMatchObject({ x: dayX(-3, 12) - 5, anchor: 'end' });
    expect(handover?.left).toBeGreaterThanOrEqual(LABELS);
    for (const b of beside) expect([b.name, b.left >= LABELS && b.right <= 1060]).toEqual([b.name, true]);
  });
});

describe('a name too long for either side of its bar', () => {
  it('ends at the image\'s right edge, whole, on a halo of the background where it lies over its bar', () => {
    // A 560 px bar from x = 380 to 940 and ~595 px of name: not inside it, not right of it (past
    // 1060), not left of it (380 - 5 - 595 < 260). It ends 5 px before the image's edge instead.
    const name = 'Regulatory approval of the billing platform by the national payments authority';
    const [beside] = namesBesideBars(buildGanttSvg(input([row(0, name, 'task', 0, 14)], -3, 17)), [name]);
    expect(beside).toMatchObject({ x: 1060 - 5, anchor: 'end', fill: '#111827', halo: '#ffffff' });
    expect(beside?.left).toBeGreaterThanOrEqual(LABELS);
  });
});

describe('names beside the bars on the tiles of a PDF', () => {
  /** Each page's SVG, in order. */
  const pagesOf = (html: string): string[] => html.split('<div class="page"').slice(1).map((page) => page.slice(page.indexOf('<svg'), page.lastIndexOf('</svg>') + 6));

  it('draws a name the tile\'s right edge would cut in two whole on the next tile, at its left edge', () => {
    // A4 landscape tiles hold 1108 px of chart: 27.7 days. The bar runs from day 12 to day 25
    // (x = 740 to 1260 on the first tile); its ~536 px name fits neither inside it, nor right of
    // it on the first tile (1265 + 536 > 1368), nor left of it (740 - 5 - 536 < 260).
    const contract = 'Vendor contract negotiation, legal review and signature by both parties';
    const rows = [row(0, contract, 'task', 12, 25), row(1, 'Kick-off', 'milestone', 1, 1)];
    const pages = pagesOf(ganttPrintHtml(input(rows, 0, 60), DEFAULT_PDF_OPTIONS).html);
    expect(pages).toHaveLength(3);
    const onPages = pages.map((page) => namesBesideBars(page, [contract]));
    expect(onPages.map((on) => on.length)).toEqual([0, 1, 0]);
    // Its bar ended 2.7 days before the second tile: the name starts 5 px into that tile's chart, whole.
    expect(onPages[1]?.[0]).toMatchObject({ x: LABELS + 5, anchor: null });
    expect(onPages[1]?.[0]?.right).toBeLessThanOrEqual(LABELS + 1108);
  });

  it('draws a name left of its bar near a tile\'s right edge on that tile only, not again at the next tile\'s left edge', () => {
    // The bar runs from day 25 to day 27 (x = 1260 to 1340 on the first tile); its ~223 px name
    // would run past 1368 right of it, so it ends 5 px before the bar. The second tile starts 0.7
    // days after the bar's end: the screen, scrolled there, would pin the name at its edge.
    const review = 'Security and compliance review';
    const pages = pagesOf(ganttPrintHtml(input([row(0, review, 'task', 25, 27)], 0, 60), DEFAULT_PDF_OPTIONS).html);
    const onPages = pages.map((page) => namesBesideBars(page, [review]));
    expect(onPages.map((on) => on.length)).toEqual([1, 0, 0]);
    expect(onPages[0]?.[0]).toMatchObject({ x: dayX(0, 25) - 5, anchor: 'end' });
  });

  it('starts the name of a bar that began on the tile before at this tile\'s left edge, inside the bar', () => {
    // Landscaping runs from day 3 to day 50, across all three tiles; the second begins 27.7 days in.
    const pages = pagesOf(ganttPrintHtml(input([row(0, 'Landscaping', 'task', 3, 50)], 0, 60), DEFAULT_PDF_OPTIONS).html);
    expect(namesBesideBars(pages[1] ?? '', ['Landscaping'])).toMatchObject([{ x: LABELS + 5, anchor: null, fill: '#fff' }]);
  });

  it('keeps every name of a week-zoom plan whole on its tiles, each on at least one tile its row is on', () => {
    // Forty two-week tasks a week apart, with names of 8 to 47 characters: 16 px a day, 69 days a tile.
    const rows = Array.from({ length: 40 }, (_, i) => row(i, `${String(i + 1).padStart(2, '0')} ${'Integration '.repeat(1 + (i % 4)).trim()}`, i % 5 === 4 ? 'milestone' : 'task', i * 7, i % 5 === 4 ? i * 7 : i * 7 + 14));
    const week: SvgExportInput = { ...input(rows, -3, 40 * 7 + 17), scale: makeScale('week', jan4 - 3 * DAY, jan4 + 297 * DAY) };
    const windows = ganttPrintWindows(week, DEFAULT_PDF_OPTIONS);
    const pages = pagesOf(ganttPrintHtml(week, DEFAULT_PDF_OPTIONS).html);
    expect(windows.length).toBeGreaterThan(4);
    const names = rows.map((r) => r.name);
    const shown = new Set<string>();
    pages.forEach((page, p) => {
      const width = Number(/^<svg [^>]*width="([\d.]+)"/.exec(page)?.[1]);
      for (const b of namesBesideBars(page, names)) {
        expect([p, b.name, b.left >= LABELS && b.right <= width]).toEqual([p, b.name, true]);
        shown.add(b.name);
      }
    });
    expect([...shown].sort()).toEqual([...names].sort());
  });
});

describe('a name right of a bar that an arrow leaves from its end', () => {
  // "Design review" (2 days, a name wider than its 80 px bar) → "Build" finish-to-start, and "Security review" (2 days) with no successor.
  const rows = [row(0, 'Design review', 'task', 0, 2), row(1, 'Build', 'task', 2, 12), row(2, 'Security review', 'task', 0, 2)];
  const withLink = { ...input(rows, -3, 17), links: [{ id: 'l1' as LinkId, predecessorId: 't0' as TaskId, successorId: 't1' as TaskId, type: 'FS' as const, lagMinutes: 0, lagIsElapsed: false }] };
  const svg = buildGanttSvg(withLink);
  const beside = namesBesideBars(svg, ['Design review', 'Security review']);
  const named = (name: string): BesideBar | undefined => beside.find((b) => b.name === name);

  it('starts 5 px after the arrow\'s turn, 8 px after the bar\'s end, not through it (its D was struck through)', () => {
    // Both bars end at day 2 (x = 380 + 80 = 460): the arrow turns down at 468.
    expect(named('Design review')).toMatchObject({ x: dayX(-3, 2) + 8 + 5, anchor: null });
    // Without an arrow leaving it, 5 px after the bar as before.
    expect(named('Security review')).toMatchObject({ x: dayX(-3, 2) + 5, anchor: null });
    const turn = /M(\d+(?:\.\d+)?),\d+(?:\.\d+)? H(\d+(?:\.\d+)?)/.exec(svg);
    expect(turn && Number(turn[2]) - Number(turn[1])).toBe(8);
    expect((named('Design review')?.left ?? 0) - Number(turn?.[2])).toBe(5);
  });
});

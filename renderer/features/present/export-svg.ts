/**
 * A standalone SVG of the Gantt (grid labels, time scale, bars, arrows) built from the row model
 * with every style inlined, so it renders the same in a browser, an image viewer or a PDF. Pure:
 * colours arrive already resolved (CSS variables mean nothing outside the page).
 */
import { arrowShape, endExits, entryTurnX, roomAfterBarEnd, type ArrowShape, type BarBox } from '../gantt/arrow-geometry';
import type { GanttRow } from '../gantt/gantt-rows';
import { svgPaint, xmlAttribute, xmlText } from '../../domain/formats/escape';
import { barLabel, estimatedWidth, n } from './export-bar-label';
import { fittingLabel, ticks, xOf, ZOOM_SPECS, type Scale } from '../gantt/time-scale';
import type { Link } from '../../domain/model';
import type { RiskMarker } from '../../domain/raid';
import { exportRiskMark, type RiskBandPaint } from './export-risk-marker';
import { nonWorkingSvg, workPiecesSvg } from './export-working-time';

export interface SvgTheme {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly summary: string;
  readonly arrow: string;
  readonly baseline: string;
  readonly font: string;
  /** The risk markers' band colours in this theme (riskBandPaint), so a dark export draws dark bands. */
  readonly riskBands: RiskBandPaint;
}

export interface SvgExportInput {
  readonly title: string;
  readonly rows: readonly GanttRow[];
  readonly links: readonly Link[];
  readonly scale: Scale;
  readonly from: number;
  readonly to: number;
  readonly colourOf: (row: GanttRow) => string;
  readonly theme: SvgTheme;
  readonly showBaseline: boolean;
  /** Risk markers by task id (risks/use-risk-markers.ts), drawn after their bars as on screen; none when absent. */
  readonly riskMarkers?: ReadonlyMap<string, Pick<RiskMarker, 'band' | 'label'>>;
  /** Sizes and type; the normal chart's when absent. */
  readonly look?: ExportLook;
  /**
   * Days no one works on the project's calendar (weekends and holidays; days since 1970-01-01),
   * shaded as the chart on screen shades them; none when absent.
   */
  readonly isNonWorkingDay?: (day: number) => boolean;
  /**
   * This image is one tile of a chart that goes on in a tile right of it (print-layout.ts), whose
   * chart part is this many px wide: a name this tile's right edge would cut in two is drawn whole
   * there, at its left edge, where it fits there (barLabel). Absent for the last tile or one image.
   */
  readonly nextTileChartPx?: number;
  /** The chart part's width of the tile left of this one, which draws the names of bars ending there (barLabel). */
  readonly previousTileChartPx?: number;
}

/** The export's geometry and type, so presentation mode's large, bold chart exports as it looks. */
export interface ExportLook {
  readonly rowHeight: number;
  readonly barHeight: number;
  /** Height of each of the two time-scale tiers; the header is two tiers plus 8 px. */
  readonly tierHeight: number;
  readonly labelsWidth: number;
  readonly nameSize: number;
  readonly tickSize: number;
  readonly titleSize: number;
  /** The names column's weight; a summary's name is bold in both looks. */
  readonly nameWeight: 400 | 500;
  /** The names beside the bars and diamonds (gantt.css .bar-label, .gl-milestone-label). */
  readonly barLabelSize: number;
  readonly barLabelWeight: 400 | 600;
  readonly arrowWidth: number;
}

/** The Gantt view's gantt.css in an image: 12 px names in the column and beside the bars, 28 px rows. */
export const NORMAL_LOOK: ExportLook = {
  rowHeight: 28, barHeight: 16, tierHeight: 24, labelsWidth: 260, nameSize: 12, tickSize: 11, titleSize: 13,
  nameWeight: 400, barLabelSize: 12, barLabelWeight: 400, arrowWidth: 1.2,
};

/** presentation gantt.css in an image: 19 px names, 17 px bold bar labels, 15 px scale, 44 px rows. */
export const PRESENTATION_LOOK: ExportLook = {
  rowHeight: 44, barHeight: 26, tierHeight: 30, labelsWidth: 340, nameSize: 19, tickSize: 15, titleSize: 18,
  nameWeight: 500, barLabelSize: 17, barLabelWeight: 600, arrowWidth: 1.8,
};

const ROW = NORMAL_LOOK.rowHeight;
const HEAD = 2 * NORMAL_LOOK.tierHeight + 8;
const LABELS = NORMAL_LOOK.labelsWidth;
const lookOf = (input: SvgExportInput): ExportLook => input.look ?? NORMAL_LOOK;
const headOf = (look: ExportLook): number => 2 * look.tierHeight + 8;


/** One time-scale cell as drawn on a page, in chart coordinates (0 = the page's first instant). */
export interface HeaderCell {
  /** Where the cell's boundary line is; negative for a cell that began before the page. */
  readonly x: number;
  /** The cell's part on the page, which its label is clipped to. */
  readonly visibleX: number;
  readonly visibleWidth: number;
  /** The cell's label and its shorter forms, longest first. */
  readonly labels: readonly string[];
}

/**
 * The cells of one tier across a page. A cell that began before the page (a month that is
 * already running) keeps its label at the page's left edge, as the view's sticky header does, so
 * every tile names its month and year; where that part is too narrow for the label, a shorter
 * one or none is drawn (headerLabel), so no label runs into the next cell or is cut in two.
 */
export function headerCells(scale: Scale, unit: Parameters<typeof ticks>[1], from: number, to: number, isUpper: boolean): HeaderCell[] {
  const shift = xOf(scale, from);
  const pageWidth = (to - from) * scale.pxPerMinute;
  return ticks(scale, unit, from, to, isUpper).map((t) => {
    const x = t.x - shift;
    const visibleX = Math.max(0, x);
    return { x, visibleX, visibleWidth: Math.min(pageWidth, x + t.width) - visibleX, labels: t.labels };
  });
}

/** The longest of a cell's labels that fits the cell's part on the page, with 4 px either side; '' when none does. */
export function headerLabel(cell: HeaderCell, fontSizePx: number, isBold: boolean): string {
  return fittingLabel(cell.labels, cell.visibleWidth - 8, (label) => estimatedWidth(label, fontSizePx, isBold));
}

function titleLines(title: string, maxChars: number): string[] {
  const lines: string[] = [''];
  for (const word of title.split(/\s+/)) {
    const last = lines[lines.length - 1] ?? '';
    if (last && last.length + 1 + word.length > maxChars) lines.push(word);
    else lines[lines.length - 1] = last ? `${last} ${word}` : word;
  }
  return lines.length > 2 ? [lines[0] ?? '', `${lines.slice(1).join(' ').slice(0, maxChars - 1)}…`] : lines;
}

function header(input: SvgExportInput, width: number, chartWidth: number): string {
  const { scale, theme } = input;
  const look = lookOf(input);
  const head = headOf(look);
  const tierH = look.tierHeight;
  const spec = ZOOM_SPECS[scale.zoom];
  const tickLabel = (c: HeaderCell, y: number, isUpper: boolean): string => {
    const label = headerLabel(c, look.tickSize, isUpper);
    return label ? `<text x="${n(c.visibleX + 4)}" y="${n(y + tierH / 2 + look.tickSize * 0.35)}" fill="${svgPaint(isUpper ? theme.text : theme.muted)}" font-size="${String(look.tickSize)}"${isUpper ? ' font-weight="600"' : ''}>${xmlText(label)}</text>` : '';
  };
  // A tier's cell boundaries as one path (the same strokes, one node instead of one a cell).
  const tier = (unit: typeof spec.upper, y: number, isUpper: boolean): string => {
    const cells = headerCells(scale, unit, input.from, input.to, isUpper);
    const bounds = cells.filter((c) => c.x >= 0).map((c) => `M${n(c.x)},${String(y)}V${String(y + tierH)}`).join('');
    return (bounds ? `<path d="${bounds}" fill="none" stroke="${svgPaint(theme.border)}"/>` : '') +
      cells.map((c) => tickLabel(c, y, isUpper)).join('');
  };
  // The title stays in the names column (two lines at most), clear of the time scale.
  const lineHeight = look.titleSize * 1.3;
  const title = titleLines(input.title, Math.floor((look.labelsWidth - 16) / (look.titleSize * 0.62)))
    .map((line, i) => `<text x="8" y="${n(head / 2 - lineHeight / 2 + i * lineHeight + look.titleSize * 0.35 - 2)}" font-size="${String(look.titleSize)}" font-weight="600" fill="${svgPaint(theme.text)}">${xmlText(line)}</text>`).join('');
  return `<rect x="0" y="0" width="${n(width)}" height="${String(head)}" fill="${svgPaint(theme.background)}"/>` +
    `<svg x="0" y="0" width="${String(look.labelsWidth - 4)}" height="${String(head)}" overflow="hidden">${title}</svg>` +
    `<svg x="${String(look.labelsWidth)}" y="0" width="${n(chartWidth)}" height="${String(head)}" overflow="hidden">${tier(spec.upper, 4, true)}${tier(spec.lower, 6 + tierH, false)}</svg>` +
    `<line x1="0" y1="${String(head)}" x2="${n(width)}" y2="${String(head)}" stroke="${svgPaint(theme.border)}"/>`;
}

interface RowParts {
  /** The row's name, in the names column (clipped there as a whole). */
  readonly name: string;
  /** Bar, baseline and a task's name beside it in chart coordinates; empty when all of it is off the page. */
  readonly chart: string;
  /** A milestone's name beside its diamond, drawn over the arrows (haloedLabel); empty for other rows. */
  readonly overArrows: string;
}

function rowSvg(input: SvgExportInput, row: GanttRow, i: number, shift: number, width: number, entryTurn: () => number | null, hasEndExit: boolean): RowParts {
  const { scale, theme } = input;
  const look = lookOf(input);
  const labels = look.labelsWidth;
  const rowH = look.rowHeight;
  const barH = look.barHeight;
  const y = headOf(look) + i * rowH;
  const x1 = labels + xOf(scale, row.startMinutes) - shift;
  const x2 = labels + xOf(scale, row.finishMinutes) - shift;
  const cy = y + rowH / 2;
  const weight = row.kind === 'summary' ? ' font-weight="600"' : look.nameWeight === 400 ? '' : ` font-weight="${String(look.nameWeight)}"`;
  const name = `<text x="${n(8 + row.depth * look.nameSize)}" y="${n(y + rowH / 2 + look.nameSize * 0.35)}" font-size="${String(look.nameSize)}" fill="${svgPaint(theme.text)}"${weight}>${xmlText(row.name)}</text>`;
  const half = barH / 2;
  let bar: string;
  let barEnd = x2;
  if (row.kind === 'milestone') {
    bar = `<polygon points="${n(x1)},${n(cy - half)} ${n(x1 + half)},${n(cy)} ${n(x1)},${n(cy + half)} ${n(x1 - half)},${n(cy)}" fill="${svgPaint(input.colourOf(row))}" stroke="${svgPaint(theme.text)}" stroke-width="1"/>`;
    barEnd = x1 + half;
  } else if (row.kind === 'summary') {
    const h = Math.max(5, barH * 0.35);
    bar = `<path d="M${n(x1)},${n(cy - half + 2)} H${n(x2)} V${n(cy - half + 2 + h + 5)} L${n(x2 - 6)},${n(cy - half + 2 + h)} H${n(x1 + 6)} L${n(x1)},${n(cy - half + 2 + h + 5)} Z" fill="${svgPaint(theme.summary)}"/>`;
  } else {
    bar = workPiecesSvg(row, (minutes) => labels + xOf(scale, minutes) - shift, cy, barH, svgPaint(input.colourOf(row)));
    barEnd = x1 + Math.max(2, x2 - x1);
  }
  const mark = exportRiskMark(input.riskMarkers?.get(row.id), barEnd, cy, barH, theme.riskBands);
  const label = barLabel(input, look, row, { x1: row.kind === 'milestone' ? x1 - half : x1, x2: barEnd, cy, trailingPx: roomAfterBarEnd(mark.widthPx, hasEndExit, row.kind === 'milestone'), entryTurn }, width);
  const baseX = row.baseline ? labels + xOf(scale, row.baseline.startMinutes) - shift : x1;
  const baseW = row.baseline ? Math.max(2, (row.baseline.finishMinutes - row.baseline.startMinutes) * scale.pxPerMinute) : 0;
  const base = input.showBaseline && row.baseline
    ? `<rect x="${n(baseX)}" y="${n(cy + half + 1)}" width="${n(baseW)}" height="3" fill="${svgPaint(theme.baseline)}"/>`
    : '';
  // What lies wholly before or after this page is left out: a tile of a long plan would otherwise
  // carry every bar of its rows, drawn and clipped away on all the other tiles.
  const left = Math.min(x1 - half, label?.left ?? Infinity, base ? baseX : Infinity);
  const right = Math.max(barEnd + mark.widthPx, label?.right ?? -Infinity, base ? baseX + baseW : -Infinity);
  const isOnPage = right >= labels && left <= width;
  if (!isOnPage) return { name, chart: '', overArrows: '' };
  return row.kind === 'milestone'
    ? { name, chart: `${bar}${mark.svg}${base}`, overArrows: label?.svg ?? '' }
    : { name, chart: `${bar}${mark.svg}${base}${label?.svg ?? ''}`, overArrows: '' };
}

/** The size in px of the SVG buildGanttSvg draws for these rows and the input's time window. */
export function ganttSvgSize(input: SvgExportInput, firstRow = 0, endRow = input.rows.length): { width: number; height: number } {
  const look = lookOf(input);
  const rowCount = Math.max(0, Math.min(endRow, input.rows.length) - Math.max(0, firstRow));
  return { width: look.labelsWidth + (input.to - input.from) * input.scale.pxPerMinute, height: headOf(look) + rowCount * look.rowHeight + 8 };
}

const rowIndexes = new WeakMap<readonly GanttRow[], ReadonlyMap<string, number>>();

/** Each row's index in the whole chart, computed once for all the tiles of one export. */
function rowIndexOf(rows: readonly GanttRow[]): ReadonlyMap<string, number> {
  let index = rowIndexes.get(rows);
  if (!index) rowIndexes.set(rows, (index = new Map(rows.map((r, i) => [r.id as string, i]))));
  return index;
}

interface Area {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Whether an orthogonal route (arrowShape's corners) passes through `area`: a route that only
 * skirts a tile (a long link's far run, under the tile's rows) is not drawn there.
 */
function routeCrosses(route: ArrowShape['route'], area: Area): boolean {
  for (let i = 1; i < route.length; i++) {
    const [x0, y0] = route[i - 1] ?? [NaN, NaN];
    const [x, y] = route[i] ?? [NaN, NaN];
    if (Math.max(x0, x) >= area.left && Math.min(x0, x) <= area.right && Math.max(y0, y) >= area.top && Math.min(y0, y) <= area.bottom) return true;
  }
  return false;
}

/** The bar box of row `i` (an index into input.rows) in the px of the tile starting at `firstRow`; null for no row. */
function tileBarBox(input: SvgExportInput, firstRow: number): (i: number | undefined) => BarBox | null {
  const look = lookOf(input);
  const labels = look.labelsWidth;
  const head = headOf(look);
  const shift = xOf(input.scale, input.from);
  return (i) => {
    const r = i === undefined ? undefined : input.rows[i];
    return r && i !== undefined
      ? { x1: labels + xOf(input.scale, r.startMinutes) - shift, x2: labels + xOf(input.scale, r.finishMinutes) - shift, y: head + (i - firstRow) * look.rowHeight + look.rowHeight / 2 }
      : null;
  };
}

const exitsByLinks = new WeakMap<readonly Link[], ReadonlySet<string>>();
/** The tasks an arrow leaves from the end of (endExits), worked out once for all the tiles of an export. */
function endExitsOf(links: readonly Link[]): ReadonlySet<string> {
  let exits = exitsByLinks.get(links);
  if (!exits) exitsByLinks.set(links, (exits = endExits(links)));
  return exits;
}

/** Per task of the tile, where the first arrow entering its bar's start turns into its last run (entryTurnX). */
function tileEntryTurns(input: SvgExportInput, firstRow: number, endRow: number): Map<string, number> {
  const index = rowIndexOf(input.rows);
  const box = tileBarBox(input, firstRow);
  const turns = new Map<string, number>();
  for (const link of input.links) {
    const at = index.get(link.successorId);
    if (at === undefined || at < firstRow || at >= endRow) continue;
    const from = box(index.get(link.predecessorId));
    const to = box(at);
    const turn = from && to ? entryTurnX(link.type, from, to, lookOf(input).rowHeight) : null;
    if (turn !== null) turns.set(link.successorId, Math.min(turns.get(link.successorId) ?? Infinity, turn));
  }
  return turns;
}

/**
 * The dependency arrows of the tile of rows [firstRow, endRow) across the input's time window,
 * in the tile's px. A link between rows on different tiles (down or across) is drawn on every
 * tile its route crosses, clipped there as a bar is, and left out of the others.
 */
export function tileArrows(input: SvgExportInput, firstRow = 0, endRow = input.rows.length): ArrowShape[] {
  const look = lookOf(input);
  const labels = look.labelsWidth;
  const head = headOf(look);
  const { width, height } = ganttSvgSize(input, firstRow, endRow);
  const index = rowIndexOf(input.rows);
  const box = tileBarBox(input, firstRow);
  // The arrows' clip, grown by an arrowhead's half-height so a head at its edge is kept.
  const visible: Area = { left: labels - 6, top: head - 6, right: width + 6, bottom: height + 6 };
  const reach = look.rowHeight;
  const shapes: ArrowShape[] = [];
  for (const link of input.links) {
    const from = box(index.get(link.predecessorId));
    const to = box(index.get(link.successorId));
    if (!from || !to) continue;
    // A route keeps within a row height of its two ends' box: cheap to rule out most links first.
    if (Math.max(from.x2, to.x2) + reach < visible.left || Math.min(from.x1, to.x1) - reach > visible.right) continue;
    if (Math.max(from.y, to.y) + reach < visible.top || Math.min(from.y, to.y) - reach > visible.bottom) continue;
    const shape = arrowShape(link.type, from, to, look.rowHeight);
    if (routeCrosses(shape.route, visible)) shapes.push(shape);
  }
  return shapes;
}

/** One page (or the whole chart): the header is drawn on every page. */
export function buildGanttSvg(input: SvgExportInput, firstRow = 0, endRow = input.rows.length): string {
  const look = lookOf(input);
  const labels = look.labelsWidth;
  const head = headOf(look);
  const shift = xOf(input.scale, input.from);
  const chartWidth = (input.to - input.from) * input.scale.pxPerMinute;
  const rows = input.rows.slice(firstRow, endRow);
  const { width, height } = ganttSvgSize(input, firstRow, endRow);
  // All arrows' lines as one path and all their heads as another: the same strokes and fills, two
  // nodes a tile instead of two an arrow (a 231-page week-zoom print carries ~3,000 arrows).
  const shapes = tileArrows(input, firstRow, endRow);
  const arrows = shapes.length
    ? `<path d="${shapes.map((s) => s.d).join(' ')}" fill="none" stroke="${svgPaint(input.theme.arrow)}" stroke-width="${String(look.arrowWidth)}"/>` +
      `<path d="${shapes.map((s) => `M${s.head.split(' ').join('L')}Z`).join('')}" fill="${svgPaint(input.theme.arrow)}"/>`
    : '';
  // Worked out on the first name that would go left of its bar: most tiles have none.
  let turns: Map<string, number> | undefined;
  const entryTurnOf = (id: string) => (): number | null => (turns ??= tileEntryTurns(input, firstRow, endRow)).get(id) ?? null;
  const exits = endExitsOf(input.links);
  const parts = rows.map((r, i) => rowSvg(input, r, i, shift, width, entryTurnOf(r.id), exits.has(r.id)));
  const milestoneNames = parts.map((p) => p.overArrows).join('');
  // The rows' part of the chart, in the tile's px: what is drawn there is clipped to it.
  const underHeader = (content: string): string =>
    `<svg x="${String(labels)}" y="${String(head)}" width="${n(chartWidth)}" height="${String(height - head)}" overflow="hidden"><g transform="translate(${String(-labels)},${String(-head)})">${content}</g></svg>`;
  // One clip for all names and one for the chart (not one per row): the same picture, far fewer
  // nested viewports for a browser or the print engine to lay out.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${String(height)}" viewBox="0 0 ${n(width)} ${String(height)}" font-family="${xmlAttribute(input.theme.font)}">` +
    `<rect width="100%" height="100%" fill="${svgPaint(input.theme.background)}"/>` +
    underHeader(nonWorkingSvg(input, labels - shift, head, height - head)) +
    // The rows' separators as one path, not a <line> each: the same strokes, and 30 fewer nodes on
    // each printed tile for Chromium's print engine to lay out and paint (a 231-page print: ~7,000).
    (rows.length ? `<path d="${rows.map((_, i) => `M0,${String(head + (i + 1) * look.rowHeight)}H${n(width)}`).join('')}" fill="none" stroke="${svgPaint(input.theme.border)}" stroke-width="0.5"/>` : '') +
    `<svg x="0" y="${String(head)}" width="${String(labels - 6)}" height="${String(height - head)}" overflow="hidden"><g transform="translate(0,${String(-head)})">${parts.map((p) => p.name).join('')}</g></svg>` +
    `<svg x="${String(labels)}" y="0" width="${n(chartWidth)}" height="${String(height)}" overflow="hidden"><g transform="translate(${String(-labels)},0)">${parts.map((p) => p.chart).join('')}</g></svg>` +
    underHeader(arrows) +
    // After the arrows, as on screen (MilestoneLabelLayer after ArrowLayer): an arrow passes behind a name.
    (milestoneNames ? underHeader(milestoneNames) : '') +
    `<line x1="${String(labels)}" y1="0" x2="${String(labels)}" y2="${String(height)}" stroke="${svgPaint(input.theme.border)}"/>` +
    header(input, width, chartWidth) +
    `</svg>`;
}

export const EXPORT_ROW_HEIGHT = ROW;
export const EXPORT_HEADER_HEIGHT = HEAD;
export const EXPORT_LABELS_WIDTH = LABELS;

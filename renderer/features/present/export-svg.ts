/**
 * A standalone SVG of the Gantt (grid labels, time scale, bars, arrows) built from the row model
 * with every style inlined, so it renders the same in a browser, an image viewer or a PDF. Pure:
 * colours arrive already resolved (CSS variables mean nothing outside the page).
 */
import { arrowShape } from '../gantt/arrow-geometry';
import type { GanttRow } from '../gantt/gantt-rows';
import { escapeHtml } from '../gantt/escape';
import { ticks, xOf, ZOOM_SPECS, type Scale } from '../gantt/time-scale';
import type { Link } from '../../domain/model';

export interface SvgTheme {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly summary: string;
  readonly arrow: string;
  readonly baseline: string;
  readonly font: string;
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
}

const ROW = 28;
const BAR = 16;
const HEAD = 56;
const LABELS = 260;

const n = (v: number): string => String(Math.round(v * 10) / 10);

/** One time-scale cell as drawn on a page, in chart coordinates (0 = the page's first instant). */
export interface HeaderCell {
  /** Where the cell's boundary line is; negative for a cell that began before the page. */
  readonly x: number;
  /** The cell's part on the page, which its label is clipped to. */
  readonly visibleX: number;
  readonly visibleWidth: number;
  readonly label: string;
}

/**
 * The cells of one tier across a page. A cell that began before the page (a month that is
 * already running) keeps its label at the page's left edge, as the view's sticky header does, so
 * every tile names its month and year; each label is clipped to its own cell, so it never runs
 * into the next one.
 */
export function headerCells(scale: Scale, unit: Parameters<typeof ticks>[1], from: number, to: number, isUpper: boolean): HeaderCell[] {
  const shift = xOf(scale, from);
  const pageWidth = (to - from) * scale.pxPerMinute;
  return ticks(scale, unit, from, to, isUpper).map((t) => {
    const x = t.x - shift;
    const visibleX = Math.max(0, x);
    return { x, visibleX, visibleWidth: Math.min(pageWidth, x + t.width) - visibleX, label: t.label };
  });
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
  const spec = ZOOM_SPECS[scale.zoom];
  const tier = (unit: typeof spec.upper, y: number, isUpper: boolean): string =>
    headerCells(scale, unit, input.from, input.to, isUpper)
      .map((c) => (c.x >= 0 ? `<line x1="${n(c.x)}" y1="${String(y)}" x2="${n(c.x)}" y2="${String(y + 24)}" stroke="${theme.border}"/>` : '') +
        (c.visibleWidth >= 14
          ? `<svg x="${n(c.visibleX)}" y="${String(y)}" width="${n(c.visibleWidth)}" height="24" overflow="hidden"><text x="4" y="16" fill="${isUpper ? theme.text : theme.muted}" font-size="11"${isUpper ? ' font-weight="600"' : ''}>${escapeHtml(c.label)}</text></svg>`
          : ''))
      .join('');
  // The title stays in the names column (two lines at most), clear of the time scale.
  const title = titleLines(input.title, Math.floor((LABELS - 16) / 8))
    .map((line, i) => `<text x="8" y="${String(22 + i * 17)}" font-size="13" font-weight="600" fill="${theme.text}">${escapeHtml(line)}</text>`).join('');
  return `<rect x="0" y="0" width="${n(width)}" height="${String(HEAD)}" fill="${theme.background}"/>` +
    `<svg x="0" y="0" width="${String(LABELS - 4)}" height="${String(HEAD)}" overflow="hidden">${title}</svg>` +
    `<svg x="${String(LABELS)}" y="0" width="${n(chartWidth)}" height="${String(HEAD)}" overflow="hidden">${tier(spec.upper, 4, true)}${tier(spec.lower, 30, false)}</svg>` +
    `<line x1="0" y1="${String(HEAD)}" x2="${n(width)}" y2="${String(HEAD)}" stroke="${theme.border}"/>`;
}

function rowSvg(input: SvgExportInput, row: GanttRow, i: number, shift: number): string {
  const { scale, theme } = input;
  const y = HEAD + i * ROW;
  const x1 = LABELS + xOf(scale, row.startMinutes) - shift;
  const x2 = LABELS + xOf(scale, row.finishMinutes) - shift;
  const cy = y + ROW / 2;
  const label = `<text x="${n(8 + row.depth * 12)}" y="${n(cy + 4)}" font-size="12" fill="${theme.text}"${row.kind === 'summary' ? ' font-weight="600"' : ''}>${escapeHtml(row.name)}</text>`;
  let bar: string;
  if (row.kind === 'milestone') {
    bar = `<polygon points="${n(x1)},${n(cy - 8)} ${n(x1 + 8)},${n(cy)} ${n(x1)},${n(cy + 8)} ${n(x1 - 8)},${n(cy)}" fill="${input.colourOf(row)}"/>`;
  } else if (row.kind === 'summary') {
    bar = `<path d="M${n(x1)},${n(cy - 6)} H${n(x2)} V${n(cy + 4)} L${n(x2 - 5)},${n(cy)} H${n(x1 + 5)} L${n(x1)},${n(cy + 4)} Z" fill="${theme.summary}"/>`;
  } else {
    const w = Math.max(2, x2 - x1);
    bar = `<rect x="${n(x1)}" y="${n(cy - BAR / 2)}" width="${n(w)}" height="${String(BAR)}" rx="3" fill="${input.colourOf(row)}"/>` +
      `<rect x="${n(x1)}" y="${n(cy - BAR / 2)}" width="${n((w * row.percentComplete) / 100)}" height="${String(BAR)}" rx="3" fill="#000" fill-opacity="0.25"/>`;
  }
  const base = input.showBaseline && row.baseline
    ? `<rect x="${n(LABELS + xOf(scale, row.baseline.startMinutes) - shift)}" y="${n(cy + BAR / 2 + 1)}" width="${n(Math.max(2, (row.baseline.finishMinutes - row.baseline.startMinutes) * scale.pxPerMinute))}" height="3" fill="${theme.baseline}"/>`
    : '';
  return `<line x1="0" y1="${String(y + ROW)}" x2="100%" y2="${String(y + ROW)}" stroke="${theme.border}" stroke-width="0.5"/>${label}<svg x="${String(LABELS)}" y="0" width="100%" height="100%" overflow="hidden"><g transform="translate(${String(-LABELS)},0)">${bar}${base}</g></svg>`;
}

/** One page (or the whole chart): the header is drawn on every page. */
export function buildGanttSvg(input: SvgExportInput, firstRow = 0, endRow = input.rows.length): string {
  const shift = xOf(input.scale, input.from);
  const chartWidth = (input.to - input.from) * input.scale.pxPerMinute;
  const width = LABELS + chartWidth;
  const rows = input.rows.slice(firstRow, endRow);
  const height = HEAD + rows.length * ROW + 8;
  const local = new Map(rows.map((r, i) => [r.id as string, [r, i] as const]));
  const arrows = input.links.map((link) => {
    const a = local.get(link.predecessorId);
    const b = local.get(link.successorId);
    if (!a || !b) return '';
    const box = (r: GanttRow, i: number) => ({ x1: LABELS + xOf(input.scale, r.startMinutes) - shift, x2: LABELS + xOf(input.scale, r.finishMinutes) - shift, y: HEAD + i * ROW + ROW / 2 });
    const s = arrowShape(link.type, box(a[0], a[1]), box(b[0], b[1]), ROW);
    return `<path d="${s.d}" fill="none" stroke="${input.theme.arrow}" stroke-width="1.2"/><polygon points="${s.head}" fill="${input.theme.arrow}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${String(height)}" viewBox="0 0 ${n(width)} ${String(height)}" font-family="${escapeHtml(input.theme.font)}">` +
    `<rect width="100%" height="100%" fill="${input.theme.background}"/>` +
    rows.map((r, i) => rowSvg(input, r, i, shift)).join('') +
    `<svg x="${String(LABELS)}" y="${String(HEAD)}" width="${n(chartWidth)}" height="${String(height - HEAD)}" overflow="hidden"><g transform="translate(${String(-LABELS)},${String(-HEAD)})">${arrows}</g></svg>` +
    `<line x1="${String(LABELS)}" y1="0" x2="${String(LABELS)}" y2="${String(height)}" stroke="${input.theme.border}"/>` +
    header(input, width, chartWidth) +
    `</svg>`;
}

export const EXPORT_ROW_HEIGHT = ROW;
export const EXPORT_HEADER_HEIGHT = HEAD;
export const EXPORT_LABELS_WIDTH = LABELS;

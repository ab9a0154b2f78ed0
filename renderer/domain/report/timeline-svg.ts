/**
 * The milestone timeline as inline SVG: one row per milestone on a date axis, the baseline date as
 * a hollow diamond when it differs, the status date as a line, and the forecast date written
 * under the forecast diamond. Vector, so it prints sharp.
 */
import { parseWall } from '../calendar';
import type { ReportSection } from './types';
import { html } from './escape-html';
import { REPORT_DATES, type ReportDates } from './text';

type Timeline = Extract<ReportSection, { kind: 'timeline' }>;

/*
 * The timeline takes the width it is given (the preview's frame, a browser window, the printed
 * page): the SVG is 100% wide with no viewBox, so its type keeps its size (11 px, never scaled
 * down), and each date's place along the axis is a percentage of that width. The names' column is
 * as wide as the longest name needs; the axis runs from it to RIGHT px short of the right edge.
 * A percentage cannot be added to pixels in an attribute, so a point f of the way along the axis,
 * at LABEL + f * (width - LABEL - RIGHT), is written as x = f * 100% moved by a translate of
 * LABEL - f * (LABEL + RIGHT) px.
 *
 * Each row is two lines: the name and the diamonds, then the forecast date under its diamond.
 * Beside the diamond, a date had to dodge the baseline's diamond, whose distance in px depends on
 * the width, unknown here: written left of both, a 30-day slip put it by the baseline, a third of
 * the axis away from the forecast it names. On a line of its own nothing of its row is in its way,
 * at any width, and each row's date keeps to its own row.
 */
const RIGHT = 16;
/** Average advance of an 11 px sans-serif character, px: sizes the names' column from their length. */
const CHAR_PX = 6.4;
const MIN_LABEL = 48;
const MAX_LABEL = 210;
const NAME_CHARS = 34;
/** A row's height: the marker line and the date line under it, 11 px type on each (px). */
const ROW = 32;
/** From a row's top to its markers' centre, and from that centre down to the date's baseline (px). */
const MARK_Y = 11;
const DATE_DY = 20;
/** Where a date under a marker stops centring on it, so it stays within the axis's ends (fraction of the axis). */
const EDGE = 0.15;
const TOP = 34;
const MAX_ROWS = 24;
const TEXT = 'font-size="11"';

/** A point along the axis: a percentage of the SVG's width, then a shift in px (see above). */
interface AxisPoint { readonly percent: number; readonly shiftPx: number }

const shift = (p: AxisPoint): string => `transform="translate(${fmt(p.shiftPx)} 0)"`;
const xAt = (p: AxisPoint): string => `x="${fmt(p.percent)}%" ${shift(p)}`;

/** The milestone timeline, 100% of its container's width. */
export function timelineSvg(t: Timeline, dates: ReportDates = REPORT_DATES): string {
  const items = t.items.slice(0, MAX_ROWS);
  const label = labelWidth(items.map((m) => clip(m.name, NAME_CHARS)));
  const from = parseWall(t.from);
  const span = Math.max(1, parseWall(t.to) - from);
  const along = (date: string): number => Math.min(1, Math.max(0, (parseWall(date) - from) / span));
  const point = (f: number, dxPx = 0): AxisPoint => ({ percent: f * 100, shiftPx: label - f * (label + RIGHT) + dxPx });
  const height = TOP + items.length * ROW + 4;
  const rows = items.map((m, i) => {
    const y = TOP + i * ROW + MARK_Y;
    const colour = m.isDone ? '#15803d' : (m.slipDays ?? 0) > 0 ? '#b91c1c' : '#1d4ed8';
    const baseAt = m.baselineFinish !== null && m.baselineFinish !== m.finish ? along(m.baselineFinish) : null;
    const base = baseAt === null ? '' : marker(point(baseAt), y, 5, 'fill="none" stroke="#6b7280" stroke-width="1.2"');
    const forecastAt = along(m.finish);
    return `<text x="0" y="${fmt(y + 4)}" ${TEXT} fill="#111827">${html(clip(m.name, NAME_CHARS))}</text>${base}`
      + marker(point(forecastAt), y, 6, `fill="${colour}"`)
      + dateLabel(forecastAt, point, y, dates.short(m.finish));
  }).join('');
  const now = point(along(t.statusDate));
  const axis = `<text x="${fmt(label)}" y="12" ${TEXT} fill="#4b5563">${html(dates.day(t.from))}</text>`
    + `<text x="100%" transform="translate(-4 0)" y="12" ${TEXT} fill="#4b5563" text-anchor="end">${html(dates.day(t.to))}</text>`
    + `<line x1="${fmt(now.percent)}%" x2="${fmt(now.percent)}%" ${shift(now)} y1="18" y2="${fmt(height)}" stroke="#9333ea" stroke-dasharray="3 2"/>`
    + `<text ${xAt(now)} y="28" ${TEXT} fill="#9333ea" text-anchor="middle">status</text>`;
  const more = t.items.length > MAX_ROWS ? `<text x="0" y="${fmt(height + 12)}" ${TEXT} fill="#4b5563">and ${String(t.items.length - MAX_ROWS)} more milestones</text>` : '';
  const total = fmt(height + (more ? 16 : 0));
  return `<svg role="img" aria-label="Milestone timeline" width="100%" height="${total}" font-family="Segoe UI, Helvetica, Arial, sans-serif" style="display:block;overflow:visible">${axis}${rows}${more}</svg>`;
}

/** The names' column: the longest name's estimated width plus a gap, within MIN_LABEL..MAX_LABEL px. */
function labelWidth(names: readonly string[]): number {
  const longest = Math.max(0, ...names.map((n) => n.length));
  return Math.min(MAX_LABEL, Math.max(MIN_LABEL, Math.ceil(longest * CHAR_PX) + 14));
}

/** A diamond of radius `r` at `p` on row `y`: a path cannot take a percentage, so it is drawn at 0 0 in a nested SVG placed there. */
function marker(p: AxisPoint, y: number, r: number, paint: string): string {
  return `<g ${shift(p)}><svg x="${fmt(p.percent)}%" y="${fmt(y)}" width="1" height="1" overflow="visible"><path d="${diamond(0, 0, r)}" ${paint}/></svg></g>`;
}

/**
 * The forecast date under its diamond: centred on it, or, near either end of the axis, flush with
 * the diamond's outer tip so that it reads towards the middle and stays inside the chart (the last
 * milestone sits RIGHT px short of the right edge; the first may sit at the axis's start).
 */
function dateLabel(at: number, point: (f: number, dxPx?: number) => AxisPoint, y: number, text: string): string {
  const [place, anchor] = at > 1 - EDGE ? [point(at, 6), 'end'] : at < EDGE ? [point(at, -6), 'start'] : [point(at), 'middle'];
  return `<text ${xAt(place)} y="${fmt(y + DATE_DY)}" ${TEXT} fill="#4b5563" text-anchor="${anchor}">${html(text)}</text>`;
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${fmt(cx)} ${fmt(cy - r)}L${fmt(cx + r)} ${fmt(cy)}L${fmt(cx)} ${fmt(cy + r)}L${fmt(cx - r)} ${fmt(cy)}Z`;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

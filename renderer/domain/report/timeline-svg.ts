/**
 * The milestone timeline as inline SVG: one row per milestone on a date axis, the baseline date as
 * a hollow diamond when it differs, the status date as a line. Vector, so it prints sharp.
 */
import { parseWall } from '../calendar';
import type { ReportSection } from './types';
import { html } from './escape-html';
import { reportDate } from './text';

type Timeline = Extract<ReportSection, { kind: 'timeline' }>;

const WIDTH = 680;
const LABEL = 210;
const ROW = 22;
const TOP = 26;
const MAX_ROWS = 24;

export function timelineSvg(t: Timeline): string {
  const items = t.items.slice(0, MAX_ROWS);
  const from = parseWall(t.from);
  const span = Math.max(1, parseWall(t.to) - from);
  const x = (date: string): number => LABEL + ((parseWall(date) - from) / span) * (WIDTH - LABEL - 16);
  const height = TOP + items.length * ROW + 8;
  const rows = items.map((m, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const colour = m.isDone ? '#15803d' : (m.slipDays ?? 0) > 0 ? '#b91c1c' : '#1d4ed8';
    const baseAt = m.baselineFinish !== null && m.baselineFinish !== m.finish ? x(m.baselineFinish) : null;
    const base = baseAt === null ? '' : `<path d="${diamond(baseAt, y, 5)}" fill="none" stroke="#6b7280" stroke-width="1.2"/>`;
    const markers = baseAt === null ? [x(m.finish)] : [x(m.finish), baseAt];
    return `<text x="0" y="${fmt(y + 4)}" font-size="11" fill="#111827">${html(clip(m.name, 34))}</text>${base}`
      + `<path d="${diamond(x(m.finish), y, 6)}" fill="${colour}"/>`
      + dateLabel(markers, y, reportDate(m.finish).slice(4));
  }).join('');
  const now = x(t.statusDate);
  const axis = `<text x="${LABEL}" y="12" font-size="9" fill="#4b5563">${html(reportDate(t.from))}</text>`
    + `<text x="${WIDTH - 4}" y="12" font-size="9" fill="#4b5563" text-anchor="end">${html(reportDate(t.to))}</text>`
    + `<line x1="${fmt(now)}" y1="16" x2="${fmt(now)}" y2="${fmt(height)}" stroke="#9333ea" stroke-dasharray="3 2"/>`
    + `<text x="${fmt(now)}" y="24" font-size="9" fill="#9333ea" text-anchor="middle">status</text>`;
  const more = t.items.length > MAX_ROWS ? `<text x="0" y="${fmt(height + 12)}" font-size="10" fill="#4b5563">and ${String(t.items.length - MAX_ROWS)} more milestones</text>` : '';
  return `<svg role="img" aria-label="Milestone timeline" width="${WIDTH}" height="${fmt(height + (more ? 16 : 0))}" viewBox="0 0 ${WIDTH} ${fmt(height + (more ? 16 : 0))}" font-family="Segoe UI, Helvetica, Arial, sans-serif" style="max-width:100%;height:auto">${axis}${rows}${more}</svg>`;
}

/**
 * Right of the row's markers (the forecast diamond and the baseline's beside it), or left of them
 * near the right edge, so the label never covers a marker: a late last milestone sits at the edge
 * with its baseline just left of it, and a label placed by the forecast alone struck through it.
 */
function dateLabel(markers: readonly number[], y: number, text: string): string {
  const right = Math.max(...markers);
  const isNearEdge = right > WIDTH - 90;
  const at = isNearEdge ? Math.min(...markers) - 9 : right + 9;
  return `<text x="${fmt(at)}" y="${fmt(y + 4)}" font-size="9" fill="#4b5563"${isNearEdge ? ' text-anchor="end"' : ''}>${html(text)}</text>`;
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${fmt(cx)} ${fmt(cy - r)}L${fmt(cx + r)} ${fmt(cy)}L${fmt(cx)} ${fmt(cy + r)}L${fmt(cx - r)} ${fmt(cy)}Z`;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

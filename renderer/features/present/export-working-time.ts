/**
 * Working time in the exported Gantt, drawn as the chart on screen draws it: a split task's pieces
 * of work (SplitLayer) and the days no one works (the canvas's shading and DateLines' holidays).
 */
import { svgPaint } from '../../domain/formats/escape';
import type { GanttRow } from '../gantt/gantt-rows';
import { xOf, type Scale } from '../gantt/time-scale';
import { n } from './export-bar-label';

/**
 * A task's bar: its pieces of work joined by a dotted line when it is split (or its remaining work
 * resumes after the status date), one bar otherwise; the done work filled where it reaches. One bar
 * over the gap printed the days nobody works on it as planned work. `xAt` gives a minute's x.
 */
export function workPiecesSvg(row: GanttRow, xAt: (minutes: number) => number, cy: number, barHeight: number, colour: string): string {
  const pieces = row.segments && row.segments.length > 1 ? row.segments : [{ startMinutes: row.startMinutes, finishMinutes: row.finishMinutes }];
  const top = cy - barHeight / 2;
  return pieces.map((piece, k) => {
    const x = xAt(piece.startMinutes);
    const width = Math.max(2, xAt(piece.finishMinutes) - x);
    const before = pieces[k - 1];
    const joiner = before ? `<line x1="${n(xAt(before.finishMinutes))}" y1="${n(cy)}" x2="${n(x)}" y2="${n(cy)}" stroke="${colour}" stroke-width="2" stroke-dasharray="2 3"/>` : '';
    // No progress overlay at 0 %: it would be an empty rect, one more node on every printed tile.
    const done = row.progressMinutes > piece.startMinutes
      ? `<rect x="${n(x)}" y="${n(top)}" width="${n(Math.min(width, xAt(row.progressMinutes) - x))}" height="${String(barHeight)}" rx="3" fill="#000" fill-opacity="0.25"/>` : '';
    return `${joiner}<rect x="${n(x)}" y="${n(top)}" width="${n(width)}" height="${String(barHeight)}" rx="3" fill="${colour}"/>${done}`;
  }).join('');
}

interface ShadedWindow {
  readonly scale: Scale;
  readonly from: number;
  readonly to: number;
  /** Weekends and holidays, as days since 1970-01-01; nothing is shaded without it. */
  readonly isNonWorkingDay?: (day: number) => boolean;
  readonly theme: { readonly muted: string };
}

/**
 * The non-working days of the window as shaded columns under the rows, runs of days merged into one
 * rect (a weekend is one node); nothing when a day is under 3 px, as on screen. `offset` is the x
 * of the scale's origin on the page.
 */
export function nonWorkingSvg(window: ShadedWindow, offset: number, top: number, height: number): string {
  const isNonWorking = window.isNonWorkingDay;
  if (!isNonWorking || window.scale.pxPerMinute * 1440 < 3) return '';
  const xAt = (day: number): number => offset + xOf(window.scale, day * 1440);
  const rects: string[] = [];
  let runStart: number | null = null;
  const last = Math.ceil(window.to / 1440);
  for (let day = Math.floor(window.from / 1440); day <= last; day++) {
    const isOff = day < last && isNonWorking(day);
    if (isOff && runStart === null) runStart = day;
    if (!isOff && runStart !== null) {
      rects.push(`<rect x="${n(xAt(runStart))}" y="${String(top)}" width="${n(xAt(day) - xAt(runStart))}" height="${String(height)}"/>`);
      runStart = null;
    }
  }
  // The screen's --gl-nonworking: the muted colour at a tenth over the background.
  return rects.length ? `<g fill="${svgPaint(window.theme.muted)}" fill-opacity="0.1">${rects.join('')}</g>` : '';
}

/**
 * A task's or milestone's name beside its bar in the exported Gantt (export-svg.ts), placed as the
 * screen places it (label-pin.ts), and the pieces of text drawing both share: the estimated width
 * of a text and the halo a name lies on over arrows or its own bar.
 */
import type { GanttRow } from '../gantt/gantt-rows';
import { svgPaint, xmlText } from '../../domain/formats/escape';
import { LABEL_PAD, labelBeside, labelPlacement, type LabelPlacement } from '../gantt/label-pin';
import type { ExportLook, SvgExportInput, SvgTheme } from './export-svg';

/** A coordinate as the SVG writes it: tenths of a px. */
export const n = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * A text's width in px, estimated on the wide side: the image has no text metrics (and is opened
 * in viewers with other fonts). 0.62 em a character is wider than any digit or capital of the UI
 * fonts, 0.7 em in bold.
 */
export function estimatedWidth(text: string, fontSizePx: number, isBold: boolean): number {
  return text.length * fontSizePx * (isBold ? 0.7 : 0.62);
}

/**
 * A milestone's name as the screen draws it (MilestoneLabelLayer, gantt.css .gl-milestone-label):
 * over the arrows, on a 4 px halo of the chart's background, so the arrow leaving the diamond,
 * which turns down just right of it through the name, passes behind the letters instead of
 * striking them through. The halo is written as attributes, not a class: the file is opened
 * outside the app (a browser, Inkscape), where no stylesheet of ours applies. Also a task's name
 * moved over its own bar to stay whole at the image's right edge (barLabel).
 */
export function haloedLabel(name: string, at: string, theme: SvgTheme): string {
  return `<text ${at} fill="${svgPaint(theme.text)}" ` +
    `stroke="${svgPaint(theme.background)}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${xmlText(name)}</text>`;
}

/** A bar's (or a milestone diamond's) box across, its centre line, and what lies around it. */
export interface BarAt {
  readonly x1: number;
  readonly x2: number;
  readonly cy: number;
  /** Px of marks after the bar's end (the risk marker), which a name right of it clears. */
  readonly trailingPx: number;
  /** Where an arrow entering the bar's start turns into its last run (entryTurnX); null for none. */
  readonly entryTurn: () => number | null;
}

export interface BarLabel {
  readonly svg: string;
  /** The name's box across, in chart coordinates (its width estimated on the wide side). */
  readonly left: number;
  readonly right: number;
}

/**
 * A task's or milestone's name beside its bar, placed as the screen places it (label-pin.ts):
 * inside a bar it fits (white, centred, as frappe draws it; never inside a split bar, whose middle
 * may be a gap), else right of the bar past its marks,
 * left of it where it would run past the image's right edge, and pinned at the chart's left edge
 * on a tile its bar started before. Each is anchored on its bar's side (the middle when centred),
 * so the estimated width only chooses the side, never the gap to the bar. Null for a summary, named in
 * the names column only, as on screen.
 *
 * Paper cannot be scrolled: a name the image's right edge would still cut in two (a bar near the
 * end, too long a name for either side) is drawn whole on one tile. On the tile right of this one
 * when it fits there (that tile pins it at its left edge, as the screen does when its bar has just
 * scrolled out of view), else on this one, ending at its edge on a halo: it may lie over its bar.
 * A name this tile draws whole (left of its bar, say) is not drawn again at the next tile's edge.
 */
export function barLabel(input: SvgExportInput, look: ExportLook, row: GanttRow, bar: BarAt, pageRight: number): BarLabel | null {
  if (row.kind === 'summary') return null;
  const size = look.barLabelSize;
  const width = estimatedWidth(row.name, size, look.barLabelWeight >= 600);
  // A split bar's middle may be its gap, where a centred white name vanished: beside it, as on screen.
  const isSplit = (row.segments?.length ?? 0) > 1;
  const placed = (left: number, right: number): LabelPlacement =>
    (row.kind === 'milestone' || isSplit ? labelBeside : labelPlacement)(bar.x1, bar.x2 - bar.x1, width, left, bar.trailingPx, right, bar.entryTurn);
  const place = placed(look.labelsWidth, pageRight);
  const isCut = place.x + width > pageRight;
  // Pinned at this tile's edge from a bar that ended on the tile before: drawn here only when that
  // tile's edge cut it and this tile holds it whole (the test below, from this side); else that tile drew it.
  const isFromTileBefore = place.isOutside && place.x > bar.x2 + bar.trailingPx + LABEL_PAD;
  const previous = input.previousTileChartPx;
  const wasCutBefore = (): boolean => previous !== undefined && placed(look.labelsWidth - previous, look.labelsWidth).x + width > look.labelsWidth;
  if (isFromTileBefore && (isCut || !wasCutBefore())) return null;
  if (isCut && (input.nextTileChartPx ?? 0) >= LABEL_PAD + width) return null;
  const end = Math.max(look.labelsWidth + LABEL_PAD + width, pageRight - LABEL_PAD);
  // Inside, a centred name is anchored at the bar's middle; one pinned at the tile's left edge starts there.
  const isCentred = !place.isOutside && Math.abs(place.x + width / 2 - (bar.x1 + bar.x2) / 2) < 0.01;
  const x = isCut ? `x="${n(end)}" text-anchor="end"`
    : isCentred ? `x="${n((bar.x1 + bar.x2) / 2)}" text-anchor="middle"`
    : place.x < bar.x1 ? `x="${n(place.x + width)}" text-anchor="end"` : `x="${n(place.x)}"`;
  const at = `${x} y="${n(bar.cy + size * 0.35)}" font-size="${String(size)}"${look.barLabelWeight === 400 ? '' : ` font-weight="${String(look.barLabelWeight)}"`}`;
  const svg = row.kind === 'milestone' || isCut ? haloedLabel(row.name, at, input.theme)
    : `<text ${at} fill="${place.isOutside ? svgPaint(input.theme.text) : '#fff'}">${xmlText(row.name)}</text>`;
  const left = isCut ? end - width : place.x;
  return { svg, left, right: left + width };
}

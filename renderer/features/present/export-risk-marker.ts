/**
 * The risk marker in an exported Gantt (SVG, hence PNG and PDF): the warning triangle the chart
 * draws just after a bar's end (risks/RiskMarker.tsx BarRiskMarker), in its score band's colours,
 * with the same name as a <title> (the SVG's tooltip and accessible name). Colours are inlined:
 * the band classes of risk-marker.css mean nothing outside the page. Pure.
 */
import type { RiskMarker, ScoreBand } from '../../domain/raid';
import { svgPaint, xmlAttribute, xmlText } from '../../domain/formats/escape';
import { RISK_MARK_SIZE } from '../gantt/bar-end';

/** Fill and edge/sign colour per band, resolved from the exported theme (riskBandPaint). */
export type RiskBandPaint = Readonly<Record<ScoreBand, { readonly fill: string; readonly ink: string }>>;

/**
 * The bands' colours as the chart paints them on screen (risk-marker.css `.risk-marker-bar.score-*`):
 * theme.css's `--score-{band}-bg` fills the triangle, `--score-{band}-text` draws its edge and sign.
 * `read` gives a CSS variable's value in the theme being exported, so a dark export gets the dark
 * bands; theme.css stays the one place the colours are written down.
 */
export function riskBandPaint(read: (variable: string) => string): RiskBandPaint {
  const paint = (band: ScoreBand): RiskBandPaint[ScoreBand] => ({ fill: read(`--score-${band}-bg`), ink: read(`--score-${band}-text`) });
  return { low: paint('low'), medium: paint('medium'), high: paint('high'), severe: paint('severe') };
}

/** The gap between the bar's end and the marker, as on screen (bar-end.ts). */
const GAP = 3;

export interface ExportRiskMark {
  readonly svg: string;
  /** Px the marker takes after the bar's end (0 without one), so a label beside the bar starts after it. */
  readonly widthPx: number;
}

const NO_MARK: ExportRiskMark = { svg: '', widthPx: 0 };
const n = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * The marker for a bar ending at `barEnd` with its middle at `cy`. It is the chart's 14 px on the
 * normal export and grows with presentation mode's larger bars (7/8 of the bar's height).
 */
export function exportRiskMark(
  marker: Pick<RiskMarker, 'band' | 'label'> | undefined, barEnd: number, cy: number, barHeight: number, bands: RiskBandPaint,
): ExportRiskMark {
  if (!marker) return NO_MARK;
  const size = Math.max(RISK_MARK_SIZE, Math.round(barHeight * 0.875));
  const x = barEnd + GAP;
  const top = cy - size / 2;
  const fill = svgPaint(bands[marker.band].fill);
  const ink = svgPaint(bands[marker.band].ink);
  const d = `M${n(x + size / 2)},${n(top + 0.5)} L${n(x + size - 0.5)},${n(top + size - 1)} L${n(x + 0.5)},${n(top + size - 1)} Z`;
  const svg = `<g role="img" aria-label="${xmlAttribute(marker.label)}" data-risk-band="${marker.band}"><title>${xmlText(marker.label)}</title>` +
    `<path d="${d}" fill="${fill}" stroke="${ink}" stroke-width="1.2" stroke-linejoin="round"/>` +
    `<text x="${n(x + size / 2)}" y="${n(top + size * 0.6)}" font-size="${n(size * 0.72)}" font-weight="700" fill="${ink}" text-anchor="middle" dominant-baseline="central" aria-hidden="true">!</text></g>`;
  return { svg, widthPx: GAP + size };
}

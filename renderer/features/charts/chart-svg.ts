/**
 * A chart as a standalone SVG document, for the SVG export beside the PNG one: uPlot draws on a
 * canvas, so the same data is laid out again here as vector shapes (lines, or stacked bars whose
 * data is already cumulative) with the axis labels and a legend. Pure: strings in, a string out.
 */

export interface SvgSeries {
  readonly label: string;
  readonly colour: string;
  /** One value per x; null = no point there. Bars are drawn from the series below's value (stacked data). */
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
}

/**
 * The colours a chart is drawn in outside the page: the theme it was shown in (its panel's surface,
 * text, axis labels and grid), so a chart exported from the dark theme is dark in its SVG as in its
 * PNG, and as on screen.
 */
export interface SvgChartPaint {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
}

/** The light theme's, for a chart drawn without a page to read them from. */
export const LIGHT_CHART_PAINT: SvgChartPaint = { background: '#ffffff', text: '#1f2937', muted: '#5b6475', grid: '#dfe3ea' };

export interface SvgChart {
  readonly title: string;
  readonly kind: 'lines' | 'bars';
  /** x positions in any unit (seconds), ascending, one per value. */
  readonly xs: readonly number[];
  /**
   * The x axis's labels for a plot `plotWidthPx` wide: where each goes (an x of `xs`' unit; for
   * bars, one of `xs`) and its text, lines split by "\n". The cost charts pass time-axis.ts's
   * ticks and labels, the ones their axes show on screen.
   */
  readonly xAxis: (plotWidthPx: number) => readonly { readonly at: number; readonly text: string }[];
  readonly yLabel: (y: number) => string;
  /** Bars: listed bottom band first. */
  readonly series: readonly SvgSeries[];
  readonly width?: number;
  readonly height?: number;
  /** The light theme's when absent. */
  readonly paint?: SvgChartPaint;
}

/** A 12 px system font's widest digit, comma or sign, in px: a label's width is at most this a character. */
const LABEL_CHAR_PX = 7.2;
/** Space kept between two x labels. */
const LABEL_GAP_PX = 8;
/** A legend entry's swatch and the space before its label; the space between two entries; a legend line's height. */
const LEGEND_SWATCH_PX = 14;
const LEGEND_GAP_PX = 24;
const LEGEND_LINE_PX = 18;

/** The x labels' line height: a label of two lines ("Jan 4" over "2027") writes its second this far under its first. */
const X_LABEL_LINE_PX = 14;

/** A label's width at most, as drawn in 12 px: its longest line at LABEL_CHAR_PX a character. */
export const svgLabelWidth = (text: string): number => Math.max(0, ...text.split('\n').map((line) => line.length)) * LABEL_CHAR_PX;

/** The least room between two x ticks for the widest of `labels` with `gapPx` beside it, as an axis's space on screen. */
export const svgLabelSpace = (labels: readonly string[], gapPx: number): number => Math.ceil(Math.max(0, ...labels.map(svgLabelWidth)) + gapPx);

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);

/** Round tick values from 0 to at least max: 1, 2 or 5 x a power of ten, about five steps. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; v < max + step; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/**
 * Where each legend entry goes: along a line from `left`, onto the next line when it would pass
 * `right`. Entries were 180 px apart on one line, so the S-curve's seven ("EAC (bottom-up)
 * $9,405,000" among them) ran past a 960 px picture's edge. Widths are estimated at
 * LABEL_CHAR_PX a character, never less than a 12 px system font draws.
 */
function legendLayout(labels: readonly string[], left: number, right: number): { x: number; line: number }[] {
  let x = left;
  let line = 0;
  return labels.map((label) => {
    const entry = LEGEND_SWATCH_PX + label.length * LABEL_CHAR_PX;
    if (x > left && x + entry > right) {
      x = left;
      line++;
    }
    const placed = { x, line };
    x += entry + LEGEND_GAP_PX;
    return placed;
  });
}

export function chartSvg(chart: SvgChart): string {
  const width = chart.width ?? 960;
  const paint = chart.paint ?? LIGHT_CHART_PAINT;
  const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.max(0, ...all));
  const yLabels = ticks.map((t) => chart.yLabel(t));
  // The value labels end 8 px left of the plot, so the margin grows with the longest of them
  // ("$60,000,000"): 7.2 px a character is above a 12 px system font's digit, comma and sign widths.
  const longestLabel = Math.max(0, ...yLabels.map((label) => label.length));
  const left = Math.max(84, Math.ceil(16 + longestLabel * LABEL_CHAR_PX));
  const legend = legendLayout(chart.series.map((s) => s.label), left, width - 24);
  // Each legend line past the first makes the picture taller rather than the plot shorter.
  const legendLines = Math.max(1, ...legend.map((entry) => entry.line + 1));
  const height = (chart.height ?? 420) + (legendLines - 1) * LEGEND_LINE_PX;
  const pad = { left, right: 24, top: 36, bottom: 72 + (legendLines - 1) * LEGEND_LINE_PX };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const yMax = ticks[ticks.length - 1] ?? 1;
  const x0 = chart.xs[0] ?? 0;
  const span = Math.max(1, (chart.xs[chart.xs.length - 1] ?? 0) - x0);
  const isBars = chart.kind === 'bars';
  const slot = plotW / Math.max(1, chart.xs.length);
  const px = (x: number, i: number): number => (isBars ? pad.left + slot * (i + 0.5) : pad.left + ((x - x0) / span) * plotW);
  const py = (y: number): number => pad.top + plotH - (y / (yMax || 1)) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escape(chart.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escape(paint.background)}"/>`,
    `<text x="${String(pad.left)}" y="20" font-size="14" font-weight="600" fill="${escape(paint.text)}">${escape(chart.title)}</text>`,
  ];
  ticks.forEach((t, i) => {
    const y = py(t).toFixed(1);
    parts.push(`<line x1="${String(pad.left)}" x2="${String(pad.left + plotW)}" y1="${y}" y2="${y}" stroke="${escape(paint.grid)}"/>`);
    parts.push(`<text class="y-label" x="${String(pad.left - 8)}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="${escape(paint.muted)}">${escape(yLabels[i] ?? '')}</text>`);
  });
  // Ticks are spaced for the widest label the axis can write; one that would still run into the
  // label before it (a locale's long month name) is left out rather than drawn over it.
  let lastLabelEnd = -Infinity;
  for (const { at: x, text } of chart.xAxis(plotW)) {
    const at = px(x, isBars ? chart.xs.indexOf(x) : 0);
    const half = svgLabelWidth(text) / 2;
    if (at - half < lastLabelEnd + LABEL_GAP_PX) continue;
    lastLabelEnd = at + half;
    const [first = '', ...more] = text.split('\n');
    const lines = more.map((line) => `<tspan x="${at.toFixed(1)}" dy="${String(X_LABEL_LINE_PX)}">${escape(line)}</tspan>`).join('');
    parts.push(`<text class="x-label" x="${at.toFixed(1)}" y="${String(pad.top + plotH + 18)}" text-anchor="middle" fill="${escape(paint.muted)}">${escape(first)}${lines}</text>`);
  }
  chart.series.forEach((s, k) => {
    parts.push(isBars ? barsOf(s, chart.series[k - 1], slot, px, py, chart.xs) : lineOf(s, px, py, chart.xs));
  });
  chart.series.forEach((s, k) => {
    const { x, line } = legend[k] ?? { x: left, line: 0 };
    const y = height - 18 - (legendLines - 1 - line) * LEGEND_LINE_PX;
    parts.push(`<rect x="${String(x)}" y="${String(y - 9)}" width="10" height="10" fill="${escape(s.colour)}"/><text class="legend" x="${String(x + LEGEND_SWATCH_PX)}" y="${String(y)}" fill="${escape(paint.text)}">${escape(s.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function lineOf(s: SvgSeries, px: (x: number, i: number) => number, py: (y: number) => number, xs: readonly number[]): string {
  const points = s.values.flatMap((v, i) => (v === null ? [] : [`${px(xs[i] ?? 0, i).toFixed(1)},${py(v).toFixed(1)}`]));
  const dash = s.dashed ? ' stroke-dasharray="8 5"' : '';
  return `<polyline class="series" data-label="${escape(s.label)}" fill="none" stroke="${escape(s.colour)}" stroke-width="2"${dash} points="${points.join(' ')}"/>`;
}

function barsOf(
  s: SvgSeries, below: SvgSeries | undefined, slot: number, px: (x: number, i: number) => number, py: (y: number) => number, xs: readonly number[],
): string {
  const w = Math.min(60, slot * 0.6);
  const rects = s.values.map((v, i) => {
    const base = below?.values[i] ?? 0;
    const top = v ?? base;
    if (top <= base) return '';
    return `<rect x="${(px(xs[i] ?? 0, i) - w / 2).toFixed(1)}" y="${py(top).toFixed(1)}" width="${w.toFixed(1)}" height="${(py(base) - py(top)).toFixed(1)}"/>`;
  }).join('');
  return `<g class="series" data-label="${escape(s.label)}" fill="${escape(s.colour)}">${rects}</g>`;
}

/**
 * uPlot options and data for the cost charts: the S-curve (cumulative PV, EV, AC, forecast, with
 * BAC, budget and EAC levels and the status-date line) and monthly cash flow as stacked bars. Times
 * are wall-clock minutes; uPlot's x axis is in seconds, read as UTC so plans show their own dates.
 * PV, EV and BAC are measured against a baseline: without one they are left out, not drawn at zero.
 */
import type { SCurve, SCurveLevel } from '../../domain/money';
import { rangeFromZero, rangeWithLevels, sizeToLabels, spaceToLabels, themeColours, type ChartData, type ChartOptions, type uPlot } from '../charts/UPlotChart';
import { cashFlowSeries, type CashFlowSeries, type CashFlowSource } from './cash-flow-series';
import { formatDate, formatMoney, monthAxisLabels } from '../shared/format';
import { placeLevelLabels, type Point } from './chart-labels';
import { chartSvg, svgLabelSpace, type SvgChartPaint } from '../charts/chart-svg';
import { MONTH_AXIS_STEPS, monthAxis, monthTicks, TIME_AXIS_STEPS, TIME_LABEL_GAP_PX, timeAxis, timeAxisLabels, timeAxisTicks, widestTimeAxisLabels } from '../charts/time-axis';

const SERIES_COLOURS = ['#4f46e5', '#059669', '#dc2626', '#d97706', '#0891b2', '#7c3aed', '#db2777', '#65a30d', '#64748b'];
const BUDGET_COLOUR = '#0891b2';

// The bottom-up EAC (cost as scheduled), not the CPI method's: named so the two are not confused (report/cost-forecast.ts).
export const LEVEL_NAMES: Readonly<Record<SCurveLevel['kind'], string>> = { bac: 'BAC', budget: 'Budget', eac: 'EAC (bottom-up)' };

/** PV and EV are measured against the baseline BAC sums: they are drawn only where BAC is. */
const isBaselined = (levels: readonly SCurveLevel[]): boolean => levels.some((l) => l.kind === 'bac');
const toSeconds = (wallMinutes: number): number => wallMinutes * 60;

/** The theme's colours the cost charts draw with, read once per chart built (the chart is rebuilt when the theme changes). */
type Colours = Record<'--text' | '--muted' | '--border' | '--accent' | '--warning' | '--surface', string>;
const colours = (): Colours => themeColours({ '--text': '#1f2937', '--muted': '#5b6475', '--border': '#dfe3ea', '--accent': '#4f46e5', '--warning': '#b45309', '--surface': '#ffffff' });

/** The SVG export's colours: the chart's on screen, on its panel's surface. */
const svgPaint = (theme: Colours): SvgChartPaint => ({ background: theme['--surface'], text: theme['--text'], muted: theme['--muted'], grid: theme['--border'] });

function axes(currency: string, theme: Colours): uPlot.Axis[] {
  const stroke = theme['--muted'];
  const grid = { stroke: theme['--border'], width: 1 };
  return [
    { stroke, grid, ticks: grid },
    { stroke, grid, ticks: grid, size: sizeToLabels(48), values: (_u, ticks) => ticks.map((v) => formatMoney(v, currency)) },
  ];
}

/**
 * Draws the status-date line and the levels over the plot, in the theme's colours as read when the
 * chart was built, then each level's label where chart-labels.ts finds it clear of every line
 * (BAC and EAC prefer the right end, the budget the left), over a halo in the chart's surface
 * colour so that a line still passing near does not cut the letters. The PNG export is this canvas.
 */
function markers(curve: SCurve, levels: readonly SCurveLevel[], theme: Colours): uPlot.Plugin {
  return {
    hooks: {
      draw: [(u: uPlot) => {
        const { ctx, bbox } = u;
        const px = devicePixelRatio;
        const plot = { left: bbox.left, top: bbox.top, right: bbox.left + bbox.width, bottom: bbox.top + bbox.height };
        const x = u.valToPos(toSeconds(curve.statusAt), 'x', true);
        const statusX = x >= plot.left && x <= plot.right ? x : null;
        ctx.save();
        ctx.setLineDash([6, 4]);
        ctx.lineWidth = 1.5 * px;
        const line = (x0: number, y0: number, x1: number, y1: number, colour: string): void => {
          ctx.strokeStyle = colour;
          ctx.beginPath();
          ctx.moveTo(x0, y0);
          ctx.lineTo(x1, y1);
          ctx.stroke();
        };
        if (statusX !== null) line(statusX, plot.top, statusX, plot.bottom, theme['--accent']);
        const shown = levels
          .map((l) => ({ ...l, y: u.valToPos(l.amount, 'y', true) }))
          .filter((l) => l.y >= plot.top && l.y <= plot.bottom);
        for (const l of shown) line(plot.left, l.y, plot.right, l.y, levelColour(l.kind, theme));
        ctx.setLineDash([]);
        // uPlot leaves the context right-aligned from its axis labels; label positions are left edges.
        ctx.textAlign = 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.font = `${String(11 * px)}px system-ui, sans-serif`;
        const sizes = shown.map((l) => {
          const m = ctx.measureText(LEVEL_NAMES[l.kind]);
          return { y: l.y, width: m.width, ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent, prefers: l.kind === 'budget' ? 'left' as const : 'right' as const };
        });
        const placed = placeLevelLabels({ plot, statusX, levels: sizes, curves: curvesInPixels(u), gap: 3 * px });
        ctx.lineWidth = 3 * px;
        ctx.lineJoin = 'round';
        ctx.strokeStyle = theme['--surface'];
        placed.forEach((label, i) => {
          const level = shown[i];
          if (!level) return;
          const text = LEVEL_NAMES[level.kind];
          ctx.strokeText(text, label.x, label.baseline);
          ctx.fillStyle = levelColour(level.kind, theme);
          ctx.fillText(text, label.x, label.baseline);
        });
        ctx.restore();
        // A canvas tells nothing of where it drew its text: the labels' boxes and lines, in CSS px
        // from the canvas's top left, for the end-to-end tests to hold against the lines.
        const css = (v: number): number => Math.round((v / px) * 10) / 10;
        u.root.dataset['levelLabels'] = JSON.stringify(placed.map(({ box }, i) => ({
          name: LEVEL_NAMES[shown[i]?.kind ?? 'bac'], lineY: css(shown[i]?.y ?? 0),
          left: css(box.left), top: css(box.top), right: css(box.right), bottom: css(box.bottom),
        })));
        u.root.dataset['statusX'] = statusX === null ? '' : String(css(statusX));
        // The dates the time axis begins and ends at (uPlot draws its tick labels on the canvas).
        const axisDate = (seconds: number | null | undefined): string => (seconds === undefined || seconds === null ? '' : new Date(seconds * 1000).toISOString().slice(0, 16));
        u.root.dataset['axisFrom'] = axisDate(u.scales['x']?.min);
        u.root.dataset['axisTo'] = axisDate(u.scales['x']?.max);
      }],
    },
  };
}

const levelColour = (kind: SCurveLevel['kind'], theme: Colours): string => {
  switch (kind) {
    case 'bac': return theme['--muted'];
    case 'budget': return BUDGET_COLOUR;
    case 'eac': return theme['--warning'];
    default: { const never: never = kind; return never; }
  }
};

/** The shown curves as canvas points, a gap in a series breaking its curve. */
function curvesInPixels(u: uPlot): (Point | null)[][] {
  const xs = u.data[0];
  return u.series.flatMap((series, i) => {
    const ys = u.data[i];
    if (i === 0 || !series.show || !ys) return [];
    return [Array.from(xs, (x, k): Point | null => {
      const y = ys[k];
      return y === null || y === undefined ? null : { x: u.valToPos(x, 'x', true), y: u.valToPos(y, 'y', true) };
    })];
  });
}

/** What a legend shows while nothing is pointed at. */
const NO_VALUE = '–';
const monthYearFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOfYear = (d: Date): string => monthYearFormat.format(d);
const wallTimeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
/** A point's day as the app writes dates, with its time of day when it is not at midnight (wall time). */
function pointDate(seconds: number): string {
  const at = new Date(seconds * 1000);
  const day = formatDate(at.toISOString().slice(0, 10));
  return seconds % 86_400 === 0 ? day : `${day}, ${wallTimeFormat.format(at)}`;
}

export function sCurveChart(curve: SCurve, currency: string, levels: readonly SCurveLevel[]): { options: ChartOptions; data: ChartData } {
  const money = (_u: uPlot, v: number | null): string => (v === null ? '–' : formatMoney(v, currency));
  const theme = colours();
  const [xAxis, yAxis] = axes(currency, theme);
  const baselined = isBaselined(levels);
  const options: ChartOptions = {
    scales: { x: { time: true }, y: { range: rangeWithLevels(levels.map((l) => l.amount)) } },
    // Dates as the app writes them ("Jan 4", "Feb 2027"), where uPlot wrote "1/4" and "1/11".
    axes: [{
      ...xAxis, incrs: [...TIME_AXIS_STEPS], space: spaceToLabels(widestTimeAxisLabels(), TIME_LABEL_GAP_PX),
      splits: (_u, _axis, min, max, step) => timeAxisTicks(min, max, step),
      values: (_u, ticks, _axis, _space, step) => timeAxisLabels(ticks, step),
    }, yAxis ?? {}],
    tzDate: (ts) => uPlotUtc(ts),
    legend: { show: true },
    series: [
      // The legend names the day pointed at as the app writes dates; uPlot's own "Time" showed a raw "--".
      { label: 'Day', value: (_u, x) => (x === null ? NO_VALUE : pointDate(x)) },
      ...(baselined ? [
        { label: 'Planned value (PV)', stroke: SERIES_COLOURS[0], width: 2, value: money },
        { label: 'Earned value (EV)', stroke: SERIES_COLOURS[1], width: 2, value: money },
      ] : []),
      { label: 'Actual cost (AC)', stroke: SERIES_COLOURS[2], width: 2, value: money },
      { label: 'Forecast', stroke: SERIES_COLOURS[3], width: 2, dash: [8, 5], value: money },
    ],
    plugins: [markers(curve, levels, theme)],
  };
  const data: ChartData = [
    curve.points.map((p) => toSeconds(p.at)),
    ...(baselined ? [curve.points.map((p) => p.pv), curve.points.map((p) => p.ev)] : []),
    curve.points.map((p) => p.ac),
    curve.points.map((p) => p.forecast),
  ];
  return { options, data };
}

/**
 * Monthly cost by phase or by person, as stacked bars, the legend reading bottom of the stack first
 * (by phase: the lifecycle order). Each series is drawn from the sum below it to its own sum (a
 * uPlot band per series), so a phase's bars show its own colour unmixed, and a month where it
 * spends nothing has no bar of it at all, not a sliver.
 */
export function cashFlowChart(model: CashFlowSource, by: 'phase' | 'person', bars: uPlot.Series.PathBuilder): { options: ChartOptions; data: ChartData; isEmpty: boolean } {
  const flow = cashFlowSeries(model, by);
  const currency = model.plan.project.currency;
  // Bars are centred on the middle of their month.
  const xs = flow.periodEnds.map((end) => toSeconds(end) - 15 * 86_400);
  const stacked = stackedSums(flow.series, xs.length);
  const [xAxis, yAxis] = axes(currency, colours());
  const halfBar = 20 * 86_400;
  const options: ChartOptions = {
    scales: { x: { time: true, range: () => [(xs[0] ?? 0) - halfBar, (xs[xs.length - 1] ?? 0) + halfBar] }, y: { range: rangeFromZero() } },
    // A label under every bar whose month the step takes (every month, or quarters ... as they fit):
    // a label under each of three years' bars ran into the next. The year goes on the first shown.
    axes: [{
      ...xAxis, incrs: [...MONTH_AXIS_STEPS], space: spaceToLabels(widestTimeAxisLabels(), TIME_LABEL_GAP_PX),
      splits: (_u, _axis, _min, _max, step) => monthTicks(xs, step), values: (_u, ticks) => monthAxisLabels(ticks.map((t) => new Date(t * 1000))),
    }, yAxis ?? {}],
    tzDate: (ts) => uPlotUtc(ts),
    series: [
      // The legend names the month pointed at, with its year, where uPlot's "Time" showed a raw "--".
      { label: 'Month', value: (_u, x) => (x === null ? NO_VALUE : monthOfYear(new Date(x * 1000))) },
      ...flow.series.map((s) => ({
        label: s.label,
        fill: s.colour,
        stroke: s.colour,
        paths: bars,
        points: { show: false },
        value: (_u: uPlot, _v: number | null, _s: number, idx: number | null) => (idx === null ? '–' : formatMoney(s.values[idx] ?? 0, currency)),
      })),
    ],
    // Series k + 1 is filled down to series k: uPlot's bars draw only the part between (none where they are equal).
    bands: flow.series.slice(1).map((_s, k) => ({ series: [k + 2, k + 1] as [number, number] })),
  };
  // A month a series' stack reaches nothing in is no bar (a zero-height bar still draws its stroke);
  // a band down to it reads that as 0, which it is.
  const data: ChartData = [xs, ...stacked.map((sums) => sums.map((v) => (v === 0 ? null : v)))];
  return { options, data, isEmpty: flow.series.length === 0 };
}

/**
 * Each series' running sum over those below it. Less than half a cent adds nothing, so a month
 * where a series spends nothing (floating sums leave millionths) is exactly the sum below it.
 */
function stackedSums(series: readonly CashFlowSeries[], periods: number): number[][] {
  let running = new Array<number>(periods).fill(0);
  return series.map((s) => {
    running = running.map((v, i) => {
      const own = s.values[i] ?? 0;
      return Math.abs(own) < 0.005 ? v : v + own;
    });
    return running;
  });
}

/**
 * The S-curve as an SVG document (the PNG export's vector twin): the chart's curves, with its levels
 * in the legend, in the colours of the theme the page shows (read when exported). Its time axis
 * is the chart's on screen (time-axis.ts): the same ticks and labels, as many as the picture's
 * width has room for; it wrote a label a point ("Jan 4, 27", a two-digit year).
 */
export function sCurveSvg(curve: SCurve, currency: string, levels: readonly SCurveLevel[], title: string, theme: Colours = colours()): string {
  const pick = (f: (p: SCurve['points'][number]) => number | null) => curve.points.map(f);
  const xs = curve.points.map((p) => toSeconds(p.at));
  const space = svgLabelSpace(widestTimeAxisLabels(), TIME_LABEL_GAP_PX);
  return chartSvg({
    title, kind: 'lines', xs, paint: svgPaint(theme),
    xAxis: (widthPx) => timeAxis(xs[0] ?? 0, xs[xs.length - 1] ?? 0, widthPx, space), yLabel: (y) => formatMoney(y, currency),
    series: [
      ...(isBaselined(levels) ? [
        { label: 'Planned value (PV)', colour: SERIES_COLOURS[0] ?? '#4f46e5', values: pick((p) => p.pv) },
        { label: 'Earned value (EV)', colour: SERIES_COLOURS[1] ?? '#059669', values: pick((p) => p.ev) },
      ] : []),
      { label: 'Actual cost (AC)', colour: SERIES_COLOURS[2] ?? '#dc2626', values: pick((p) => p.ac) },
      { label: 'Forecast', colour: SERIES_COLOURS[3] ?? '#d97706', values: pick((p) => p.forecast), dashed: true },
      ...levels.map((l) => ({ label: `${LEVEL_NAMES[l.kind]} ${formatMoney(l.amount, currency)}`, colour: levelColour(l.kind, theme), values: curve.points.map(() => l.amount), dashed: true })),
    ],
  });
}

/**
 * Monthly cash flow by phase or person as an SVG document of stacked bars, in the chart's order and
 * colours and the page's theme. Its months are labelled as on screen, as many as fit ('Jan 2027',
 * 'Apr', 'Jul' ...): it labelled all 38 of a three-year plan, over one another.
 */
export function cashFlowSvg(model: CashFlowSource, by: 'phase' | 'person', title: string, theme: Colours = colours()): string {
  const flow = cashFlowSeries(model, by);
  const xs = flow.periodEnds.map((end) => toSeconds(end) - 15 * 86_400);
  const stacked = stackedSums(flow.series, xs.length);
  const series = flow.series.map((s, i) => ({ label: s.label, colour: s.colour, values: stacked[i] ?? [] }));
  const space = svgLabelSpace(widestTimeAxisLabels(), TIME_LABEL_GAP_PX);
  return chartSvg({
    title, kind: 'bars', xs, paint: svgPaint(theme),
    xAxis: (widthPx) => monthAxis(xs, widthPx, space), yLabel: (y) => formatMoney(y, model.plan.project.currency), series,
  });
}

/** uPlot formats axis dates in local time; plans are wall-clock, so shift to show UTC fields. */
function uPlotUtc(ts: number): Date {
  const d = new Date(ts * 1000);
  return new Date(d.getTime() + d.getTimezoneOffset() * 60_000);
}

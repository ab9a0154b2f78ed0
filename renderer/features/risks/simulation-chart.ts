/**
 * uPlot options for the finish-date distribution: runs per day as bars and the cumulative share
 * (the S-curve) as a line on a 0–100 % scale, with P50/P80/P90 and the planned finish marked.
 * Days are wall-clock dates, shown as UTC so a plan shows its own dates whatever the machine's zone.
 *
 * A bar counts the runs finishing within its days, so it stands over the middle of them and its
 * date is written under it: at uPlot's own time ticks (midnights) a day's label sat between two
 * bars, half a day off either, and a reader could not tell which bar was "Dec 15". The markers
 * stand at noon of their day, inside the bar that counts that day. Runs that cross a year have the
 * year under the first label and under the first of each new year ("Jan 2" alone is any January).
 */
import { dayOfLocalDate, MINUTES_PER_DAY } from '../../domain/calendar';
import type { SimulationSummary } from '../../domain/model';
import { barPaths, themeColour, type ChartData, type ChartOptions, type uPlot } from '../charts/UPlotChart';
import { percentText } from '../../domain/model';
import { dayAxisLabels, formatDate } from '../shared/format';

const DAY_SECONDS = MINUTES_PER_DAY * 60;
const daySeconds = (day: string): number => dayOfLocalDate(day) * DAY_SECONDS;
const dateSeconds = (t: string): number => daySeconds(t.slice(0, 10)) + DAY_SECONDS / 2;

/** What uPlot keeps of an axis it has laid out: its tick values and the labels written at them. */
interface LaidOutAxis {
  readonly scale?: string;
  readonly _splits?: readonly number[] | null;
  readonly _values?: readonly (string | number | null)[] | null;
}

/** A drawn bar's or label's place across the canvas, in CSS pixels from its left edge. */
interface Span { readonly left: number; readonly right: number }

const MARKS = ['P50', 'P80', 'P90', 'Plan'] as const;
const markDates = (s: SimulationSummary): readonly string[] => [s.finish.p50, s.finish.p80, s.finish.p90, s.plannedFinish];

function markers(s: SimulationSummary): uPlot.Plugin {
  const dates = markDates(s);
  return {
    hooks: {
      draw: [(u: uPlot) => {
        const { ctx, bbox } = u;
        MARKS.forEach((label, k) => {
          const x = u.valToPos(dateSeconds(dates[k] ?? ''), 'x', true);
          if (x < bbox.left || x > bbox.left + bbox.width) return;
          ctx.save();
          ctx.strokeStyle = ctx.fillStyle = label === 'Plan' ? themeColour('--warning', '#b45309') : themeColour('--accent', '#4f46e5');
          ctx.setLineDash([5, 4]);
          ctx.lineWidth = devicePixelRatio;
          ctx.beginPath();
          ctx.moveTo(x, bbox.top);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
          ctx.font = `${String(11 * devicePixelRatio)}px system-ui, sans-serif`;
          ctx.fillText(label, x + 3, bbox.top + (12 + 12 * k) * devicePixelRatio);
          ctx.restore();
        });
      }],
    },
  };
}

/**
 * Where the bars, the day labels and the markers were drawn, on the chart's root as data-day-bars,
 * data-day-labels and data-marks (CSS pixels across the canvas): what the page cannot read off a
 * canvas, for checks that a day's label stands under that day's bar.
 */
function geometry(s: SimulationSummary, bars: ReadonlyMap<number, Span>): uPlot.Plugin {
  const dates = markDates(s);
  return {
    hooks: {
      draw: [(u: uPlot) => {
        const ratio = devicePixelRatio;
        const axis: LaidOutAxis | undefined = u.axes[0];
        const splits = axis?._splits ?? [];
        const labels = (axis?._values ?? []).flatMap((text, i) => (text === null || splits[i] === undefined ? [] : [{ text: String(text), x: u.valToPos(splits[i], 'x', true) / ratio }]));
        u.root.dataset['dayBars'] = JSON.stringify(s.histogramDays.flatMap((day, i) => {
          const bar = bars.get(i);
          return bar ? [{ day, left: bar.left / ratio, right: bar.right / ratio }] : [];
        }));
        u.root.dataset['dayLabels'] = JSON.stringify(labels);
        u.root.dataset['marks'] = JSON.stringify(MARKS.map((label, k) => ({ label, day: (dates[k] ?? '').slice(0, 10), x: u.valToPos(dateSeconds(dates[k] ?? ''), 'x', true) / ratio })));
      }],
    },
  };
}

/** What the legend shows while no bar is pointed at. */
const NO_VALUE = '–';

/** A bar's day, or its first and last day, as the app writes dates ("Mon, Dec 14, 26 – Fri, Dec 18, 26"). */
const barDatesText = ([first, last]: readonly [string, string]): string => (first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`);

/** Days a bar counts: one, or several when the spread is wider than the summary's bars (summary.ts). */
const daysPerBar = (days: readonly string[]): number => (days.length < 2 ? 1 : dayOfLocalDate(days[1] ?? '') - dayOfLocalDate(days[0] ?? ''));

/**
 * The x axis's ticks at the middle of every bar, or of every n-th when the labels need more room
 * than a bar (uPlot's `foundIncr` is the step its labels fit at).
 */
function barTicks(xs: readonly number[], barSeconds: number): uPlot.Axis.Splits {
  return (_u, _axis, min, max, foundIncr) => {
    const every = Math.max(1, Math.ceil(foundIncr / barSeconds));
    return xs.filter((x, i) => i % every === 0 && x >= min && x <= max);
  };
}

/**
 * What a bar holds, as its series is named in the legend: the runs finishing on its one day, or
 * within its days when a wide spread groups several a bar (labelled "Dec 15 – Dec 21").
 */
export function runsSeriesLabel(daysInBar: number): string {
  return daysInBar === 1 ? 'Runs finishing that day' : `Runs finishing in the bar's ${daysInBar.toLocaleString()} days`;
}

/** The chart's accessible name: what a bar and the line show. */
export function distributionChartLabel(s: SimulationSummary): string {
  const days = daysPerBar(s.histogramDays);
  return `Finish date distribution: runs per ${days === 1 ? 'day' : `${days.toLocaleString()} days`} and cumulative share`;
}

export function distributionChart(s: SimulationSummary): { options: ChartOptions; data: ChartData } {
  const stroke = themeColour('--muted', '#5b6475');
  const grid = { stroke: themeColour('--border', '#dfe3ea'), width: 1 };
  const width = daysPerBar(s.histogramDays);
  const barSeconds = width * DAY_SECONDS;
  const xs = s.histogramDays.map((day) => daySeconds(day) + barSeconds / 2);
  let running = 0;
  const total = s.histogram.reduce((a, b) => a + b, 0) || 1;
  const cumulative = s.histogram.map((c) => { running += c; return (running / total) * 100; });
  // A bar's first and last day, from the middle it stands at; a bar of several days reads as both ("Dec 15 – Dec 21").
  const isoDay = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);
  const barSpan = (x: number): readonly [string, string] => [isoDay(x - barSeconds / 2), isoDay(x + barSeconds / 2 - DAY_SECONDS)];
  const crossesYear = xs.length > 0 && barSpan(xs[0] ?? 0)[0].slice(0, 4) !== barSpan(xs[xs.length - 1] ?? 0)[1].slice(0, 4);
  const drawnBars = new Map<number, Span>();
  // A bar of several days spans nearly all of them, so a P-line at noon of its first or last day
  // stands inside it, not in a gap beside it.
  const bars = barPaths((_u, _series, i, left, _top, barWidth) => { drawnBars.set(i, { left, right: left + barWidth }); }, width === 1 ? 0.6 : 0.96);
  const pad = barSeconds;
  const options: ChartOptions = {
    scales: { x: { time: true, range: () => [(xs[0] ?? 0) - pad, (xs[xs.length - 1] ?? 0) + pad] }, pct: { range: [0, 100] } },
    axes: [
      // No vertical grid: at the bars' middles it would cut through every labelled bar.
      { stroke, grid: { show: false }, ticks: grid, space: width === 1 ? 50 : 120, splits: barTicks(xs, barSeconds),
        values: (_u, ticks) => dayAxisLabels(ticks.map(barSpan), crossesYear) },
      { stroke, grid, ticks: grid, label: 'Runs' },
      { stroke, scale: 'pct', side: 1, size: 60, grid: { show: false }, values: (_u, ticks) => ticks.map((t) => percentText(t)) },
    ],
    series: [
      // The legend names the pointed bar's day(s) as every date in the app reads; uPlot's own "Time" showed its raw "--".
      // A null index: no bar is pointed at.
      { label: width === 1 ? 'Day' : 'Days', value: (_u, x, _i, bar) => (bar === null || x === null ? NO_VALUE : barDatesText(barSpan(x))) },
      {
        label: runsSeriesLabel(width), fill: `${themeColour('--accent', '#4f46e5')}88`, stroke: themeColour('--accent', '#4f46e5'), paths: bars, points: { show: false },
        value: (_u, runs, _i, bar) => (bar === null || runs === null ? NO_VALUE : runs.toLocaleString()),
      },
      { label: 'Cumulative', scale: 'pct', stroke: themeColour('--success', '#059669'), width: 2, value: (_u, v) => (v === null ? NO_VALUE : `${v.toFixed(1)}%`) },
    ],
    plugins: [markers(s), geometry(s, drawnBars)],
  };
  return { options, data: [xs, [...s.histogram], cumulative] };
}

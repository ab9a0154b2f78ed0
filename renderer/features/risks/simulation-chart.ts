/**
 * uPlot options for the finish-date distribution: runs per day as bars and the cumulative share
 * (the S-curve) as a line on a 0–100 % scale, with P50/P80/P90 and the planned finish marked.
 * Days are wall-clock dates, shown as UTC so a plan shows its own dates whatever the machine's zone.
 */
import { dayOfLocalDate, MINUTES_PER_DAY } from '../../domain/calendar';
import type { SimulationSummary } from '../../domain/model';
import { themeColour, type ChartData, type ChartOptions, type uPlot } from '../charts/UPlotChart';
import { percentText } from '../../domain/model';

const daySeconds = (day: string): number => dayOfLocalDate(day) * MINUTES_PER_DAY * 60;
const dateSeconds = (t: string): number => daySeconds(t.slice(0, 10)) + 12 * 3600;

function markers(s: SimulationSummary): uPlot.Plugin {
  const marks: readonly [string, string][] = [['P50', s.finish.p50], ['P80', s.finish.p80], ['P90', s.finish.p90], ['Plan', s.plannedFinish]];
  return {
    hooks: {
      draw: [(u: uPlot) => {
        const { ctx, bbox } = u;
        marks.forEach(([label, at], k) => {
          const x = u.valToPos(dateSeconds(at), 'x', true);
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

export function distributionChart(s: SimulationSummary, bars: uPlot.Series.PathBuilder): { options: ChartOptions; data: ChartData } {
  const stroke = themeColour('--muted', '#5b6475');
  const grid = { stroke: themeColour('--border', '#dfe3ea'), width: 1 };
  const xs = s.histogramDays.map(daySeconds).map((v) => v + 12 * 3600);
  let running = 0;
  const total = s.histogram.reduce((a, b) => a + b, 0) || 1;
  const cumulative = s.histogram.map((c) => { running += c; return (running / total) * 100; });
  const dayLabel = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const pad = 86_400;
  const options: ChartOptions = {
    scales: { x: { time: true, range: () => [(xs[0] ?? 0) - pad, (xs[xs.length - 1] ?? 0) + pad] }, pct: { range: [0, 100] } },
    axes: [
      { stroke, grid, ticks: grid, values: (_u, ticks) => ticks.map((t) => dayLabel.format(new Date(t * 1000))) },
      { stroke, grid, ticks: grid, label: 'Runs' },
      { stroke, scale: 'pct', side: 1, size: 60, grid: { show: false }, values: (_u, ticks) => ticks.map((t) => percentText(t)) },
    ],
    series: [
      {},
      { label: 'Runs finishing that day', fill: `${themeColour('--accent', '#4f46e5')}88`, stroke: themeColour('--accent', '#4f46e5'), paths: bars, points: { show: false } },
      { label: 'Cumulative', scale: 'pct', stroke: themeColour('--success', '#059669'), width: 2, value: (_u, v) => (v === null ? '–' : `${v.toFixed(1)}%`) },
    ],
    plugins: [markers(s)],
  };
  return { options, data: [xs, [...s.histogram], cumulative] };
}

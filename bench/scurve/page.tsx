/**
 * The S-curve's first render as the Cost view does it (issue #13: ≤ 100 ms for 10,000 tasks over
 * two years): from the priced, scheduled plan to the first painted frame with the chart's canvas,
 * timing the S-curve model, its chart options and the uPlot mount under React.
 * `prepare(size, session, settleMs)` does, outside the timer, what happens before a person sees the
 * S-curve, in the app's order:
 * 1. The plan is open: generated, scheduled, with a baseline saved. With `settleMs`, the page then
 *    waits that long, as the app has had the plan open before the Cost view is chosen: the
 *    engine's work left over from building and scheduling 10,000 tasks (its optimising compiles
 *    on the other core, its collections) ends before the Cost view opens, as it does in the app.
 *    Measured without the pause, that leftover work added about 30 ms to the S-curve's first
 *    render, none of it the chart's (scurve.bench.ts prints that figure beside the goal's).
 * 2. The Cost view opens: its money model is computed as use-cost-model does (calendars, costs,
 *    earned value at the status date) and, with `session`, React has rendered (the app's shell,
 *    here a table of the earned-value figures in the plan's currency, formatted as the Cost
 *    view's table and summary format them, kept mounted) and painted. None of it waits: the
 *    S-curve's render follows at once, with that work's own leftovers still running.
 * The S-curve model, its options, UPlotChart and uPlot stay cold. Without `session`, React is cold too.
 */
import 'uplot/dist/uPlot.min.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { compileCalendars } from '../../renderer/domain/calendar';
import type { Baseline, BaselineId, LocalDate } from '../../renderer/domain/model';
import { baselineEntries, costPlan, earnedValue, sCurve, sCurveLevels } from '../../renderer/domain/money';
import { scheduleProject } from '../../renderer/domain/schedule';
import { UPlotChart } from '../../renderer/features/charts/UPlotChart';
// The Cost view's own rules: the chart fills its frame (#app is sized as that frame, scurve.bench.ts).
import '../../renderer/features/costs/costs.css';
import { sCurveChart } from '../../renderer/features/costs/cost-charts';
import { formatMoney } from '../../renderer/features/shared/format';
import { untilPainted } from '../peers/pages/painted';
import { pricedPlan } from '../priced-plan';

let prepared: (() => Promise<number>) | null = null;
/** Where the last render's time went (ms): the model, the chart's options, React's commit with uPlot's constructor, and on to the painted frame. */
let phases: Record<string, number> = {};

const bench = {
  async prepare(size: number, session: boolean, settleMs: number): Promise<void> {
    // The plan as open in the app: scheduled, its baseline saved (from the costs of that day).
    const plan = pricedPlan(size);
    const schedule = scheduleProject(plan);
    const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(schedule, costPlan(plan, schedule, compileCalendars(plan))) };
    if (settleMs > 0) await new Promise((resolve) => { setTimeout(resolve, settleMs); });
    // The Cost view opens: its money model (use-cost-model's buildCostModel), then its table.
    const calendars = compileCalendars(plan);
    const costs = costPlan(plan, schedule, calendars);
    const statusDate = '2026-09-30' as LocalDate;
    if (session) {
      const evm = earnedValue({ plan, schedule, costs, baseline, statusDate, calendars });
      const shell = document.getElementById('shell');
      if (!shell) throw new Error('no #shell');
      const rows = [...evm.tasks].slice(0, 200);
      const currency = plan.project.currency;
      flushSync(() => createRoot(shell).render(
        <table><tbody>{rows.map(([id, row]) => <tr key={id}><td>{id}</td><td>{formatMoney(row.bac, currency)}</td><td>{formatMoney(row.ev, currency)}</td></tr>)}</tbody></table>,
      ));
      // The shell is on screen before the S-curve is asked for, as in the app: its first frame is not the chart's.
      await untilPainted(() => shell.querySelector('table') !== null);
    }
    prepared = async () => {
      const host = document.getElementById('app');
      if (!host) throw new Error('no #app');
      host.innerHTML = '';
      // The marks let a trace give each phase's CPU time (thread time), which a busy machine does not inflate.
      performance.mark('scurve:start');
      const started = performance.now();
      const curve = sCurve({ plan, schedule, costs, baseline, statusDate, calendars });
      const modelled = performance.now();
      performance.mark('scurve:model');
      const chart = sCurveChart(curve, plan.project.currency, sCurveLevels(curve, baseline !== null, plan.project.budget));
      // uPlot draws in a microtask after its constructor: this mark splits its drawing from the frame's work.
      let drawn = 0;
      const drawMark = { hooks: { draw: [() => { if (drawn === 0) { drawn = performance.now(); performance.mark('scurve:draw'); } }] } };
      const options = { ...chart.options, plugins: [...(chart.options.plugins ?? []), drawMark] };
      const optioned = performance.now();
      performance.mark('scurve:options');
      const root = createRoot(host);
      flushSync(() => root.render(<UPlotChart options={options} data={chart.data} height={150} fill label="S-curve" />));
      const mounted = performance.now();
      performance.mark('scurve:mount');
      const painted = await untilPainted(() => host.querySelector('canvas') !== null);
      performance.mark('scurve:paint');
      phases = { model: modelled - started, options: optioned - modelled, mount: mounted - optioned, draw: Math.max(0, drawn - mounted), paint: painted - Math.max(mounted, drawn) };
      root.unmount();
      return painted - started;
    };
  },
  firstRender(): Promise<number> {
    if (!prepared) throw new Error('prepare first');
    return prepared();
  },
  phases(): Record<string, number> {
    return phases;
  },
};
(window as unknown as { scurve: typeof bench }).scurve = bench;

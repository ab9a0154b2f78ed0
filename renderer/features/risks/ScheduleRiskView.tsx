/**
 * The Schedule risk tab: settings (iterations, seed, target date), run with progress and cancel,
 * the three-point estimate table and the last result, which is kept with the plan.
 */
import { useMemo, useState } from 'react';
import { DateField } from '../../components/DateField';
import { parseLocalDate, type Plan } from '../../domain/model';
import { changedInputs, DEFAULT_ITERATIONS, riskEventsOf } from '../../domain/simulation';
import { useSession } from '../../store';
import { EstimateTable } from './EstimateTable';
import { SimulationProgress } from './simulation-progress';
import { SimulationResults } from './SimulationResults';
import { useSimulation } from './use-simulation';
// Its own styles: the tab is mounted on its own too (the frames bench), not only inside RisksView.
import './risks.css';

export function ScheduleRiskView() {
  const plan = useSession((s) => s.plan);
  return plan ? <ScheduleRisk plan={plan} /> : null;
}

function ScheduleRisk({ plan }: { readonly plan: Plan }) {
  const settings = plan.project.scheduleRisk;
  const [iterations, setIterations] = useState(String(settings?.iterations ?? DEFAULT_ITERATIONS));
  const [seed, setSeed] = useState(String(settings?.seed ?? 1));
  const [target, setTarget] = useState<string>(settings?.targetDate ?? '');
  const run = useSimulation();
  const estimated = Object.values(plan.tasks).filter((t) => t.estimate).length;
  const risks = riskEventsOf(plan).length;
  // The tab re-renders when a run starts and ends (progress reports re-render the bar alone); the table and the charts change only with the plan.
  const last = settings?.last;
  const results = useMemo(() => (last ? <SimulationResults plan={plan} summary={last} changed={changedInputs(plan, last)} /> : null), [plan, last]);
  const table = useMemo(() => <EstimateTable plan={plan} />, [plan]);
  const start = (): void => {
    const targetDate = parseLocalDate(target);
    // Text that is not a date (the field says why) runs nothing: a run without the target typed
    // would replace the last result and its target with one that answers another question.
    if (target !== '' && targetDate === null) return;
    run.start(plan, { iterations: Number(iterations.replace(/[,_ ]/g, '')), seed: Number(seed), targetDate });
  };
  return (
    <div className="schedule-risk">
      <form className="toolbar" aria-label="Simulation settings" onSubmit={(e) => { e.preventDefault(); if (!run.running) start(); }}>
        <label>Iterations <input className="num-input" aria-label="Iterations" value={iterations} onChange={(e) => setIterations(e.target.value)} /></label>
        <label>Seed <input className="num-input" aria-label="Seed" value={seed} onChange={(e) => setSeed(e.target.value)} /></label>
        <DateField label="Target date" value={target} onChange={setTarget} />
        {run.running
          ? <button type="button" className="button" onClick={run.cancel}>Cancel</button>
          : <button type="submit" className="button primary">Run simulation</button>}
        {run.running ? <SimulationProgress meter={run.progress} /> : null}
        <span className="muted">{estimated} {estimated === 1 ? 'task' : 'tasks'} with estimates · {risks} {risks === 1 ? 'risk' : 'risks'} with a schedule impact</span>
      </form>
      {results ?? <p className="muted">No simulation yet: enter estimates below and run one.</p>}
      {table}
    </div>
  );
}

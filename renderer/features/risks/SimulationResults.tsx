/**
 * The last simulation's result: P-values and the chance of the planned (and a target) finish,
 * the distribution chart, milestones' P80, the tornado of drivers and the criticality index.
 */
import { useMemo } from 'react';
import type { Plan, SimulationSummary } from '../../domain/model';
import { NO_DRIVERS, type SimulationInput } from '../../domain/simulation';
import { UPlotChart, useDocumentTheme } from '../charts/UPlotChart';
import { distributionChart, distributionChartLabel } from './simulation-chart';
import { shareText } from '../../domain/model';
import { formatDate, formatDateTime } from '../shared/format';
import { plannedFinishNote } from './planned-finish-note';

/** A simulated finish as every date in the app reads ("Thu, Mar 4, 27"); the exact instant is in the P-values' tooltips. */
const when = (t: string): string => formatDate(t);

/** What a person changed, as the notice names it. */
const INPUT_WORDS: Readonly<Record<SimulationInput, string>> = {
  tasks: 'tasks', estimates: 'estimates', links: 'links', calendars: 'calendars', assignments: 'assignments', risks: 'risks',
  project: 'project start or status date',
};

/** "tasks", "tasks and links", "tasks, estimates and links". */
function listText(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

export interface SimulationResultsProps {
  readonly plan: Plan;
  readonly summary: SimulationSummary;
  /** Parts of the plan changed since the run (domain/simulation/fingerprint.ts); empty = none; null = cannot tell. */
  readonly changed: readonly SimulationInput[] | null;
}

export function SimulationResults({ plan, summary, changed }: SimulationResultsProps) {
  const theme = useDocumentTheme();
  const chart = useMemo(() => distributionChart(summary), [summary, theme]); // eslint-disable-line react-hooks/exhaustive-deps -- rebuilt on theme change: canvas colours come from CSS variables
  const note = plannedFinishNote(plan, summary);
  const critical = Object.entries(summary.criticality).sort((a, b) => b[1] - a[1]).slice(0, 15);
  const isStale = changed !== null && changed.length > 0;
  return (
    <section className={isStale ? 'simulation-results is-stale' : 'simulation-results'} aria-label="Simulation result" aria-describedby={isStale ? 'simulation-stale' : undefined}>
      {isStale ? (
        <p className="stale-notice" id="simulation-stale" role="status">
          These results are from a run before the plan changed — Run again to see the plan as it is now.
          Changed since the run: {listText(changed.map((part) => INPUT_WORDS[part]))}.
        </p>
      ) : null}
      <p className="muted">Ran {formatDateTime(summary.ranAt)} · {summary.iterations.toLocaleString()} iterations · seed {summary.seed}{isStale ? <> · <strong className="stale-tag">out of date</strong></> : null}</p>
      <dl className="p-values">
        <div><dt>P50</dt><dd aria-label="P50 finish" title={summary.finish.p50.replace('T', ' ')}>{when(summary.finish.p50)}</dd></div>
        <div><dt>P80</dt><dd aria-label="P80 finish" title={summary.finish.p80.replace('T', ' ')}>{when(summary.finish.p80)}</dd></div>
        <div><dt>P90</dt><dd aria-label="P90 finish" title={summary.finish.p90.replace('T', ' ')}>{when(summary.finish.p90)}</dd></div>
        <div><dt>Mean</dt><dd>{when(summary.finish.mean)}</dd></div>
      </dl>
      <p className="chance">The planned finish ({when(summary.plannedFinish)}) has a <strong>{shareText(summary.plannedFinishChance)}</strong> chance.
        {summary.target ? <> Finishing by {when(summary.target.date)}: <strong>{shareText(summary.target.chance)}</strong>.</> : null}</p>
      {note ? <p className="chance-note muted">{note}</p> : null}
      <div className="distribution-chart"><UPlotChart options={chart.options} data={chart.data} height={240} label={distributionChartLabel(summary)} /></div>
      <div className="simulation-tables">
        {summary.milestones.length > 0 ? (
          <table className="risk-table" aria-label="Milestones">
            <thead><tr><th>Milestone</th><th>Planned</th><th>P50</th><th>P80</th><th>P90</th></tr></thead>
            <tbody>{summary.milestones.map((m) => <tr key={m.taskId}><td>{m.name}</td><td>{when(m.planned)}</td><td>{when(m.p50)}</td><td>{when(m.p80)}</td><td>{when(m.p90)}</td></tr>)}</tbody>
          </table>
        ) : null}
        <table className="risk-table tornado" aria-label="Drivers of the finish">
          <thead><tr><th>Driver</th><th>Correlation with the finish</th></tr></thead>
          <tbody>{summary.drivers.length === 0 ? <tr><td colSpan={2} className="muted">{NO_DRIVERS}</td></tr> : summary.drivers.map((d) => (
            <tr key={`${d.kind}-${d.id}`}>
              <td>{d.kind === 'risk' ? 'Risk: ' : ''}{d.name}</td>
              <td><span className="tornado-bar" style={{ width: `${String(Math.abs(d.correlation) * 100)}%` }} data-negative={d.correlation < 0 || undefined} /> {d.correlation.toFixed(2)}</td>
            </tr>
          ))}</tbody>
        </table>
        <table className="risk-table" aria-label="Criticality index">
          <thead><tr><th>Task</th><th>Critical in</th></tr></thead>
          <tbody>{critical.map(([id, share]) => <tr key={id}><td>{plan.tasks[id]?.name ?? '(deleted task)'}</td><td>{shareText(share)}</td></tr>)}</tbody>
        </table>
      </div>
    </section>
  );
}

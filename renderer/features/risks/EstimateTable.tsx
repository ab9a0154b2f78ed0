/**
 * Three-point estimates per task, typed in days (Enter or leaving the cell commits; Escape puts
 * the value back; a typed point nudges the others to keep their order), or a −/+ % range applied
 * to the ticked rows. Edits are commands.
 */
import { useState, type KeyboardEvent } from 'react';
import { rangeEstimate } from '../../domain/commands';
import { DISTRIBUTIONS, outlineRows, type Distribution, type Plan, type Task, type TaskId, type ThreePointEstimate } from '../../domain/model';
import { mean, plannedOutsideEstimate } from '../../domain/simulation';
import { useSessionStore, useUiStore } from '../../store';

type Point = 'optimisticMinutes' | 'mostLikelyMinutes' | 'pessimisticMinutes';
const POINTS: readonly { key: Point; label: string }[] = [
  { key: 'optimisticMinutes', label: 'Optimistic' }, { key: 'mostLikelyMinutes', label: 'Most likely' }, { key: 'pessimisticMinutes', label: 'Pessimistic' },
];
const DISTRIBUTION_LABELS: Readonly<Record<Distribution, string>> = { triangular: 'Triangular', pert: 'PERT-beta', uniform: 'Uniform' };

const toDays = (minutes: number, perDay: number): string => String(Math.round((minutes / perDay) * 100) / 100);

function baseEstimate(task: Task): ThreePointEstimate {
  return task.estimate ?? { optimisticMinutes: task.durationMinutes, mostLikelyMinutes: task.durationMinutes, pessimisticMinutes: task.durationMinutes, distribution: 'triangular' };
}

export function EstimateTable({ plan }: { readonly plan: Plan }) {
  const session = useSessionStore();
  const ui = useUiStore();
  const [ticked, setTicked] = useState<ReadonlySet<TaskId>>(new Set());
  const [low, setLow] = useState('10');
  const [high, setHigh] = useState('50');
  const perDay = plan.project.minutesPerDay;
  const rows = outlineRows(plan.tasks).filter((r) => !r.hasChildren && r.task.kind !== 'milestone');
  // A refused estimate is reported by the app's notices (the session's lastProblem): notifying it here too showed it twice.
  const commit = (edits: readonly { taskId: TaskId; estimate: ThreePointEstimate | null }[]): void => { session.getState().dispatch('setTaskEstimates', { edits }); };
  const setPoint = (task: Task, key: Point, text: string): void => {
    const days = Number(text.replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(days)) return;
    const minutes = Math.round(days * perDay);
    if (task.estimate?.[key] === minutes) return;
    commit([{ taskId: task.id, estimate: withPoint(baseEstimate(task), key, minutes) }]);
  };
  const applyRange = (): void => {
    const l = Number(low);
    const h = Number(high);
    if (!(l >= 0 && l <= 100 && h >= 0)) {
      ui.getState().notify({ tone: 'error', message: 'The range must be 0–100% below and 0% or more above.' });
      return;
    }
    commit([...ticked].flatMap((id) => {
      const t = plan.tasks[id];
      return t ? [{ taskId: id, estimate: rangeEstimate(t.durationMinutes, l, h, t.estimate?.distribution ?? 'triangular') }] : [];
    }));
  };
  return (
    <section className="estimate-section" aria-label="Three-point estimates">
      <div className="toolbar" role="toolbar" aria-label="Estimate range">
        <label>Below <input aria-label="Percent below" className="pct-input" value={low} onChange={(e) => setLow(e.target.value)} /> %</label>
        <label>Above <input aria-label="Percent above" className="pct-input" value={high} onChange={(e) => setHigh(e.target.value)} /> %</label>
        <button type="button" className="button" disabled={ticked.size === 0} onClick={applyRange}>Apply range to {ticked.size} selected</button>
      </div>
      <table className="risk-table estimate-table" aria-label="Estimates">
        <thead><tr><th><span className="visually-hidden">Select</span></th><th>Task</th><th>Duration (d)</th>{POINTS.map((p) => <th key={p.key}>{p.label} (d)</th>)}<th>Distribution</th><th>Mean (d)</th><th /></tr></thead>
        <tbody>
          {rows.map(({ task }) => {
            const e = task.estimate;
            return (
              <tr key={task.id}>
                <td><input type="checkbox" aria-label={`Select ${task.name}`} checked={ticked.has(task.id)}
                  onChange={(ev) => { const next = new Set(ticked); if (ev.target.checked) next.add(task.id); else next.delete(task.id); setTicked(next); }} /></td>
                <td>{task.name}</td>
                <td className="planned-duration"><PlannedDuration task={task} perDay={perDay} /></td>
                {POINTS.map((p) => (
                  <td key={`${task.id}-${p.key}-${String(e?.[p.key] ?? '')}`}>
                    <input className="days-input" aria-label={`${p.label} days for ${task.name}`} defaultValue={e ? toDays(e[p.key], perDay) : ''}
                      placeholder={toDays(task.durationMinutes, perDay)}
                      onBlur={(ev) => setPoint(task, p.key, ev.target.value)} onKeyDown={(ev) => keys(ev, e ? toDays(e[p.key], perDay) : '')} />
                  </td>
                ))}
                <td>
                  <select aria-label={`Distribution for ${task.name}`} value={e?.distribution ?? 'triangular'}
                    onChange={(ev) => commit([{ taskId: task.id, estimate: { ...baseEstimate(task), distribution: ev.target.value as Distribution } }])}>
                    {DISTRIBUTIONS.map((d) => <option key={d} value={d}>{DISTRIBUTION_LABELS[d]}</option>)}
                  </select>
                </td>
                <td>{e ? toDays(mean(e.distribution, { low: e.optimisticMinutes, mode: e.mostLikelyMinutes, high: e.pessimisticMinutes }), perDay) : ''}</td>
                <td>{e ? <button type="button" className="link-button" onClick={() => commit([{ taskId: task.id, estimate: null }])}>Clear</button> : null}</td>
              </tr>
            );
          })}
          {rows.length === 0 ? <tr><td colSpan={9} className="muted">No tasks yet: add tasks in the Gantt or task table.</td></tr> : null}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The planned duration, flagged when it lies outside its own estimate: shorter than the optimistic
 * means no run of the simulation can meet the plan (its chance reads 0 % with no other cause in
 * sight); longer than the pessimistic means the plan is padded past the worst case.
 */
function PlannedDuration({ task, perDay }: { readonly task: Task; readonly perDay: number }) {
  const days = toDays(task.durationMinutes, perDay);
  const outside = plannedOutsideEstimate(task);
  if (outside === null || !task.estimate) return <>{days}</>;
  const [words, why] = outside === 'below'
    ? ['below best case', `Planned shorter than its optimistic estimate (${toDays(task.estimate.optimisticMinutes, perDay)} d): no run of the simulation finishes it in time.`]
    : ['above worst case', `Planned longer than its pessimistic estimate (${toDays(task.estimate.pessimisticMinutes, perDay)} d): the plan is padded past the worst case.`];
  return <>{days} <span className="estimate-flag" title={why}>{words}</span></>;
}

/** Sets one point and moves the others just enough to keep optimistic <= most likely <= pessimistic. */
function withPoint(e: ThreePointEstimate, key: Point, v: number): ThreePointEstimate {
  switch (key) {
    case 'optimisticMinutes': return { ...e, optimisticMinutes: v, mostLikelyMinutes: Math.max(e.mostLikelyMinutes, v), pessimisticMinutes: Math.max(e.pessimisticMinutes, v) };
    case 'mostLikelyMinutes': return { ...e, optimisticMinutes: Math.min(e.optimisticMinutes, v), mostLikelyMinutes: v, pessimisticMinutes: Math.max(e.pessimisticMinutes, v) };
    case 'pessimisticMinutes': return { ...e, optimisticMinutes: Math.min(e.optimisticMinutes, v), mostLikelyMinutes: Math.min(e.mostLikelyMinutes, v), pessimisticMinutes: v };
    default: {
      const never: never = key;
      return never;
    }
  }
}

/** Enter commits (by leaving the cell), Escape restores the stored value. */
function keys(ev: KeyboardEvent<HTMLInputElement>, stored: string): void {
  if (ev.key === 'Enter') ev.currentTarget.blur();
  if (ev.key === 'Escape') {
    ev.currentTarget.value = stored;
    ev.currentTarget.blur();
  }
}

/**
 * Baselines 0..10 (MS Project's Set Baseline and Clear Baseline in one place): each row shows the
 * baseline's name, when it was saved, how many tasks it holds and what it costs; Save and Clear
 * act on the whole plan or on the selected tasks (with the roll-up to their summaries MS Project
 * offers). Every action is one undoable command; the dialog formats and dispatches only.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { baselineName, MAX_BASELINE_NUMBER } from '../../domain/commands/baseline-commands';
import type { Baseline, Plan, TaskId } from '../../domain/model';
import { useSession, useSessionStore, useUi } from '../../store';
import { formatDateTime, formatMoney } from '../shared/format';
import './costs.css';

type Scope = 'all' | 'selected';

/** A baseline's cost: the sum over its top-level tasks (a task whose parent it does not hold), so nothing counts twice. */
export function baselineCost(plan: Plan, baseline: Baseline): number {
  let sum = 0;
  for (const [id, entry] of Object.entries(baseline.tasks)) {
    const parent = plan.tasks[id]?.parentId ?? null;
    if (parent === null || baseline.tasks[parent] === undefined) sum += entry.cost;
  }
  return sum;
}

const NUMBERS = Array.from({ length: MAX_BASELINE_NUMBER + 1 }, (_, n) => n);

export function BaselinesDialog({ onClose }: { onClose: () => void }) {
  const session = useSessionStore();
  const plan = useSession((s) => s.plan);
  const selected = useUi((s) => s.selectedTaskIds);
  // The entire project by default, as MS Project's Set Baseline: a row left selected elsewhere must not narrow a save.
  const [scope, setScope] = useState<Scope>('all');
  const [rollUp, setRollUp] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  if (!plan) return null;
  const currency = plan.project.currency;
  const byNumber = new Map(Object.values(plan.baselines).map((b) => [b.number, b]));
  const taskIds: readonly TaskId[] | undefined = scope === 'selected' ? selected : undefined;
  const report = (refused: { message: string } | null): void => setProblem(refused ? refused.message : null);
  const dispatch = session.getState().dispatch;
  return (
    <Dialog title="Baselines" onClose={onClose} width={720}
      footer={<button type="button" className="button primary" onClick={onClose}>Close</button>}>
      <fieldset className="baseline-scope">
        <legend>Save and clear</legend>
        <label><input type="radio" name="baseline-scope" checked={scope === 'all'} onChange={() => setScope('all')} /> Entire project</label>
        <label><input type="radio" name="baseline-scope" checked={scope === 'selected'} disabled={selected.length === 0} onChange={() => setScope('selected')} />
          {' '}Selected tasks ({selected.length})</label>
        <label><input type="checkbox" checked={rollUp} disabled={scope !== 'selected'} onChange={(e) => setRollUp(e.target.checked)} /> Roll up to summary tasks</label>
      </fieldset>
      {problem ? <p role="alert" className="form-error">{problem}</p> : null}
      <div className="baselines-scroll">
        <table className="data-table baselines-table" aria-label="Baselines">
          <thead><tr><th>Baseline</th><th>Name</th><th>Saved</th><th className="right">Tasks</th><th className="right">Cost</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {NUMBERS.map((n) => {
              const b = byNumber.get(n);
              const label = baselineName(n);
              return (
                <tr key={n}>
                  <td>{label}</td>
                  <td>{b ? (
                    <input aria-label={`Name of ${label}`} defaultValue={b.name} key={b.name} maxLength={200}
                      onBlur={(e) => { if (e.target.value !== b.name) report(dispatch('renameBaseline', { number: n, name: e.target.value })); }}
                      onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }} />
                  ) : <span className="muted">Not saved</span>}</td>
                  <td>{b ? formatDateTime(b.savedAt) : ''}</td>
                  <td className="right">{b ? Object.keys(b.tasks).length : ''}</td>
                  <td className="right">{b ? formatMoney(baselineCost(plan, b), currency) : ''}</td>
                  <td className="baseline-actions">
                    <button type="button" className="button" aria-label={`Save ${label}`}
                      onClick={() => report(dispatch('saveBaseline', { number: n, ...(taskIds ? { taskIds, rollUp } : {}) }))}>Save</button>
                    <button type="button" className="button" aria-label={`Clear ${label}`} disabled={!b}
                      onClick={() => report(dispatch('clearBaseline', { number: n, ...(taskIds ? { taskIds } : {}) }))}>Clear</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}

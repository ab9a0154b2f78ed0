/**
 * File → Compare with…: what to compare the open plan with. A plan file (a colleague's copy, an
 * MS Project file), one of the baselines saved in this plan, or one of this project's automatic
 * snapshots. The choice opens the comparison: the table of changes and the Gantt's ghost bars.
 */
import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { importPlanFile } from '../../domain/formats';
import type { Baseline } from '../../domain/model';
import type { SnapshotInfo } from '../../platform';
import { useSession } from '../../store';
import { problemText } from '../files/read-file';
import { formatDateTime } from '../shared/format';
import { useServices } from '../shared/services';
import { useComparisonStore } from './comparison';
import { useMergeDialogs } from './merge-dialogs';
import { useMergeActions } from './use-merge-actions';
import './merge.css';

const taken = (iso: string): string => (iso === '' ? '' : formatDateTime(iso));

function useSnapshots(projectId: string | undefined): { readonly list: readonly SnapshotInfo[] | null; readonly problem: string | null } {
  const { platform } = useServices();
  const [list, setList] = useState<readonly SnapshotInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (projectId === undefined) return undefined;
    let isCurrent = true;
    platform.listSnapshots(projectId).then(
      (found) => { if (isCurrent) setList(found); },
      (error: unknown) => { if (isCurrent) setProblem(`Could not list the snapshots: ${String(error)}`); },
    );
    return () => { isCurrent = false; };
  }, [platform, projectId]);
  return { list, problem };
}

export function CompareChooser({ onClose }: { readonly onClose: () => void }) {
  const { platform, newId, now } = useServices();
  const plan = useSession((s) => s.plan);
  const comparison = useComparisonStore();
  const dialogs = useMergeDialogs();
  const actions = useMergeActions();
  const snapshots = useSnapshots(plan?.project.id);
  const [problem, setProblem] = useState<string | null>(null);
  if (!plan) return null;
  const baselines = Object.values(plan.baselines).sort((a, b) => a.number - b.number);
  const openBaseline = (b: Baseline): void => {
    comparison.show({ kind: 'baseline', name: b.name, baselineId: b.id });
    dialogs.show({ kind: 'compare' });
  };
  const openSnapshot = async (info: SnapshotInfo): Promise<void> => {
    const outcome = await platform.readSnapshot({ projectId: info.projectId, id: info.id });
    if (outcome.kind !== 'opened') {
      setProblem(outcome.kind === 'failed' ? outcome.message : 'The snapshot could not be read.');
      return;
    }
    const imported = importPlanFile(outcome.file.name, outcome.file.text, { newId, now: now() });
    if (!imported.ok) {
      setProblem(`The snapshot could not be read. ${problemText(imported.error)}`);
      return;
    }
    comparison.show({ kind: 'snapshot', name: `Snapshot ${taken(info.createdAt)}`, other: imported.value.plan });
    dialogs.show({ kind: 'compare' });
  };
  return (
    <Dialog title="Compare with" onClose={onClose} width={640}
      footer={<button type="button" className="button" onClick={onClose}>Cancel</button>}>
      <p className="muted">Compare the open plan with another version of it. Nothing changes in the open plan.</p>
      {problem ? <p role="alert" className="merge-problem">{problem}</p> : null}
      <section aria-label="Plan file" className="compare-source">
        <h3>Another file</h3>
        <button type="button" className="button" onClick={() => void actions.compareFile()}>Plan file…</button>
        <span className="muted"> A colleague’s copy (.plotline) or an MS Project XML file.</span>
      </section>
      <section aria-label="Baselines" className="compare-source">
        <h3>Baselines</h3>
        {baselines.length === 0 ? <p className="muted">No baseline saved yet (Gantt → Save baseline).</p> : (
          <ul className="compare-list">
            {baselines.map((b) => (
              <li key={b.id}>
                <button type="button" className="button" onClick={() => openBaseline(b)}>{b.name}</button>
                <span className="muted">saved {taken(b.savedAt)}, {Object.keys(b.tasks).length} tasks</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Snapshots" className="compare-source">
        <h3>Snapshots</h3>
        {snapshots.problem ? <p role="alert" className="merge-problem">{snapshots.problem}</p> : null}
        {snapshots.list === null && snapshots.problem === null ? <p className="muted">Loading…</p> : null}
        {snapshots.list?.length === 0 ? <p className="muted">No snapshots of this project yet.</p> : null}
        {snapshots.list && snapshots.list.length > 0 ? (
          <ul className="compare-list">
            {snapshots.list.map((s) => (
              <li key={s.id}>
                <button type="button" className="button" onClick={() => void openSnapshot(s)}>{`Snapshot ${taken(s.createdAt)}`}</button>
                <span className="muted">{s.taskCount === null ? '' : `${s.taskCount.toLocaleString()} tasks`}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </Dialog>
  );
}

/** File → Restore from snapshot: the safety copies, automatic and taken by hand, newest first; one opens as a new project. */
import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { SnapshotInfo } from '../../platform';
import { formatDateTime } from '../shared/format';
import { useServices } from '../shared/services';
import './files.css';

export function SnapshotsDialog({ onRestore, onClose }: { onRestore: (info: SnapshotInfo) => void; onClose: () => void }) {
  const { platform } = useServices();
  const [snapshots, setSnapshots] = useState<readonly SnapshotInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    platform.listSnapshots().then(
      (list) => { if (isCurrent) setSnapshots(list); },
      (error: unknown) => { if (isCurrent) setProblem(`Could not list the snapshots: ${String(error)}`); },
    );
    return () => { isCurrent = false; };
  }, [platform]);
  const where = platform.capabilities.snapshots === 'disk'
    ? 'Plotline keeps a copy of each project every few minutes while you edit, when you switch projects and when you close the window; File → Take snapshot now keeps one with a label.'
    : 'In the browser, automatic snapshots are kept only until the page is reloaded; those taken with File → Take snapshot now are kept.';
  return (
    <Dialog title="Restore from snapshot" onClose={onClose} width={760}
      footer={<button type="button" className="button" onClick={onClose}>Close</button>}>
      <p className="muted">{where} A restored snapshot opens as a new project.</p>
      {problem ? <p className="form-error" role="alert">{problem}</p> : null}
      {snapshots === null && !problem ? <p className="muted">Loading…</p> : null}
      {snapshots?.length === 0 ? <p>No snapshots yet.</p> : null}
      {snapshots && snapshots.length > 0 ? (
        <table className="data-table snapshot-table" aria-label="Snapshots">
          <thead><tr><th scope="col">Taken</th><th scope="col">Project</th><th scope="col">Label</th><th scope="col" className="right">Tasks</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            {snapshots.map((s) => {
              const taken = formatDateTime(s.createdAt);
              return (
                <tr key={`${s.projectId}/${s.id}`}>
                  <td>{taken}</td>
                  <td>{s.projectName}</td>
                  <td>{s.label === undefined ? <span className="muted">Automatic</span> : s.label || <span className="muted">Taken by hand</span>}</td>
                  <td className="right">{s.taskCount === null ? '–' : s.taskCount.toLocaleString()}</td>
                  <td className="right">
                    <button type="button" className="button" aria-label={`Restore ${s.projectName} from ${taken}`} onClick={() => onRestore(s)}>Restore…</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </Dialog>
  );
}

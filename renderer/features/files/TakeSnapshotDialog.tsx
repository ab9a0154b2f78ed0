/**
 * File → Take snapshot now: a snapshot of the open project at this moment, with an optional label
 * ("Before re-baseline") that the Restore from snapshot list shows. The automatic ones have no label.
 */
import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { LIMITS } from '../../platform';
import { useSessionStore } from '../../store';
import { stampRevision } from '../merge';
import { useServices } from '../shared/services';
import { takeSnapshot } from './use-snapshots';
import './files.css';

export function TakeSnapshotDialog({ onDone }: { onDone: (message: string | null) => void }) {
  const { platform, now, newId, repository } = useServices();
  const session = useSessionStore();
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isWriting, setWriting] = useState(false);
  const hintId = useId();
  const take = (): void => {
    // The live plan: an open proposal's sandbox is not what is stored.
    const plan = session.getState().livePlan;
    if (plan === null || isWriting) return;
    setWriting(true);
    takeSnapshot(platform, plan, label, now(), (p) => stampRevision(repository, p, newId(), now())).then(
      (refusal) => {
        if (refusal === null) onDone(label.trim() === '' ? 'Snapshot taken.' : `Snapshot “${label.trim()}” taken.`);
        else { setProblem(refusal); setWriting(false); }
      },
      (error: unknown) => { setProblem(`Could not take the snapshot: ${String(error)}`); setWriting(false); },
    );
  };
  return (
    <Dialog title="Take snapshot" onClose={() => onDone(null)} onSubmit={take} width={480}
      footer={<>
        <button type="button" className="button" onClick={() => onDone(null)}>Cancel</button>
        <button type="button" className="button primary" disabled={isWriting} onClick={take}>Take snapshot</button>
      </>}>
      <form onSubmit={(e) => { e.preventDefault(); take(); }}>
        <label className="field">Label (optional)
          <input className="text-input" value={label} maxLength={LIMITS.maxSnapshotLabelLength} aria-describedby={hintId}
            placeholder="e.g. Before re-baseline" onChange={(e) => setLabel(e.target.value)} />
        </label>
        <p id={hintId} className="muted">File → Restore from snapshot lists it with this label; it is kept when older automatic snapshots are thinned.</p>
        {problem ? <p className="form-error" role="alert">{problem}</p> : null}
      </form>
    </Dialog>
  );
}

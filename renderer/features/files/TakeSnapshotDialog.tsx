/**
 * File → Take snapshot now: a snapshot of the open project at this moment, with an optional label
 * ("Before re-baseline") that the Restore from snapshot list shows. The automatic ones have no label.
 * A plan that shrank to under half its last snapshot asks first, as the automatic ones do.
 */
import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { LIMITS } from '../../platform';
import { useSessionStore } from '../../store';
import { stampRevision } from '../merge';
import { useServices } from '../shared/services';
import { ShrunkSnapshotDialog } from './ShrunkSnapshotDialog';
import { takeSnapshot, type TakeSnapshotOutcome } from './use-snapshots';
import './files.css';

type Shrunk = Extract<TakeSnapshotOutcome, { kind: 'much-smaller' }>;

export function TakeSnapshotDialog({ onDone, onNotKept }: {
  /** Closes the dialog; the message (if any) is said in a notice. */
  onDone: (message: string | null) => void;
  /** Closes the dialog and says, as an error, why the snapshot could not be kept. */
  onNotKept: (message: string) => void;
}) {
  const { platform, now, newId, repository } = useServices();
  const session = useSessionStore();
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isWriting, setWriting] = useState(false);
  const [shrunk, setShrunk] = useState<Shrunk | null>(null);
  const hintId = useId();
  const named = label.trim() === '' ? 'The snapshot' : `Snapshot “${label.trim()}”`;
  const settle = (pending: Promise<TakeSnapshotOutcome>): void => {
    setWriting(true);
    pending.then(
      (outcome) => {
        setWriting(false);
        setShrunk(outcome.kind === 'much-smaller' ? outcome : null);
        if (outcome.kind === 'taken') onDone(label.trim() === '' ? 'Snapshot taken.' : `Snapshot “${label.trim()}” taken.`);
        else if (outcome.kind === 'not-kept') onNotKept(`${named} was not kept: ${outcome.message}`);
      },
      (error: unknown) => { setProblem(`Could not take the snapshot: ${String(error)}`); setShrunk(null); setWriting(false); },
    );
  };
  const take = (): void => {
    // The live plan: an open proposal's sandbox is not what is stored.
    const plan = session.getState().livePlan;
    if (plan === null || isWriting) return;
    settle(takeSnapshot(platform, plan, label, now(), (p) => stampRevision(repository, p, newId(), now())));
  };
  if (shrunk !== null) {
    return <ShrunkSnapshotDialog request={shrunk.request} newestTaskCount={shrunk.newestTaskCount}
      onCancel={() => onDone(null)} onKeep={() => { if (!isWriting) settle(shrunk.keepAnyway()); }} />;
  }
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

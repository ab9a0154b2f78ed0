/**
 * The merge preview: their changes that apply on their own, and each conflict side by side with
 * a choice of yours or theirs (yours by default). Nothing changes in the open plan until Apply,
 * which is one undoable command logged as a change request.
 */
import { useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { durationInPlan, fieldInWords, meaningfulChanges, mergePlans, showValue, type DiffCollection, type MergeConflict, type Resolutions, type Side } from '../../domain/diff';
import type { Plan } from '../../domain/model';
import { useSession, useSessionStore, useUiStore } from '../../store';
import { formatDateTime } from '../shared/format';
import { useServices } from '../shared/services';
import { applyMergeNow, mergeSummary } from './apply-merge';
import './merge.css';

export interface MergePreviewProps {
  readonly name: string;
  readonly base: Plan;
  readonly theirs: Plan;
  readonly theirText: string;
  readonly onClose: () => void;
}

/** A changed value as the plan shows it: a duration as "3d", not its stored minutes. */
const valueIn = (plan: Plan, collection: DiffCollection, field: string | undefined, id: string, value: unknown): string =>
  durationInPlan(collection, field, id, value, plan) ?? showValue(value);

function ConflictRow({ conflict, plan, onChoose }: { conflict: MergeConflict; plan: Plan; onChoose: (side: Side) => void }) {
  if (!conflict.isChoosable) return <li className="merge-notice">{conflict.message}</li>;
  const shown = (value: unknown): string => valueIn(plan, conflict.collection, conflict.field, conflict.entityId, value);
  const side = (which: Side, value: unknown) => (
    <label className={`merge-side${conflict.resolution === which ? ' is-chosen' : ''}`}>
      <input type="radio" name={conflict.id} checked={conflict.resolution === which} onChange={() => onChoose(which)} />
      <span>{which === 'ours' ? 'Keep yours' : 'Take theirs'}</span>
      {conflict.kind === 'field' ? <strong>{shown(value)}</strong> : null}
    </label>
  );
  return (
    <li className="merge-conflict">
      <p>{conflict.message}{conflict.kind === 'field' ? ` It was ${shown(conflict.base)}.` : ''}</p>
      <div className="merge-sides" role="radiogroup" aria-label={conflict.message}>
        {side('ours', conflict.ours)}
        {side('theirs', conflict.theirs)}
      </div>
    </li>
  );
}

export function MergePreviewDialog({ name, base, theirs, theirText, onClose }: MergePreviewProps) {
  const services = useServices();
  const session = useSessionStore();
  const ui = useUiStore();
  const ours = useSession((s) => s.plan);
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const [problem, setProblem] = useState<string | null>(null);
  const result = useMemo(() => (ours ? mergePlans(base, ours, theirs, resolutions) : null), [base, ours, theirs, resolutions]);
  if (!ours || !result) return null;
  // An instant: written as the app writes dates, in the person's zone (it was the UTC ISO text).
  const savedAt = base.project.lineage?.revisions.at(-1)?.savedAt;
  const incoming = meaningfulChanges(result.theirChanges);
  const choosable = result.conflicts.filter((c) => c.isChoosable);
  // Their copy holds nothing yours lacks (your own file, or theirs unchanged since you shared it):
  // applying would only log "Merged 0 changes" as an implemented change request.
  const isNothingToMerge = incoming.length === 0 && result.conflicts.length === 0;
  const apply = async (): Promise<void> => {
    const details = [...incoming.map((c) => `${c.label}: ${c.field === undefined ? c.op : fieldInWords(c.field)}`), ...result.conflicts.map((c) => `${c.message} (${c.resolution === 'ours' ? 'kept yours' : 'took theirs'})`)];
    const refused = await applyMergeNow(services, session, {
      merged: result.plan, theirs, theirText, name, changeCount: incoming.length, conflictCount: choosable.length, details,
    });
    if (refused !== null) {
      setProblem(refused);
      return;
    }
    ui.getState().notify({ tone: 'info', message: `${mergeSummary(name, incoming.length, choosable.length)}.` });
    onClose();
  };
  return (
    <Dialog title={`Merge “${name}”`} onClose={onClose} width={880}
      footer={<>
        {isNothingToMerge
          ? <button type="button" className="button primary" data-autofocus onClick={onClose}>Close</button>
          : <>
            <button type="button" className="button" onClick={onClose}>Cancel</button>
            <button type="button" className="button primary" onClick={() => void apply()}>Apply merge</button>
          </>}
      </>}>
      <p className="muted">From your common ancestor, saved {savedAt ? formatDateTime(savedAt) : 'earlier'}.{isNothingToMerge ? '' : ' Nothing changes in your plan until you apply; Undo takes it back.'}</p>
      {problem ? <p role="alert" className="merge-problem">{problem}</p> : null}
      {isNothingToMerge ? <p role="status" className="merge-nothing">Nothing to merge: “{name}” has no change your plan does not already have.</p> : <>
      <section aria-label="Conflicts">
        <h3>Conflicts ({choosable.length})</h3>
        {result.conflicts.length === 0 ? <p className="muted">None: every change was made in one copy only.</p> : (
          <ul className="merge-list">
            {result.conflicts.map((c) => <ConflictRow key={c.id} conflict={c} plan={ours} onChoose={(side) => setResolutions((r) => ({ ...r, [c.id]: side }))} />)}
          </ul>
        )}
      </section>
      <section aria-label="Their changes">
        <h3>Their changes applied automatically ({incoming.length})</h3>
        <ul className="merge-list merge-auto">
          {incoming.map((c) => (
            <li key={c.key}>{c.op === 'add' ? 'Added' : c.op === 'remove' ? 'Removed' : 'Changed'} {c.label}{c.field ? `: ${fieldInWords(c.field)} ${valueIn(base, c.collection, c.field, c.id, c.before)} → ${valueIn(result.plan, c.collection, c.field, c.id, c.after)}` : ''}</li>
          ))}
        </ul>
      </section>
      </>}
    </Dialog>
  );
}

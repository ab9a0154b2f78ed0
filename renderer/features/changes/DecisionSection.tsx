/** The decision: who and why, then the moves the life cycle allows (Approve applies the proposal as one undoable step). */
import { useRef, useState } from 'react';
import { DateField } from '../../components/DateField';
import { CHANGE_STATUS_LABELS, editsOf, nextStatuses } from '../../domain/changes';
import type { ChangeRequest, ChangeStatus, LocalDate } from '../../domain/model';
import { useSessionStore } from '../../store';
import { TextField, type Update } from './fields';

const ACTION: Readonly<Record<ChangeStatus, string>> = {
  'proposed': 'Reopen', 'under-review': 'Start review', 'approved': 'Approve', 'rejected': 'Reject', 'deferred': 'Defer', 'implemented': 'Mark implemented',
};

export function DecisionSection({ change, code, update }: { change: ChangeRequest; code: string; update: Update }) {
  const session = useSessionStore();
  const [rebaseline, setRebaseline] = useState(false);
  const decidedByField = useRef<HTMLInputElement>(null);
  const hasEdits = editsOf(change).length > 0;
  const move = (status: ChangeStatus): void => {
    const dispatch = session.getState().dispatch;
    // The decision date typed before deciding is the decision's, as Decision by and Rationale are (it was replaced by today).
    const refused = status === 'approved'
      ? dispatch('approveChange', { id: change.id, decidedBy: change.decidedBy, rationale: change.rationale ?? '', decidedOn: change.decidedOn, rebaseline })
      : dispatch('setChangeStatus', { id: change.id, status, decidedBy: change.decidedBy, rationale: change.rationale ?? '', decidedOn: change.decidedOn });
    // A decision refused for want of who made it (the notice says so): the keyboard goes where the name is typed.
    if (refused && !change.decidedBy.trim()) decidedByField.current?.focus();
  };
  return (
    <section className="decision" aria-label="Decision">
      <h3>Decision <span className={`status-pill status-${change.status}`}>{CHANGE_STATUS_LABELS[change.status]}</span></h3>
      <div className="change-form">
        <TextField label="Decision by" value={change.decidedBy} inputRef={decidedByField} onCommit={(decidedBy) => update({ decidedBy })} />
        <DateField label="Decision date" value={change.decidedOn ?? ''} onCommit={(date) => update({ decidedOn: (date || null) as LocalDate | null })} />
        <TextField label="Rationale" value={change.rationale ?? ''} multiline onCommit={(rationale) => update({ rationale })} wide />
      </div>
      <div className="decision-actions" role="group" aria-label={`${code} status`}>
        {nextStatuses(change.status).map((status) => (
          <button key={status} type="button" className={status === 'approved' ? 'button primary' : 'button'} onClick={() => move(status)}>
            {status === 'approved' && hasEdits ? 'Approve and apply' : ACTION[status]}
          </button>
        ))}
        {nextStatuses(change.status).includes('approved') && hasEdits ? (
          <label className="checkbox"><input type="checkbox" checked={rebaseline} onChange={(e) => setRebaseline(e.target.checked)} /> Re-baseline the changed tasks</label>
        ) : null}
      </div>
    </section>
  );
}

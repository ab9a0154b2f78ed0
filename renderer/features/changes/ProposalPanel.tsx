/** A request's proposed edits: open them in the normal views, see which no longer apply, drop one. */
import { editsOf, isProposalOpen, proposedEditInWords } from '../../domain/changes';
import type { ChangeRequest, Plan } from '../../domain/model';
import { useSessionStore, useUiStore } from '../../store';
import type { ProposalReading } from './use-proposal-impact';

export function ProposalPanel({ plan, change, code, reading }: { plan: Plan; change: ChangeRequest; code: string; reading: ProposalReading }) {
  const session = useSessionStore();
  const ui = useUiStore();
  const edits = editsOf(change);
  const isOpen = isProposalOpen(change.status);
  const conflicts = reading.kind === 'none' ? [] : reading.conflicts;
  const propose = (): void => {
    const problem = session.getState().openProposal(change.id);
    if (problem) ui.getState().notify({ tone: 'error', message: problem.message });
    else ui.getState().setView('gantt');
  };
  // A refused drop is reported by the app's notices (the session's lastProblem).
  const drop = (index: number): void => { session.getState().dispatch('dropProposedEdit', { id: change.id, index }); };
  return (
    <section className="proposal-panel" aria-label="Proposed edits">
      <div className="proposal-head">
        <h3>Proposed edits ({String(edits.length)})</h3>
        {isOpen ? <button type="button" className="button" onClick={propose}>Propose edits</button> : null}
      </div>
      {conflicts.length ? <p role="alert" className="impact-warn">
        The plan changed since {conflicts.length === 1 ? 'one edit was' : `${String(conflicts.length)} edits were`} made: drop what no longer applies before approving.
      </p> : null}
      {edits.length ? (
        <ol className="edit-list">
          {edits.map((edit, index) => {
            const conflict = conflicts.find((c) => c.index === index);
            // The label names the kind of edit ("Change duration"); the words say what and to what.
            const words = reading.kind === 'none' ? proposedEditInWords(plan, edit) : proposedEditInWords(plan, edit, reading.proposed);
            return (
              <li key={`${String(index)}-${edit.at}`} className={conflict ? 'conflict' : undefined}>
                <span>{edit.label}{words === null ? null : <span className="edit-words"> — {words}</span>}
                  {conflict ? <span className="conflict-reason"> — conflict: {conflict.message}</span> : null}</span>
                {isOpen ? <button type="button" className="link-button" aria-label={`Drop edit ${String(index + 1)} of ${code}`} onClick={() => drop(index)}>Drop</button> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

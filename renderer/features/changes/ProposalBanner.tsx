/** Says, above every view, that edits now go into a proposal and not the live plan; Done goes back to the request. */
import { changeCode } from '../../domain/changes';
import { useSession, useSessionStore, useUiStore } from '../../store';
import './changes.css';

export function ProposalBanner() {
  const proposal = useSession((s) => s.proposal);
  const live = useSession((s) => s.livePlan);
  const session = useSessionStore();
  const ui = useUiStore();
  if (!proposal || !live) return null;
  const code = changeCode(live, proposal.changeId);
  const done = (): void => {
    session.getState().closeProposal();
    ui.getState().selectChange(proposal.changeId);
    ui.getState().setView('changes');
  };
  return (
    <section className="proposal-banner" role="status" aria-label="Proposal">
      <span><strong>Editing proposal {code}</strong> — changes do not affect the live plan</span>
      {proposal.conflicts.length ? <span className="proposal-conflicts">{String(proposal.conflicts.length)} edit{proposal.conflicts.length === 1 ? '' : 's'} no longer appl{proposal.conflicts.length === 1 ? 'ies' : 'y'}</span> : null}
      <button type="button" className="button" onClick={done}>Done</button>
    </section>
  );
}

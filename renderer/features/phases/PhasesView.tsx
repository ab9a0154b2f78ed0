/**
 * The Phases view: the lifecycle phases in order with their dates (from their tasks), status and
 * gate. Rules come from domain/lifecycle and model/phases.ts; every edit is a command.
 */
import { useSession } from '../../store';
import { useRun } from '../stakeholders/use-run';
import { ClosureOffer } from '../charter/ClosureOffer';
import { PhaseCard } from './PhaseCard';
import { usePhaseStatuses } from './use-phase-statuses';
import './phases.css';

export function PhasesView() {
  const plan = useSession((s) => s.plan);
  const statuses = usePhaseStatuses();
  const run = useRun();
  if (!plan) return null;
  return (
    <div className="phases-view">
      <div className="toolbar" role="toolbar" aria-label="Phase actions">
        <input className="text-input add-line" aria-label="New phase" placeholder="New phase, Enter" onKeyDown={(e) => {
          if (e.key === 'Enter' && e.currentTarget.value.trim() && run('addPhase', { name: e.currentTarget.value })) e.currentTarget.value = '';
        }} />
        {statuses.length === 0
          ? <button type="button" className="button" onClick={() => run('addDefaultPhases', {})}>Add the five standard phases</button> : null}
        <span className="muted">Dates come from each phase&apos;s tasks; a task is in its summary&apos;s phase unless set.</span>
      </div>
      <div className="phases-scroll">
        <ClosureOffer />
        {statuses.length === 0 ? <p className="muted">This plan has no phases yet.</p> : null}
        {statuses.map((s, i) => <PhaseCard key={s.phase.id} plan={plan} status={s} index={i} count={statuses.length} />)}
      </div>
    </div>
  );
}

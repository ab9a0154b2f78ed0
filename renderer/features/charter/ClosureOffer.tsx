/**
 * Offers closure once the last phase gate has passed and closure has not started: shown in the
 * Phases view (where the gate was just decided; it stays in sight at the top while the cards
 * scroll, as the last gate's card is at the bottom) and in the charter's closure section.
 */
import { closureOffer } from '../../domain/lifecycle';
import { orderedPhases } from '../../domain/model';
import { useSession, useUiStore } from '../../store';
import { useRun } from '../stakeholders/use-run';
import './charter.css';

export function ClosureOffer({ isOnCharter = false }: { readonly isOnCharter?: boolean }) {
  const plan = useSession((s) => s.plan);
  const ui = useUiStore();
  const run = useRun();
  if (!plan || closureOffer(plan) !== 'offer') return null;
  const last = orderedPhases(plan.phases).at(-1);
  const start = (): void => {
    if (!run('startClosure', {})) return;
    if (!isOnCharter) ui.getState().setView('charter');
  };
  return (
    <div className="closure-offer" role="region" aria-label="Closure offer">
      <span>The last gate{last ? ` (${last.name})` : ''} has passed: close the project with its checklist and record the lessons learned.</span>
      <button type="button" className="button primary" onClick={start}>Start closure</button>
    </div>
  );
}

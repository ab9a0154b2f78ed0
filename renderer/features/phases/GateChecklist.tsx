/** A gate's exit criteria: tick, rename, give an owner, remove, add. Each edit is a command. */
import type { LifecyclePhase, Plan, ResourceId } from '../../domain/model';
import { gateCompleteness } from '../../domain/model';
import { useRun } from '../stakeholders/use-run';

export function GateChecklist({ plan, phase }: { readonly plan: Plan; readonly phase: LifecyclePhase }) {
  const run = useRun();
  const criteria = phase.gate?.criteria ?? [];
  const people = Object.values(plan.resources).filter((r) => r.type === 'work').sort((a, b) => a.name.localeCompare(b.name));
  const { done, total } = gateCompleteness(phase.gate);
  return (
    <div className="gate-checklist" role="group" aria-label={`${phase.name} exit criteria`}>
      <h4>Exit criteria <span className="muted">{String(done)} of {String(total)} done</span></h4>
      <ul>
        {criteria.map((c) => (
          <li key={c.id}>
            <input type="checkbox" checked={c.done} aria-label={c.item}
              onChange={(e) => run('updateGateCriterion', { phaseId: phase.id, criterionId: c.id, changes: { done: e.target.checked } })} />
            <input className="text-input" defaultValue={c.item} key={c.item} aria-label={`Criterion: ${c.item}`}
              onBlur={(e) => { if (e.target.value !== c.item) run('updateGateCriterion', { phaseId: phase.id, criterionId: c.id, changes: { item: e.target.value } }); }} />
            <select className="select" aria-label={`Owner of ${c.item}`} value={c.ownerId ?? ''}
              onChange={(e) => run('updateGateCriterion', { phaseId: phase.id, criterionId: c.id, changes: { ownerId: e.target.value === '' ? null : e.target.value as ResourceId } })}>
              <option value="">No owner</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <button type="button" className="button icon-button" aria-label={`Remove ${c.item}`}
              onClick={() => run('removeGateCriterion', { phaseId: phase.id, criterionId: c.id })}>×</button>
          </li>
        ))}
      </ul>
      <input className="text-input" aria-label={`New exit criterion for ${phase.name}`} placeholder="New exit criterion, Enter" onKeyDown={(e) => {
        if (e.key === 'Enter' && e.currentTarget.value.trim() && run('addGateCriterion', { phaseId: phase.id, item: e.currentTarget.value })) e.currentTarget.value = '';
      }} />
    </div>
  );
}

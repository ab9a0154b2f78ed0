/** The charter's objectives, each with a measurable success criterion and its status. */
import type { ObjectiveView } from '../../domain/lifecycle';
import type { Plan } from '../../domain/model';
import { useRun } from '../stakeholders/use-run';
import { AddLine } from './CommitField';
import { ObjectiveCard } from './ObjectiveCard';

export function ObjectivesSection({ plan, objectives, hasBaseline }: {
  readonly plan: Plan; readonly objectives: readonly ObjectiveView[]; readonly hasBaseline: boolean;
}) {
  const run = useRun();
  const achieved = objectives.filter((o) => o.status === 'achieved').length;
  return (
    <section className="charter-section" aria-label="Objectives">
      <h3>Objectives and success criteria <span className="muted">{String(achieved)} of {String(objectives.length)} achieved</span></h3>
      {!hasBaseline && objectives.some((o) => o.objective.measure === 'milestone')
        ? <p className="muted">Milestones are measured against the baseline (else their deadline); save a baseline to see them on track or late.</p> : null}
      <ul className="objective-list">
        {objectives.map((view) => <ObjectiveCard key={view.objective.id} plan={plan} view={view} />)}
      </ul>
      <AddLine label="New objective" placeholder="New objective, Enter" onAdd={(title) => run('addObjective', { title })} />
    </section>
  );
}

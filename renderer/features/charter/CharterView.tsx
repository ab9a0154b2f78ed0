/**
 * The Charter view: the project charter (purpose, business case, objectives with their status,
 * scope, deliverables, constraints, sponsor and approval, assumptions and top risks from the RAID
 * log) and the closure. Once the last gate has passed, closure comes first: it is what is left.
 */
import { charterOf, isLastGatePassed } from '../../domain/lifecycle';
import { useSession } from '../../store';
import { CharterBasics } from './CharterBasics';
import { CharterList } from './CharterList';
import { ClosureSection } from './ClosureSection';
import { DeliverablesSection } from './DeliverablesSection';
import { ObjectivesSection } from './ObjectivesSection';
import { RaidSection } from './RaidSection';
import { useCharterModel } from './use-charter';
import './charter.css';

export function CharterView() {
  const plan = useSession((s) => s.plan);
  const model = useCharterModel();
  if (!plan || !model) return null;
  const charter = charterOf(plan);
  const isClosing = isLastGatePassed(plan);
  const closure = <ClosureSection plan={plan} />;
  return (
    <div className="charter-view">
      <div className="toolbar" role="toolbar" aria-label="Charter actions">
        <strong>{plan.project.name}</strong>
        <span className="muted">Project charter · every edit can be undone · assumptions and risks come from the RAID log</span>
      </div>
      <div className="charter-scroll">
        {model.problems.length > 0 ? (
          <ul className="charter-problems" role="alert" aria-label="Charter problems">
            {model.problems.map((p) => <li key={`${p.where ?? ''}${p.message}`}>{p.where ? `${p.where}: ` : ''}{p.message}</li>)}
          </ul>
        ) : null}
        {isClosing ? closure : null}
        <CharterBasics charter={charter} />
        <ObjectivesSection plan={plan} objectives={model.objectives} hasBaseline={model.hasBaseline} />
        <section className="charter-section" aria-label="Scope">
          <h3>Scope</h3>
          <div className="charter-columns">
            <CharterList charter={charter} list="scopeIn" />
            <CharterList charter={charter} list="scopeOut" />
          </div>
        </section>
        <DeliverablesSection plan={plan} deliverables={model.deliverables} />
        <section className="charter-section" aria-label="Constraints">
          <CharterList charter={charter} list="constraints" />
        </section>
        <RaidSection plan={plan} />
        {isClosing ? null : closure}
      </div>
    </div>
  );
}

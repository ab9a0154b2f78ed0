/** One change request: what is asked and by whom, its links, the decision, and its proposed edits with their impact. */
import { DateField } from '../../components/DateField';
import { categoryOf, priorityOf } from '../../domain/changes';
import {
  CHANGE_CATEGORIES, CHANGE_PRIORITIES, type ChangeCategory, type ChangePriority, type ChangeRequest, type DecisionId,
  type IssueId, type LocalDate, type Plan, type RiskId,
} from '../../domain/model';
import { riskCodes } from '../../domain/raid';
import { useSessionStore } from '../../store';
import { DecisionSection } from './DecisionSection';
import { TextField, type Update } from './fields';
import { ImpactPanel } from './ImpactPanel';
import { LinkPicker } from './LinkPicker';
import { ProposalPanel } from './ProposalPanel';
import { useProposalImpact } from './use-proposal-impact';

function Requester({ plan, change, update }: { plan: Plan; change: ChangeRequest; update: Update }) {
  const people = Object.values(plan.stakeholders);
  const shown = (change.requestedById ? plan.stakeholders[change.requestedById]?.name : undefined) ?? change.requestedBy;
  return (
    <>
      <TextField label="Requested by" value={shown} list="change-stakeholders" onCommit={(text) => {
        const match = people.find((p) => p.name.toLowerCase() === text.trim().toLowerCase());
        update({ requestedBy: match?.name ?? text.trim(), requestedById: (match?.id ?? null) });
      }} />
      <datalist id="change-stakeholders">{people.map((p) => <option key={p.id} value={p.name} />)}</datalist>
    </>
  );
}

function Links({ plan, change, code, update }: { plan: Plan; change: ChangeRequest; code: string; update: Update }) {
  const risks = riskCodes(plan);
  return (
    <section className="change-links" aria-label="Links">
      <LinkPicker name="Risks" code={code} linked={change.riskIds ?? []} onChange={(ids) => update({ riskIds: ids as RiskId[] })}
        all={Object.values(plan.risks).map((r) => ({ id: r.id, label: `${risks.get(r.id) ?? r.id} ${r.title}` }))} />
      <LinkPicker name="Issues" code={code} linked={change.issueIds ?? []} onChange={(ids) => update({ issueIds: ids as IssueId[] })}
        all={Object.values(plan.issues).map((i) => ({ id: i.id, label: `${i.code} ${i.title}` }))} />
      <LinkPicker name="Decisions" code={code} linked={change.decisionIds ?? []} onChange={(ids) => update({ decisionIds: ids as DecisionId[] })}
        all={Object.values(plan.decisions).map((d) => ({ id: d.id, label: `${d.code} ${d.decision}` }))} />
    </section>
  );
}

export function ChangeDetail({ plan, change, code }: { plan: Plan; change: ChangeRequest; code: string }) {
  const session = useSessionStore();
  const reading = useProposalImpact(change);
  const update: Update = (changes) => session.getState().dispatch('updateChangeRequest', { id: change.id, changes }) === null;
  return (
    <aside className="change-detail" aria-label={`Change ${code}`}>
      <h2>{code} <span className="muted">{change.title}</span></h2>
      <div className="change-form">
        <TextField label="Title" value={change.title} onCommit={(title) => update({ title })} wide />
        <TextField label="Description" value={change.description} multiline onCommit={(description) => update({ description })} wide />
        <Requester plan={plan} change={change} update={update} />
        {/* Typed dates are read when the field is left: a native date field's every keystroke was an edit, and typing "02302026" stored year 26. */}
        <DateField label="Requested on" value={change.requestedOn} isOptional={false} onCommit={(date) => update({ requestedOn: date as LocalDate })} />
        <label className="field">Category
          <select className="select" value={categoryOf(change)} onChange={(e) => update({ category: e.target.value as ChangeCategory })}>
            {CHANGE_CATEGORIES.map((c) => <option key={c}>{c}</option>)}
          </select>
        </label>
        <label className="field">Priority
          <select className="select" value={priorityOf(change)} onChange={(e) => update({ priority: e.target.value as ChangePriority })}>
            {CHANGE_PRIORITIES.map((p) => <option key={p}>{p}</option>)}
          </select>
        </label>
      </div>
      <Links plan={plan} change={change} code={code} update={update} />
      <ProposalPanel plan={plan} change={change} code={code} reading={reading} />
      <ImpactPanel plan={plan} change={change} reading={reading} />
      <DecisionSection change={change} code={code} update={update} />
    </aside>
  );
}

/**
 * The risk editor: every field of a risk, its mitigation tasks, contingency tasks and activation.
 * Each field is committed on leaving it (one undo step each). Done, Enter in a text field and a
 * click outside commit the field being typed in; Esc reverts it (as Esc does in a grid cell) and
 * closes. A risk being added (`adding`) is shown from its fields and not yet in the plan: the
 * first commit adds it with that field (so adding and naming a risk is one undo step), Done adds
 * it as shown, and Esc before any commit adds nothing. A field Done leaves that is refused keeps
 * the editor open on it, with what was typed.
 */
import { ActionPicker } from '../../components/ActionPicker';
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { AmountInput } from '../../components/AmountInput';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import {
  OPPORTUNITY_RESPONSES, THREAT_RESPONSES, type ContingencyTask, type LocalDate, type Plan, type Problem,
  type Risk, type RiskId, type TaskId,
} from '../../domain/model';
import { riskToAdd, type AddRiskArgs, type RiskFields } from '../../domain/commands';
import {
  costImpactAmountName, DEFAULT_RISK_CATEGORIES, IMPACT_DIMENSIONS, impactLevelName, personName, PROBABILITY_BANDS, previewContingency,
  RISK_KIND_LABELS, RISK_RESPONSE_LABELS, RISK_STATUS_LABELS, RISK_STATUSES, riskImpacts, riskScore, SCHEDULE_IMPACT_DAYS, type ContingencyPreview,
} from '../../domain/raid';
import { readTypedAmount } from '../../domain/money';
import { useSessionStore, useUiStore } from '../../store';
import { useServices } from '../shared/services';
import { percentText } from '../../domain/model';

const levels = [1, 2, 3, 4, 5];


/**
 * "Name, days" as typed for a new contingency task: the days after the last comma that starts a
 * number ("Rework, 1,5" is 1.5 days, "Rework, retest, 2" is named "Rework, retest"); no days is one
 * day; null for nothing typed.
 */
export function readContingencyEntry(text: string): { name: string; days: number } | { error: string } | null {
  if (!text.trim()) return null;
  const withDays = /^(.*?)\s*,\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (withDays) {
    const days = Number((withDays[2] ?? '').replace(',', '.'));
    const name = (withDays[1] ?? '').trim();
    if (!name) return { error: 'A contingency task needs a name before its days.' };
    return days > 0 ? { name, days } : { error: `'${withDays[2] ?? ''}' is not a number of days more than 0.` };
  }
  const comma = text.lastIndexOf(',');
  if (comma < 0) return { name: text.trim(), days: 1 };
  return { error: `'${text.slice(comma + 1).trim()}' is not a number of days more than 0.` };
}

interface Props {
  readonly plan: Plan;
  readonly riskId: RiskId;
  readonly onClose: () => void;
  /** The fields of a risk being added under `riskId`, not yet in the plan. */
  readonly adding?: AddRiskArgs['fields'];
}

export function RiskEditor({ plan, riskId, onClose, adding }: Props) {
  const session = useSessionStore();
  const ui = useUiStore();
  const { newId, now } = useServices();
  const stored = plan.risks[riskId];
  const isAdding = !stored && adding !== undefined;
  const risk = stored ?? (adding ? riskToAdd(plan, riskId, adding, now()) : undefined);
  const [preview, setPreview] = useState<ContingencyPreview | null>(null);
  // Set by Esc and Discard: the field being typed in loses focus as the editor closes, and must not commit then.
  const isCancelling = useRef(false);
  // Whether the last field committed was refused: a risk being added is then not added by Done.
  const isRefused = useRef(false);
  // Refusals so far, so Done can tell whether the field it leaves was refused just now; a click
  // on Done notes the count on mouse down, before the field loses the focus (and commits).
  const refusals = useRef(0);
  const refusalsAtDone = useRef<number | null>(null);
  if (!risk) return null;
  const escape = (): void => {
    isCancelling.current = true;
    onClose();
  };
  /** True when the risk is in the plan: a risk being added is added first, as shown (a commit of no change). */
  const ensureAdded = (): boolean => !adding || Boolean(session.getState().plan?.risks[riskId]) || applied(commit({}));
  // Closing unmounts the field before it would lose focus: blurring it first commits what was typed
  // (the dialog is modal, so a focused input is one of its fields).
  const close = (): void => {
    const active = document.activeElement;
    const before = refusalsAtDone.current ?? refusals.current;
    refusalsAtDone.current = null;
    // A field showing its refused text is not blurred: leaving it again unchanged gives up and puts
    // the stored value back (AmountInput). Done's mousedown left it, and under load the field took
    // the focus back before the click: blurred here, what was typed was lost as the editor stayed open.
    if (active instanceof HTMLInputElement && active.getAttribute('aria-invalid') !== 'true') active.blur();
    // The field Done leaves was refused just now: the editor stays open with the message and the
    // field keeps what was typed, to be corrected (closing would lose it). A risk being added whose
    // last field was refused stays open too, not added without it.
    if (refusals.current > before || (isRefused.current && !session.getState().plan?.risks[riskId])) {
      if (active instanceof HTMLInputElement) active.focus();
      return;
    }
    // A date field left with text that is not a date says so under itself; closing would hide that and drop the text.
    const refusedDate = document.querySelector<HTMLInputElement>('[role="dialog"] .date-field input[aria-invalid="true"]');
    if (refusedDate) { refusedDate.focus(); return; }
    if (ensureAdded()) onClose();
  };
  const onLeave = (save: (value: string) => void) => (e: FocusEvent<HTMLInputElement>): void => {
    if (!isCancelling.current) save(e.target.value);
  };
  const onEnter = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') { e.preventDefault(); close(); }
  };
  const mpd = plan.project.minutesPerDay;
  /** True when the command applied. Its refusal is reported by the app's notices (the session's lastProblem): notifying it here too showed it twice. */
  const applied = (problem: Problem | null): boolean => {
    if (problem) refusals.current += 1;
    return problem === null;
  };
  /** A problem this editor finds itself (text it cannot read), which no command reports: false. */
  const refuse = (problem: Problem): boolean => {
    ui.getState().notify({ tone: 'error', message: `${problem.where ? `${problem.where}: ` : ''}${problem.message}` });
    return applied(problem);
  };
  /** Commits a change; a risk being added is added with its first one (one undo step, as the person sees it). */
  const commit = (changes: RiskFields): Problem | null => {
    const { dispatch, plan: current } = session.getState();
    return adding !== undefined && !current?.risks[riskId]
      ? dispatch('addRisk', { id: riskId, fields: { ...adding, ...changes, title: changes.title ?? adding.title } })
      : dispatch('updateRisk', { id: riskId, changes });
  };
  const update = (changes: RiskFields): void => { isRefused.current = !applied(commit(changes)); };
  /** The typed amount read exactly (empty is none, 0), or refused with a message; true when stored. */
  const setCostImpact = (text: string): boolean => {
    const read = readTypedAmount(text, { label: 'Cost impact', currency: plan.project.currency, noun: 'a cost impact' });
    if (!read.ok) { isRefused.current = true; return refuse(read.error); }
    const amount = read.value ?? 0;
    isRefused.current = amount !== (risk.costImpactAmount ?? 0) && !applied(commit({ costImpactAmount: amount }));
    return !isRefused.current;
  };
  /** Days typed as a schedule impact; text that is not a number is refused, saying so (not the command's "zero or more" about NaN). */
  const setScheduleImpact = (text: string): boolean => {
    const days = Number(text.trim() || 0);
    if (!Number.isFinite(days)) { isRefused.current = true; return refuse({ message: `'${text}' is not a number of days.`, where: 'Schedule impact' }); }
    const minutes = Math.round(days * mpd);
    if (minutes === (risk.scheduleImpactMinutes ?? 0)) { isRefused.current = false; return true; }
    update({ scheduleImpactMinutes: minutes });
    return !isRefused.current;
  };
  const ownerName = personName(plan, risk.ownerId, risk.owner);
  const ownerChoices = [...new Set([...Object.values(plan.resources), ...Object.values(plan.stakeholders)].map((p) => p.name))];
  /** A name typed as owner: a person of the plan's team by their name (any case), else the name as typed. */
  const setOwner = (text: string): void => {
    const name = text.trim();
    if (name === ownerName) return;
    const person = Object.values(plan.resources).find((r) => r.name.toLowerCase() === name.toLowerCase());
    update(person ? { ownerId: person.id, owner: person.name } : { ownerId: null, owner: name });
  };
  const impacts = riskImpacts(risk);
  const tasks = Object.values(plan.tasks).sort((a, b) => (a.name < b.name ? -1 : 1));
  const categories = plan.project.riskCategories ?? DEFAULT_RISK_CATEGORIES;
  const responses = (risk.kind ?? 'threat') === 'threat' ? THREAT_RESPONSES : OPPORTUNITY_RESPONSES;
  const contingency = risk.contingencyTasks ?? [];
  const setContingency = (next: readonly ContingencyTask[]): void => update({ contingencyTasks: next });
  const text = (label: string, field: 'title' | 'cause' | 'event' | 'effect' | 'trigger' | 'mitigation' | 'contingency', isWide = false) => (
    <label className={isWide ? 'field wide' : 'field'}>{label}
      <input aria-label={label} defaultValue={risk[field] ?? ''} key={`${field}${risk[field] ?? ''}`} onKeyDown={onEnter}
        // A just-added risk's placeholder title is selected, so typing replaces it.
        onFocus={field === 'title' && isAdding ? (e) => e.currentTarget.select() : undefined}
        onBlur={onLeave((value) => { if (value !== (risk[field] ?? '')) update({ [field]: value }); })} />
    </label>
  );
  const activate = (): void => {
    if (applied(session.getState().dispatch('activateContingency', { riskId }))) setPreview(null);
  };
  return (
    <Dialog title={`Risk ${risk.code ?? ''} — score ${String(riskScore(risk))}`} onClose={close} onEscape={escape} width={760}
      footer={<>
        {risk.status === 'occurred' && !Object.values(plan.issues).some((i) => i.riskId === riskId)
          ? <button type="button" className="button" onClick={() => applied(session.getState().dispatch('raiseIssueFromRisk', { riskId }))}>Raise issue</button> : null}
        <button type="button" className="button danger"
          // Discard keeps focus where it is: the field being typed in must not commit (and add the risk) as the button is pressed.
          onMouseDown={isAdding ? (e) => e.preventDefault() : undefined}
          onClick={() => {
            // A risk being added is not in the plan yet: discarding it adds nothing.
            if (isAdding) { isCancelling.current = true; onClose(); return; }
            if (applied(session.getState().dispatch('deleteRisk', { id: riskId }))) onClose();
          }}>{isAdding ? 'Discard' : 'Delete risk'}</button>
        <button type="button" className="button primary" onMouseDown={() => { refusalsAtDone.current = refusals.current; }} onClick={close}>Done</button>
      </>}>
      <div className="risk-form">
        {text('Title', 'title')}
        <label className="field">Type
          <select aria-label="Type" value={risk.kind ?? 'threat'} onChange={(e) => update({ kind: e.target.value as Risk['kind'], response: null })}>
            <option value="threat">{RISK_KIND_LABELS.threat}</option><option value="opportunity">{RISK_KIND_LABELS.opportunity}</option>
          </select>
        </label>
        <label className="field">Category
          <select aria-label="Category" value={risk.category} onChange={(e) => update({ category: e.target.value })}>
            {[...new Set([...categories, risk.category])].map((c) => <option key={c}>{c}</option>)}
          </select>
        </label>
        {text('Cause', 'cause')}{text('Event', 'event')}{text('Effect', 'effect')}
        <label className="field">Probability
          <select aria-label="Probability" value={risk.probability} onChange={(e) => update({ probability: Number(e.target.value) })}>
            {PROBABILITY_BANDS.map((b) => <option key={b.level} value={b.level}>{b.level} — {b.label}</option>)}
          </select>
        </label>
        {/* "level" and the scale in the name: the 1–5 ratings sit beside the cost amount and the days, which are impacts too. */}
        {IMPACT_DIMENSIONS.map(([d, name]) => (
          <label className="field" key={d}>{impactLevelName(name)}
            <select aria-label={impactLevelName(name)} value={impacts[d]} onChange={(e) => update({ impacts: { ...impacts, [d]: Number(e.target.value) } })}>
              {levels.map((l) => <option key={l}>{l}</option>)}
            </select>
          </label>
        ))}
        <label className="field">{costImpactAmountName(plan.project.currency)}
          <AmountInput aria-label={costImpactAmountName(plan.project.currency)} inputMode="decimal" value={String(risk.costImpactAmount ?? '')} onCommit={setCostImpact} />
        </label>
        <label className="field">{SCHEDULE_IMPACT_DAYS}
          {/* As the cost impact: refused text stays in the field, marked, with the focus back on it. */}
          <AmountInput aria-label={SCHEDULE_IMPACT_DAYS} inputMode="decimal" value={String((risk.scheduleImpactMinutes ?? 0) / mpd)} onCommit={setScheduleImpact} />
        </label>
        {/* Typed, as a change's Requested by: a new project has no team yet, and a risk's owner is often a stakeholder or a vendor. */}
        <label className="field">Owner
          <input aria-label="Owner" list={`${riskId}-owners`} placeholder="Name" defaultValue={ownerName} key={`o${ownerName}`} onKeyDown={onEnter}
            onBlur={onLeave(setOwner)} />
          <datalist id={`${riskId}-owners`}>{ownerChoices.map((name) => <option key={name} value={name} />)}</datalist>
        </label>
        {text('Trigger', 'trigger')}
        <label className="field">Response
          <select aria-label="Response" value={risk.response ?? ''} onChange={(e) => update({ response: (e.target.value || null) as Risk['response'] })}>
            <option value="">(none)</option>{responses.map((r) => <option key={r} value={r}>{RISK_RESPONSE_LABELS[r]}</option>)}
          </select>
        </label>
        {/* The plan in words beside its tasks: the register's CSV has Mitigation and Contingency columns, and a risk without tasks yet still has a plan. A plan is a sentence or two: a whole row each. */}
        {text('Mitigation', 'mitigation', true)}{text('Contingency', 'contingency', true)}
        <label className="field">Status
          <select aria-label="Status" value={risk.status} onChange={(e) => update({ status: e.target.value as Risk['status'] })}>
            {RISK_STATUSES.map((s) => <option key={s} value={s}>{RISK_STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        {/* An impossible date is refused by name under the field; a native date field read it as empty and cleared the review date. */}
        <DateField label="Review on" value={risk.reviewOn ?? ''} onCommit={(date) => { if (!isCancelling.current) update({ reviewOn: (date || null) as LocalDate | null }); }} />
        <label className="field">Residual probability
          <select aria-label="Residual probability" value={risk.residualProbability ?? ''} onChange={(e) => update({ residualProbability: e.target.value ? Number(e.target.value) : null })}>
            <option value="">—</option>{levels.map((l) => <option key={l}>{l}</option>)}
          </select>
        </label>
        <label className="field">{impactLevelName('Residual')}
          <select aria-label={impactLevelName('Residual')} value={risk.residualImpact ?? ''} onChange={(e) => update({ residualImpact: e.target.value ? Number(e.target.value) : null })}>
            <option value="">—</option>{levels.map((l) => <option key={l}>{l}</option>)}
          </select>
        </label>
      </div>
      <fieldset className="risk-section"><legend>Affected tasks (their bars show the risk; the simulation delays them)</legend>
        {risk.taskIds.map((id) => <div key={id} className="contingency-row">{plan.tasks[id]?.name}
          <button type="button" className="link-button" onClick={() => update({ taskIds: risk.taskIds.filter((t) => t !== id) })}>Unlink</button></div>)}
        <ActionPicker label="Link affected task" prompt="Link an affected task…" onPick={(id) => update({ taskIds: [...risk.taskIds, id as TaskId] })}>
          {tasks.filter((t) => !risk.taskIds.includes(t.id)).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </ActionPicker>
      </fieldset>
      <fieldset className="risk-section"><legend>Mitigation tasks</legend>
        {(risk.mitigationTaskIds ?? []).map((id) => <div key={id} className="contingency-row">{plan.tasks[id]?.name} — {percentText(plan.tasks[id]?.percentComplete ?? 0, 0)} complete
          <button type="button" className="link-button" onClick={() => update({ mitigationTaskIds: (risk.mitigationTaskIds ?? []).filter((t) => t !== id) })}>Unlink</button></div>)}
        {/* A linked task is mitigation under way, as a new mitigation task is (addMitigationTask): an open risk becomes mitigating. */}
        <ActionPicker label="Link mitigation task" prompt="Link an existing task…" onPick={(id) => {
          update({ mitigationTaskIds: [...(risk.mitigationTaskIds ?? []), id as TaskId], ...(risk.status === 'open' ? { status: 'mitigating' as const } : {}) });
        }}>
          {tasks.filter((t) => !(risk.mitigationTaskIds ?? []).includes(t.id)).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </ActionPicker>
        <input aria-label="New mitigation task" placeholder="New mitigation task, Enter" onKeyDown={(e) => {
          if (e.key === 'Enter' && e.currentTarget.value.trim()) {
            // A risk being added is added with its first mitigation task: one step, as the person sees it.
            const addingRisk = adding !== undefined && !session.getState().plan?.risks[riskId] ? adding : undefined;
            const args = { riskId, name: e.currentTarget.value, ...(addingRisk ? { addingRisk } : {}) };
            if (applied(session.getState().dispatch('addMitigationTask', args))) e.currentTarget.value = '';
          }
        }} />
      </fieldset>
      <fieldset className="risk-section"><legend>Contingency tasks{risk.activatedTaskIds ? ' (activated)' : ''}</legend>
        {contingency.map((c, index) => (
          <div key={c.key} className="contingency-row">
            <span>{c.name}, {c.durationMinutes / mpd} d</span>
            <select aria-label={`${c.name} follows`} value={c.predecessorIds[0] ?? ''} disabled={Boolean(risk.activatedTaskIds)}
              onChange={(e) => setContingency(contingency.map((x, i) => (i === index ? { ...x, predecessorIds: e.target.value ? [e.target.value as TaskId] : [] } : x)))}>
              <option value="">follows (none)</option>{tasks.map((t) => <option key={t.id} value={t.id}>after {t.name}</option>)}
            </select>
            <select aria-label={`${c.name} precedes`} value={c.successorIds[0] ?? ''} disabled={Boolean(risk.activatedTaskIds)}
              onChange={(e) => setContingency(contingency.map((x, i) => (i === index ? { ...x, successorIds: e.target.value ? [e.target.value as TaskId] : [] } : x)))}>
              <option value="">precedes (none)</option>{tasks.map((t) => <option key={t.id} value={t.id}>before {t.name}</option>)}
            </select>
          </div>
        ))}
        {risk.activatedTaskIds ? null : <>
          <input aria-label="New contingency task" placeholder="Name, days (e.g. Rework, 2), Enter" onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            const typed = readContingencyEntry(e.currentTarget.value);
            if (typed === null) return;
            // Text that is not a number of days is said so, not quietly made one day.
            if ('error' in typed) { refuse({ message: typed.error, where: 'New contingency task' }); return; }
            setContingency([...contingency, { key: newId(), name: typed.name, durationMinutes: Math.max(1, Math.round(typed.days * mpd)), predecessorIds: [], successorIds: [] }]);
            e.currentTarget.value = '';
          }} />
          {contingency.length > 0 ? <button type="button" className="button" onClick={() => {
            const result = previewContingency(plan, riskId, { newId, now: now() });
            if (result.ok) setPreview(result.value); else refuse(result.error);
          }}>Activate contingency…</button> : null}
        </>}
        {preview ? (
          <div className="contingency-preview" role="status">
            Finish moves from {preview.finishBefore.replace('T', ' ')} to {preview.finishAfter.replace('T', ' ')}.
            <button type="button" className="button primary" onClick={activate}>Insert contingency tasks</button>
            <button type="button" className="button" onClick={() => setPreview(null)}>Cancel</button>
          </div>
        ) : null}
      </fieldset>
    </Dialog>
  );
}

/**
 * The issues log, assumptions and decisions: a table each, a line to add one, fields edited in
 * place (committed on leaving them; Esc puts the stored value back).
 */
import { useState } from 'react';
import { ActionPicker } from '../../components/ActionPicker';
import type { ArgsOf } from '../../domain/commands';
import type { Assumption, AssumptionId, DecisionId, Issue, IssueId, LocalDate, Plan, ResourceId, RiskId, TaskId } from '../../domain/model';
import {
  ASSUMPTION_STATUS_LABELS, ASSUMPTION_STATUSES, assumptionRisk, DELETED_RISK_TEXT, exportRaidCsv, isIssueOpen, isIssueOverdue, ISSUE_LOG_ORDER,
  ISSUE_PRIORITIES, ISSUE_PRIORITY_LABELS, ISSUE_STATUS_LABELS, ISSUE_STATUSES, riskCodes, sortedIssues, type IssueSort, type IssueSortKey,
} from '../../domain/raid';
import { useSession, useSessionStore } from '../../store';
import { todayLocal } from '../costs/use-cost-model';
import { DateCell } from '../shared/date-cell';
import { formatDateWithoutWeekday } from '../shared/format';
import { revertOnEscape } from '../shared/revert-on-escape';
import { useExportActions, useExportNote } from '../shared/use-export-source';
import { TaskChips } from './TaskChips';

export type LogTab = 'issues' | 'assumptions' | 'decisions';

const ADD_LABEL: Readonly<Record<LogTab, string>> = { issues: 'New issue title', assumptions: 'New assumption', decisions: 'New decision' };

/** `onShowRisk` opens a risk in the register's editor (an assumption's linked risk). */
export function RaidLogs({ tab, onShowRisk }: { tab: LogTab; onShowRisk: (id: RiskId) => void }) {
  const plan = useSession((s) => s.plan);
  const session = useSessionStore();
  if (!plan) return null;
  // A refused command is reported by the app's notices (the session's lastProblem), for every
  // view alike: these logs reporting it too showed each refusal twice.
  const add = (text: string): boolean => {
    const dispatch = session.getState().dispatch;
    if (tab === 'issues') return dispatch('raiseIssue', { fields: { title: text } }) === null;
    if (tab === 'assumptions') return dispatch('addAssumption', { fields: { statement: text } }) === null;
    return dispatch('addDecision', { fields: { decision: text } }) === null;
  };
  return (
    <div className="raid-log">
      <div className="toolbar" role="toolbar" aria-label={`${tab} toolbar`}>
        <input aria-label={ADD_LABEL[tab]} placeholder={`${ADD_LABEL[tab]}, Enter`} onKeyDown={(e) => {
          if (e.key === 'Enter' && e.currentTarget.value.trim() && add(e.currentTarget.value)) e.currentTarget.value = '';
        }} />
        <RegisterExportButton tab={tab} />
      </div>
      {/* A narrow window scrolls the table sideways with its ID column kept in view, never cutting a column off. */}
      <div className="raid-scroll">
        {tab === 'issues' ? <IssuesTable plan={plan} /> : tab === 'assumptions' ? <AssumptionsTable plan={plan} onShowRisk={onShowRisk} /> : <DecisionsTable plan={plan} />}
      </div>
    </div>
  );
}

/** A register is a record: the live plan's, even while a proposal is open (export-source.ts). */
export function RegisterExportButton({ tab }: { tab: LogTab | 'risks' }) {
  const { sourceOf, saveExport } = useExportActions();
  const note = useExportNote('live');
  return (
    <button type="button" className="button" title={note ?? undefined} onClick={() => {
      const source = sourceOf('live');
      if (!source) return;
      const { plan } = source;
      void saveExport(source, { suggestedName: `${plan.project.name} ${tab}.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], data: exportRaidCsv(plan, tab) });
    }}>Export CSV</button>
  );
}

function People({ plan, value, label, onChange }: { plan: Plan; value: ResourceId | null; label: string; onChange: (id: ResourceId | null) => void }) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as ResourceId | null)}>
      <option value="">(none)</option>{Object.values(plan.resources).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
    </select>
  );
}

/** The issues log's columns: header text, and what clicking it sorts by (null: not sortable). */
const ISSUE_COLUMNS: readonly { readonly label: string; readonly sortBy: IssueSortKey | null }[] = [
  { label: 'ID', sortBy: 'code' }, { label: 'Title', sortBy: 'title' }, { label: 'Tasks', sortBy: null }, { label: 'Priority / status', sortBy: 'priority' },
  { label: 'Owner', sortBy: 'owner' }, { label: 'Due', sortBy: 'due' }, { label: 'Root cause / resolution', sortBy: null },
];

function IssuesTable({ plan }: { plan: Plan }) {
  const session = useSessionStore();
  const codes = riskCodes(plan);
  const today = todayLocal();
  // How the log is read, not what it holds: sort and filter are the window's, as a spreadsheet's are.
  const [sort, setSort] = useState<IssueSort | null>(null);
  const [isOpenOnly, setOpenOnly] = useState(false);
  const update = (id: IssueId, changes: ArgsOf<'updateIssue'>['changes']): boolean => session.getState().dispatch('updateIssue', { id, changes }) === null;
  const issues = sortedIssues(plan, sort ?? ISSUE_LOG_ORDER, isOpenOnly);
  const done = Object.values(plan.issues).filter((i) => !isIssueOpen(i)).length;
  // A second click turns the order round; priority reads highest first from its first click, as a TPM scans it.
  const sortBy = (key: IssueSortKey): void => setSort((was) => ({ key, isDescending: was?.key === key ? !was.isDescending : key === 'priority' }));
  return (
    <>
      <label className="issues-open-only">
        <input type="checkbox" checked={isOpenOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
        Hide resolved and closed ({String(done)})
      </label>
      <table className="risk-table issues-table" aria-label="Issues" onKeyDown={revertOnEscape}>
        <thead><tr>{ISSUE_COLUMNS.map((c) => {
          // The log's own order (by code) shows no arrow until a header is clicked, as in a spreadsheet.
          const isSorted = sort !== null && c.sortBy !== null && sort.key === c.sortBy;
          return (
            <th key={c.label} aria-sort={isSorted ? (sort.isDescending ? 'descending' : 'ascending') : undefined}>
              {c.sortBy === null ? c.label : (
                <button type="button" className="sort-header" onClick={() => { if (c.sortBy) sortBy(c.sortBy); }}
                  title={`Sort by ${c.sortBy === 'priority' ? 'priority' : c.label}`}>
                  {c.label}{isSorted ? <span aria-hidden="true">{sort.isDescending ? ' ▼' : ' ▲'}</span> : null}
                </button>
              )}
            </th>
          );
        })}</tr></thead>
        <tbody>{issues.map((i) => (
          <tr key={i.id} className={isIssueOpen(i) ? undefined : 'is-closed'}>
            {/* The risk it came from under its code, status under priority (as resolution under root
                cause): the title keeps the room to read at 1024 px, the full text in its tooltip. */}
            <td>{i.code}{i.riskId ? <span className="muted from-risk">from {codes.get(i.riskId)}</span> : null}</td>
            <td className="issue-title" title={i.title}><IssueTitle issue={i} onRename={(title) => update(i.id, { title })} /></td>
            <td><IssueTasks plan={plan} issue={i} onChange={(taskIds) => update(i.id, { taskIds })} /></td>
            <td><div className="stacked">
              <select aria-label={`${i.code} priority`} value={i.priority} onChange={(e) => update(i.id, { priority: e.target.value as Issue['priority'] })}>{ISSUE_PRIORITIES.map((p) => <option key={p} value={p}>{ISSUE_PRIORITY_LABELS[p]}</option>)}</select>
              <select aria-label={`${i.code} status`} value={i.status} onChange={(e) => update(i.id, { status: e.target.value as Issue['status'] })}>{ISSUE_STATUSES.map((s) => <option key={s} value={s}>{ISSUE_STATUS_LABELS[s]}</option>)}</select>
            </div></td>
            <td><People plan={plan} label={`${i.code} owner`} value={i.ownerId} onChange={(ownerId) => update(i.id, { ownerId })} /></td>
            <td className={isIssueOverdue(i, today) ? 'overdue' : undefined}><DateCell label={`${i.code} due`} value={i.dueOn ?? ''} onCommit={(day) => update(i.id, { dueOn: (day || null) as LocalDate | null })} />{isIssueOverdue(i, today) ? ' overdue' : ''}</td>
            <td className="issue-notes"><div className="stacked">
              <input aria-label={`${i.code} root cause`} placeholder="Root cause" title={i.rootCause || undefined} defaultValue={i.rootCause} onBlur={(e) => { if (e.target.value !== i.rootCause) update(i.id, { rootCause: e.target.value }); }} />
              <input aria-label={`${i.code} resolution`} placeholder="Resolution" title={i.resolution || undefined} defaultValue={i.resolution} onBlur={(e) => { if (e.target.value !== i.resolution) update(i.id, { resolution: e.target.value }); }} />
            </div></td>
          </tr>
        ))}</tbody>
      </table>
      {issues.length === 0 && done > 0 && isOpenOnly ? <p className="muted">No open issues: {String(done)} resolved or closed, hidden.</p> : null}
    </>
  );
}

/**
 * An issue's title, renamed in place: it wraps as the text did (a text area sized to its content),
 * Enter keeps the new title and Esc the stored one. An empty title is refused (the app's notice
 * says so) and the stored one comes back.
 */
function IssueTitle({ issue, onRename }: { issue: Issue; onRename: (title: string) => boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (): void => {
    const title = (draft ?? issue.title).trim();
    if (title !== issue.title) onRename(title);
    setDraft(null);
  };
  return (
    <textarea aria-label={`${issue.code} title`} rows={1} value={draft ?? issue.title} onChange={(e) => setDraft(e.target.value.replace(/\n/g, ' '))} onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') { e.preventDefault(); commit(); }
        if (e.key === 'Escape') { e.preventDefault(); setDraft(null); }
      }} />
  );
}

/** An issue's linked tasks (each opens in the Gantt), a way to link one more, and to unlink. */
function IssueTasks({ plan, issue, onChange }: { plan: Plan; issue: Issue; onChange: (taskIds: TaskId[]) => void }) {
  const others = Object.values(plan.tasks).filter((t) => !issue.taskIds.includes(t.id)).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      {issue.taskIds.map((id) => (
        <span key={id} className="task-chip-row">
          <TaskChips plan={plan} ids={[id]} />
          <button type="button" className="link-button" aria-label={`Unlink ${plan.tasks[id]?.name ?? id} from ${issue.code}`} onClick={() => onChange(issue.taskIds.filter((t) => t !== id))}>×</button>
        </span>
      ))}
      <ActionPicker label={`${issue.code} link task`} prompt="+ task" onPick={(id) => onChange([...issue.taskIds, id as TaskId])}>
        {others.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
      </ActionPicker>
    </>
  );
}

function AssumptionsTable({ plan, onShowRisk }: { plan: Plan; onShowRisk: (id: RiskId) => void }) {
  const session = useSessionStore();
  const codes = riskCodes(plan);
  const update = (id: AssumptionId, changes: ArgsOf<'updateAssumption'>['changes']): void => { session.getState().dispatch('updateAssumption', { id, changes }); };
  return (
    <table className="risk-table assumptions-table" aria-label="Assumptions" onKeyDown={revertOnEscape}>
      <thead><tr><th>ID</th><th>Statement</th><th>Owner</th><th>Validate by</th><th>Status</th><th>Risk if false</th></tr></thead>
      <tbody>{Object.values(plan.assumptions).sort((a, b) => (a.code < b.code ? -1 : 1)).map((a) => (
        <tr key={a.id}>
          <td>{a.code}</td><td>{a.statement}</td>
          <td><People plan={plan} label={`${a.code} owner`} value={a.ownerId} onChange={(ownerId) => update(a.id, { ownerId })} /></td>
          <td><DateCell label={`${a.code} validate by`} value={a.validateBy ?? ''} onCommit={(day) => update(a.id, { validateBy: (day || null) as LocalDate | null })} /></td>
          <td><select aria-label={`${a.code} status`} value={a.status} onChange={(e) => update(a.id, { status: e.target.value as Assumption['status'] })}>{ASSUMPTION_STATUSES.map((s) => <option key={s} value={s}>{ASSUMPTION_STATUS_LABELS[s]}</option>)}</select></td>
          <td className="assumption-risk"><AssumptionRiskCell plan={plan} assumption={a} codes={codes} onShowRisk={onShowRisk} onLink={(riskId) => update(a.id, { riskId })} /></td>
        </tr>
      ))}</tbody>
    </table>
  );
}

/**
 * The risk an assumption becomes if it proves false: its code and title, opening it in the
 * register; a picker to link one from the register or unlink it; and, once the assumption proved
 * invalid with no risk linked, a new risk raised from it. A risk deleted since is said to be.
 */
function AssumptionRiskCell({ plan, assumption, codes, onShowRisk, onLink }: {
  plan: Plan; assumption: Assumption; codes: ReadonlyMap<string, string>; onShowRisk: (id: RiskId) => void; onLink: (id: RiskId | null) => void;
}) {
  const session = useSessionStore();
  const risk = assumptionRisk(plan, assumption, codes);
  const others = Object.values(plan.risks).filter((r) => r.id !== assumption.riskId)
    .sort((x, y) => ((codes.get(x.id) ?? '') < (codes.get(y.id) ?? '') ? -1 : 1));
  return (
    <>
      {risk.kind === 'linked'
        ? <button type="button" className="link-button" aria-label={`Open risk ${risk.code} ${risk.title}`} onClick={() => onShowRisk(risk.riskId)}>{risk.code} {risk.title}</button>
        : risk.kind === 'deleted' ? <span className="deleted-risk">{DELETED_RISK_TEXT}</span> : null}
      {/* A picker that stays blank, as a decision's "+ risk": the cell above names the linked risk. */}
      <ActionPicker label={`${assumption.code} risk`} prompt={risk.kind === 'none' ? 'Link risk…' : 'Change…'} onPick={(id) => onLink(id === NO_RISK ? null : id as RiskId)}>
        {risk.kind === 'none' ? null : <option value={NO_RISK}>(none)</option>}
        {others.map((r) => <option key={r.id} value={r.id}>{codes.get(r.id)} {r.title}</option>)}
      </ActionPicker>
      {assumption.status === 'invalid' && risk.kind !== 'linked'
        ? <button type="button" className="button" onClick={() => session.getState().dispatch('raiseRiskFromAssumption', { assumptionId: assumption.id })}>Raise risk</button> : null}
    </>
  );
}

/** The picker's value for unlinking: never a risk id (ids are generated, never this text). */
const NO_RISK = '(none)';

function DecisionsTable({ plan }: { plan: Plan }) {
  const session = useSessionStore();
  const codes = riskCodes(plan);
  const update = (id: DecisionId, changes: ArgsOf<'updateDecision'>['changes']): void => { session.getState().dispatch('updateDecision', { id, changes }); };
  const field = (id: DecisionId, code: string, name: 'decidedBy' | 'rationale' | 'alternatives', value: string, label: string) => (
    <input aria-label={`${code} ${label}`} className={`decision-${name}`} title={value || undefined} defaultValue={value} onBlur={(e) => { if (e.target.value !== value) update(id, { [name]: e.target.value }); }} />
  );
  return (
    <table className="risk-table decisions-table" aria-label="Decisions" onKeyDown={revertOnEscape}>
      <thead><tr><th>ID</th><th>Decision</th><th>Date</th><th>Decided by</th><th>Rationale</th><th>Alternatives considered</th><th>Risks</th></tr></thead>
      <tbody>{Object.values(plan.decisions).sort((a, b) => (a.code < b.code ? -1 : 1)).map((d) => (
        <tr key={d.id}>
          <td>{d.code}</td><td className="decision-text">{d.decision}</td><td className="decided-on" title={d.decidedOn}>{formatDateWithoutWeekday(d.decidedOn)}</td>
          <td>{field(d.id, d.code, 'decidedBy', d.decidedBy, 'decided by')}</td>
          <td className="decision-note">{field(d.id, d.code, 'rationale', d.rationale, 'rationale')}</td>
          <td className="decision-note">{field(d.id, d.code, 'alternatives', d.alternatives, 'alternatives')}</td>
          <td>{d.riskIds.map((r) => codes.get(r)).join(', ')}
            <ActionPicker label={`${d.code} link risk`} prompt="+ risk" onPick={(id) => update(d.id, { riskIds: [...d.riskIds, id as RiskId] })}>
              {Object.values(plan.risks).filter((r) => !d.riskIds.includes(r.id)).map((r) => <option key={r.id} value={r.id}>{codes.get(r.id)} {r.title}</option>)}
            </ActionPicker></td>
        </tr>
      ))}</tbody>
    </table>
  );
}

/**
 * The change log: every change request in one editable table (the RAID log's pattern: a line to
 * add one by keyboard, fields edited in place), filters, CSV export, and the selected request's
 * detail beside it.
 */
import { useState } from 'react';
import {
  CHANGE_STATUS_LABELS, categoryOf, changeCodes, exportChangeLogCsv, matchesChangeFilter, NO_CHANGE_FILTER, priorityOf, type ChangeFilter,
} from '../../domain/changes';
import type { ArgsOf } from '../../domain/commands';
import {
  CHANGE_CATEGORIES, CHANGE_PRIORITIES, CHANGE_STATUSES, type ChangeCategory, type ChangePriority, type ChangeRequestId, type Plan,
} from '../../domain/model';
import { useSession, useSessionStore, useUi, useUiStore } from '../../store';
import { formatDate } from '../shared/format';
import { useExportActions } from '../shared/use-export-source';
import { ChangeDetail } from './ChangeDetail';
import '../risks/risks.css';
import './changes.css';

function Filters({ filter, onChange }: { filter: ChangeFilter; onChange: (f: ChangeFilter) => void }) {
  const pick = <K extends 'status' | 'category' | 'priority'>(key: K, label: string, values: readonly string[]) => (
    <select className="select" aria-label={`Filter by ${label}`} value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.value })}>
      <option value="all">Any {label}</option>
      {values.map((v) => <option key={v} value={v}>{key === 'status' ? CHANGE_STATUS_LABELS[v as keyof typeof CHANGE_STATUS_LABELS] : v}</option>)}
    </select>
  );
  // One group that wraps whole (app.css .toolbar-group): at 1024 px item by item, Search began the
  // second line apart from the three lists it narrows with. Wrapping, not a More menu: the filters
  // are what the log is read through, none lesser than another.
  return (
    <span className="toolbar-group">
      {pick('status', 'status', CHANGE_STATUSES)}{pick('category', 'category', CHANGE_CATEGORIES)}{pick('priority', 'priority', CHANGE_PRIORITIES)}
      <input className="text-input" type="search" aria-label="Search change requests" placeholder="Search" value={filter.text} onChange={(e) => onChange({ ...filter, text: e.target.value })} />
    </span>
  );
}

function ChangeTable({ plan, codes, filter }: { plan: Plan; codes: ReadonlyMap<string, string>; filter: ChangeFilter }) {
  const session = useSessionStore();
  const ui = useUiStore();
  const selected = useUi((s) => s.selectedChangeId);
  const update = (id: ChangeRequestId, changes: ArgsOf<'updateChangeRequest'>['changes']): void => { session.getState().dispatch('updateChangeRequest', { id, changes }); };
  const rows = Object.values(plan.changes).map((c) => ({ c, code: codes.get(c.id) ?? c.id }))
    .filter(({ c, code }) => matchesChangeFilter(c, code, filter)).sort((a, b) => (a.code < b.code ? -1 : 1));
  return (
    <table className="risk-table change-table" aria-label="Change requests">
      <thead><tr><th>ID</th><th>Title</th><th>Category</th><th>Priority</th><th>Status</th><th>Requested</th></tr></thead>
      <tbody>{rows.map(({ c, code }) => (
        <tr key={c.id} aria-selected={selected === c.id} className={selected === c.id ? 'selected' : undefined}>
          <td>{code}</td>
          <td><button type="button" className="link-button" onClick={() => ui.getState().selectChange(c.id)}>{c.title}</button></td>
          <td><select aria-label={`${code} category`} value={categoryOf(c)} onChange={(e) => update(c.id, { category: e.target.value as ChangeCategory })}>{CHANGE_CATEGORIES.map((v) => <option key={v}>{v}</option>)}</select></td>
          <td><select aria-label={`${code} priority`} value={priorityOf(c)} onChange={(e) => update(c.id, { priority: e.target.value as ChangePriority })}>{CHANGE_PRIORITIES.map((v) => <option key={v}>{v}</option>)}</select></td>
          <td><span className={`status-pill status-${c.status}`}>{CHANGE_STATUS_LABELS[c.status]}</span></td>
          <td>{formatDate(c.requestedOn)}</td>
        </tr>
      ))}</tbody>
    </table>
  );
}

export function ChangeLogView() {
  const plan = useSession((s) => s.livePlan);
  const session = useSessionStore();
  const ui = useUiStore();
  const selected = useUi((s) => s.selectedChangeId);
  const [filter, setFilter] = useState<ChangeFilter>(NO_CHANGE_FILTER);
  const { sourceOf, saveExport } = useExportActions();
  if (!plan) return null;
  const codes = changeCodes(plan);
  // A refused command is reported by the app's notices (the session's lastProblem), for every
  // view alike: this log reporting it too showed each refusal twice.
  const add = (title: string): boolean => {
    const before = new Set(Object.keys(session.getState().livePlan?.changes ?? {}));
    if (session.getState().dispatch('addChangeRequest', { fields: { title } }) !== null) return false;
    const added = Object.keys(session.getState().livePlan?.changes ?? {}).find((id) => !before.has(id));
    if (added) ui.getState().selectChange(added as ChangeRequestId);
    return true;
  };
  const exportCsv = (): void => {
    const source = sourceOf('live');
    if (!source) return;
    const shown = new Set(Object.values(source.plan.changes).filter((c) => matchesChangeFilter(c, codes.get(c.id) ?? c.id, filter)).map((c) => c.id));
    void saveExport(source, { suggestedName: `${source.plan.project.name} change log.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], data: exportChangeLogCsv(source.plan, shown) });
  };
  const change = selected ? plan.changes[selected] : undefined;
  return (
    <div className="changes-view">
      <div className="toolbar" role="toolbar" aria-label="Change log toolbar">
        <input className="text-input new-change" aria-label="New change request title" placeholder="New change request title, Enter" onKeyDown={(e) => {
          if (e.key === 'Enter' && e.currentTarget.value.trim() && add(e.currentTarget.value)) e.currentTarget.value = '';
        }} />
        <Filters filter={filter} onChange={setFilter} />
        <button type="button" className="button" onClick={exportCsv}>Export CSV</button>
      </div>
      <div className="changes-body">
        <div className="changes-list">
          {Object.keys(plan.changes).length === 0 ? <p className="muted">No change requests yet. Type a title above and press Enter.</p>
            : <ChangeTable plan={plan} codes={codes} filter={filter} />}
        </div>
        {change ? <ChangeDetail plan={plan} change={change} code={codes.get(change.id) ?? change.id} /> : null}
      </div>
    </div>
  );
}

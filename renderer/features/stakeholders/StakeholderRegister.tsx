/**
 * The stakeholder register: one row per stakeholder, every field edited in place (committed on
 * leaving it), a line to add one by name, CSV export, and a delete that says where one is used.
 */
import { useMemo, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import type { StakeholderFields } from '../../domain/commands';
import { ENGAGEMENT_LEVELS, type Stakeholder, type StakeholderId } from '../../domain/model';
import { describeReferences, engagementGap, exportStakeholdersCsv, stakeholderReferences } from '../../domain/stakeholders';
import { useSession } from '../../store';
import { useServices } from '../shared/services';
import { useExportActions, useExportNote } from '../shared/use-export-source';
import { onTableKeyDown } from './table-keys';
import { useRegisterColumns } from './use-register-columns';
import { useRun } from './use-run';

const LEVELS = [1, 2, 3, 4, 5];
type TextField = 'name' | 'role' | 'organisation' | 'email' | 'phone' | 'notes';

export function StakeholderRegister() {
  const plan = useSession((s) => s.plan);
  const run = useRun();
  const { newId } = useServices();
  const [deleting, setDeleting] = useState<Stakeholder | null>(null);
  // By name: stored order is not kept across a reload (entities live in hashed buckets).
  const people = useMemo(() => Object.values(plan?.stakeholders ?? {}).sort((a, b) => a.name.localeCompare(b.name)), [plan?.stakeholders]);
  const frame = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const columnWidths = useRegisterColumns(frame, table, people);
  if (!plan) return null;
  const add = (name: string): boolean => run('addStakeholder', { id: newId() as StakeholderId, fields: { name } });
  const askDelete = (s: Stakeholder): void => {
    if (stakeholderReferences(plan, s.id).length > 0) setDeleting(s);
    else run('deleteStakeholder', { id: s.id });
  };
  return (
    <div className="stakeholder-register">
      <div className="toolbar" role="toolbar" aria-label="Stakeholder register">
        <input className="text-input add-line" aria-label="New stakeholder name" placeholder="New stakeholder name, Enter" onKeyDown={(e) => {
          if (e.key === 'Enter' && e.currentTarget.value.trim() && add(e.currentTarget.value)) e.currentTarget.value = '';
        }} />
        <ExportButton />
        <span className="muted">{people.length} {people.length === 1 ? 'stakeholder' : 'stakeholders'} · influence and interest 1–5</span>
      </div>
      <div className="stakeholders-scroll" ref={frame}>
        <table ref={table} className="data-table stakeholder-table" aria-label="Stakeholders" style={columnWidths} onKeyDown={onTableKeyDown}>
          <colgroup>{['name', 'role', 'contact', 'scores', 'engagement', 'notes', 'actions'].map((c, i) => <col key={i} className={`c-${c}`} />)}</colgroup>
          <thead><tr>
            <th>Name</th><th>Role / organisation</th><th>Contact</th>
            <th title="Influence (power) above interest, each 1–5">Infl. / int.</th><th>Engagement now → wanted</th><th>Notes</th><th aria-label="Actions" />
          </tr></thead>
          <tbody>
            {people.map((s) => <StakeholderRow key={s.id} s={s} onDelete={() => askDelete(s)} />)}
            {people.length === 0 ? <tr><td colSpan={7} className="muted">No stakeholders yet: type a name above and press Enter.</td></tr> : null}
          </tbody>
        </table>
      </div>
      {deleting ? (
        <ConfirmDialog title={`Delete ${deleting.name}?`} confirmLabel="Delete and remove from those"
          message={<>{describeReferences(stakeholderReferences(plan, deleting.id))} Deleting {deleting.name} also removes them there.</>}
          onCancel={() => setDeleting(null)}
          onConfirm={() => { run('deleteStakeholder', { id: deleting.id, removeReferences: true }); setDeleting(null); }} />
      ) : null}
    </div>
  );
}

function StakeholderRow({ s, onDelete }: { s: Stakeholder; onDelete: () => void }) {
  const run = useRun();
  const update = (changes: StakeholderFields): boolean => run('updateStakeholder', { id: s.id, changes });
  const input = (field: TextField, label: string, placeholder = '') => (
    <RegisterField key={`${field}${s[field] ?? ''}`} s={s} field={field} label={label} placeholder={placeholder} update={update} />
  );
  const text = (field: TextField, label: string, placeholder = '') => <td>{input(field, label, placeholder)}</td>;
  const gap = engagementGap(s);
  return (
    <tr className={gap !== null && gap > 0 ? 'has-gap' : undefined}>
      {text('name', 'Name')}
      <td><div className="stacked">{input('role', 'Role', 'role')}{input('organisation', 'Organisation', 'organisation')}</div></td>
      <td><div className="stacked">{input('email', 'Email', 'email')}{input('phone', 'Phone', 'phone')}</div></td>
      {/* Stacked as role over organisation: two columns of their own left Contact too narrow for a phone number at 1024. */}
      <td><div className="stacked">{(['influence', 'interest'] as const).map((field) => (
        <select key={field} className="inline-input score-select" aria-label={`${field === 'influence' ? 'Influence' : 'Interest'} of ${s.name}`}
          value={s[field]} onChange={(e) => update({ [field]: Number(e.target.value) })}>
          {LEVELS.map((l) => <option key={l}>{l}</option>)}
        </select>
      ))}</div></td>
      <td><div className="stacked">{(['currentEngagement', 'desiredEngagement'] as const).map((field) => (
        <select key={field} className="inline-input engagement-select" aria-label={`${field === 'currentEngagement' ? 'Current' : 'Desired'} engagement of ${s.name}`}
          value={s[field] ?? ''} onChange={(e) => update({ [field]: (e.target.value || null) as Stakeholder[typeof field] })}>
          <option value="">{field === 'currentEngagement' ? 'now: —' : 'wanted: —'}</option>{ENGAGEMENT_LEVELS.map((l) => <option key={l}>{l}</option>)}
        </select>
      ))}</div>{gap !== null && gap > 0 ? <span className="gap-note">gap +{gap}</span> : null}</td>
      {/* Like role and email, an empty note shows where to type: a blank cell read as no field at all. */}
      {text('notes', 'Notes', 'notes')}
      <td><button type="button" className="button ghost icon-button" aria-label={`Delete ${s.name}`} title="Delete" onClick={onDelete}><Icon name="trash" /></button></td>
    </tr>
  );
}

/**
 * One text field of a row, committed on leaving it. A refused name is put back (a blank row read
 * as a stakeholder without a name); a refused e-mail address stays as typed, marked, so the person
 * corrects it rather than typing it again (Esc puts the stored one back). The notice says why.
 */
function RegisterField({ s, field, label, placeholder, update }: {
  s: Stakeholder; field: TextField; label: string; placeholder: string; update: (changes: StakeholderFields) => boolean;
}) {
  const value = s[field] ?? '';
  const [isRefused, setRefused] = useState(false);
  return (
    <input className={`inline-input f-${field}${isRefused ? ' is-refused' : ''}`} aria-label={`${label} of ${s.name}`} aria-invalid={isRefused || undefined}
      placeholder={placeholder} defaultValue={value}
      // A long e-mail address or note ends in '…' at 1024 px; its tooltip shows it whole.
      title={value || undefined}
      onBlur={(e) => {
        if (e.target.value === value) setRefused(false);
        else if (update({ [field]: e.target.value })) return;
        else if (field === 'email') setRefused(true);
        else e.target.value = value;
      }} />
  );
}

/** A register is a record: the live plan's, even while a proposal is open (export-source.ts). */
function ExportButton() {
  const { sourceOf, saveExport } = useExportActions();
  const note = useExportNote('live');
  return (
    <button type="button" className="button" title={note ?? undefined} onClick={() => {
      const source = sourceOf('live');
      if (!source) return;
      const { plan } = source;
      void saveExport(source, { suggestedName: `${plan.project.name} stakeholders.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], data: exportStakeholdersCsv(plan) });
    }}>Export CSV</button>
  );
}

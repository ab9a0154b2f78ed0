/**
 * The communication plan: what goes to whom, through which channel, how often, by whom and when
 * next; "Due this week" (the status date's week) with overdue entries flagged, and Mark issued,
 * which sets the next due date from the frequency (issueCommunication).
 */
import { Icon } from '../../components/Icon';
import type { CommunicationFields } from '../../domain/commands';
import {
  COMMUNICATION_FREQUENCIES, type CommunicationEntry, type CommunicationFrequency, type CommunicationId, type LocalDate,
  type Plan, type ResourceId, type StakeholderId,
} from '../../domain/model';
import { dueThisWeek, isCommunicationOverdue, weekOf } from '../../domain/stakeholders';
import { useSession } from '../../store';
import { todayLocal } from '../costs/use-cost-model';
import { DateCell } from '../shared/date-cell';
import { formatDate } from '../shared/format';
import { useServices } from '../shared/services';
import { onTableKeyDown } from './table-keys';
import { useRun } from './use-run';

const FREQUENCY_LABELS: Readonly<Record<CommunicationFrequency, string>> = {
  weekly: 'Weekly', fortnightly: 'Fortnightly', monthly: 'Monthly', 'per-milestone': 'Per milestone', once: 'Once',
};

export function CommunicationPlan() {
  const plan = useSession((s) => s.plan);
  const run = useRun();
  const { newId } = useServices();
  if (!plan) return null;
  // Progress is "as of" the status date; without one, today (as the rest of the app shows it).
  const asOf = plan.project.statusDate ?? todayLocal();
  const week = weekOf(asOf);
  const due = dueThisWeek(plan, asOf);
  const entries = Object.values(plan.communications).sort((a, b) => a.what.localeCompare(b.what));
  const add = (what: string): boolean => run('addCommunication', { id: newId() as CommunicationId, fields: { what, nextDueOn: asOf } });
  return (
    <div className="communication-plan">
      <div className="toolbar" role="toolbar" aria-label="Communication plan actions">
        <input className="text-input add-line" aria-label="New communication" placeholder="New communication, Enter" onKeyDown={(e) => {
          if (e.key === 'Enter' && e.currentTarget.value.trim() && add(e.currentTarget.value)) e.currentTarget.value = '';
        }} />
        <span className="muted">As of {formatDate(asOf)}{plan.project.statusDate ? ' (status date)' : ' (today; no status date set)'}</span>
      </div>
      <div className="stakeholders-scroll">
        <section className="due-week" aria-label="Due this week">
          <h3>Due this week <span className="muted">{formatDate(week.from)} – {formatDate(week.to)}</span></h3>
          {due.length === 0 ? <p className="muted">Nothing due this week.</p> : (
            <ul>{due.map((c) => (
              <li key={c.id} className={isCommunicationOverdue(c, asOf) ? 'overdue' : undefined}>
                <span><strong>{c.what}</strong> · due {formatDate(c.nextDueOn ?? asOf)}{isCommunicationOverdue(c, asOf) ? ' · overdue' : ''}</span>
                <button type="button" className="button" onClick={() => run('issueCommunication', { entryId: c.id, issuedOn: asOf })}>Mark issued</button>
              </li>
            ))}</ul>
          )}
        </section>
        <table className="data-table communication-table" aria-label="Communication plan" onKeyDown={onTableKeyDown}>
          <colgroup><col className="c-what" /><col /><col className="c-frequency" /><col className="c-due" /><col className="c-actions" /></colgroup>
          <thead><tr><th>What / channel</th><th>Audience</th><th>Frequency / owner</th><th>Next due</th><th aria-label="Actions" /></tr></thead>
          <tbody>
            {entries.map((c) => <CommunicationRow key={c.id} plan={plan} c={c} asOf={asOf} />)}
            {entries.length === 0 ? <tr><td colSpan={5} className="muted">No communications planned: type one above and press Enter.</td></tr> : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CommunicationRow({ plan, c, asOf }: { plan: Plan; c: CommunicationEntry; asOf: LocalDate }) {
  const run = useRun();
  const update = (changes: CommunicationFields): void => { run('updateCommunication', { id: c.id, changes }); };
  const text = (field: 'what' | 'channel' | 'audienceGroups', label: string, placeholder = '') => (
    <input className="inline-input" aria-label={`${label} of ${c.what}`} placeholder={placeholder} defaultValue={c[field]} key={`${field}${c[field]}`}
      onBlur={(e) => { if (e.target.value !== c[field]) update({ [field]: e.target.value }); }} />
  );
  const overdue = isCommunicationOverdue(c, asOf);
  const audience = c.audienceStakeholderIds;
  return (
    <tr className={overdue ? 'overdue-row' : undefined}>
      <td><div className="stacked">{text('what', 'What')}{text('channel', 'Channel', 'channel: email, meeting…')}</div></td>
      <td><div className="audience-cell">
        {audience.map((id) => (
          <button key={id} type="button" className="audience-chip" aria-label={`Remove ${plan.stakeholders[id]?.name ?? ''} from ${c.what}`}
            onClick={() => update({ audienceStakeholderIds: audience.filter((x) => x !== id) })}>{plan.stakeholders[id]?.name} ×</button>
        ))}
        <select className="inline-input" aria-label={`Add audience to ${c.what}`} value="" onChange={(e) => {
          if (e.target.value) update({ audienceStakeholderIds: [...audience, e.target.value as StakeholderId] });
        }}>
          <option value="">+ stakeholder</option>
          {Object.values(plan.stakeholders).filter((s) => !audience.includes(s.id)).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        {text('audienceGroups', 'Groups', 'groups')}
      </div></td>
      <td><div className="stacked"><select className="inline-input" aria-label={`Frequency of ${c.what}`} value={c.frequency}
        onChange={(e) => update({ frequency: e.target.value as CommunicationFrequency })}>
        {COMMUNICATION_FREQUENCIES.map((f) => <option key={f} value={f}>{FREQUENCY_LABELS[f]}</option>)}
      </select>
      <select className="inline-input" aria-label={`Owner of ${c.what}`} value={c.ownerId ?? ''}
        onChange={(e) => update({ ownerId: (e.target.value || null) as ResourceId | null })}>
        <option value="">no owner</option>{Object.values(plan.resources).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </select></div></td>
      <td className={overdue ? 'overdue' : undefined}>
        <DateCell label={`Next due of ${c.what}`} value={c.nextDueOn ?? ''}
          onCommit={(day) => update({ nextDueOn: (day || null) as LocalDate | null })} />
        {overdue ? <span className="communication-overdue-flag">Overdue</span> : null}
        <span className="muted last-issued">{c.lastIssuedOn ? `last issued ${formatDate(c.lastIssuedOn)}` : 'not issued yet'}</span>
      </td>
      <td className="row-actions">
        <button type="button" className="button ghost" aria-label={`Mark ${c.what} issued`} onClick={() => run('issueCommunication', { entryId: c.id, issuedOn: asOf })}>Issued</button>
        <button type="button" className="button ghost icon-button" aria-label={`Delete ${c.what}`} title="Delete" onClick={() => run('deleteCommunication', { id: c.id })}><Icon name="trash" /></button>
      </td>
    </tr>
  );
}

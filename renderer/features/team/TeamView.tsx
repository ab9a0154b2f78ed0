/**
 * The team: people (and material and cost resources) with role, capacity and cost rate, their
 * rates over time (Rates…), and how much work each carries.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Resource, ResourceId, ResourceType } from '../../domain/model';
import { readTypedAmount } from '../../domain/money';
import { RatesDialog } from '../costs/RatesDialog';
import { AmountInput } from '../../components/AmountInput';
import { CommitInput } from '../../components/CommitInput';
import { Icon } from '../../components/Icon';
import { useSession, useSessionStore, useUiStore } from '../../store';
import { formatMoney } from '../shared/format';
import { useServices } from '../shared/services';
import { Workload } from './Workload';
import { CrossProjectNotice } from '../portfolio/CrossProjectNotice';
import { RemovePersonDialog } from '../pool/RemovePersonDialog';
import { useSettingsDialogs } from '../settings/settings-dialogs';
import { useWholeColumnScroll } from '../shared/use-whole-column-scroll';
import { useColumnFit } from '../shared/use-column-fit';

export function TeamView() {
  const plan = useSession((s) => s.plan);
  const session = useSessionStore();
  const ui = useUiStore();
  const { newId } = useServices();
  const [removing, setRemoving] = useState<Resource | null>(null);
  const [ratesOf, setRatesOf] = useState<ResourceId | null>(null);
  const settings = useSettingsDialogs();
  // The order people were added in: a new person's row appears where it was added (the end) and a
  // rename does not move the row from under the keyboard.
  const people = useMemo(() => Object.values(plan?.resources ?? {}), [plan?.resources]);
  const table = useRef<HTMLTableElement>(null);
  const tableFrame = useRef<HTMLDivElement>(null);
  useWholeColumnScroll(tableFrame);
  // Name, Role and Email fit their longest value within a limit, as a spreadsheet's columns
  // auto-fit: a fixed width cut typical names ("Margaret Hamil") while an empty Email kept 14em.
  // Email's limit holds a typical address whole (margaret.hamilton@example.com is about 18em).
  const names = useMemo(() => people.map((r) => r.name), [people]);
  const roles = useMemo(() => people.map((r) => r.role), [people]);
  const emails = useMemo(() => people.map((r) => r.email), [people]);
  const nameFit = useColumnFit(table, '.name-input', names, { min: 10, max: 16 });
  const roleFit = useColumnFit(table, '.role-input', roles, { min: 6, max: 15 });
  const emailFit = useColumnFit(table, '.email-input', emails, { min: 8, max: 20 });
  const fittedWidths = {
    '--name-fit': nameFit ? `${String(nameFit.widthPx)}px` : undefined,
    '--role-fit': roleFit ? `${String(roleFit.widthPx)}px` : undefined,
    '--email-fit': emailFit ? `${String(emailFit.widthPx)}px` : undefined,
  } as CSSProperties;
  const [added, setAdded] = useState<ResourceId | null>(null);
  useEffect(() => {
    if (added === null) return;
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-person="${CSS.escape(added)}"]`);
    if (!input) return;
    input.focus();
    input.select();
    setAdded(null);
  }, [added, people]);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const a of Object.values(plan?.assignments ?? {})) map.set(a.resourceId, (map.get(a.resourceId) ?? 0) + 1);
    return map;
  }, [plan?.assignments]);
  if (!plan) return null;
  const ratesResource = ratesOf !== null ? plan.resources[ratesOf] : undefined;

  const update = (id: ResourceId, changes: Partial<Resource>): void => { session.getState().dispatch('updateResource', { id, changes }); };
  const updateCapacity = (r: Resource, text: string): void => {
    const next = Number(text.replace('%', '')) / 100;
    if (next !== r.maxUnits) update(r.id, { maxUnits: Number.isFinite(next) ? next : Number.NaN });
  };
  /** The typed rate read exactly (an empty field is 0/h), or refused with a message; true when stored. */
  const updateRate = (r: Resource, text: string): boolean => {
    const read = readTypedAmount(text, { label: `Rate of ${r.name}`, currency: plan.project.currency, noun: 'a rate' });
    if (!read.ok) {
      ui.getState().notify({ tone: 'error', message: read.error.message });
      return false;
    }
    const rate = read.value ?? 0;
    // A command's refusal is shown by the app's notices (the session's lastProblem).
    return rate === r.costPerHour || session.getState().dispatch('updateResource', { id: r.id, changes: { costPerHour: rate } }) === null;
  };
  const add = (): void => {
    const id = newId() as ResourceId;
    if (session.getState().dispatch('addResource', { id, fields: { name: 'New team member' } }) === null) setAdded(id);
  };
  const updateInitials = (r: Resource, text: string): void => {
    const initials = text.trim();
    if (initials !== r.initials) update(r.id, { initials });
  };

  return (
    <div className="team-view">
      <div className="toolbar" role="toolbar" aria-label="Team actions">
        <button type="button" className="button primary" onClick={add}><Icon name="plus" /> Add person</button>
        <span className="muted">{people.length} {people.length === 1 ? 'person' : 'people'} · rates in {plan.project.currency} per hour</span>
      </div>
      <div className="team-scroll">
        {/* At 1024 px the columns are wider than the panel: the table scrolls sideways in its own frame (names fixed), not the whole view. */}
        <div className="team-table-scroll" role="region" aria-label="Team table" tabIndex={-1} ref={tableFrame}>
        <table className="data-table team-table" aria-label="Team" ref={table} style={fittedWidths}>
          <thead><tr><th>Name</th><th>Initials</th><th>Role</th><th>Email</th><th>Type</th><th className="right">Capacity</th><th className="right">Rate / h</th><th className="right">Tasks</th><th aria-label="Actions" /></tr></thead>
          <tbody>
            {people.map((r, index) => (
              <tr key={r.id}>
                <td className="team-name"><span className="team-name-field"><span className="avatar" aria-hidden="true">{r.initials}</span>
                  {/* The first person's name takes the keyboard on a view command (Ctrl+4). */}
                  <CommitInput className="inline-input name-input" aria-label="Name" data-person={r.id} data-view-start={index === 0 ? '' : undefined}
                    value={r.name} title={nameFit?.isCut(r.name) ? r.name : undefined} onCommit={(text) => update(r.id, { name: text })} /></span></td>
                <td><CommitInput className="inline-input initials-input" aria-label={`Initials of ${r.name}`} maxLength={4} value={r.initials} onCommit={(text) => updateInitials(r, text)} /></td>
                <td><CommitInput className="inline-input role-input" aria-label={`Role of ${r.name}`} value={r.role}
                  title={r.role || undefined} onCommit={(text) => update(r.id, { role: text })} /></td>
                {/* A refused address stays as typed, marked; a long one ends in '…' at 1024 px and its tooltip shows it whole. */}
                <td><CommitInput className="inline-input email-input" aria-label={`Email of ${r.name}`} value={r.email} title={r.email || undefined}
                  onCommit={(text) => session.getState().dispatch('updateResource', { id: r.id, changes: { email: text } }) === null} /></td>
                <td className="team-type"><select className="inline-input" aria-label={`Type of ${r.name}`} value={r.type}
                  onChange={(e) => update(r.id, { type: e.target.value as ResourceType })}>
                  <option value="work">Work</option><option value="material">Material</option><option value="cost">Cost</option>
                </select>
                {r.type === 'material' ? <CommitInput className="inline-input unit-input" aria-label={`Unit of ${r.name}`} placeholder="unit" value={r.materialLabel ?? ''}
                  onCommit={(text) => { if (text.trim() !== (r.materialLabel ?? '')) update(r.id, { materialLabel: text.trim() }); }} /> : null}</td>
                <td className="right"><CommitInput className="inline-input right" aria-label={`Capacity of ${r.name} (%)`} value={`${String(Math.round(r.maxUnits * 100))}%`} onCommit={(text) => updateCapacity(r, text)} /></td>
                <td className="right"><AmountInput className="inline-input right" inputMode="decimal" aria-label={`Rate of ${r.name}`} value={String(r.costPerHour)}
                  onCommit={(text) => updateRate(r, text)} title={formatMoney(r.costPerHour, plan.project.currency)} /></td>
                <td className="right">{counts.get(r.id) ?? 0}</td>
                <td className="row-actions"><span className="team-row-buttons"><button type="button" className="button small team-rates" aria-label={`Rates of ${r.name}`} title="Rates over time"
                  onClick={() => setRatesOf(r.id)}><Icon name="money" /><span className="team-rates-text">Rates…</span></button>
                <button type="button" className="icon-button" aria-label={`Calendar of ${r.name}`} title="Calendar…"
                  onClick={() => settings.show({ kind: 'calendar', target: { resourceId: r.id } })}><Icon name="calendar" /></button>
                <button type="button" className="icon-button" aria-label={`Remove ${r.name}`} onClick={() => setRemoving(r)}><Icon name="trash" /></button></span></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        {people.length === 0 ? <div className="empty-state"><h2>No team yet</h2><p>Add the people who will do the work, with their role, capacity and rate.</p></div> : null}
        {/* Reading and scheduling the other projects is only worth it when someone here could be double-booked. */}
        {people.length > 0 ? <CrossProjectNotice /> : null}
        <Workload />
      </div>
      {ratesResource ? (
        <RatesDialog resource={ratesResource} currency={plan.project.currency} onClose={() => setRatesOf(null)} />
      ) : null}
      {removing ? (
        <RemovePersonDialog person={removing} projectId={plan.project.id} taskCount={counts.get(removing.id) ?? 0}
          onCancel={() => setRemoving(null)}
          onRemove={() => { session.getState().dispatch('deleteResource', { id: removing.id }); setRemoving(null); }} />
      ) : null}
    </div>
  );
}

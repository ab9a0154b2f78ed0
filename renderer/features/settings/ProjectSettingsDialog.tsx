/**
 * Project settings (MS Project's Project Information and the calendar options): name, description,
 * manager, start and status dates, currency, and how long a day, week and month of duration are. Saving
 * dispatches ONE updateProject with the fields that changed, so one undo restores them all.
 */
import { DateField, isRefusedDate } from '../../components/DateField';
import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useSession, useSessionStore, useUiStore } from '../../store';
import { formatDate, formatMoney } from '../shared/format';
import { useServices } from '../shared/services';
import { COMMON_CURRENCIES, settingsChanges, settingsForm, type SettingsForm } from './settings-form';
import { useHolidayLibrary } from './public-holidays';
import { withStatusDateNotice } from './status-date-notice';
import './settings.css';

export function ProjectSettingsDialog({ onClose, onOpenCalendar }: { onClose: () => void; onOpenCalendar: () => void }) {
  const plan = useSession((s) => s.plan);
  const session = useSessionStore();
  const ui = useUiStore();
  const { today } = useServices();
  const library = useHolidayLibrary();
  const [form, setForm] = useState<SettingsForm | null>(() => (plan ? settingsForm(plan.project) : null));
  const [keepDays, setKeepDays] = useState(true);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [isChecked, setChecked] = useState(false);
  if (!plan || !form) return null;
  const project = plan.project;
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => setForm({ ...form, [key]: value });
  const currencies = COMMON_CURRENCIES.includes(project.currency as (typeof COMMON_CURRENCIES)[number])
    ? COMMON_CURRENCIES : [project.currency, ...COMMON_CURRENCIES];

  const save = (): boolean => {
    // A date the field refuses is said by the field (once): the form refuses without saying it again.
    if (isRefusedDate(form.start, false) || isRefusedDate(form.statusDate, true)) {
      setError(null);
      setChecked(true);
      return false;
    }
    const changes = settingsChanges(form, project);
    if (!changes.ok) {
      setError(changes.error.message);
      return false;
    }
    if (Object.keys(changes.value).length === 0) return true;
    const problem = withStatusDateNotice(session, ui, () => session.getState().dispatch('updateProject', { changes: changes.value, rescaleDurations: keepDays }));
    if (problem) setError(problem.message);
    return problem === null;
  };

  const saveAndClose = (): void => { if (save()) onClose(); };

  return (
    <Dialog title="Project settings" onClose={onClose} onSubmit={saveAndClose} width={620}
      footer={<>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" onClick={saveAndClose}>Save</button>
      </>}>
      <form className="form-grid settings-form" onSubmit={(e) => { e.preventDefault(); saveAndClose(); }}>
        <label className="field">Name<input className="text-input" value={form.name} onChange={(e) => set('name', e.target.value)} /></label>
        <label className="field">Manager<input className="text-input" value={form.manager} onChange={(e) => set('manager', e.target.value)} /></label>
        <label className="field span-2">Description
          <textarea className="text-input" rows={3} aria-label="Description" value={form.description} placeholder="What the project delivers and why, for whoever opens the plan"
            onChange={(e) => set('description', e.target.value)} />
        </label>
        <DateField label="Start date" value={form.start} isOptional={false} isChecked={isChecked} onChange={(v) => set('start', v)} />
        <div className="field">
          <DateField label="Status date" value={form.statusDate} isChecked={isChecked} describedBy={`${id}-status-hint`} onChange={(v) => set('statusDate', v)} />
          <span id={`${id}-status-hint`} className="hint">{form.statusDate === '' ? `Empty: today (${formatDate(today())})` : 'Unfinished work is scheduled after this day'}</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select id={`${id}-currency`} className="select" value={form.currency} aria-describedby={`${id}-currency-hint`} onChange={(e) => set('currency', e.target.value)}>
            {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
          <span id={`${id}-currency-hint`} className="hint">e.g. {formatMoney(1234.5, form.currency, undefined, 2)}</span>
        </div>
        <span />
        <fieldset className="span-2 settings-units">
          <legend>Duration units (d, w, mo)</legend>
          <label className="field">Hours per day<input className="text-input" inputMode="decimal" value={form.hoursPerDay} onChange={(e) => set('hoursPerDay', e.target.value)} /></label>
          <label className="field">Days per week<input className="text-input" inputMode="decimal" value={form.daysPerWeek} onChange={(e) => set('daysPerWeek', e.target.value)} /></label>
          <label className="field">Days per month<input className="text-input" inputMode="decimal" value={form.daysPerMonth} onChange={(e) => set('daysPerMonth', e.target.value)} /></label>
          <label className="check span-3">
            <input type="checkbox" checked={keepDays} onChange={(e) => setKeepDays(e.target.checked)} />
            Keep task durations in days when hours per day change (a 2d task stays 2d)
          </label>
        </fieldset>
        <p className="span-2 muted settings-calendar">
          Calendar: “{plan.calendars[project.calendarId]?.name ?? 'Standard'}”
          {project.holidayRegion ? `, public holidays of ${library?.describe(project.holidayRegion) ?? project.holidayRegion}` : ', no public holidays chosen'}.{' '}
          <button type="button" className="button link" onClick={() => { onClose(); onOpenCalendar(); }}>Calendars…</button>
        </p>
        {error ? <p className="form-error span-2" role="alert">{error}</p> : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

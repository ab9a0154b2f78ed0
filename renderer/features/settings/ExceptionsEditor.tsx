/**
 * A calendar's holidays and exceptions: listed in date order, each editable and removable (one
 * undoable command each), with a form to add a holiday, a non-working range (a shutdown), an
 * extra working day with its hours, or a recurring one.
 */
import { DateField, isRefusedDate } from '../../components/DateField';
import { useState } from 'react';
import { checkException, exceptionLabel } from '../../domain/calendar';
import { Icon } from '../../components/Icon';
import type { CalendarTarget } from '../../domain/commands';
import { parseLocalDate, type CalendarException } from '../../domain/model';
import { useSessionStore } from '../../store';
import { formatDate } from '../shared/format';
import { exceptionForm, formException, intervalsText, type ExceptionForm, type RepeatChoice } from './calendar-form';

export interface ExceptionsEditorProps {
  readonly target: CalendarTarget | undefined;
  readonly exceptions: readonly CalendarException[];
  /** Holidays a person's calendar takes from the project's (shown, edited there). */
  readonly inherited: number;
  /** Where a new row's dates start (the project start). */
  readonly defaultDate: string;
  readonly onDone: (message: string) => void;
}

type Editing = { readonly index: number | null; readonly form: ExceptionForm };

const REPEATS: readonly (readonly [RepeatChoice, string])[] = [
  ['none', 'Does not repeat'], ['yearly', 'Every year on this date'], ['weekly', 'Every week on this weekday'], ['monthly', 'Every month on this day'],
];

export function ExceptionsEditor({ target, exceptions, inherited, defaultDate, onDone }: ExceptionsEditorProps) {
  const session = useSessionStore();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isChecked, setChecked] = useState(false);
  const rows = exceptions.map((e, index) => ({ e, index })).sort((a, b) => (a.e.from < b.e.from ? -1 : a.e.from > b.e.from ? 1 : a.index - b.index));
  const targetArgs = target ? { target } : {};

  const remove = (index: number, name: string): void => {
    const problem = session.getState().dispatch('removeCalendarExceptions', { ...targetArgs, indexes: [index] });
    if (problem) setError(problem.message);
    else onDone(`Removed “${name}”.`);
  };
  const save = (): void => {
    if (editing === null) return;
    // A From or To the field refuses is said there, once.
    if (isRefusedDate(editing.form.from, false) || (editing.form.repeat === 'none' && isRefusedDate(editing.form.to, false))) {
      setError(null);
      setChecked(true);
      return;
    }
    const previous = editing.index === null ? null : exceptions[editing.index] ?? null;
    // Name the row as the list shows it (sorted by date), or as new.
    const shownAt = rows.findIndex((r) => r.index === editing.index);
    const label = editing.index === null || shownAt < 0
      ? `New ${editing.form.isWorking ? 'working day' : 'holiday'} '${editing.form.name.trim() || 'unnamed'}'`
      : exceptionLabel({ name: editing.form.name.trim(), isWorking: editing.form.isWorking }, shownAt);
    const built = formException(editing.form, label, previous);
    if (!built.ok) return setError(built.error.message);
    const invalid = checkException(built.value, label);
    if (invalid !== null) return setError(invalid);
    const problem = session.getState().dispatch('setCalendarException', { ...targetArgs, ...(editing.index === null ? {} : { index: editing.index }), exception: built.value });
    if (problem) return setError(problem.message);
    setError(null);
    setEditing(null);
    onDone(`Saved “${built.value.name || 'unnamed'}”.`);
  };
  const start = (index: number | null, isWorking: boolean): void => {
    setError(null);
    setEditing({ index, form: exceptionForm(index === null ? null : exceptions[index] ?? null, defaultDate, isWorking) });
  };

  return (
    <section className="calendar-section" aria-labelledby="exceptions-heading">
      <h3 id="exceptions-heading">Holidays and exceptions</h3>
      {inherited > 0 ? <p className="hint">Also observes the project calendar’s {inherited} holiday{inherited === 1 ? '' : 's'} (edit them on the project calendar).</p> : null}
      <div className="exception-scroll">
        <table className="data-table exception-table" aria-label="Holidays and exceptions">
          <thead><tr><th>Name</th><th>When</th><th>Hours</th><th aria-label="Actions" /></tr></thead>
          <tbody>
            {rows.map(({ e, index }) => (
              <tr key={`${String(index)}-${e.from}`}>
                <td>{e.name || 'Unnamed'}</td>
                <td className="when">{whenText(e)}</td>
                <td className="hours">{e.isWorking ? intervalsText(e.intervals) || 'Working' : 'Off'}</td>
                <td className="row-actions">
                  <button type="button" className="icon-button" title="Edit" aria-label={`Edit ${e.name || 'unnamed'} (${e.from})`} onClick={() => start(index, e.isWorking)}><Icon name="edit" /></button>
                  <button type="button" className="icon-button" title="Remove" aria-label={`Remove ${e.name || 'unnamed'} (${e.from})`} onClick={() => remove(index, e.name || 'unnamed')}><Icon name="trash" /></button>
                </td>
              </tr>
            ))}
            {rows.length === 0 ? <tr><td colSpan={4} className="muted">No holidays or exceptions yet.</td></tr> : null}
          </tbody>
        </table>
      </div>
      {editing === null ? (
        <div className="row-buttons">
          <button type="button" className="button" onClick={() => start(null, false)}>Add holiday or shutdown</button>
          <button type="button" className="button" onClick={() => start(null, true)}>Add working day</button>
        </div>
      ) : <ExceptionFormView editing={editing} isChecked={isChecked} onChange={(form) => setEditing({ ...editing, form })} onSave={save} onCancel={() => { setEditing(null); setError(null); }} />}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}

function ExceptionFormView({ editing, isChecked, onChange, onSave, onCancel }: {
  editing: Editing; isChecked: boolean; onChange: (form: ExceptionForm) => void; onSave: () => void; onCancel: () => void;
}) {
  const { form } = editing;
  const set = <K extends keyof ExceptionForm>(key: K, value: ExceptionForm[K]): void => onChange({ ...form, [key]: value });
  const repeats = form.repeat === 'keep' ? [...REPEATS, ['keep', 'As imported'] as const] : REPEATS;
  return (
    <form className="exception-form" aria-label={editing.index === null ? 'New exception' : 'Edit exception'}
      onSubmit={(e) => { e.preventDefault(); onSave(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onCancel(); } }}>
      <label className="field">Name<input className="text-input" value={form.name} autoFocus onChange={(e) => set('name', e.target.value)} /></label>
      <label className="field">Kind<select className="select" value={form.isWorking ? 'working' : 'off'} onChange={(e) => set('isWorking', e.target.value === 'working')}>
        <option value="off">Non-working</option><option value="working">Working</option></select></label>
      <DateField label="From" value={form.from} isOptional={false} isChecked={isChecked} onChange={(v) => onChange({ ...form, from: v, to: parseLocalDate(v) !== null && form.to < v ? v : form.to })} />
      <DateField label="To" value={form.to} isOptional={false} isChecked={isChecked} disabled={form.repeat !== 'none'} onChange={(v) => set('to', v)} />
      {form.isWorking ? <label className="field">Hours<input className="text-input" value={form.hours} placeholder="09:00–17:00" onChange={(e) => set('hours', e.target.value)} /></label> : null}
      <label className="field">Repeats<select className="select" value={form.repeat} onChange={(e) => set('repeat', e.target.value as RepeatChoice)}>
        {repeats.map(([value, label]) => <option key={value} value={value}>{label}</option>)}</select></label>
      {form.repeat !== 'none' ? <label className="field">Until (year)<input className="text-input" inputMode="numeric" value={form.until} placeholder="10 years" onChange={(e) => set('until', e.target.value)} /></label> : null}
      <div className="row-buttons">
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="submit" className="button primary">{editing.index === null ? 'Add' : 'Save'}</button>
      </div>
    </form>
  );
}

function whenText(e: CalendarException): string {
  if (e.recurrence !== null) {
    const every = e.recurrence.kind.startsWith('yearly') ? 'every year' : e.recurrence.kind === 'weekly' ? 'every week' : e.recurrence.kind === 'daily' ? 'every day' : 'every month';
    return `${formatDate(e.from)}, ${every} until ${e.to.slice(0, 4)}`;
  }
  return e.to === e.from ? formatDate(e.from) : `${formatDate(e.from)} → ${formatDate(e.to)}`;
}

/** Holidays found in an .ics file, before they are added to a calendar the person chooses (undoable). */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { newHolidays } from '../../domain/commands';
import type { CalendarException } from '../../domain/model';
import { useSession, useSessionStore } from '../../store';
import { formatDate } from '../shared/format';
import { WarningList } from './WarningList';
import { calendarChoices } from '../settings/CalendarEditorDialog';
import './files.css';

export interface HolidaysProps {
  readonly fileName: string;
  readonly exceptions: readonly CalendarException[];
  readonly warnings: readonly string[];
  readonly onDone: (message: string | null) => void;
}

export function HolidaysDialog({ fileName, exceptions, warnings, onDone }: HolidaysProps) {
  const plan = useSession((s) => s.plan);
  const session = useSessionStore();
  const choices = plan ? calendarChoices(plan) : [];
  const [key, setKey] = useState('project');
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  // A person without a calendar of their own gets one on import; nothing of theirs is known yet.
  const calendar = choice?.calendar ?? (choice?.isPerson ? { name: choice.label, exceptions: [] } : undefined);
  const fresh = calendar ? newHolidays(calendar, exceptions) : [];
  const known = exceptions.length - fresh.length;
  const add = (): void => {
    const target = choice?.target;
    const problem = session.getState().dispatch('importHolidays', { exceptions: fresh, ...(target && 'resourceId' in target ? { resourceId: target.resourceId } : {}) });
    onDone(problem ? null : `Added ${String(fresh.length)} holiday${fresh.length === 1 ? '' : 's'} to “${choice?.isPerson ? choice.label.replace(/ \(.*\)$/, '') : calendar?.name ?? 'the calendar'}”.`);
  };
  return (
    <Dialog title={`Holidays in “${fileName}”`} onClose={() => onDone(null)} width={560}
      footer={<>
        <button type="button" className="button" onClick={() => onDone(null)}>Cancel</button>
        <button type="button" className="button primary" disabled={fresh.length === 0} onClick={add}>
          Add {fresh.length.toLocaleString()} holiday{fresh.length === 1 ? '' : 's'}
        </button>
      </>}>
      {!calendar ? <p className="form-error" role="alert">Open a project first: holidays are added to its calendar.</p> : (
        <label className="field">Add to calendar
          <select className="select" value={choice?.key ?? 'project'} onChange={(e) => setKey(e.target.value)}>
            {choices.map((c) => <option key={c.key} value={c.key}>{c.label}</option>)}
          </select>
        </label>
      )}
      {calendar ? (
        <p className="muted">
          Non-working days for “{plan?.project.name}”.
          {known > 0 ? ` ${known.toLocaleString()} already in the calendar will be skipped.` : ''}
        </p>
      ) : null}
      <ul className="holiday-list" aria-label="Holidays found">
        {exceptions.map((e, i) => (
          <li key={i} data-new={fresh.includes(e)}>
            <span>{e.name || 'Holiday'}</span>
            <span className="muted">{whenText(e)}</span>
          </li>
        ))}
      </ul>
      <WarningList title="Warnings" items={warnings} />
    </Dialog>
  );
}

/** A recurring exception's `to` is when the repetition ends, not the end of one occurrence. */
function whenText(e: CalendarException): string {
  if (e.recurrence !== null) {
    const repeats = e.recurrence.kind.startsWith('yearly') ? 'every year' : 'repeats';
    return `${formatDate(e.from)} · ${repeats} until ${e.to.slice(0, 4)}`;
  }
  return e.to === e.from ? formatDate(e.from) : `${formatDate(e.from)} → ${formatDate(e.to)}`;
}

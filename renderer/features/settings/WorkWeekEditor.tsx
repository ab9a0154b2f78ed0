/**
 * A calendar's working week, one row per weekday, hours typed as ranges ("09:00–12:00, 13:00–17:00"
 * is a split day). A person's calendar can follow the project's week instead of its own.
 */
import { useState } from 'react';
import { WEEKDAY_NAMES } from '../../domain/calendar';
import type { CalendarTarget } from '../../domain/commands';
import type { WorkWeek } from '../../domain/model';
import { useSessionStore } from '../../store';
import { intervalsMinutes, intervalsText, parseIntervalsText, parseWeekTexts } from './calendar-form';

/** Monday first, as a working week reads. */
const DISPLAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export interface WorkWeekEditorProps {
  readonly target: CalendarTarget | undefined;
  /** The week the calendar works (its own or inherited). */
  readonly week: WorkWeek;
  /** Null for the project calendar; whether this person's calendar follows the project's week. */
  readonly inheritsWeek: boolean | null;
  readonly onDone: (message: string) => void;
}

export function WorkWeekEditor({ target, week, inheritsWeek, onDone }: WorkWeekEditorProps) {
  const session = useSessionStore();
  const [texts, setTexts] = useState<string[]>(() => week.map((day) => intervalsText(day)));
  const [inherit, setInherit] = useState(inheritsWeek === true);
  const [error, setError] = useState<string | null>(null);
  const dirty = inherit !== (inheritsWeek === true) || texts.some((t, d) => t !== intervalsText(week[d] ?? []));

  const save = (): void => {
    const parsed = inherit ? { ok: true as const, value: null } : parseWeekTexts(texts, WEEKDAY_NAMES);
    if (!parsed.ok) return setError(parsed.error.message);
    const problem = session.getState().dispatch('updateCalendar', { ...(target ? { target } : {}), changes: { workWeek: parsed.value } });
    if (problem) return setError(problem.message);
    setError(null);
    onDone('Working week saved.');
  };

  return (
    <section className="calendar-section" aria-labelledby="work-week-heading">
      <h3 id="work-week-heading">Working week</h3>
      {inheritsWeek !== null ? (
        <label className="check">
          <input type="checkbox" checked={inherit} onChange={(e) => setInherit(e.target.checked)} /> Same working week as the project
        </label>
      ) : null}
      <table className="week-table">
        <tbody>
          {DISPLAY_ORDER.map((d) => {
            const name = WEEKDAY_NAMES[d];
            const parsed = parseIntervalsText(texts[d] ?? '', name);
            const hours = parsed.ok ? intervalsMinutes(parsed.value) / 60 : null;
            return (
              <tr key={d}>
                <th scope="row">{name}</th>
                <td>
                  <input className="text-input" aria-label={`Working hours on ${name}`} placeholder="Non-working" disabled={inherit}
                    value={texts[d] ?? ''} onChange={(e) => setTexts(texts.map((t, i) => (i === d ? e.target.value : t)))}
                    onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); save(); } }} />
                </td>
                <td className="muted week-hours">{hours === null ? '?' : hours === 0 ? 'off' : `${String(Math.round(hours * 100) / 100)} h`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">Type ranges such as 09:00–17:00; a split day is 09:00–12:00, 13:00–17:00. Empty = non-working.</p>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <button type="button" className="button" disabled={!dirty} onClick={save}>Save working week</button>
    </section>
  );
}

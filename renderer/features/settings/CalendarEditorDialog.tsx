/**
 * The calendar editor: the project calendar or one person's, chosen at the top. Its working week,
 * its holidays and exceptions, public holidays for a country or region, and holidays from an .ics
 * file. Every change is one undoable command; a person's first change creates their calendar.
 */
import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { CalendarTarget } from '../../domain/commands';
import { standardWorkWeek, type Plan, type ProjectCalendar, type WorkWeek } from '../../domain/model';
import { useSession, useUiStore } from '../../store';
import { ExceptionsEditor } from './ExceptionsEditor';
import { HolidaySources } from './HolidaySources';
import { WorkWeekEditor } from './WorkWeekEditor';
import './settings.css';

export interface CalendarChoice {
  readonly key: string;
  readonly label: string;
  readonly target: CalendarTarget | undefined;
  /** The calendar itself; null for a person who works on the project calendar so far. */
  readonly calendar: ProjectCalendar | null;
  readonly isPerson: boolean;
}

/** The project calendar first, then each person's, by name. */
export function calendarChoices(plan: Plan): CalendarChoice[] {
  const project = plan.calendars[plan.project.calendarId] ?? null;
  const people = Object.values(plan.resources).filter((r) => r.type === 'work').sort((a, b) => a.name.localeCompare(b.name));
  return [
    { key: 'project', label: `Project calendar (${project?.name ?? 'Standard'})`, target: undefined, calendar: project, isPerson: false },
    ...people.map((r) => {
      const own = r.calendarId !== null ? plan.calendars[r.calendarId] ?? null : null;
      return { key: r.id, label: `${r.name}${own ? '' : ' (uses the project calendar)'}`, target: { resourceId: r.id }, calendar: own, isPerson: true };
    }),
  ];
}

/** The week a calendar works: its own, else its base's, else the standard week. */
function effectiveWeek(plan: Plan, calendar: ProjectCalendar | null): WorkWeek {
  const seen = new Set<string>();
  for (let at = calendar ?? plan.calendars[plan.project.calendarId]; at && !seen.has(at.id); at = at.baseCalendarId ? plan.calendars[at.baseCalendarId] : undefined) {
    seen.add(at.id);
    if (at.workWeek) return at.workWeek;
  }
  return standardWorkWeek();
}

export function CalendarEditorDialog({ initial, onClose }: { initial: CalendarTarget | undefined; onClose: () => void }) {
  const plan = useSession((s) => s.plan);
  const ui = useUiStore();
  const id = useId();
  const [key, setKey] = useState<string>(initial !== undefined && 'resourceId' in initial ? initial.resourceId : 'project');
  if (!plan) return null;
  const choices = calendarChoices(plan);
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  if (choice === undefined) return null;
  const notify = (message: string): void => ui.getState().notify({ tone: 'info', message });
  const projectCalendar = plan.calendars[plan.project.calendarId];
  const week = effectiveWeek(plan, choice.calendar);
  // Remount the week editor when the calendar or its stored week changes (undo, another row).
  const weekKey = `${choice.key}:${JSON.stringify(choice.calendar?.workWeek ?? null)}`;

  return (
    <Dialog title="Calendars" onClose={onClose} width={940}
      footer={<button type="button" className="button primary" onClick={onClose}>Done</button>}>
      <div className="calendar-editor">
        <div className="field calendar-pick">
          <label htmlFor={`${id}-calendar`}>Calendar</label>
          <select id={`${id}-calendar`} className="select" value={choice.key} onChange={(e) => setKey(e.target.value)}>
            {choices.map((c) => <option key={c.key} value={c.key}>{c.label}</option>)}
          </select>
        </div>
        <div className="calendar-columns">
          <WorkWeekEditor key={weekKey} target={choice.target} week={week}
            inheritsWeek={choice.isPerson ? (choice.calendar?.workWeek ?? null) === null : null} onDone={notify} />
          <div className="calendar-right">
            <ExceptionsEditor target={choice.target} exceptions={choice.calendar?.exceptions ?? []}
              inherited={choice.isPerson ? projectCalendar?.exceptions.length ?? 0 : 0}
              defaultDate={plan.project.start.slice(0, 10)} onDone={notify} />
            <HolidaySources target={choice.target} calendarName={choice.isPerson ? choice.label.replace(/ \(.*\)$/, '') : 'the project calendar'}
              isProject={!choice.isPerson} onDone={notify} />
          </div>
        </div>
      </div>
    </Dialog>
  );
}

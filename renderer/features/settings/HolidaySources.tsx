/**
 * Where a calendar's holidays can come from besides typing them: the public holidays of a country
 * or region (date-holidays, offline) for the years the plan spans, or an .ics file. Either is one
 * importHolidays command on the chosen calendar; holidays it already has are skipped.
 */
import { useRef, useState } from 'react';
import type { CalendarTarget } from '../../domain/commands';
import { importIcalHolidays } from '../../domain/formats';
import type { CalendarException } from '../../domain/model';
import { useSession, useSessionStore } from '../../store';
import { useHolidayLibrary, yearsToFill, type HolidayLibrary } from './public-holidays';

export interface HolidaySourcesProps {
  readonly target: CalendarTarget | undefined;
  readonly calendarName: string;
  /** The project calendar remembers its region on the project. */
  readonly isProject: boolean;
  readonly onDone: (message: string) => void;
}

export function HolidaySources({ target, calendarName, isProject, onDone }: HolidaySourcesProps) {
  const plan = useSession((s) => s.plan);
  const finish = useSession((s) => s.schedule?.projectFinish ?? null);
  const session = useSessionStore();
  const library = useHolidayLibrary();
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [region, setRegion] = useState(plan?.project.holidayRegion ?? '');
  if (!plan) return null;
  const targetArgs = target === undefined ? {} : 'resourceId' in target ? { resourceId: target.resourceId } : { calendarId: target.calendarId };

  const add = (exceptions: readonly CalendarException[], source: string, regionCode?: string): void => {
    const before = countOf();
    const problem = session.getState().dispatch('importHolidays', { ...targetArgs, exceptions, ...(regionCode ? { holidayRegion: regionCode } : {}) });
    if (problem) return setError(problem.message);
    setError(null);
    const added = countOf() - before;
    onDone(`Added ${String(added)} holiday${added === 1 ? '' : 's'} from ${source} to ${calendarName}${added < exceptions.length ? ` (${String(exceptions.length - added)} already there)` : ''}.`);
  };
  // Reads the calendar after the dispatch: the store holds the new plan.
  const countOf = (): number => {
    const next = session.getState().plan;
    if (!next) return 0;
    const id = target === undefined ? next.project.calendarId : 'calendarId' in target ? target.calendarId : next.resources[target.resourceId]?.calendarId;
    return id ? next.calendars[id]?.exceptions.length ?? 0 : 0;
  };

  const addPublic = (lib: HolidayLibrary): void => {
    if (!region) return setError('Choose a country or region first.');
    const years = yearsToFill(plan.project.start, finish);
    add(lib.holidays(region, years), `${lib.describe(region)} ${String(years[0])}–${String(years.at(-1))}`, isProject ? region : undefined);
  };
  const readIcs = async (picked: File | undefined): Promise<void> => {
    if (!picked) return;
    const parsed = importIcalHolidays(await picked.text());
    if (!parsed.ok) return setError(`${picked.name}: ${parsed.error.message}`);
    add(parsed.value.exceptions, `“${picked.name}”`);
  };

  return (
    <section className="calendar-section" aria-labelledby="holiday-sources-heading">
      <h3 id="holiday-sources-heading">Add holidays</h3>
      <div className="row-buttons">
        <RegionPicker library={library} value={region} onChange={setRegion} />
        <button type="button" className="button" disabled={!library || !region} onClick={() => library && addPublic(library)}>Add public holidays</button>
      </div>
      <div className="row-buttons">
        <button type="button" className="button" onClick={() => file.current?.click()}>Import .ics…</button>
        <input ref={file} type="file" accept=".ics,.ical,text/calendar" hidden aria-label="iCalendar file"
          onChange={(e) => { void readIcs(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}

/** A country, then its state or region when it has them ('' = none). */
export function RegionPicker({ library, value, onChange }: { library: HolidayLibrary | null; value: string; onChange: (code: string) => void }) {
  const [country = ''] = value.split('-');
  const regions = library && country ? library.regionsOf(country) : [];
  return (
    <>
      <label className="field">Country
        <select className="select" value={country} disabled={!library} onChange={(e) => onChange(e.target.value)}>
          <option value="">{library ? 'None' : 'Loading…'}</option>
          {library?.countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </select>
      </label>
      {regions.length > 0 ? (
        <label className="field">Region
          <select className="select" value={value.includes('-') ? value : ''} onChange={(e) => onChange(e.target.value || country)}>
            <option value="">Whole country</option>
            {regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
          </select>
        </label>
      ) : null}
    </>
  );
}

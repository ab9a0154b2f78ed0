/**
 * "New project" asks once what every plan needs before its first task: a name, the start date and
 * the country or region whose public holidays the project calendar keeps (optional). Enter
 * creates the project with what is shown, so a person in a hurry loses one keystroke.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { parseLocalDate } from '../../domain/model';
import { nextMonday, useProjectActions } from '../projects/use-project-actions';
import { useServices } from '../shared/services';
import { RegionPicker } from './HolidaySources';
import { useHolidayLibrary, yearsToFill } from './public-holidays';
import './settings.css';

export function NewProjectDialog({ onClose }: { onClose: () => void }) {
  const { today } = useServices();
  const actions = useProjectActions();
  const library = useHolidayLibrary();
  const [name, setName] = useState('Untitled project');
  const [start, setStart] = useState(() => nextMonday(today()).slice(0, 10));
  const [region, setRegion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = (): void => {
    if (!name.trim()) return setError('Name: a project needs a name.');
    if (parseLocalDate(start) === null) return setError(`Start date: '${start}' is not a date.`);
    if (region && !library) return setError('The holiday list is still loading; try again in a moment.');
    const holidays = region && library ? library.holidays(region, yearsToFill(start, null)) : [];
    setBusy(true);
    void actions.create({ name, startDate: start, holidays, ...(region ? { holidayRegion: region } : {}) }).then(onClose);
  };

  return (
    <Dialog title="New project" onClose={onClose} width={520}
      footer={<>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" disabled={busy} onClick={create}>Create project</button>
      </>}>
      <form className="form-grid settings-form" onSubmit={(e) => { e.preventDefault(); create(); }}>
        <label className="field span-2">Name<input className="text-input" value={name} onChange={(e) => setName(e.target.value)} onFocus={(e) => e.target.select()} /></label>
        <label className="field">Start date<input className="text-input" type="date" value={start} onChange={(e) => setStart(e.target.value)} /></label>
        <span />
        <div className="span-2 region-row">
          <RegionPicker library={library} value={region} onChange={setRegion} />
        </div>
        <p className="hint span-2">
          {region && library ? `The project calendar gets the public holidays of ${library.describe(region)}. You can change them later in Calendars.` : 'Optional: public holidays for the project calendar. Change them later in Calendars.'}
        </p>
        {error ? <p className="form-error span-2" role="alert">{error}</p> : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

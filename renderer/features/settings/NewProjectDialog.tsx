/**
 * "New project" asks once what every plan needs before its first task: a name, the start date and
 * the country or region whose public holidays the project calendar keeps (optional). Enter
 * creates the project with what is shown, so a person in a hurry loses one keystroke. A template
 * (built-in or a shared file) gives the plan its phases, gates, tasks, links and typical risks.
 */
import { DateField, isRefusedDate } from '../../components/DateField';
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import type { LocalDateTime } from '../../domain/model';
import { TemplatePicker, templateName, templatePlanFor, type TemplateChoice } from '../projects/TemplatePicker';
import { nextMonday, useProjectActions } from '../projects/use-project-actions';
import { useServices } from '../shared/services';
import { RegionPicker } from './HolidaySources';
import { useHolidayLibrary, yearsToFill } from './public-holidays';
import './settings.css';

export function NewProjectDialog({ onClose }: { onClose: () => void }) {
  const { today, now, newId } = useServices();
  const actions = useProjectActions();
  const library = useHolidayLibrary();
  const [name, setName] = useState('Untitled project');
  const [start, setStart] = useState(() => nextMonday(today()).slice(0, 10));
  const [region, setRegion] = useState('');
  const [template, setTemplate] = useState<TemplateChoice>({ kind: 'blank' });
  const [isNameTyped, setIsNameTyped] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isChecked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);

  const create = (): void => {
    if (!name.trim()) return setError('Name: a project needs a name.');
    // The field says why (once): the form refuses without saying it again.
    if (isRefusedDate(start, false)) { setError(null); return setChecked(true); }
    if (region && !library) return setError('The holiday list is still loading; try again in a moment.');
    const holidays = region && library ? library.holidays(region, yearsToFill(start, null)) : [];
    const templatePlan = templatePlanFor(template, `${start}T09:00` as LocalDateTime, now(), newId);
    setBusy(true);
    // The dialog closes as the project is shown, not once it is stored: keys typed next go to the plan.
    // A refused write is said in a notice; a plan that cannot even be shown leaves the dialog open.
    void actions.create({
      name, startDate: start, holidays, ...(region ? { holidayRegion: region } : {}), ...(templatePlan ? { template: templatePlan } : {}),
    }, onClose).finally(() => setBusy(false));
  };

  return (
    <Dialog title="New project" onClose={onClose} width={520}
      footer={<>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" disabled={busy} onClick={create}>Create project</button>
      </>}>
      <form className="form-grid settings-form" onSubmit={(e) => { e.preventDefault(); create(); }}>
        <label className="field span-2">Name<input className="text-input" value={name} onChange={(e) => { setName(e.target.value); setIsNameTyped(true); }} onFocus={(e) => e.target.select()} /></label>
        <TemplatePicker value={template} onError={setError} onChange={(choice) => {
          setTemplate(choice);
          // A template names the project until the person types a name of their own.
          if (!isNameTyped) setName(templateName(choice) ?? 'Untitled project');
        }} />
        <DateField label="Start date" value={start} isOptional={false} isChecked={isChecked} onChange={setStart} />
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

/** The tabs of Task Information: each edits the dialog's form only; OK applies them together. */
import { useMemo } from 'react';
import { DateField } from '../../components/DateField';
import { LINK_TYPE_NAMES } from '../../domain/commands';
import {
  CONSTRAINT_TYPES, PHASES, PRIORITY_LEVELS, orderedPhases, outlineRows, phaseOfTask,
  type CalendarId, type ConstraintType, type LinkType, type Phase, type Plan, type PriorityLevel, type ResourceId, type Task, type TaskId,
} from '../../domain/model';
import { CONSTRAINT_LABELS } from './columns';
import type { TaskInformationForm } from './task-information';
import type { SetField } from './TaskEditor';

interface TabProps {
  readonly plan: Plan;
  readonly task: Task;
  readonly form: TaskInformationForm;
  readonly set: SetField;
  /** OK was refused over a date: the date fields say what is wrong with theirs. */
  readonly isChecked?: boolean;
}

const LINK_TYPES = Object.keys(LINK_TYPE_NAMES) as LinkType[];
const title = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

export function GeneralTab({ plan, task, form, set, isChecked = false }: TabProps) {
  const isSummary = task.kind === 'summary';
  const columns = Object.values(plan.columns).sort((a, b) => (a.rank < b.rank ? -1 : 1));
  return (
    <div className="form-grid">
      <label className="field span-2">Name<input className="text-input" value={form.name} onChange={(e) => set('name', e.target.value)} /></label>
      <label className="field">Duration<input className="text-input" value={form.duration} disabled={isSummary} onChange={(e) => set('duration', e.target.value)} /></label>
      <label className="field">% complete<input className="text-input" type="number" min={0} max={100} value={form.percent} onChange={(e) => set('percent', e.target.value)} /></label>
      <DateField label="Start" isChecked={isChecked} title="Typing a start sets Start no earlier than" value={form.start} disabled={isSummary} isOptional={false} onChange={(v) => set('start', v)} />
      <DateField label="Finish" isChecked={isChecked} title="Typing a finish sets Finish no earlier than" value={form.finish} disabled={isSummary} isOptional={false} onChange={(v) => set('finish', v)} />
      <DateField label="Actual start" isChecked={isChecked} value={form.actualStart} onChange={(v) => set('actualStart', v)} />
      <DateField label="Actual finish" isChecked={isChecked} value={form.actualFinish} onChange={(v) => set('actualFinish', v)} />
      <label className="field">Priority<select className="select" value={form.priority} onChange={(e) => set('priority', e.target.value as PriorityLevel)}>
        {PRIORITY_LEVELS.map((p) => <option key={p} value={p}>{title(p)}</option>)}</select></label>
      <PhaseField plan={plan} task={task} form={form} set={set} />
      <label className="field">Status<select className="select" value={form.statusId} onChange={(e) => set('statusId', e.target.value)}>
        {columns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select></label>
      <label className="field">Tags (separated by , or ;)<input className="text-input" value={form.tags} onChange={(e) => set('tags', e.target.value)} /></label>
    </div>
  );
}

/** Phase objects when the plan has them (a task follows its summary unless set), else the five fixed labels. */
function PhaseField({ plan, task, form, set }: TabProps) {
  const phases = orderedPhases(plan.phases);
  if (phases.length === 0) {
    return (
      <label className="field">Phase<select className="select" value={form.phase} onChange={(e) => set('phase', e.target.value as Phase | '')}>
        <option value="">None</option>{PHASES.map((p) => <option key={p} value={p}>{title(p)}</option>)}</select></label>
    );
  }
  const parent = task.parentId === null ? undefined : plan.tasks[task.parentId];
  const inheritedId = parent ? phaseOfTask(plan, parent) : null;
  const inherited = inheritedId === null ? 'none' : (plan.phases[inheritedId]?.name ?? 'none');
  return (
    <label className="field">Phase<select className="select" value={form.phaseId} onChange={(e) => set('phaseId', e.target.value)}>
      <option value="">{parent ? `As its summary (${inherited})` : 'None'}</option>
      {phases.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select></label>
  );
}

/** Every other task in display order, as "ID name" (the Predecessors column's row numbers). */
function useTaskChoices(plan: Plan, self: TaskId) {
  return useMemo(() => outlineRows(plan.tasks).map((r, i) => ({ id: r.task.id, label: `${String(i + 1)}  ${'  '.repeat(r.depth)}${r.task.name}` }))
    .filter((c) => c.id !== self), [plan.tasks, self]);
}

export function PredecessorsTab({ plan, task, form, set }: TabProps) {
  const choices = useTaskChoices(plan, task.id);
  const rows = form.predecessors;
  const put = (i: number, row: (typeof rows)[number]): void => set('predecessors', rows.map((r, k) => (k === i ? row : r)));
  return (
    <div className="info-table-wrap">
      <table className="info-table" aria-label="Predecessors">
        <thead><tr><th>Task</th><th>Type</th><th>Lag</th><th><span className="visually-hidden">Remove</span></th></tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td><select className="select" aria-label={`Predecessor ${String(i + 1)} task`} value={row.predecessorId} onChange={(e) => put(i, { ...row, predecessorId: e.target.value as TaskId })}>
                <option value="">Choose a task…</option>
                {choices.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select></td>
              <td><select className="select" aria-label={`Predecessor ${String(i + 1)} type`} value={row.type} onChange={(e) => put(i, { ...row, type: e.target.value as LinkType })}>
                {LINK_TYPES.map((t) => <option key={t} value={t}>{LINK_TYPE_NAMES[t]} ({t})</option>)}
              </select></td>
              <td><input className="text-input lag-input" aria-label={`Predecessor ${String(i + 1)} lag`} value={row.lag} onChange={(e) => put(i, { ...row, lag: e.target.value })} /></td>
              <td><button type="button" className="button ghost" aria-label={`Remove predecessor ${String(i + 1)}`} onClick={() => set('predecessors', rows.filter((_, k) => k !== i))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => set('predecessors', [...rows, { predecessorId: '', type: 'FS', lag: '0d' }])}>Add predecessor</button>
      <p className="muted">Lag in working time (2d, 4h) or elapsed (1ed); negative for a lead (-1d). A link that would make a loop or join a summary to its own subtasks is refused when you press OK.</p>
    </div>
  );
}

export function ResourcesTab({ plan, task, form, set }: TabProps) {
  const people = Object.values(plan.resources).sort((a, b) => a.name.localeCompare(b.name));
  const rows = form.resources;
  const put = (i: number, row: (typeof rows)[number]): void => set('resources', rows.map((r, k) => (k === i ? row : r)));
  if (task.kind === 'summary') return <p className="muted">A summary's work comes from its subtasks: assign people to them.</p>;
  return (
    <div className="info-table-wrap">
      <table className="info-table" aria-label="Resources">
        <thead><tr><th>Person</th><th>Units (%)</th><th>Work</th><th><span className="visually-hidden">Remove</span></th></tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td><select className="select" aria-label={`Person ${String(i + 1)}`} value={row.resourceId} onChange={(e) => put(i, { ...row, resourceId: e.target.value as ResourceId })}>
                <option value="">Choose a person…</option>
                {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select></td>
              <td><input className="text-input units-input" aria-label={`Units for person ${String(i + 1)}`} value={row.units} onChange={(e) => put(i, { ...row, units: e.target.value })} /></td>
              <td><input className="text-input" aria-label={`Work for person ${String(i + 1)}`} placeholder="duration × units" value={row.work} onChange={(e) => put(i, { ...row, work: e.target.value })} /></td>
              <td><button type="button" className="button ghost" aria-label={`Remove person ${String(i + 1)}`} onClick={() => set('resources', rows.filter((_, k) => k !== i))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {people.length === 0
        ? <p className="muted">Add people in the Team view first.</p>
        : <button type="button" className="button" onClick={() => set('resources', [...rows, { resourceId: '', units: '100', work: '' }])}>Add person</button>}
    </div>
  );
}

export function AdvancedTab({ plan, task, form, set, isChecked = false }: TabProps) {
  const needsDate = form.constraintType !== 'ASAP' && form.constraintType !== 'ALAP';
  const calendars = Object.values(plan.calendars).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="form-grid">
      <label className="field">Constraint type<select className="select" value={form.constraintType} onChange={(e) => set('constraintType', e.target.value as ConstraintType)}>
        {CONSTRAINT_TYPES.map((c) => <option key={c} value={c}>{CONSTRAINT_LABELS[c]}</option>)}</select></label>
      <DateField label="Constraint date" isChecked={isChecked} value={form.constraintDate} disabled={!needsDate} onChange={(v) => set('constraintDate', v)} />
      <DateField label="Deadline" isChecked={isChecked} value={form.deadline} onChange={(v) => set('deadline', v)} />
      <label className="field">Task calendar<select className="select" value={form.calendarId} onChange={(e) => set('calendarId', e.target.value as CalendarId | '')}>
        <option value="">None (the project's or its people's)</option>
        {calendars.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select></label>
      <label className="field">Scheduling<select className="select" value={form.mode} onChange={(e) => set('mode', e.target.value as Task['schedulingMode'])}>
        <option value="auto">Automatic</option><option value="manual">Manual</option></select></label>
      <label className="check-field">
        <input type="checkbox" checked={form.isElapsed} disabled={task.kind === 'summary'} onChange={(e) => set('isElapsed', e.target.checked)} />
        Elapsed duration (runs through nights, weekends and holidays)
      </label>
    </div>
  );
}

export function NotesTab({ form, set }: TabProps) {
  return <label className="field">Notes<textarea className="text-input notes-input" value={form.notes} onChange={(e) => set('notes', e.target.value)} /></label>;
}

/**
 * Task information (MS Project's double-click dialog), shared by the table, the Gantt and the
 * board. Saving dispatches ONE updateTask with only the fields that changed: one undo step.
 */
import { useState } from 'react';
import { type TaskChanges } from '../../domain/commands';
import {
  CONSTRAINT_TYPES, PHASES, PRIORITY_LEVELS, formatDuration, parseDuration, parseLocalDate, priorityLevel, priorityValue,
  type ConstraintType, type LocalDateTime, type Phase, type PriorityLevel, type Task,
} from '../../domain/model';
import { Dialog } from '../../components/Dialog';
import { useSession, useSessionStore, useUi, useUiStore } from '../../store';

const CONSTRAINT_LABELS: Record<ConstraintType, string> = {
  ASAP: 'As soon as possible', ALAP: 'As late as possible', SNET: 'Start no earlier than', SNLT: 'Start no later than',
  FNET: 'Finish no earlier than', FNLT: 'Finish no later than', MSO: 'Must start on', MFO: 'Must finish on',
};

export function TaskEditorHost() {
  const id = useUi((s) => s.editingTaskId);
  const task = useSession((s) => (id ? s.plan?.tasks[id] : undefined));
  const ui = useUiStore();
  if (!task) return null;
  return <TaskEditor key={task.id} task={task} onClose={() => ui.getState().closeTaskEditor()} />;
}

const dateOf = (v: string | null): string => (v ? v.slice(0, 10) : '');

function TaskEditor({ task, onClose }: { task: Task; onClose: () => void }) {
  const plan = useSession((s) => s.plan);
  const session = useSessionStore();
  const units = plan?.project ?? { minutesPerDay: 480, minutesPerWeek: 2400 };
  const [form, setForm] = useState({
    name: task.name, notes: task.notes, duration: formatDuration(task.durationMinutes, units, task.durationIsElapsed), mode: task.schedulingMode,
    constraintType: task.constraint.type, constraintDate: dateOf(task.constraint.date), deadline: dateOf(task.deadline),
    percent: String(task.percentComplete), priority: priorityLevel(task.priority), phase: task.phase ?? '',
    tags: task.tags.join(', '), statusId: task.statusId,
  });
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]): void => setForm((f) => ({ ...f, [key]: value }));
  const at = (date: string, time: string | undefined): LocalDateTime | null => (parseLocalDate(date) ? (`${date}T${time ?? '09:00'}` as LocalDateTime) : null);

  const save = (): void => {
    const changes: Record<string, unknown> = {};
    const put = <K extends keyof TaskChanges>(key: K, value: TaskChanges[K], current: unknown): void => {
      if (JSON.stringify(value) !== JSON.stringify(current)) changes[key] = value;
    };
    const duration = parseDuration(form.duration, units);
    if (task.kind !== 'summary' && !duration) return setError(`'${form.duration}' is not a duration such as 3d, 4h or 2ed (elapsed days).`);
    const needsDate = form.constraintType !== 'ASAP' && form.constraintType !== 'ALAP';
    const constraintDate = needsDate ? at(form.constraintDate, plan?.project.defaultStartTime) : null;
    if (needsDate && !constraintDate) return setError(`${CONSTRAINT_LABELS[form.constraintType]} needs a date.`);
    put('name', form.name, task.name);
    put('notes', form.notes, task.notes);
    if (task.kind !== 'summary' && duration) {
      put('durationMinutes', duration.minutes, task.durationMinutes);
      put('durationIsElapsed', duration.isElapsed, task.durationIsElapsed === true);
    }
    put('schedulingMode', form.mode, task.schedulingMode);
    put('constraint', { type: form.constraintType, date: constraintDate }, task.constraint);
    put('deadline', form.deadline ? at(form.deadline, plan?.project.defaultFinishTime) : null, task.deadline);
    put('percentComplete', Number(form.percent), task.percentComplete);
    if (priorityLevel(task.priority) !== form.priority) put('priority', priorityValue(form.priority), task.priority);
    put('phase', (form.phase || null) as Phase | null, task.phase);
    put('tags', form.tags.split(',').map((t) => t.trim()).filter(Boolean), task.tags);
    put('statusId', form.statusId, task.statusId);
    if (Object.keys(changes).length === 0) return onClose();
    const problem = session.getState().dispatch('updateTask', { id: task.id, changes: changes });
    if (problem) setError(problem.message);
    else onClose();
  };

  const columns = Object.values(plan?.columns ?? {}).sort((a, b) => (a.rank < b.rank ? -1 : 1));
  return (
    <Dialog title="Task information" onClose={onClose} width={680}
      footer={<><button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" onClick={save}>Save</button></>}>
      <form className="form-grid" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <label className="field span-2">Name<input className="text-input" value={form.name} onChange={(e) => set('name', e.target.value)} /></label>
        <label className="field">Duration<input className="text-input" value={form.duration} disabled={task.kind === 'summary'} onChange={(e) => set('duration', e.target.value)} /></label>
        <label className="field">Scheduling<select className="select" value={form.mode} onChange={(e) => set('mode', e.target.value as Task['schedulingMode'])}>
          <option value="auto">Automatic</option><option value="manual">Manual</option></select></label>
        <label className="field">Constraint<select className="select" value={form.constraintType} onChange={(e) => set('constraintType', e.target.value as ConstraintType)}>
          {CONSTRAINT_TYPES.map((c) => <option key={c} value={c}>{CONSTRAINT_LABELS[c]}</option>)}</select></label>
        <label className="field">Constraint date<input className="text-input" type="date" value={form.constraintDate}
          disabled={form.constraintType === 'ASAP' || form.constraintType === 'ALAP'} onChange={(e) => set('constraintDate', e.target.value)} /></label>
        <label className="field">Deadline<input className="text-input" type="date" value={form.deadline} onChange={(e) => set('deadline', e.target.value)} /></label>
        <label className="field">% complete<input className="text-input" type="number" min={0} max={100} value={form.percent} onChange={(e) => set('percent', e.target.value)} /></label>
        <label className="field">Priority<select className="select" value={form.priority} onChange={(e) => set('priority', e.target.value as PriorityLevel)}>
          {PRIORITY_LEVELS.map((p) => <option key={p} value={p}>{p[0]?.toUpperCase()}{p.slice(1)}</option>)}</select></label>
        <label className="field">Phase<select className="select" value={form.phase} onChange={(e) => set('phase', e.target.value)}>
          <option value="">None</option>{PHASES.map((p) => <option key={p} value={p}>{p[0]?.toUpperCase()}{p.slice(1)}</option>)}</select></label>
        <label className="field">Status<select className="select" value={form.statusId} onChange={(e) => set('statusId', e.target.value as Task['statusId'])}>
          {columns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select></label>
        <label className="field">Tags (comma separated)<input className="text-input" value={form.tags} onChange={(e) => set('tags', e.target.value)} /></label>
        <label className="field span-2">Notes<textarea className="text-input" value={form.notes} onChange={(e) => set('notes', e.target.value)} /></label>
        {error ? <p className="form-error span-2" role="alert">{error}</p> : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

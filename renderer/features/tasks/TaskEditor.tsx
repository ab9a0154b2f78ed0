/**
 * Task Information (MS Project's double-click / Shift+F2 dialog), shared by the table, the Gantt
 * and the board: General, Predecessors, Resources, Advanced and Notes tabs. OK sends ONE
 * editTaskInformation command with only what changed (one undo step); Cancel or Esc discards.
 */
import { useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { useSession, useSessionStore, useUi, useUiStore } from '../../store';
import type { Plan, Task } from '../../domain/model';
import { formOf, informationArgs, type TaskInformationForm } from './task-information';
import { AdvancedTab, GeneralTab, NotesTab, PredecessorsTab, ResourcesTab } from './TaskInformationTabs';

export function TaskEditorHost() {
  const id = useUi((s) => s.editingTaskId);
  const task = useSession((s) => (id ? s.plan?.tasks[id] : undefined));
  const plan = useSession((s) => s.plan);
  const ui = useUiStore();
  if (!task || !plan) return null;
  return <TaskEditor key={task.id} plan={plan} task={task} onClose={() => ui.getState().closeTaskEditor()} />;
}

const TABS = ['General', 'Predecessors', 'Resources', 'Advanced', 'Notes'] as const;
type Tab = (typeof TABS)[number];

export type SetField = <K extends keyof TaskInformationForm>(key: K, value: TaskInformationForm[K]) => void;

function TaskEditor({ plan, task, onClose }: { plan: Plan; task: Task; onClose: () => void }) {
  const session = useSessionStore();
  const scheduled = useSession((s) => s.schedule?.tasks.get(task.id));
  // Read once: the dialog edits a copy, and a reschedule while it is open does not reset it.
  const [initial] = useState(() => formOf(plan, task, scheduled));
  const [form, setForm] = useState(initial);
  const [tab, setTab] = useState<Tab>('General');
  const [error, setError] = useState<string | null>(null);
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));

  const save = (): void => {
    const args = informationArgs(plan, task, initial, form);
    if (!args.ok) return setError(`${args.error.where ? `${args.error.where}: ` : ''}${args.error.message}`);
    if (!args.value) return onClose();
    const problem = session.getState().dispatch('editTaskInformation', args.value);
    if (problem) setError(problem.message);
    else onClose();
  };
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const at = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at - 1 + TABS.length) % TABS.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    const target = TABS[next];
    if (!target) return;
    e.preventDefault();
    setTab(target);
    e.currentTarget.querySelector<HTMLElement>(`#task-tab-${target}`)?.focus();
  };
  return (
    <Dialog title="Task information" onClose={onClose} width={720}
      footer={<><button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" onClick={save}>OK</button></>}>
      <div className="task-info-name">{task.name}</div>
      <div className="tabs" role="tablist" aria-label="Task information" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button key={t} id={`task-tab-${t}`} type="button" role="tab" className="tab" aria-selected={tab === t}
            aria-controls="task-tab-panel" tabIndex={tab === t ? 0 : -1} onClick={() => setTab(t)}>{t}</button>
        ))}
      </div>
      <form id="task-tab-panel" className="task-info-panel" role="tabpanel" aria-labelledby={`task-tab-${tab}`}
        onSubmit={(e) => { e.preventDefault(); save(); }}>
        {tab === 'General' ? <GeneralTab plan={plan} task={task} form={form} set={set} /> : null}
        {tab === 'Predecessors' ? <PredecessorsTab plan={plan} task={task} form={form} set={set} /> : null}
        {tab === 'Resources' ? <ResourcesTab plan={plan} task={task} form={form} set={set} /> : null}
        {tab === 'Advanced' ? <AdvancedTab plan={plan} task={task} form={form} set={set} /> : null}
        {tab === 'Notes' ? <NotesTab plan={plan} task={task} form={form} set={set} /> : null}
        <button type="submit" hidden />
      </form>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </Dialog>
  );
}

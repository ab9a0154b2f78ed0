/**
 * Task Information (MS Project's double-click / Shift+F2 dialog), shared by the table, the Gantt
 * and the board: General, Predecessors, Resources, Advanced and Notes tabs. OK sends ONE
 * editTaskInformation command with only what changed (one undo step); Cancel or Esc discards.
 */
import { useState, type KeyboardEvent } from 'react';
import { isRefusedDate } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import type { StartChoice, StartConflict } from '../../domain/board';
import type { EditTaskInformationArgs } from '../../domain/commands';
import { useSession, useSessionStore, useUi, useUiStore } from '../../store';
import type { Plan, Task } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import { StartConflictDialog } from '../board/StartConflictDialog';
import { statusChangeCheck } from '../board/use-checked-move';
import { scheduledDates } from '../shared/schedule';
import { useServices } from '../shared/services';
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

/**
 * Task information's date fields, the tab each is on, and whether it may be empty. A date a field
 * refuses is said by the field alone (OK shows it on its tab), not again under the form.
 */
const DATE_FIELDS = [
  ['start', 'General', false], ['finish', 'General', false], ['actualStart', 'General', true], ['actualFinish', 'General', true],
  ['constraintDate', 'Advanced', true], ['deadline', 'Advanced', true],
] as const satisfies readonly (readonly [keyof TaskInformationForm, Tab, boolean])[];

export type SetField = <K extends keyof TaskInformationForm>(key: K, value: TaskInformationForm[K]) => void;

interface HeldEdit {
  readonly args: EditTaskInformationArgs;
  readonly conflict: StartConflict;
  readonly columnName: string;
}

/**
 * A new Status goes through the board's rule (one rule, not two): progress and actual dates
 * follow it, and a start before the schedule allows is asked about first (the same prompt).
 */
function withStatusRule(plan: Plan, schedule: ScheduleResult | null, task: Task, args: EditTaskInformationArgs, nowIso: string): HeldEdit | EditTaskInformationArgs {
  const { statusId, ...changes } = args.changes;
  const column = statusId ? plan.columns[statusId] : undefined;
  if (!column || task.kind === 'summary') return args;
  const check = statusChangeCheck(plan, schedule, task, column, nowIso);
  const next: EditTaskInformationArgs = { ...args, changes, status: { columnId: column.id, ...(check.scheduled ? { scheduled: check.scheduled } : {}) } };
  return check.conflict ? { args: next, conflict: check.conflict, columnName: column.name } : next;
}

function TaskEditor({ plan, task, onClose }: { plan: Plan; task: Task; onClose: () => void }) {
  const session = useSessionStore();
  const { now } = useServices();
  const [held, setHeld] = useState<HeldEdit | null>(null);
  const scheduled = useSession((s) => s.schedule?.tasks.get(task.id));
  // Read once: the dialog edits a copy, and a reschedule while it is open does not reset it.
  const [initial] = useState(() => formOf(plan, task, scheduled));
  const [form, setForm] = useState(initial);
  const [tab, setTab] = useState<Tab>('General');
  const [error, setError] = useState<string | null>(null);
  const [isChecked, setChecked] = useState(false);
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));

  const save = (): void => {
    // Only a date typed here: one as stored (a summary's rolled-up start) is not the person's to fix.
    const refused = DATE_FIELDS.find(([key, , isOptional]) => form[key] !== initial[key] && isRefusedDate(form[key], isOptional));
    if (refused) {
      setError(null);
      setChecked(true);
      setTab(refused[1]);
      return;
    }
    const args = informationArgs(plan, task, initial, form);
    if (!args.ok) return setError(`${args.error.where ? `${args.error.where}: ` : ''}${args.error.message}`);
    if (!args.value) return onClose();
    const { schedule } = session.getState();
    const ruled = withStatusRule(plan, schedule, task, { ...args.value, ...scheduledDates(plan, schedule, task.id) }, now());
    if ('conflict' in ruled) return setHeld(ruled);
    apply(ruled);
  };
  const apply = (args: EditTaskInformationArgs): void => {
    const problem = session.getState().dispatch('editTaskInformation', args);
    if (problem) setError(`${problem.where ? `${problem.where}: ` : ''}${problem.message}`);
    else onClose();
  };
  const answer = (choice: StartChoice | null): void => {
    const edit = held;
    setHeld(null);
    // Cancel keeps the dialog open with what was typed; nothing is applied.
    if (edit?.args.status && choice) apply({ ...edit.args, status: { ...edit.args.status, start: choice } });
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
    <>
    <Dialog title="Task information" onClose={onClose} onSubmit={save} width={720}
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
        {tab === 'General' ? <GeneralTab plan={plan} task={task} form={form} set={set} isChecked={isChecked} /> : null}
        {tab === 'Predecessors' ? <PredecessorsTab plan={plan} task={task} form={form} set={set} /> : null}
        {tab === 'Resources' ? <ResourcesTab plan={plan} task={task} form={form} set={set} /> : null}
        {tab === 'Advanced' ? <AdvancedTab plan={plan} task={task} form={form} set={set} isChecked={isChecked} /> : null}
        {tab === 'Notes' ? <NotesTab plan={plan} task={task} form={form} set={set} /> : null}
        <button type="submit" hidden />
      </form>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </Dialog>
    {held ? <StartConflictDialog taskName={task.name} columnName={held.columnName} conflict={held.conflict} onChoose={answer} /> : null}
    </>
  );
}

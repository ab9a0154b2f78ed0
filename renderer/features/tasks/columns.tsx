/**
 * Every column the task table can show. Which are shown, and in what order, is the person's
 * choice per project (column-layout.ts); the defaults are MS Project's Entry table plus status.
 */
import type { ReactNode } from 'react';
import {
  formatDuration, priorityLevel, toWallMinutes, type ConstraintType, type Plan,
} from '../../domain/model';
import { calendarForTask } from '../../domain/schedule';
import { formatDate, formatMoney } from '../shared/format';
import type { EditableColumn } from './cell-edits';
import { taskPhaseName } from './phase-cells';
import type { TableRow } from './table-rows';
import { percentText, personShortNames } from '../../domain/model';

/** Select editors apply to every selected row at once (phase, people, status, priority). */
export type Editor = EditableColumn | 'assignees' | 'status' | 'phase' | 'priority';
export const MULTI_ROW_EDITORS: ReadonlySet<Editor> = new Set<Editor>(['assignees', 'status', 'phase', 'priority']);

export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly align?: 'right' | 'center';
  readonly editor?: Editor;
  readonly render: (row: TableRow, plan: Plan) => ReactNode;
  /** Shown until the person hides it. */
  readonly isDefault?: boolean;
}

const days = (minutes: number, plan: Plan, isElapsed = false): string => formatDuration(minutes, plan.project, isElapsed);
const date = (value: string | null | undefined): string => (value ? formatDate(value) : '');
const capital = (text: string): string => (text ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : '');
/** How the Constraint column and Task information name each constraint type. */
export const CONSTRAINT_LABELS: Readonly<Record<ConstraintType, string>> = {
  ASAP: 'As soon as possible', ALAP: 'As late as possible', SNET: 'Start no earlier than', SNLT: 'Start no later than',
  FNET: 'Finish no earlier than', FNLT: 'Finish no later than', MSO: 'Must start on', MFO: 'Must finish on',
};

/** Working time between the baseline and the schedule on the task's calendar, signed (+ = later). */
function variance(row: TableRow, plan: Plan, which: 'start' | 'finish'): string {
  const now = row.schedule?.[which];
  const then = row.baseline?.[which];
  if (!now || !then) return '';
  const calendar = calendarForTask(plan, row.outline.task);
  const minutes = calendar.workingBetween(toWallMinutes(then), toWallMinutes(now)); // negative when early
  return `${minutes > 0 ? '+' : ''}${days(minutes, plan)}`;
}

export const ALL_COLUMNS: readonly ColumnDef[] = [
  { key: 'wbs', header: 'WBS', width: 64, isDefault: true, render: (r) => r.outline.wbs },
  { key: 'name', header: 'Task name', width: 280, isDefault: true, editor: 'name', render: (r) => r.outline.task.name },
  {
    key: 'duration', header: 'Duration', width: 84, align: 'right', isDefault: true, editor: 'duration',
    render: (r, p) => days(r.schedule?.durationMinutes ?? r.outline.task.durationMinutes, p, r.outline.task.durationIsElapsed),
  },
  { key: 'start', header: 'Start', width: 130, isDefault: true, editor: 'start', render: (r) => date(r.schedule?.start ?? r.outline.task.start) },
  { key: 'finish', header: 'Finish', width: 130, isDefault: true, editor: 'finish', render: (r) => date(r.schedule?.finish ?? r.outline.task.finish) },
  { key: 'predecessors', header: 'Predecessors', width: 118, isDefault: true, editor: 'predecessors', render: (r) => r.predecessors },
  {
    key: 'assignees', header: 'Assigned to', width: 160, isDefault: true, editor: 'assignees',
    render: (r, p) => { const names = personShortNames(p.resources); return r.assignees.map((a) => names.get(a.id) ?? a.name).join(', '); },
  },
  {
    key: 'percent', header: '% Done', width: 92, align: 'right', isDefault: true, editor: 'percent',
    render: (r) => <Progress value={r.schedule?.percentComplete ?? r.outline.task.percentComplete} />,
  },
  {
    key: 'status', header: 'Status', width: 116, isDefault: true, editor: 'status',
    render: (r) => (r.outline.task.kind === 'summary' ? '' : <span className="status-chip"><i style={{ background: r.statusColor }} />{r.statusName}</span>),
  },
  { key: 'phase', header: 'Phase', width: 120, editor: 'phase', render: (r, p) => taskPhaseName(p, r.outline.task) },
  { key: 'priority', header: 'Priority', width: 92, editor: 'priority', render: (r) => capital(priorityLevel(r.outline.task.priority)) },
  { key: 'work', header: 'Work', width: 84, align: 'right', render: (r) => (r.workMinutes === null ? '' : `${String(Math.round((r.workMinutes / 60) * 10) / 10)}h`) },
  { key: 'cost', header: 'Cost', width: 96, align: 'right', render: (r, p) => (r.cost === null ? '' : formatMoney(r.cost, p.project.currency)) },
  { key: 'constraint', header: 'Constraint', width: 170, render: (r) => CONSTRAINT_LABELS[r.outline.task.constraint.type] + (r.outline.task.constraint.date ? ` ${date(r.outline.task.constraint.date)}` : '') },
  { key: 'deadline', header: 'Deadline', width: 130, editor: 'deadline', render: (r) => date(r.outline.task.deadline) },
  { key: 'actualStart', header: 'Actual start', width: 130, editor: 'actualStart', render: (r) => date(r.outline.task.actualStart) },
  { key: 'actualFinish', header: 'Actual finish', width: 130, editor: 'actualFinish', render: (r) => date(r.outline.task.actualFinish) },
  { key: 'baselineStart', header: 'Baseline start', width: 130, render: (r) => date(r.baseline?.start) },
  { key: 'baselineFinish', header: 'Baseline finish', width: 130, render: (r) => date(r.baseline?.finish) },
  { key: 'startVariance', header: 'Start var.', width: 90, align: 'right', render: (r, p) => variance(r, p, 'start') },
  { key: 'finishVariance', header: 'Finish var.', width: 90, align: 'right', render: (r, p) => variance(r, p, 'finish') },
  { key: 'earlyStart', header: 'Early start', width: 130, render: (r) => (r.schedule ? formatDate(r.schedule.earlyStart) : '') },
  { key: 'earlyFinish', header: 'Early finish', width: 130, render: (r) => (r.schedule ? formatDate(r.schedule.earlyFinish) : '') },
  { key: 'lateStart', header: 'Late start', width: 130, render: (r) => (r.schedule ? formatDate(r.schedule.lateStart) : '') },
  { key: 'lateFinish', header: 'Late finish', width: 130, render: (r) => (r.schedule ? formatDate(r.schedule.lateFinish) : '') },
  { key: 'totalSlack', header: 'Total slack', width: 90, align: 'right', render: (r, p) => (r.schedule ? days(r.schedule.totalSlackMinutes, p) : '') },
  { key: 'freeSlack', header: 'Free slack', width: 90, align: 'right', render: (r, p) => (r.schedule ? days(r.schedule.freeSlackMinutes, p) : '') },
  { key: 'critical', header: 'Critical', width: 70, align: 'center', render: (r) => (r.schedule?.isCritical ? 'Yes' : 'No') },
];

function Progress({ value }: { value: number }) {
  return (
    <span className="progress" title={`${percentText(value, 0)} complete`}>
      <span className="progress-track"><span className="progress-fill" style={{ width: `${String(Math.min(100, Math.max(0, value)))}%` }} /></span>
      <span className="progress-text">{percentText(value, 0)}</span>
    </span>
  );
}

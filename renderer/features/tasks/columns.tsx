/** The task table's columns: header, width, how a cell reads, and how it is edited. */
import type { ReactNode } from 'react';
import { formatDuration, type Plan } from '../../domain/model';
import { formatDate } from '../shared/format';
import type { EditableColumn } from './cell-edits';
import type { TableRow } from './table-rows';

export type Editor = EditableColumn | 'assignees' | 'status';

export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly align?: 'right' | 'center';
  readonly editor?: Editor;
  /** The text an inline editor starts with. */
  readonly editText?: (row: TableRow, plan: Plan) => string;
  readonly render: (row: TableRow, plan: Plan) => ReactNode;
  /** Schedule detail columns are hidden until the user asks for them. */
  readonly isScheduleDetail?: boolean;
}

const days = (minutes: number, plan: Plan, isElapsed = false): string => formatDuration(minutes, plan.project, isElapsed);
const dateOnly = (value: string | undefined): string => (value ? value.slice(0, 10) : '');

export const COLUMNS: readonly ColumnDef[] = [
  { key: 'wbs', header: 'WBS', width: 64, render: (r) => r.outline.wbs },
  { key: 'name', header: 'Task name', width: 280, editor: 'name', editText: (r) => r.outline.task.name, render: (r) => r.outline.task.name },
  {
    key: 'duration', header: 'Duration', width: 84, align: 'right', editor: 'duration',
    editText: (r, p) => days(r.outline.task.durationMinutes, p, r.outline.task.durationIsElapsed),
    render: (r, p) => days(r.schedule?.durationMinutes ?? r.outline.task.durationMinutes, p, r.outline.task.durationIsElapsed),
  },
  {
    key: 'start', header: 'Start', width: 130, editor: 'start',
    editText: (r) => dateOnly(r.schedule?.start ?? r.outline.task.start),
    render: (r) => formatDate(r.schedule?.start ?? r.outline.task.start),
  },
  {
    key: 'finish', header: 'Finish', width: 130, editor: 'finish',
    editText: (r) => dateOnly(r.schedule?.finish ?? r.outline.task.finish),
    render: (r) => formatDate(r.schedule?.finish ?? r.outline.task.finish),
  },
  { key: 'predecessors', header: 'Predecessors', width: 118, editor: 'predecessors', editText: (r) => r.predecessors, render: (r) => r.predecessors },
  {
    key: 'assignees', header: 'Assigned to', width: 160, editor: 'assignees',
    render: (r) => r.assignees.map((a) => a.name.split(' ')[0]).join(', '),
  },
  {
    key: 'percent', header: '% Done', width: 92, align: 'right', editor: 'percent',
    editText: (r) => String(r.outline.task.percentComplete),
    render: (r) => <Progress value={r.schedule?.percentComplete ?? r.outline.task.percentComplete} />,
  },
  {
    key: 'status', header: 'Status', width: 116, editor: 'status',
    render: (r) => (r.outline.task.kind === 'summary' ? '' : <span className="status-chip"><i style={{ background: r.statusColor }} />{r.statusName}</span>),
  },
  { key: 'earlyStart', header: 'Early start', width: 130, isScheduleDetail: true, render: (r) => (r.schedule ? formatDate(r.schedule.earlyStart) : '') },
  { key: 'earlyFinish', header: 'Early finish', width: 130, isScheduleDetail: true, render: (r) => (r.schedule ? formatDate(r.schedule.earlyFinish) : '') },
  { key: 'lateStart', header: 'Late start', width: 130, isScheduleDetail: true, render: (r) => (r.schedule ? formatDate(r.schedule.lateStart) : '') },
  { key: 'lateFinish', header: 'Late finish', width: 130, isScheduleDetail: true, render: (r) => (r.schedule ? formatDate(r.schedule.lateFinish) : '') },
  { key: 'totalSlack', header: 'Total slack', width: 90, align: 'right', isScheduleDetail: true, render: (r, p) => (r.schedule ? days(r.schedule.totalSlackMinutes, p) : '') },
  { key: 'freeSlack', header: 'Free slack', width: 90, align: 'right', isScheduleDetail: true, render: (r, p) => (r.schedule ? days(r.schedule.freeSlackMinutes, p) : '') },
  { key: 'critical', header: 'Critical', width: 70, align: 'center', isScheduleDetail: true, render: (r) => (r.schedule?.isCritical ? 'Yes' : 'No') },
];

function Progress({ value }: { value: number }) {
  return (
    <span className="progress" title={`${String(Math.round(value))} % complete`}>
      <span className="progress-track"><span className="progress-fill" style={{ width: `${String(Math.min(100, Math.max(0, value)))}%` }} /></span>
      <span className="progress-text">{Math.round(value)}%</span>
    </span>
  );
}

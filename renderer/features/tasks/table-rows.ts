/** Everything one table row shows, derived once per plan/schedule change. */
import {
  childIndex, formatPredecessor, outlineRows, type OutlineRow, type Plan, type TaskId,
} from '../../domain/model';
import type { ScheduleResult, TaskSchedule } from '../../domain/schedule';

export interface TableRow {
  readonly outline: OutlineRow;
  /** MS Project's ID: the row number in the full (uncollapsed) outline. */
  readonly rowNumber: number;
  readonly schedule: TaskSchedule | undefined;
  readonly predecessors: string;
  readonly assignees: readonly { readonly id: string; readonly name: string; readonly initials: string }[];
  readonly statusName: string;
  readonly statusColor: string;
}

export function tableRows(plan: Plan, schedule: ScheduleResult | null, collapsed: ReadonlySet<string>): TableRow[] {
  const index = childIndex(plan.tasks);
  const numbers = new Map<TaskId, number>();
  outlineRows(plan.tasks, () => false, index).forEach((r, i) => numbers.set(r.task.id, i + 1));
  const incoming = new Map<string, string[]>();
  for (const link of Object.values(plan.links)) {
    const row = numbers.get(link.predecessorId);
    if (row === undefined) continue;
    const list = incoming.get(link.successorId) ?? [];
    list.push(formatPredecessor(row, link, plan.project));
    incoming.set(link.successorId, list);
  }
  const people = new Map<string, TableRow['assignees'][number][]>();
  for (const a of Object.values(plan.assignments)) {
    const r = plan.resources[a.resourceId];
    if (!r) continue;
    const list = people.get(a.taskId) ?? [];
    list.push({ id: r.id, name: r.name, initials: r.initials });
    people.set(a.taskId, list);
  }
  return outlineRows(plan.tasks, (id) => collapsed.has(id), index).map((outline) => {
    const column = plan.columns[outline.task.statusId];
    return {
      outline,
      rowNumber: numbers.get(outline.task.id) ?? 0,
      schedule: schedule?.tasks.get(outline.task.id),
      predecessors: (incoming.get(outline.task.id) ?? []).sort((a, b) => parseInt(a, 10) - parseInt(b, 10)).join(', '),
      assignees: people.get(outline.task.id) ?? [],
      statusName: column?.name ?? '',
      statusColor: column?.color ?? 'transparent',
    };
  });
}

/** Board columns (workflow statuses) in display order, and where each card sits among them. */
import type { ColumnId } from '../model/ids';
import { fullOutline, outlineIndexOf } from '../model/outline';
import type { Plan, Task, WorkflowColumn } from '../model/plan';

/** Columns left to right: by rank, then id so equal ranks (hand-edited files) still sort stably. */
export function orderedColumns(columns: Plan['columns']): WorkflowColumn[] {
  return Object.values(columns).sort((a, b) =>
    a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The column a task shows in. A status id that names no column (a column deleted by another
 * tool, an import) falls back to the first column, so no card ever disappears from the board.
 */
export function columnOf(task: Pick<Task, 'statusId'>, columns: Plan['columns'], fallback: ColumnId | undefined): ColumnId | undefined {
  return columns[task.statusId] ? task.statusId : fallback;
}

/** Summary tasks roll up their subtasks; only leaf work (tasks and milestones) is a card. */
export function isCard(task: Pick<Task, 'kind'>): boolean {
  return task.kind !== 'summary';
}

/**
 * Card order within a column: boardRank, then the plan's (outline) order. Equal ranks come from
 * plans made before new tasks were ranked in their column, files from other tools and concurrent
 * edits; the outline is the order the person typed, where ids are random. The outline is walked
 * only when two ranks tie (it is kept per tasks record, fullOutline).
 */
export function boardOrder(tasks: Plan['tasks']): (a: Pick<Task, 'boardRank' | 'id'>, b: Pick<Task, 'boardRank' | 'id'>) => number {
  let position: ReadonlyMap<string, number> | null = null;
  return (a, b) => {
    if (a.boardRank !== b.boardRank) return a.boardRank < b.boardRank ? -1 : 1;
    position ??= outlineIndexOf(fullOutline(tasks));
    return (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** Cards of one column in board order (the whole column, ignoring lanes and filters). */
export function columnCards(plan: Pick<Plan, 'tasks' | 'columns'>, columnId: ColumnId): Task[] {
  const fallback = orderedColumns(plan.columns)[0]?.id;
  return Object.values(plan.tasks)
    .filter((t) => isCard(t) && columnOf(t, plan.columns, fallback) === columnId)
    .sort(boardOrder(plan.tasks));
}

/** "count/limit" as the column header shows it, and whether the soft WIP limit is exceeded. */
export function wipStatus(count: number, column: Pick<WorkflowColumn, 'wipLimit'>): { label: string; isOver: boolean } {
  if (column.wipLimit === null) return { label: String(count), isOver: false };
  return { label: `${String(count)}/${String(column.wipLimit)}`, isOver: count > column.wipLimit };
}

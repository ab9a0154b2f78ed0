/**
 * The whole board as the view draws it: columns, lanes, and the cards of every cell in order,
 * with flags and counts. Computed once per plan/filter change, so each card component only
 * compares its own inputs.
 */
import type { ColumnId, TaskId } from '../model/ids';
import type { Plan, Task, WorkflowColumn } from '../model/plan';
import type { LocalDate } from '../model/time';
import { columnOf, compareBoardRank, isCard, orderedColumns, wipStatus } from './columns';
import { matchesFilter, type BoardFilter } from './filter';
import { cardFlags, finishOf, predecessorsByTask, type CardFlags, type ScheduleFlags } from './flags';
import { assigneesByTask, laneKeyOf, lanesFor, type Lane, type LaneMode } from './lanes';

export interface BoardCard {
  readonly task: Task;
  readonly flags: CardFlags;
  readonly finish: string;
  readonly assigneeIds: readonly string[];
}

export interface BoardColumn {
  readonly column: WorkflowColumn;
  /** Every card in the column (unfiltered): the WIP count. */
  readonly total: number;
  readonly wip: { readonly label: string; readonly isOver: boolean };
}

export interface BoardLayout {
  readonly columns: readonly BoardColumn[];
  readonly lanes: readonly Lane[];
  /** Visible cards per cell, keyed by cellKey(lane, column). */
  readonly cells: ReadonlyMap<string, readonly BoardCard[]>;
  readonly visibleCount: number;
  readonly totalCount: number;
}

export function cellKey(laneKey: string, columnId: ColumnId): string {
  return `${laneKey}|${columnId}`;
}

export interface LayoutInput {
  readonly plan: Plan;
  readonly schedule: ScheduleFlags | null;
  readonly laneMode: LaneMode;
  readonly filter: BoardFilter;
  readonly today: LocalDate;
}

export function boardLayout({ plan, schedule, laneMode, filter, today }: LayoutInput): BoardLayout {
  const columns = orderedColumns(plan.columns);
  const fallback = columns[0]?.id;
  const assignees = assigneesByTask(plan);
  const predecessors = predecessorsByTask(plan.links);
  const flagsOf = (t: Task): CardFlags => cardFlags(t, plan, predecessors.get(t.id), schedule, today);
  const facts = { assignees, flags: flagsOf, finish: (t: Task) => finishOf(t, schedule), today };
  const lanes = lanesFor(laneMode, plan);
  const laneKeys = new Set(lanes.map((l) => l.key));
  const counts = new Map<ColumnId, number>();
  const cells = new Map<string, BoardCard[]>();
  const cards = Object.values(plan.tasks).filter(isCard).sort(compareBoardRank);
  let visibleCount = 0;
  for (const task of cards) {
    const columnId = columnOf(task, plan.columns, fallback);
    if (columnId === undefined) continue;
    counts.set(columnId, (counts.get(columnId) ?? 0) + 1);
    if (!matchesFilter(task, filter, facts)) continue;
    const lane = laneKeyOf(task, laneMode, assignees);
    // A card whose person left the team (a stale assignment) still shows, in the first lane.
    const key = cellKey(laneKeys.has(lane) ? lane : (lanes[0]?.key ?? lane), columnId);
    const card: BoardCard = { task, flags: flagsOf(task), finish: facts.finish(task), assigneeIds: assignees.get(task.id) ?? [] };
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
    visibleCount++;
  }
  return {
    columns: columns.map((column) => {
      const total = counts.get(column.id) ?? 0;
      return { column, total, wip: wipStatus(total, column) };
    }),
    lanes,
    cells,
    visibleCount,
    totalCount: cards.length,
  };
}

/** Ids of a cell's cards, for placement and announcements. */
export function cellIds(layout: BoardLayout, laneKey: string, columnId: ColumnId): TaskId[] {
  return (layout.cells.get(cellKey(laneKey, columnId)) ?? []).map((c) => c.task.id);
}

/**
 * What a file with no board (MS Project XML, GanttProject, iCalendar) loses of it, in the Export
 * notice's words (not-carried.ts). Its reader gives the plan a new project's five columns and puts
 * each card in the first column its progress puts it in, in the task list's order
 * (plan-assembly.ts boardColumnOf, assembleTasks). Only what differs from that is lost, so a board
 * nobody arranged is not named on every export: columns of the person's own, cards in another
 * column than their progress gives them, and columns whose cards are in another order.
 */
import { columnCards, orderedColumns } from '../board/columns';
import { categoryOfProgress } from '../board/progress-rules';
import { DEFAULT_COLUMNS } from '../model/factories';
import { fullOutline, outlineIndexOf } from '../model/outline';
import type { ColumnCategory, Plan, WorkflowColumn } from '../model/plan';

const counted = (n: number, noun: readonly [string, string]): string => `${String(n)} ${n === 1 ? noun[0] : noun[1]}`;

/** The board a new project starts with: the five columns, their names, order, colours and WIP limits. */
function isStandardBoard(columns: readonly WorkflowColumn[]): boolean {
  return columns.length === DEFAULT_COLUMNS.length && columns.every((c, i) => {
    const standard = DEFAULT_COLUMNS[i];
    return standard !== undefined && c.name === standard.name && c.category === standard.category && c.color === standard.color && c.wipLimit === standard.wipLimit;
  });
}

/** The column's cards are not in the task list's order, which is the order they are read back in. */
function isReordered(plan: Plan, column: WorkflowColumn, position: ReadonlyMap<string, number>): boolean {
  const cards = columnCards(plan, column.id);
  return cards.some((card, i) => i > 0 && (position.get(card.id) ?? 0) < (position.get(cards[i - 1]?.id ?? '') ?? 0));
}

/**
 * The board's parts a file with no board leaves out, each counted: "the board column of 2 tasks
 * (…)", "the card order of 1 board column (…)", or, for columns of the person's own, "6 board
 * columns (…)"; empty for a board its reader gives back as it is.
 */
export function boardNotCarried(plan: Plan): string[] {
  const columns = orderedColumns(plan.columns);
  if (columns.length === 0) return [];
  const cards = Object.values(plan.tasks).filter((t) => t.kind !== 'summary');
  if (!isStandardBoard(columns)) {
    return [`${counted(columns.length, ['board column', 'board columns'])} (names, order and WIP limits, and which card is in which; read back, the board has a new project's five columns, each card in the first its progress puts it in)`];
  }
  const readBack = (category: ColumnCategory): string | undefined => DEFAULT_COLUMNS.find((c) => c.category === category)?.name;
  const moved = cards.filter((t) => plan.columns[t.statusId]?.name !== readBack(categoryOfProgress(t))).length;
  const position = outlineIndexOf(fullOutline(plan.tasks));
  const reordered = columns.filter((c) => isReordered(plan, c, position)).length;
  return [
    ...(moved === 0 ? [] : [`the board column of ${counted(moved, ['task', 'tasks'])} (read back, a card is in the first column its progress puts it in)`]),
    ...(reordered === 0 ? [] : [`the card order of ${counted(reordered, ['board column', 'board columns'])} (read back, cards are in the task list's order)`]),
  ];
}

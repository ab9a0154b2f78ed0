/**
 * The CSV's and workbook's Board order column: each card's place in its board column, 1 for the
 * top card, as the board shows them (board/columns.ts columnCards). Rows are written in outline
 * order, so without it a plan read back from its own export had each column's cards in table
 * order, not in the order they were dragged into. A file without the column (another tool's)
 * keeps table order; so does a card whose cell does not read (plan-assembly.ts assembleTasks).
 */
import { columnCards, orderedColumns } from '../../board/columns';
import type { ColumnId, TaskId } from '../../model/ids';
import type { Plan } from '../../model/plan';
import { boardColumnOf, type TaskDraft } from '../plan-assembly';
import { plainNumeralText } from '../numeral-text';
import type { StatusCell } from './csv-status';

/** Each card's place in its board column, 1 for the top card; a summary is no card and has none. */
export function boardPlaces(plan: Pick<Plan, 'tasks' | 'columns'>): ReadonlyMap<TaskId, number> {
  const places = new Map<TaskId, number>();
  for (const column of orderedColumns(plan.columns)) columnCards(plan, column.id).forEach((t, i) => places.set(t.id, i + 1));
  return places;
}

/** A row's Board order cell: its text and the file row it is on, as a Status cell is read. */
export type BoardOrderCell = StatusCell;

export interface BoardPlacesRead {
  /** The place each card's cell gives it in its column; a card without a place that reads has none. */
  readonly placeOf: ReadonlyMap<TaskId, number>;
  /** One per cell that does not read or repeats a place: where it is, its value, and that the card keeps table order. */
  readonly warnings: readonly string[];
}

/**
 * The places the Board order cells give the cards of `drafts` (in row order) in the columns they
 * land in (`columnOf`, as assembleTasks places them). A cell that is not a whole number from 1, or
 * repeats the place an earlier row took in the same column, is a warning ("row 5, column 14
 * (Board order): 2 is also the place of row 3 in 'To do'; …") and that card keeps its place in
 * table order. An empty cell says nothing. A place on a summary row (another tool's file) is not
 * used, since a summary is no card, and a warning names the row so that is not a silent loss.
 */
export function readBoardPlaces(
  drafts: readonly TaskDraft[], cells: ReadonlyMap<TaskId, BoardOrderCell>, columns: Plan['columns'],
  columnOf: ReadonlyMap<TaskId, ColumnId>, placeOf: (fileRow: number) => string,
): BoardPlacesRead {
  const places = new Map<TaskId, number>();
  const warnings: string[] = [];
  if (cells.size === 0) return { placeOf: places, warnings };
  const parents = new Set(drafts.map((d) => d.parentId));
  const column = boardColumnOf(columns, columnOf);
  // "column id:place" -> the file row that took it.
  const taken = new Map<string, number>();
  const keeps = 'the card keeps its place in table order.';
  for (const draft of drafts) {
    const cell = cells.get(draft.id);
    const text = cell === undefined ? '' : plainNumeralText(cell.text).trim();
    if (cell === undefined || text === '') continue;
    if (parents.has(draft.id)) {
      warnings.push(`row ${String(cell.fileRow)}: '${draft.name}' is a summary task; its Board order is not used — summary tasks are not board cards.`);
      continue;
    }
    if (!/^\d+$/.test(text) || Number(text) < 1) {
      warnings.push(`${placeOf(cell.fileRow)}: '${cell.text.trim()}' is not a place in a board column (a whole number, 1 for the top card); ${keeps}`);
      continue;
    }
    const place = Number(text);
    const columnId = column(draft);
    const earlier = taken.get(`${columnId}:${String(place)}`);
    if (earlier !== undefined) {
      warnings.push(`${placeOf(cell.fileRow)}: ${String(place)} is also the place of row ${String(earlier)} in '${columns[columnId]?.name ?? ''}'; ${keeps}`);
      continue;
    }
    taken.set(`${columnId}:${String(place)}`, cell.fileRow);
    places.set(draft.id, place);
  }
  return { placeOf: places, warnings };
}

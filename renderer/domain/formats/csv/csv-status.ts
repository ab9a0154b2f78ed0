/**
 * The CSV's Status column: each task's board column by its name, as the export writes it
 * (csv-export.ts), so a plan read back from its own CSV keeps its cards where they were, where
 * reading them by progress put every card not started in the first column (a task in 'To do'
 * came back in 'Backlog'). Names match the board's columns whatever their case; Jira's words
 * for a finished issue (Closed, Resolved) name the first done column, as they make the task
 * 100 % complete (csv-import.ts readRow).
 */
import type { ColumnId, TaskId } from '../../model/ids';
import type { Plan } from '../../model/plan';
import { compareRank } from '../../model/rank';

/** A Status that says the work is finished: Plotline's and Jira's 'Done', Jira's other words for it. */
export function isDoneStatus(text: string): boolean {
  return /^(done|closed|resolved|complete(d)?)$/i.test(text.trim());
}

/** A row's Status cell: its text and the file row it is on (1 = the first line). */
export interface StatusCell {
  readonly text: string;
  readonly fileRow: number;
}

export interface StatusColumns {
  /** The board column each task's Status names; a task without a Status is placed by its progress. */
  readonly columnOf: ReadonlyMap<TaskId, ColumnId>;
  /** One per Status that names no board column: its place, value, and where the task went. */
  readonly warnings: readonly string[];
}

/**
 * The board columns the Status cells name among `columns`. A name no column has is a warning,
 * "row 4, column 9 (Status): 'Blocked' is not a board column (Backlog, To do, …); the task is in
 * 'Backlog'.", and the task goes to the first column. `placeOf` says where a row's Status cell is.
 */
export function statusColumns(statusOf: ReadonlyMap<TaskId, StatusCell>, columns: Plan['columns'], placeOf: (fileRow: number) => string): StatusColumns {
  const ordered = Object.values(columns).sort(compareRank);
  const first = ordered[0];
  const byName = new Map(ordered.map((c) => [c.name.trim().toLowerCase(), c] as const));
  const done = ordered.find((c) => c.category === 'done');
  const columnOf = new Map<TaskId, ColumnId>();
  const warnings: string[] = [];
  for (const [taskId, { text, fileRow }] of statusOf) {
    const name = text.trim();
    if (name === '' || first === undefined) continue;
    const column = byName.get(name.toLowerCase()) ?? (isDoneStatus(name) ? done : undefined);
    if (column === undefined) {
      const names = ordered.map((c) => c.name).join(', ');
      warnings.push(`${placeOf(fileRow)}: '${name}' is not a board column (${names}); the task is in '${first.name}'.`);
    }
    columnOf.set(taskId, (column ?? first).id);
  }
  return { columnOf, warnings };
}

/**
 * Entry in the Gantt's grid with the task table's own pieces: the cursor and keys (use-grid), the
 * plan edits (grid-commands) and the cell editor. The grid is one Tab stop (its type-ahead field).
 *
 * Below the last task waits the table's empty entry row (MS Project's Gantt Chart view has one):
 * a name typed there adds a task at the end, so a plan is entered in the Gantt top to bottom with
 * Enter between names, and an empty project's Gantt is that row with the cursor on it.
 */
import { useEffect, useMemo, useRef, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { personShortNames, type Problem } from '../../domain/model';
import { useSession, useUi, useUiStore } from '../../store';
import { CellEditor } from '../tasks/CellEditor';
import { editTextOf, openPlanPredecessorTexts, type PredecessorTexts } from '../tasks/cell-text';
import { EDITOR_HEADERS, useGridCommands } from '../tasks/grid-commands';
import { NewNameInput } from '../tasks/NewEntryRow';
import { assigneesByTask } from '../tasks/table-rows';
import { useTaskActions } from '../tasks/task-actions';
import { gridRowsOf, useGrid, type GridState } from '../tasks/use-grid';
import { GANTT_COLUMNS } from './GanttGrid';
import type { GanttRow } from './gantt-rows';

export interface GanttEntry {
  readonly grid: GridState;
  readonly editor: ReactNode;
  readonly predecessors: PredecessorTexts;
  readonly people: ReadonlyMap<string, string>;
  readonly onCell: (row: number, col: number, e: MouseEvent) => void;
  /** The active cell, as a screen reader names the grid's type-ahead field. */
  readonly typeAheadLabel: string;
}

export interface GanttFind {
  /** Ctrl+F: opens the find bar (the view filters its rows by the query). */
  readonly onFind: () => void;
}

export interface GanttEntryOptions {
  readonly find?: GanttFind | undefined;
  /**
   * Whether the empty entry row waits below the last task: not while the rows are filtered (Find,
   * Tasks at risk), where a row typed could vanish as it is entered (the task table's rule).
   */
  readonly allowNewRow?: boolean;
}

const NO_TEXTS: PredecessorTexts = new Map<string, string>();

export function useGanttEntry(
  rows: readonly GanttRow[], gridRef: RefObject<HTMLElement | null>, scrollerRef: RefObject<HTMLElement | null>, rowHeight: number,
  { find, allowNewRow = false }: GanttEntryOptions = {},
): GanttEntry {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const selected = useUi((s) => s.selectedTaskIds);
  const ui = useUiStore();
  const actions = useTaskActions();
  const commands = useGridCommands();
  const gridRows = useMemo(() => gridRowsOf(rows, (r) => r.id, (r) => r.hasChildren), [rows]);
  const findNext = (): void => {
    if (rows.length > 0) grid.setCursor({ row: (grid.cursor.row + 1) % rows.length, col: grid.cursor.col });
  };
  // The rows are unfiltered while the entry row shows: the last one is the plan's last shown.
  const append = (name: string): Problem | null => commands.append(name, rows.at(-1)?.id);
  const grid = useGrid({
    rows: gridRows, columns: GANTT_COLUMNS, gridRef, actions, commands, allowNewRow, onAppend: append,
    onOpenInfo: (id) => ui.getState().openTaskEditor(id), onToggle: (id) => ui.getState().toggleCollapsed(id),
    ...(find ? { onFind: find.onFind, onFindNext: findNext } : {}),
  });
  const predecessors = useMemo(() => (plan ? openPlanPredecessorTexts(plan) : NO_TEXTS), [plan]);
  const assignments = plan?.assignments;
  const resources = plan?.resources;
  const people = useMemo(() => {
    if (!assignments || !resources) return new Map<string, string>();
    const byTask = assigneesByTask({ assignments, resources });
    const names = personShortNames(resources);
    return new Map([...byTask].map(([id, list]) => [id, list.map((p) => names.get(p.id) ?? p.name).join(', ')]));
  }, [assignments, resources]);

  // The cursor follows a selection made elsewhere (a bar, the table, undo).
  const { cursor, setCursor } = grid;
  useEffect(() => {
    const index = rows.findIndex((r) => r.id === selected[0]);
    if (index >= 0 && index !== cursor.row && selected.length === 1) setCursor({ row: index, col: cursor.col });
  }, [selected, rows, cursor, setCursor]);

  // The chart's scroller owns the vertical scroll (the grid follows it): keep the cursor row in view.
  // Only when the cursor moves: on mount it is where the chart opens, and reading the scroller
  // then forced a layout of the chart the same commit had just drawn.
  const { row: cursorRow } = grid.cursor;
  const followed = useRef({ row: cursorRow, rowHeight });
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el || (followed.current.row === cursorRow && followed.current.rowHeight === rowHeight)) return;
    followed.current = { row: cursorRow, rowHeight };
    const top = cursorRow * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [cursorRow, rowHeight, scrollerRef]);

  const row = rows[grid.cursor.row];
  const task = row && plan ? plan.tasks[row.id] : undefined;
  const column = GANTT_COLUMNS[grid.cursor.col];
  const isNewRow = allowNewRow && grid.cursor.row === rows.length;
  const editor = grid.editing && isNewRow ? (
    <NewNameInput seed={grid.editing.seed} onCommit={grid.commit} onCancel={grid.cancelEdit} />
  ) : grid.editing && task && plan && column?.editor ? (
    <CellEditor
      key={`${task.id}:${column.key}`}
      editor={column.editor}
      initialText={editTextOf(column.editor, task, plan, schedule)}
      seed={grid.editing.seed}
      plan={plan}
      taskId={task.id}
      label={`${EDITOR_HEADERS[column.editor]} of ${task.name}`}
      onCommit={grid.commit}
      onCancel={grid.cancelEdit}
      onAssign={(ids) => { grid.cancelEdit(); commands.assign(task.id, ids); }}
    />
  ) : null;
  const onCell = (r: number, col: number, e: MouseEvent): void =>
    grid.setCursor({ row: r, col }, e.shiftKey ? 'extend' : e.ctrlKey || e.metaKey ? 'toggle' : 'replace');
  const typeAheadLabel = `${row?.name ?? (isNewRow ? 'New task' : 'No task')}, ${column?.header ?? ''}`;
  return { grid, editor, predecessors, people, onCell, typeAheadLabel };
}

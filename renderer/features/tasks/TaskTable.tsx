/**
 * The outline grid every MS Project user knows: WBS, name, duration, dates, predecessors, people,
 * progress and status, with inline editing and keyboard navigation. Only visible rows render.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnId, ResourceId } from '../../domain/model';
import { useSession, useSessionStore, useUi, useUiStore } from '../../store';
import { cellEdit, dispatchCellEdit } from './cell-edits';
import { COLUMNS, type ColumnDef } from './columns';
import { TableRowView } from './TableRowView';
import { TaskToolbar } from './TaskToolbar';
import { tableRows, type TableRow } from './table-rows';
import { useTaskActions } from './task-actions';
import { useGrid, type GridCursor } from './use-grid';
import type { EditorExit } from './CellEditor';

const ROW_HEIGHT = 32;
const OVERSCAN = 12;

export function TaskTable() {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const collapsed = useUi((s) => s.collapsed);
  const selected = useUi((s) => s.selectedTaskIds);
  const session = useSessionStore();
  const ui = useUiStore();
  const actions = useTaskActions();
  const [showDetail, setShowDetail] = useState(false);
  const columns = useMemo(() => COLUMNS.filter((c) => showDetail || !c.isScheduleDetail), [showDetail]);
  const rows = useMemo(() => (plan ? tableRows(plan, schedule, collapsed) : []), [plan, schedule, collapsed]);
  const grid = useGrid(rows, columns, actions, (id) => ui.getState().openTaskEditor(id), (id) => ui.getState().toggleCollapsed(id));
  const body = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  // Keep the cursor on the selected task when the selection changes elsewhere (insert, Gantt, undo).
  const { cursor, setCursor } = grid;
  useEffect(() => {
    const index = rows.findIndex((r) => r.outline.task.id === selected[0]);
    if (index >= 0 && index !== cursor.row && selected.length === 1) setCursor({ row: index, col: cursor.col });
  }, [selected, rows, cursor, setCursor]);

  // Scroll the cursor row into view.
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const top = cursor.row * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight - ROW_HEIGHT) el.scrollTop = top - el.clientHeight + 2 * ROW_HEIGHT;
  }, [cursor.row]);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport({ top: el.scrollTop, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  if (!plan) return null;
  const template = columns.map((c) => `${String(c.width)}px`).join(' ');
  const first = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN);
  const selectedSet = new Set(selected);

  const commit = (row: TableRow, column: ColumnDef, text: string, exit: EditorExit): void => {
    grid.stopEdit();
    const task = row.outline.task;
    const editor = column.editor;
    if (editor && editor !== 'assignees' && editor !== 'status' && text !== column.editText?.(row, plan)) {
      const edit = cellEdit(plan, schedule, task, editor, text);
      if ('message' in edit) session.setState({ lastProblem: edit });
      else dispatchCellEdit(session.getState().dispatch, edit);
    }
    const moves: Record<EditorExit, GridCursor> = {
      down: { row: grid.cursor.row + 1, col: grid.cursor.col }, right: { row: grid.cursor.row, col: grid.cursor.col + 1 },
      left: { row: grid.cursor.row, col: grid.cursor.col - 1 }, stay: grid.cursor, cancel: grid.cursor,
    };
    if (exit !== 'stay') grid.setCursor(moves[exit]);
    if (exit !== 'stay') body.current?.focus();
  };

  return (
    <div className="task-table">
      <TaskToolbar actions={actions} showDetail={showDetail} onToggleDetail={() => setShowDetail((v) => !v)} />
      <div className="grid-scroll" ref={body} tabIndex={0} role="grid" aria-label="Tasks" aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1} onKeyDown={grid.onKeyDown}
        onScroll={(e) => setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
        <div className="grid-header" role="row" style={{ gridTemplateColumns: `48px ${template}` }}>
          <div role="columnheader" className="cell num">#</div>
          {columns.map((c) => <div key={c.key} role="columnheader" className={`cell ${c.align ?? ''}`}>{c.header}</div>)}
        </div>
        <div className="grid-body" role="rowgroup" style={{ height: rows.length * ROW_HEIGHT }}>
          {rows.slice(first, last).map((row, i) => (
            <TableRowView
              key={row.outline.task.id}
              row={row}
              index={first + i}
              plan={plan}
              columns={columns}
              template={template}
              isSelected={selectedSet.has(row.outline.task.id)}
              activeCol={grid.cursor.row === first + i ? grid.cursor.col : -1}
              editing={grid.cursor.row === first + i ? grid.editing : null}
              isCollapsed={collapsed.has(row.outline.task.id)}
              onCellClick={(col, e) => grid.setCursor({ row: first + i, col }, e.shiftKey)}
              onCellDoubleClick={(col) => { grid.setCursor({ row: first + i, col }); if (col === 0 || !columns[col]?.editor) ui.getState().openTaskEditor(row.outline.task.id); else grid.startEdit(); }}
              onToggle={() => ui.getState().toggleCollapsed(row.outline.task.id)}
              onCommit={(column, text, exit) => commit(row, column, text, exit)}
              onCancel={() => { grid.stopEdit(); body.current?.focus(); }}
              onAssign={(ids: ResourceId[]) => { grid.stopEdit(); session.getState().dispatch('setAssignees', { taskId: row.outline.task.id, resourceIds: ids }); body.current?.focus(); }}
              onStatus={(statusId) => { grid.stopEdit(); session.getState().dispatch('updateTask', { id: row.outline.task.id, changes: { statusId: statusId as ColumnId } }); body.current?.focus(); }}
            />
          ))}
        </div>
        {rows.length === 0 ? (
          <div className="empty-state"><h2>No tasks yet</h2><p>Add the first task of this plan.</p>
            <button type="button" className="button primary" onClick={() => actions.insertBelow()}>Add the first task</button></div>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The table's cursor: which row and column are active, what is being edited, and how keys move
 * them. Row selection lives in the UI store (shared with the Gantt and menus).
 */
import { useCallback, useState } from 'react';
import type { TaskId } from '../../domain/model';
import { useUiStore } from '../../store';
import type { ColumnDef } from './columns';
import type { TableRow } from './table-rows';
import type { TaskActions } from './task-actions';

export interface GridCursor {
  readonly row: number;
  readonly col: number;
}

export interface GridState {
  readonly cursor: GridCursor;
  readonly editing: { readonly seed: string | null } | null;
  readonly setCursor: (cursor: GridCursor, extend?: boolean) => void;
  readonly startEdit: (seed?: string | null) => void;
  readonly stopEdit: () => void;
  readonly onKeyDown: (e: React.KeyboardEvent) => void;
}

export function useGrid(rows: readonly TableRow[], columns: readonly ColumnDef[], actions: TaskActions, onOpenEditor: (id: TaskId) => void, onToggle: (id: TaskId) => void): GridState {
  const ui = useUiStore();
  const [cursor, setCursorState] = useState<GridCursor>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<{ seed: string | null } | null>(null);
  const [anchor, setAnchor] = useState(0);

  const setCursor = useCallback((next: GridCursor, extend = false) => {
    const row = Math.max(0, Math.min(rows.length - 1, next.row));
    const col = Math.max(0, Math.min(columns.length - 1, next.col));
    setCursorState({ row, col });
    const lo = Math.min(extend ? anchor : row, row);
    const hi = Math.max(extend ? anchor : row, row);
    if (!extend) setAnchor(row);
    ui.getState().select(rows.slice(lo, hi + 1).map((r) => r.outline.task.id));
  }, [rows, columns.length, anchor, ui]);

  const startEdit = useCallback((seed: string | null = null) => {
    if (columns[cursor.col]?.editor && rows[cursor.row]) setEditing({ seed });
  }, [columns, cursor, rows]);

  const onKeyDown = useCallback((e: React.KeyboardEvent) => {
    if (editing) return;
    const row = rows[cursor.row];
    const move = (dr: number, dc: number): void => { e.preventDefault(); setCursor({ row: cursor.row + dr, col: cursor.col + dc }, e.shiftKey && dr !== 0); };
    if (e.altKey && e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      actions.moveSelected(e.key === 'ArrowUp' ? 'up' : 'down');
      setCursorState((c) => ({ ...c, row: c.row + (e.key === 'ArrowUp' ? -1 : 1) }));
      return;
    }
    if ((e.altKey && e.shiftKey && e.key === 'ArrowRight') || (e.key === 'Tab' && !e.shiftKey)) { e.preventDefault(); actions.indentSelected(); return; }
    if ((e.altKey && e.shiftKey && e.key === 'ArrowLeft') || (e.key === 'Tab' && e.shiftKey)) { e.preventDefault(); actions.outdentSelected(); return; }
    switch (e.key) {
      case 'ArrowUp': return move(-1, 0);
      case 'ArrowDown': return move(1, 0);
      case 'ArrowLeft': return move(0, -1);
      case 'ArrowRight': return move(0, 1);
      case 'Home': return move(0, -cursor.col);
      case 'End': return move(0, columns.length);
      case 'PageDown': return move(15, 0);
      case 'PageUp': return move(-15, 0);
      case 'Enter': e.preventDefault(); startEdit(); return;
      case 'F2':
        e.preventDefault();
        // Shift+F2 is MS Project's Task Information.
        if (e.shiftKey && row) onOpenEditor(row.outline.task.id);
        else startEdit();
        return;
      case 'Insert': e.preventDefault(); actions.insertBelow(); setCursorState((c) => ({ row: c.row + 1, col: 1 })); return;
      case 'Delete': e.preventDefault(); actions.deleteSelected(); return;
      case ' ':
        if (row?.outline.hasChildren) { e.preventDefault(); onToggle(row.outline.task.id); }
        return;
      default:
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && columns[cursor.col]?.editor && columns[cursor.col]?.editor !== 'start' && columns[cursor.col]?.editor !== 'finish') {
          e.preventDefault();
          startEdit(e.key);
        }
    }
  }, [editing, rows, cursor, columns, setCursor, startEdit, actions, onToggle, onOpenEditor]);

  return { cursor, editing, setCursor, startEdit, stopEdit: () => setEditing(null), onKeyDown };
}

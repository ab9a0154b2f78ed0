/**
 * An entry grid's cursor and editor, shared by the task table and the Gantt's grid: which cell is
 * active, whether it is being edited, and what keys do (looked up in grid-keys.ts). Row selection
 * lives in the UI store (shared with the Gantt, the board and the menus). The grid is one Tab stop
 * (its type-ahead field, below); the cursor moves inside it (roving), so Tab always leaves it.
 *
 * `allowNewRow`: the table shows an empty row below the last task, as MS Project and Excel do:
 * typing a name there adds a task, so a plan is entered top to bottom with Enter between names.
 *
 * The keyboard focus of a grid that is not editing is its type-ahead field (GridTypeAhead), not
 * the grid element: a dead key ("¨" then "U") or an input method (Japanese, Chinese, Korean)
 * composes only in an element that takes text, so on the grid element itself the first character
 * of "Überprüfung" or of "日本" was lost, or typed as a plain "a" before the IME woke up. What the
 * field composes opens the cell's editor with that text, as Excel and Google Sheets do.
 */
import {
  useCallback, useMemo, useRef, useState, type ClipboardEvent, type CompositionEvent, type FocusEvent, type FormEvent, type KeyboardEvent, type RefObject,
} from 'react';
import type { Problem, TaskId } from '../../domain/model';
import { useUiStore } from '../../store';
import type { Editor } from './columns';
import { pasteFieldOf, type GridCommands } from './grid-commands';
import { gridKeyAction, type GridAction } from './grid-keys';
import type { TaskActions } from './task-actions';

export interface GridCursor {
  readonly row: number;
  readonly col: number;
}

/**
 * The grid's rows as its keys read them, by position. Each view hands in its own rows through
 * gridRowsOf rather than an object per row: the Gantt and the task table made 10,000 of them
 * on every edit, only for the cursor's row to be read.
 */
export interface GridRows {
  readonly length: number;
  idAt(row: number): TaskId | undefined;
  isSummaryAt(row: number): boolean;
}

/** A view's rows read as GridRows. */
export function gridRowsOf<R>(rows: readonly R[], idOf: (row: R) => TaskId, isSummary: (row: R) => boolean): GridRows {
  return {
    length: rows.length,
    idAt: (i) => {
      const row = rows[i];
      return row === undefined ? undefined : idOf(row);
    },
    isSummaryAt: (i) => {
      const row = rows[i];
      return row !== undefined && isSummary(row);
    },
  };
}

/** The ids of rows `from` to `to`, both included, in row order. */
export function idsBetween(rows: GridRows, from: number, to: number): TaskId[] {
  const ids: TaskId[] = [];
  for (let i = Math.max(0, from); i <= Math.min(to, rows.length - 1); i++) {
    const id = rows.idAt(i);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

export interface GridColumnRef {
  readonly key: string;
  readonly editor?: Editor;
}

/** Where the cursor goes after a commit: 'stay' keeps focus where it went (a blur), 'here' returns it to the grid (a pick). */
export type EditorExit = 'down' | 'right' | 'left' | 'stay' | 'here';
export type SelectMode = 'replace' | 'extend' | 'toggle';

export interface GridOptions {
  readonly rows: GridRows;
  readonly columns: readonly GridColumnRef[];
  readonly gridRef: RefObject<HTMLElement | null>;
  readonly actions: TaskActions;
  readonly commands: GridCommands;
  readonly onOpenInfo: (id: TaskId) => void;
  readonly onToggle: (id: TaskId) => void;
  readonly allowNewRow?: boolean;
  readonly onFind?: () => void;
  readonly onFindNext?: () => void;
  /** Adds a task named `name` below the last row (the empty entry row). */
  readonly onAppend?: (name: string) => Problem | null;
  /** Home or Ctrl+Home: the grid scrolled sideways scrolls back to its first columns (the cursor goes to a frozen one). */
  readonly onShowFirstColumns?: () => void;
}

export interface GridState {
  readonly cursor: GridCursor;
  readonly editing: { readonly seed: string | null } | null;
  readonly setCursor: (cursor: GridCursor, mode?: SelectMode) => void;
  readonly startEdit: (seed?: string | null) => void;
  /** Puts the cursor on row `row`'s name and opens its editor (a row just added is named by typing). */
  readonly editName: (row: number) => void;
  readonly cancelEdit: () => void;
  /** Commits the editor's text; false (editor kept open) when the edit was refused. */
  readonly commit: (text: string, exit: EditorExit) => boolean;
  readonly onKeyDown: (e: KeyboardEvent) => void;
  /** The grid element's focus goes to the type-ahead field (a click on a cell, Tab, a find bar closing). */
  readonly onGridFocus: (e: FocusEvent) => void;
  /** The type-ahead field's element and what it composes (GridTypeAhead renders it). */
  readonly typeAhead: TypeAhead;
  /** Copy/cut/paste events on the grid itself (the desktop's Edit menu sends these, not keys). */
  readonly clipboardHandlers: {
    readonly onCopy: (e: ClipboardEvent) => void;
    readonly onCut: (e: ClipboardEvent) => void;
    readonly onPaste: (e: ClipboardEvent) => void;
  };
}

export interface TypeAhead {
  readonly ref: RefObject<HTMLTextAreaElement | null>;
  /** Whether an input method or a dead key is composing in the field (it is then shown over the cell). */
  readonly isComposing: boolean;
  readonly onCompositionStart: (e: CompositionEvent) => void;
  readonly onCompositionEnd: (e: CompositionEvent<HTMLTextAreaElement>) => void;
  readonly onInput: (e: FormEvent<HTMLTextAreaElement>) => void;
}

/** A key that belongs to a composition in progress (an IME's Enter picks a word, it does not commit the cell). */
export function isComposingKey(e: KeyboardEvent): boolean {
  return e.nativeEvent.isComposing || e.key === 'Process' || e.keyCode === 229;
}

/**
 * What a key does to an open cell editor: Enter commits and moves down, Tab right (Shift+Tab
 * left), Escape cancels; nothing while an input method composes, whose Enter picks the word and
 * whose Escape drops the composition (committing there saved half-typed Japanese).
 */
export function editorKeyExit(e: KeyboardEvent): EditorExit | 'cancel' | null {
  if (isComposingKey(e)) return null;
  if (e.key === 'Enter') return 'down';
  if (e.key === 'Tab') return e.shiftKey ? 'left' : 'right';
  if (e.key === 'Escape') return 'cancel';
  return null;
}

/** Whether an event was raised on the grid itself or its type-ahead field, not inside an editor or a row's button. */
function isGridTarget(target: EventTarget, grid: EventTarget, field: HTMLTextAreaElement | null): boolean {
  return target === grid || target === field;
}

export function useGrid(options: GridOptions): GridState {
  const { rows, columns, gridRef, actions, commands } = options;
  const ui = useUiStore();
  const [cursor, setCursorState] = useState<GridCursor>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<{ seed: string | null } | null>(null);
  const [anchor, setAnchor] = useState(0);
  const lastRow = rows.length - (options.allowNewRow ? 0 : 1);
  const nameCol = Math.max(0, columns.findIndex((c) => c.editor === 'name'));
  const typeAheadRef = useRef<HTMLTextAreaElement | null>(null);
  const [isComposing, setComposing] = useState(false);
  const focusGrid = useCallback(() => (typeAheadRef.current ?? gridRef.current)?.focus({ preventScroll: true }), [gridRef]);
  const onGridFocus = useCallback((e: FocusEvent) => {
    if (e.target === e.currentTarget) typeAheadRef.current?.focus({ preventScroll: true });
  }, []);

  const setCursor = useCallback((next: GridCursor, mode: SelectMode = 'replace') => {
    const row = Math.max(0, Math.min(lastRow, next.row));
    const col = Math.max(0, Math.min(columns.length - 1, next.col));
    setEditing(null);
    setCursorState({ row, col });
    const id = rows.idAt(row);
    const selected = ui.getState().selectedTaskIds;
    if (mode === 'toggle' && id) {
      setAnchor(row);
      ui.getState().select(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
      return;
    }
    const from = mode === 'extend' ? anchor : row;
    if (mode !== 'extend') setAnchor(row);
    ui.getState().select(idsBetween(rows, Math.min(from, row), Math.max(from, row)));
  }, [rows, columns.length, lastRow, anchor, ui]);

  const startEdit = useCallback((seed: string | null = null) => {
    const isNewRow = cursor.row === rows.length;
    const column = columns[isNewRow ? nameCol : cursor.col];
    if (!column?.editor || (isNewRow && !options.allowNewRow)) return;
    if (isNewRow && cursor.col !== nameCol) setCursorState({ row: cursor.row, col: nameCol });
    setEditing({ seed });
  }, [columns, cursor, rows.length, nameCol, options.allowNewRow]);

  const editName = useCallback((row: number) => {
    setCursorState({ row, col: nameCol });
    setAnchor(row);
    setEditing({ seed: null });
  }, [nameCol]);

  const cancelEdit = useCallback(() => { setEditing(null); focusGrid(); }, [focusGrid]);

  const commit = useCallback((text: string, exit: EditorExit): boolean => {
    const id = rows.idAt(cursor.row);
    const editor = columns[cursor.col]?.editor;
    if (!editor) return true;
    if (id === undefined) {
      // The empty entry row: a name adds a task; the cursor moves to the new empty row below it.
      const added = Boolean(text.trim()) && options.onAppend !== undefined;
      if (added && options.onAppend?.(text.trim())) return false;
      setEditing(null);
      if (added && exit === 'down') setCursorState({ row: cursor.row + 1, col: cursor.col });
      focusGrid();
      return true;
    }
    if (commands.commitCell(id, editor, text)) return false;
    setEditing(null);
    if (exit === 'stay') return true;
    if (exit === 'here') { focusGrid(); return true; }
    const move = { down: [1, 0], right: [0, 1], left: [0, -1] }[exit];
    const next = { row: cursor.row + (move[0] ?? 0), col: cursor.col + (move[1] ?? 0) };
    // After appending, the new empty row sits one below: Enter lands on it, ready for the next name.
    setCursor(next);
    focusGrid();
    return true;
  }, [rows, columns, cursor, commands, options, setCursor, focusGrid]);

  // When a key already copied or pasted, the clipboard event the same key may raise is not repeated.
  const keyedClipboardAt = useRef(-Infinity);
  const pendingPaste = useRef(false);
  const perform = useCallback((action: GridAction) => {
    const id = rows.idAt(cursor.row);
    if (action.kind === 'copy' || action.kind === 'cut' || action.kind === 'paste') keyedClipboardAt.current = performance.now();
    switch (action.kind) {
      case 'move': return setCursor({ row: cursor.row + action.rows, col: cursor.col + action.cols }, action.extend ? 'extend' : 'replace');
      case 'rowStart':
        setCursor({ row: cursor.row, col: 0 });
        return options.onShowFirstColumns?.();
      case 'rowEnd': return setCursor({ row: cursor.row, col: columns.length - 1 });
      case 'firstCell':
        setCursor({ row: 0, col: 0 });
        return options.onShowFirstColumns?.();
      case 'lastRow': return setCursor({ row: lastRow, col: cursor.col });
      case 'edit': return startEdit(action.seed);
      case 'openInfo': return id !== undefined ? options.onOpenInfo(id) : undefined;
      case 'insertAbove': {
        const created = commands.insertAbove(id ?? null);
        if (created) editName(Math.min(cursor.row, rows.length));
        return;
      }
      case 'delete': return actions.deleteSelected();
      case 'indent': return actions.indentSelected();
      case 'outdent': return actions.outdentSelected();
      case 'moveRow':
        actions.moveSelected(action.direction);
        setCursorState((c) => ({ ...c, row: Math.max(0, c.row + (action.direction === 'up' ? -1 : 1)) }));
        return;
      case 'toggle': return id !== undefined ? options.onToggle(id) : undefined;
      case 'selectAll': return ui.getState().select(idsBetween(rows, 0, rows.length - 1));
      case 'copy': return void commands.copy();
      case 'cut': return void commands.cut();
      // Reached when no paste event followed the key (a browser that raises none): Plotline's own rows.
      case 'paste': return void commands.paste(id ?? null);
      case 'fillDown': return commands.fillDown(columns[cursor.col]?.editor, id ?? null);
      case 'find': return options.onFind?.();
      case 'findNext': return options.onFindNext?.();
      case 'help': return undefined;
      default: {
        const never: never = action;
        return never;
      }
    }
  }, [rows, cursor, columns, lastRow, setCursor, startEdit, editName, commands, actions, options, ui]);

  const onKeyDown = useCallback((e: KeyboardEvent) => {
    // Keys typed into an editor belong to the editor; the grid handles its own element (and its
    // type-ahead field) only. A dead key or an IME's keys are left to compose in the field.
    if (editing || !isGridTarget(e.target, e.currentTarget, typeAheadRef.current) || isComposingKey(e) || e.key === 'Dead') return;
    const isNewRow = cursor.row === rows.length;
    const column = columns[cursor.col];
    const action = gridKeyAction(e, {
      isEditable: isNewRow ? Boolean(options.allowNewRow) : column?.editor !== undefined,
      isSummary: rows.isSummaryAt(cursor.row),
    });
    // Unhandled keys (Tab among them) keep their default: Tab leaves the grid. Help bubbles to the app's sheet.
    if (!action || action.kind === 'help') return;
    if (action.kind === 'paste') {
      // The key's own paste event carries the clipboard's text (a spreadsheet's cells, or our rows):
      // let it come; only when none does are the copied rows pasted.
      pendingPaste.current = true;
      setTimeout(() => { if (pendingPaste.current) { pendingPaste.current = false; perform(action); } }, 0);
      return;
    }
    e.preventDefault();
    perform(action);
  }, [editing, cursor, rows, columns, options.allowNewRow, perform]);

  const clipboardHandlers = useMemo(() => {
    const handle = (kind: 'copy' | 'cut' | 'paste') => (e: ClipboardEvent): void => {
      if (!isGridTarget(e.target, e.currentTarget, typeAheadRef.current)) return;
      e.preventDefault();
      if (kind === 'paste') {
        pendingPaste.current = false;
        const fields = columns.slice(cursor.col).map((c) => pasteFieldOf(c.editor));
        commands.pasteText(e.clipboardData.getData('text/plain'), rows.idAt(cursor.row) ?? null, fields);
        return;
      }
      if (performance.now() - keyedClipboardAt.current < 500) return;
      const text = kind === 'copy' ? commands.copy() : commands.cut();
      if (text) e.clipboardData.setData('text/plain', text);
    };
    return { onCopy: handle('copy'), onCut: handle('cut'), onPaste: handle('paste') };
  }, [commands, rows, columns, cursor.row, cursor.col]);

  // What the field composed (or took without a key the grid handled) starts the cell's edit with
  // it; on a cell that cannot be edited it is dropped, as a typed letter is there.
  const typeAhead = useMemo((): TypeAhead => {
    const take = (field: HTMLTextAreaElement, text: string): void => {
      field.value = '';
      if (text !== '') startEdit(text);
    };
    return {
      ref: typeAheadRef,
      isComposing,
      onCompositionStart: () => setComposing(true),
      onCompositionEnd: (e) => { setComposing(false); take(e.currentTarget, e.data || e.currentTarget.value); },
      onInput: (e) => {
        if (!(e.nativeEvent as InputEvent).isComposing) take(e.currentTarget, e.currentTarget.value);
      },
    };
  }, [isComposing, startEdit]);

  return { cursor, editing, setCursor, startEdit, editName, cancelEdit, commit, onKeyDown, onGridFocus, typeAhead, clipboardHandlers };
}

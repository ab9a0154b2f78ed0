/**
 * What each key does in an entry grid (the task table and the Gantt's grid), as one table: the
 * grids look keys up here, and the shortcut sheet lists this same table, so the sheet cannot
 * drift from what the keys do. Pure: tested without a DOM.
 *
 * The habits are MS Project's and Excel's: typing on a selected cell starts editing with that
 * character; F2 or Enter edits; arrows move; Alt+Shift+arrows indent, outdent and move rows.
 * Tab is NOT an outline key: outside an editor it leaves the grid (one Tab stop, roving cursor).
 */

export type GridAction =
  | { readonly kind: 'move'; readonly rows: number; readonly cols: number; readonly extend: boolean }
  | { readonly kind: 'rowStart' } | { readonly kind: 'rowEnd' } | { readonly kind: 'firstCell' } | { readonly kind: 'lastRow' }
  | { readonly kind: 'edit'; readonly seed: string | null }
  | { readonly kind: 'openInfo' } | { readonly kind: 'insertAbove' } | { readonly kind: 'delete' }
  | { readonly kind: 'indent' } | { readonly kind: 'outdent' }
  | { readonly kind: 'moveRow'; readonly direction: 'up' | 'down' }
  | { readonly kind: 'toggle' } | { readonly kind: 'selectAll' }
  | { readonly kind: 'copy' } | { readonly kind: 'cut' } | { readonly kind: 'paste' } | { readonly kind: 'fillDown' }
  | { readonly kind: 'find' } | { readonly kind: 'findNext' } | { readonly kind: 'help' };

export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export interface GridBinding {
  /** As shown in the shortcut sheet; Ctrl means Ctrl or ⌘. */
  readonly keys: string;
  readonly label: string;
  readonly action: GridAction;
}

const move = (rows: number, cols: number, extend = false): GridAction => ({ kind: 'move', rows, cols, extend });

/** The grid's keys, in the order the shortcut sheet lists them. */
export const GRID_BINDINGS: readonly GridBinding[] = [
  { keys: 'ArrowUp', label: 'Previous row', action: move(-1, 0) },
  { keys: 'ArrowDown', label: 'Next row', action: move(1, 0) },
  { keys: 'ArrowLeft', label: 'Previous column', action: move(0, -1) },
  { keys: 'ArrowRight', label: 'Next column', action: move(0, 1) },
  { keys: 'Shift+ArrowUp', label: 'Extend the selection up', action: move(-1, 0, true) },
  { keys: 'Shift+ArrowDown', label: 'Extend the selection down', action: move(1, 0, true) },
  { keys: 'PageUp', label: 'Up one page', action: move(-15, 0) },
  { keys: 'PageDown', label: 'Down one page', action: move(15, 0) },
  { keys: 'Home', label: 'First column', action: { kind: 'rowStart' } },
  { keys: 'End', label: 'Last column', action: { kind: 'rowEnd' } },
  // MS Project's and Excel's Ctrl+Home: the first field of the first row, the table scrolled back to its first columns.
  { keys: 'Ctrl+Home', label: 'First row, first column', action: { kind: 'firstCell' } },
  { keys: 'Ctrl+End', label: 'Last row (the empty row for a new task)', action: { kind: 'lastRow' } },
  { keys: 'Enter', label: 'Edit the cell', action: { kind: 'edit', seed: null } },
  { keys: 'F2', label: 'Edit the cell', action: { kind: 'edit', seed: null } },
  { keys: 'Shift+F2', label: 'Task information', action: { kind: 'openInfo' } },
  { keys: 'Insert', label: 'Insert a task above and name it', action: { kind: 'insertAbove' } },
  { keys: 'Delete', label: 'Delete the selected tasks', action: { kind: 'delete' } },
  { keys: 'Alt+Shift+ArrowRight', label: 'Indent', action: { kind: 'indent' } },
  { keys: 'Alt+Shift+ArrowLeft', label: 'Outdent', action: { kind: 'outdent' } },
  { keys: 'Alt+Shift+ArrowUp', label: 'Move the row up', action: { kind: 'moveRow', direction: 'up' } },
  { keys: 'Alt+Shift+ArrowDown', label: 'Move the row down', action: { kind: 'moveRow', direction: 'down' } },
  { keys: ' ', label: 'Collapse or expand a summary', action: { kind: 'toggle' } },
  { keys: 'Ctrl+A', label: 'Select all rows', action: { kind: 'selectAll' } },
  { keys: 'Ctrl+C', label: 'Copy the selected rows', action: { kind: 'copy' } },
  { keys: 'Ctrl+X', label: 'Cut the selected rows', action: { kind: 'cut' } },
  { keys: 'Ctrl+V', label: 'Paste rows above the selection', action: { kind: 'paste' } },
  { keys: 'Ctrl+D', label: 'Fill down the selected column', action: { kind: 'fillDown' } },
  { keys: 'Ctrl+F', label: 'Find and filter', action: { kind: 'find' } },
  { keys: 'F3', label: 'Find next', action: { kind: 'findNext' } },
  // On a cell that takes typing, ? is typed (gridKeyAction), so the sheet says where it opens the sheet.
  { keys: '?', label: 'Keyboard shortcuts, on a cell you cannot type in (# or WBS); F1 on any cell', action: { kind: 'help' } },
  { keys: 'F1', label: 'Keyboard shortcuts', action: { kind: 'help' } },
];

/** Keys inside a cell editor (handled by the editor itself, listed for the sheet). */
export const EDITOR_KEYS: readonly { readonly keys: string; readonly label: string }[] = [
  { keys: 'Any character', label: 'Start editing the cell with that character' },
  { keys: 'Enter', label: 'Commit and move down' },
  { keys: 'Tab', label: 'Commit and move right (outside an editor: leave the grid)' },
  { keys: 'Shift+Tab', label: 'Commit and move left' },
  { keys: 'Escape', label: 'Cancel: restore the old value' },
];

/** The key event as the bindings spell it: modifiers first (Ctrl, Alt, Shift), then the key. */
export function chordOf(e: KeyInput): string {
  const isPrintable = e.key.length === 1;
  const hasCommandKey = e.ctrlKey || e.metaKey || e.altKey;
  // A plain printable key is the character itself: Shift is part of it ('?' is Shift+/).
  if (isPrintable && !hasCommandKey) return e.key;
  const key = isPrintable ? e.key.toUpperCase() : e.key;
  const parts = [e.ctrlKey || e.metaKey ? 'Ctrl' : '', e.altKey ? 'Alt' : '', e.shiftKey ? 'Shift' : ''].filter(Boolean);
  return [...parts, key].join('+');
}

const BY_CHORD = new Map(GRID_BINDINGS.map((b) => [b.keys, b.action]));

export interface CellContext {
  readonly isEditable: boolean;
  /** The row is a summary: Space collapses or expands it rather than typing a space. */
  readonly isSummary: boolean;
}

/**
 * What a key does on a selected, not-editing cell. A printable character on an editable cell
 * starts editing with that character (so '?' there is typed; F1 still opens the sheet); keys the
 * grid does not own give null, Tab among them, so focus leaves the grid.
 */
export function gridKeyAction(e: KeyInput, cell: CellContext): GridAction | null {
  const chord = chordOf(e);
  const bound = BY_CHORD.get(chord) ?? null;
  if (bound?.kind === 'toggle') return cell.isSummary ? bound : cell.isEditable ? { kind: 'edit', seed: ' ' } : null;
  const isCharacter = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
  if (isCharacter && cell.isEditable) return { kind: 'edit', seed: e.key };
  return bound;
}

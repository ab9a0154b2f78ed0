import { describe, expect, it } from 'vitest';
import { chordOf, GRID_BINDINGS, gridKeyAction, type KeyInput } from '../../../../renderer/features/tasks/grid-keys';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const editable = { isEditable: true, isSummary: false };
const readOnly = { isEditable: false, isSummary: false };
const summaryName = { isEditable: true, isSummary: true };

describe('grid keys on a selected cell', () => {
  it('starts editing with the typed character kept, in any editable column', () => {
    expect(gridKeyAction(key('K', { shiftKey: true }), editable)).toEqual({ kind: 'edit', seed: 'K' });
    expect(gridKeyAction(key('3'), editable)).toEqual({ kind: 'edit', seed: '3' });
    expect(gridKeyAction(key('?'), editable)).toEqual({ kind: 'edit', seed: '?' });
    expect(gridKeyAction(key(' '), editable)).toEqual({ kind: 'edit', seed: ' ' });
  });

  it('ignores characters on a read-only cell, but ? there opens the shortcut sheet', () => {
    expect(gridKeyAction(key('k'), readOnly)).toBeNull();
    expect(gridKeyAction(key('?'), readOnly)).toEqual({ kind: 'help' });
    expect(gridKeyAction(key('F1'), editable)).toEqual({ kind: 'help' });
  });

  it('edits with F2 or Enter, and opens Task information with Shift+F2', () => {
    expect(gridKeyAction(key('F2'), editable)).toEqual({ kind: 'edit', seed: null });
    expect(gridKeyAction(key('Enter'), editable)).toEqual({ kind: 'edit', seed: null });
    expect(gridKeyAction(key('F2', { shiftKey: true }), editable)).toEqual({ kind: 'openInfo' });
  });

  it('never changes the outline with Tab: Tab and Shift+Tab leave the grid', () => {
    expect(gridKeyAction(key('Tab'), editable)).toBeNull();
    expect(gridKeyAction(key('Tab', { shiftKey: true }), editable)).toBeNull();
  });

  it('indents, outdents and moves rows with Alt+Shift+arrows', () => {
    expect(gridKeyAction(key('ArrowRight', { altKey: true, shiftKey: true }), editable)).toEqual({ kind: 'indent' });
    expect(gridKeyAction(key('ArrowLeft', { altKey: true, shiftKey: true }), editable)).toEqual({ kind: 'outdent' });
    expect(gridKeyAction(key('ArrowUp', { altKey: true, shiftKey: true }), editable)).toEqual({ kind: 'moveRow', direction: 'up' });
    expect(gridKeyAction(key('ArrowDown', { altKey: true, shiftKey: true }), editable)).toEqual({ kind: 'moveRow', direction: 'down' });
  });

  it('moves the cursor with arrows, extends the selection with Shift+arrows', () => {
    expect(gridKeyAction(key('ArrowDown'), editable)).toEqual({ kind: 'move', rows: 1, cols: 0, extend: false });
    expect(gridKeyAction(key('ArrowLeft'), editable)).toEqual({ kind: 'move', rows: 0, cols: -1, extend: false });
    expect(gridKeyAction(key('ArrowUp', { shiftKey: true }), editable)).toEqual({ kind: 'move', rows: -1, cols: 0, extend: true });
    expect(gridKeyAction(key('PageDown'), editable)).toEqual({ kind: 'move', rows: 15, cols: 0, extend: false });
    expect(gridKeyAction(key('Home'), editable)).toEqual({ kind: 'rowStart' });
    expect(gridKeyAction(key('End'), editable)).toEqual({ kind: 'rowEnd' });
    // Ctrl (or ⌘) with Home: the first row's first column, as MS Project and Excel; with End the last row, the empty row for a new task where the grid has one.
    expect(gridKeyAction(key('Home', { ctrlKey: true }), editable)).toEqual({ kind: 'firstCell' });
    expect(gridKeyAction(key('End', { metaKey: true }), editable)).toEqual({ kind: 'lastRow' });
  });

  it('inserts above with Insert and deletes with Delete', () => {
    expect(gridKeyAction(key('Insert'), editable)).toEqual({ kind: 'insertAbove' });
    expect(gridKeyAction(key('Delete'), readOnly)).toEqual({ kind: 'delete' });
  });

  it('collapses a summary with Space', () => {
    expect(gridKeyAction(key(' '), summaryName)).toEqual({ kind: 'toggle' });
    expect(gridKeyAction(key(' '), readOnly)).toBeNull();
  });

  it('copies, cuts, pastes, fills down, finds with Ctrl (or ⌘) keys', () => {
    expect(gridKeyAction(key('c', { ctrlKey: true }), editable)).toEqual({ kind: 'copy' });
    expect(gridKeyAction(key('c', { metaKey: true }), editable)).toEqual({ kind: 'copy' });
    expect(gridKeyAction(key('x', { ctrlKey: true }), editable)).toEqual({ kind: 'cut' });
    expect(gridKeyAction(key('v', { ctrlKey: true }), editable)).toEqual({ kind: 'paste' });
    expect(gridKeyAction(key('d', { ctrlKey: true }), editable)).toEqual({ kind: 'fillDown' });
    expect(gridKeyAction(key('f', { ctrlKey: true }), editable)).toEqual({ kind: 'find' });
    expect(gridKeyAction(key('F3'), editable)).toEqual({ kind: 'findNext' });
    expect(gridKeyAction(key('a', { ctrlKey: true }), editable)).toEqual({ kind: 'selectAll' });
    // Ctrl+Z is the app's undo, not the grid's.
    expect(gridKeyAction(key('z', { ctrlKey: true }), editable)).toBeNull();
  });

  it('spells every binding as its own chord, so the shortcut sheet shows keys that work', () => {
    for (const b of GRID_BINDINGS) {
      const parts = b.keys === ' ' || b.keys === '?' ? [b.keys] : b.keys.split('+');
      const k = parts.at(-1) ?? '';
      const input = key(k.length === 1 && parts.length > 1 ? k.toLowerCase() : k, {
        ctrlKey: parts.includes('Ctrl'), altKey: parts.includes('Alt'), shiftKey: parts.includes('Shift'),
      });
      expect(chordOf(input)).toBe(b.keys);
    }
  });
});

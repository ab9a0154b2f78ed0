import { describe, expect, it } from 'vitest';
import { keyLabel, shortcutGroups } from '../../../renderer/app/shortcut-sheet';
import { MOD_SHORTCUTS } from '../../../renderer/app/use-app-commands';
import { GRID_BINDINGS } from '../../../renderer/features/tasks/grid-keys';

describe('the shortcut sheet', () => {
  it('lists every app shortcut and every grid key, from the tables the keys are dispatched from', () => {
    const [app, grid, editor, dialog] = shortcutGroups();
    expect(app?.rows).toHaveLength(Object.keys(MOD_SHORTCUTS).length);
    expect(app?.rows).toContainEqual({ keys: 'Ctrl+Z', label: 'Undo' });
    expect(app?.rows).toContainEqual({ keys: 'Ctrl+Shift+S', label: 'Save as' });
    expect(grid?.rows).toHaveLength(GRID_BINDINGS.length);
    expect(grid?.rows).toContainEqual({ keys: 'Alt+Shift+→', label: 'Indent' });
    expect(grid?.rows).toContainEqual({ keys: 'Ctrl+D', label: 'Fill down the selected column' });
    expect(editor?.rows).toContainEqual({ keys: 'Esc', label: 'Cancel: restore the old value' });
    expect(dialog?.title).toBe('In a dialog');
    expect(dialog?.rows).toEqual([
      { keys: 'Esc', label: 'Close the dialog, as Cancel does' },
      { keys: 'Ctrl+Enter', label: 'Save Project settings or Task information from any field (Enter in a multi-line field starts a new line)' },
    ]);
    expect(shortcutGroups(true)[3]?.rows[1]?.keys).toBe('⌘+Enter');
    expect(shortcutGroups()[4]).toEqual({ title: 'Notices', rows: [
      { keys: 'F6', label: 'Go to the newest notice; again, back to where you were' },
      { keys: 'Esc', label: 'Dismiss the notice you are on' },
    ] });
  });

  it('spells keys as people read them, with ⌘ on a Mac', () => {
    expect(keyLabel(' ')).toBe('Space');
    expect(keyLabel('Ctrl+C', true)).toBe('⌘+C');
    expect(keyLabel('Shift+ArrowUp')).toBe('Shift+↑');
  });
});

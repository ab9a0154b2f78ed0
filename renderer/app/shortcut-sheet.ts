/**
 * The rows of the keyboard shortcut sheet (? / F1 / Help → Keyboard Shortcuts), generated from the
 * tables the keys are dispatched from: the app's Ctrl shortcuts (use-app-commands.ts), the entry
 * grids' keys (features/tasks/grid-keys.ts), the dialogs' (components/Dialog.tsx) and the
 * notices' (notice-rules.ts). A key added there appears here without further work.
 */
import type { MenuCommand } from '../platform';
import { DIALOG_KEYS } from '../components/Dialog';
import { EDITOR_KEYS, GRID_BINDINGS } from '../features/tasks/grid-keys';
import { NOTICE_KEYS } from './notice-rules';
import { MOD_SHORTCUTS } from './use-app-commands';

export const COMMAND_LABELS: Readonly<Record<MenuCommand, string>> = {
  'file.new': 'New plan', 'file.open': 'Open a file', 'file.import': 'Import a file', 'file.saveAs': 'Save as', 'file.saveAsTemplate': 'Save as template',
  'file.export': 'Export', 'file.exportPdf': 'Export as PDF', 'file.takeSnapshot': 'Take a snapshot now', 'file.restoreSnapshot': 'Restore a snapshot',
  'project.settings': 'Project settings', 'project.calendars': 'Calendars',
  'edit.undo': 'Undo', 'edit.redo': 'Redo', 'edit.insertTask': 'Insert task', 'edit.deleteTask': 'Delete task',
  'edit.indent': 'Indent', 'edit.outdent': 'Outdent', 'view.tasks': 'Tasks view', 'view.gantt': 'Gantt view',
  'view.board': 'Board view', 'view.team': 'Team view', 'view.present': 'Present', 'view.toggleTheme': 'Light or dark theme',
  'help.about': 'About Plotline', 'help.shortcuts': 'Keyboard shortcuts',
};

export interface ShortcutGroup {
  readonly title: string;
  readonly rows: readonly { readonly keys: string; readonly label: string }[];
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', ' ': 'Space', Escape: 'Esc', PageUp: 'Page Up', PageDown: 'Page Down',
};

/** 'Alt+Shift+ArrowRight' → 'Alt+Shift+→'; the modifier for Ctrl is ⌘ on a Mac. */
export function keyLabel(keys: string, isMac = false): string {
  if (keys === ' ' || keys === '?') return KEY_NAMES[keys] ?? keys;
  return keys.split('+').map((k) => (k === 'Ctrl' && isMac ? '⌘' : KEY_NAMES[k] ?? k)).join('+');
}

/** 'shift+z' from the app table → 'Ctrl+Shift+Z'. */
function appChord(key: string): string {
  const parts = key.split('+');
  const main = parts.at(-1) ?? '';
  return ['Ctrl', ...(parts.includes('shift') ? ['Shift'] : []), main.toUpperCase()].join('+');
}

export function shortcutGroups(isMac = false): ShortcutGroup[] {
  return [
    {
      title: 'Anywhere',
      rows: Object.entries(MOD_SHORTCUTS).map(([key, command]) => ({ keys: keyLabel(appChord(key), isMac), label: COMMAND_LABELS[command] })),
    },
    { title: 'Task table and Gantt grid', rows: GRID_BINDINGS.map((b) => ({ keys: keyLabel(b.keys, isMac), label: b.label })) },
    { title: 'While editing a cell', rows: EDITOR_KEYS.map((b) => ({ keys: keyLabel(b.keys, isMac), label: b.label })) },
    { title: 'In a dialog', rows: DIALOG_KEYS.map((b) => ({ keys: keyLabel(b.keys, isMac), label: b.label })) },
    { title: 'Notices', rows: NOTICE_KEYS.map((b) => ({ keys: keyLabel(b.keys, isMac), label: b.label })) },
  ];
}

/**
 * Routes every app-level command — from the native menu (desktop) or the keyboard (browser) —
 * to the one action that performs it, and keeps the native Edit menu's labels current.
 */
import { useEffect, useMemo } from 'react';
import type { MenuCommand } from '../platform';
import { useSessionStore, useUiStore } from '../store';
import { commitFocusedField } from '../features/shared/commit-focused-field';
import { useServices } from '../features/shared/services';
import { useProjectActions } from '../features/projects/use-project-actions';
import { useTaskActions } from '../features/tasks/task-actions';
import { isGridTypeAhead } from '../features/tasks/GridTypeAhead';
import { effectiveTheme } from './use-theme';
import { hasTypingToUndo, trackTyping } from './typing-undo';
import { keepingTaskFocus } from './undo-focus';

export type CommandHandlers = Partial<Record<MenuCommand, () => void>>;

export function useAppCommands(extra: CommandHandlers): CommandHandlers {
  const session = useSessionStore();
  const ui = useUiStore();
  const projects = useProjectActions();
  const tasks = useTaskActions();
  return useMemo<CommandHandlers>(() => ({
    'file.new': () => void projects.create(),
    // The native menu owns Ctrl/Cmd+Z even inside a text field; there it means "undo typing" while there is typing to undo.
    'edit.undo': () => (hasTypingToUndo(document.activeElement) ? void document.execCommand('undo') : void keepingTaskFocus(() => session.getState().undo())),
    'edit.redo': () => (hasTypingToUndo(document.activeElement) ? void document.execCommand('redo') : void keepingTaskFocus(() => session.getState().redo())),
    'edit.insertTask': () => { ui.getState().setView('tasks'); tasks.insertBelow(); },
    'edit.deleteTask': tasks.deleteSelected,
    'edit.indent': tasks.indentSelected,
    'edit.outdent': tasks.outdentSelected,
    'view.tasks': () => ui.getState().goToView('tasks'),
    'view.gantt': () => ui.getState().goToView('gantt'),
    'view.board': () => ui.getState().goToView('board'),
    'view.team': () => ui.getState().goToView('team'),
    'view.present': () => { ui.getState().setView('gantt'); ui.getState().setPresenting(true); },
    'view.toggleTheme': () => ui.getState().setTheme(effectiveTheme(ui.getState().theme) === 'dark' ? 'light' : 'dark'),
    ...extra,
  }), [session, ui, projects, tasks, extra]);
}

/**
 * Is the key event aimed at a text field (where Ctrl+Z means "undo typing")? An entry grid's
 * type-ahead field is the grid's keyboard focus, not a field: Ctrl+Z there undoes the plan's edit.
 */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || isGridTypeAhead(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keyboard shortcuts for the browser build, the same keys as the native menu's accelerators
 * (electron/main/menu.ts) so the app behaves alike in both. Ctrl+N stays the browser's own; F5
 * (present) is the Gantt's.
 */
export const MOD_SHORTCUTS: Readonly<Record<string, MenuCommand>> = {
  'z': 'edit.undo', 'shift+z': 'edit.redo', 'y': 'edit.redo',
  'o': 'file.open', 'i': 'file.import', 'shift+s': 'file.saveAs', 'e': 'file.export',
  '1': 'view.tasks', '2': 'view.gantt', '3': 'view.board', '4': 'view.team',
  ',': 'project.settings',
};

export function shortcutFor(e: KeyboardEvent): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = `${e.shiftKey ? 'shift+' : ''}${e.key.toLowerCase()}`;
  return MOD_SHORTCUTS[key] ?? null;
}

/**
 * Every field commits what was typed when it loses the focus; a field taken away with its view
 * (Ctrl+1 to another view, a dialog closed by a command) never does, and the text was lost. So a
 * command other than undo/redo (which act on the typing itself) first takes the focus out of the
 * field being typed in, and its text is committed, or refused with its message, before the command.
 */
export function commitFieldBeingTyped(command: MenuCommand): void {
  if (command === 'edit.undo' || command === 'edit.redo' || !isTextTarget(document.activeElement)) return;
  commitFocusedField(document);
}

export function useCommandRouting(handlers: CommandHandlers): void {
  const { platform } = useServices();
  const session = useSessionStore();

  useEffect(() => platform.onMenuCommand((command) => {
    const handler = handlers[command];
    if (!handler) return;
    commitFieldBeingTyped(command);
    handler();
  }), [platform, handlers]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const command = shortcutFor(e);
      if (!command) return;
      // Undo of typing in a field is the field's own; the native menu already owns its accelerators.
      if (platform.capabilities.hasNativeMenu || (command.startsWith('edit.') && hasTypingToUndo(e.target))) return;
      const handler = handlers[command];
      if (!handler) return;
      e.preventDefault();
      commitFieldBeingTyped(command);
      handler();
    };
    window.addEventListener('keydown', onKey);
    const stopTracking = trackTyping(document);
    return () => { window.removeEventListener('keydown', onKey); stopTracking(); };
  }, [platform, handlers]);

  useEffect(() => {
    const sync = (): void => {
      const s = session.getState();
      platform.setMenuState({
        canUndo: s.history.undo.length > 0,
        canRedo: s.history.redo.length > 0,
        undoLabel: s.history.undo.at(-1)?.label ?? null,
        redoLabel: s.history.redo.at(-1)?.label ?? null,
        // Plans autosave to the local database; "dirty" means a write is still in flight.
        isDirty: s.pendingWrites > 0,
        title: s.plan?.project.name ?? 'Plotline',
      });
    };
    sync();
    return session.subscribe(sync);
  }, [platform, session]);
}

/**
 * The native menu. Items only send MenuCommands to the focused window's renderer, which maps
 * them onto its command registry; main knows no plan logic.
 *
 * Task-editing items (insert, delete, indent, outdent) show no accelerator on purpose: a menu
 * accelerator fires even while typing in a text field, so plain keys like Delete or Tab would
 * break editing. The renderer binds those keys where it knows what has focus.
 */
import { BrowserWindow, Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { EVENTS, type DesktopOs, type MenuCommand, type MenuState, type RecentFile } from '../contract';

export interface MenuContext {
  readonly os: DesktopOs;
  readonly appName: string;
  readonly state: MenuState;
  readonly recentFiles: readonly RecentFile[];
  readonly isDevelopment: boolean;
  /** Sends a command to the renderer of the window the click came from (or the focused one). */
  readonly send: (command: MenuCommand, window: BaseWindow | undefined) => void;
  readonly openRecent: (path: string, window: BaseWindow | undefined) => void;
}

export const INITIAL_MENU_STATE: MenuState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, isDirty: false, title: '' };

type Item = MenuItemConstructorOptions;

export function buildMenuTemplate(ctx: MenuContext): Item[] {
  const menus: Item[] = [fileMenu(ctx), editMenu(ctx), viewMenu(ctx), { role: 'windowMenu' }, helpMenu(ctx)];
  return ctx.os === 'mac' ? [{ role: 'appMenu', label: ctx.appName }, ...menus] : menus;
}

export function installMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(ctx)));
}

/** Delivers a command to the clicked window's renderer, or the focused one (macOS menus work with no window focused). */
export function sendMenuCommand(command: MenuCommand, window: BaseWindow | undefined): void {
  const target = (window === undefined ? null : BrowserWindow.fromId(window.id)) ?? BrowserWindow.getFocusedWindow();
  if (target !== null && !target.isDestroyed()) target.webContents.send(EVENTS.menuCommand, command);
}

/** "• Plan — Plotline" when there are unsaved changes (same format as the browser platform). */
export function windowTitle(state: MenuState, appName: string): string {
  const name = state.title.trim();
  const base = name === '' ? appName : `${name} — ${appName}`;
  return state.isDirty ? `• ${base}` : base;
}

export interface MenuController {
  /** Installs the menu; Electron menus must not be set before the app is ready. */
  install(): void;
  setState(state: MenuState): void;
  setRecentFiles(files: readonly RecentFile[]): void;
}

/** Rebuilds the menu when its inputs change: labels cannot be edited in place on every OS. */
export function createMenuController(base: Omit<MenuContext, 'state' | 'recentFiles'>, install = installMenu): MenuController {
  let ctx: MenuContext = { ...base, state: INITIAL_MENU_STATE, recentFiles: [] };
  let isInstalled = false;
  const update = (next: MenuContext): void => {
    if (JSON.stringify(next.state) === JSON.stringify(ctx.state) && JSON.stringify(next.recentFiles) === JSON.stringify(ctx.recentFiles)) return;
    ctx = next;
    if (isInstalled) install(ctx);
  };
  return {
    install: () => {
      isInstalled = true;
      install(ctx);
    },
    setState: (state) => update({ ...ctx, state }),
    setRecentFiles: (recentFiles) => update({ ...ctx, recentFiles }),
  };
}

function command(ctx: MenuContext, id: MenuCommand, label: string, extra: Item = {}): Item {
  return { id, label, click: (_item, window) => ctx.send(id, window), ...extra };
}

/** A second, hidden item so one command answers to two shortcuts (Electron allows one per item). */
function alias(ctx: MenuContext, id: MenuCommand, accelerator: string): Item {
  return { label: `${id} (${accelerator})`, accelerator, visible: false, acceleratorWorksWhenHidden: true, click: (_item, window) => ctx.send(id, window) };
}

function fileMenu(ctx: MenuContext): Item {
  const quit: Item[] = ctx.os === 'mac' ? [] : [{ type: 'separator' }, { role: 'quit' }];
  return {
    label: 'File',
    submenu: [
      command(ctx, 'file.new', 'New Plan', { accelerator: 'CmdOrCtrl+N' }),
      command(ctx, 'file.open', 'Open…', { accelerator: 'CmdOrCtrl+O' }),
      { label: 'Open Recent', submenu: recentSubmenu(ctx) },
      command(ctx, 'file.import', 'Import…', { accelerator: 'CmdOrCtrl+I' }),
      { type: 'separator' },
      command(ctx, 'file.saveAs', 'Save As…', { accelerator: 'CmdOrCtrl+Shift+S' }),
      command(ctx, 'file.saveAsTemplate', 'Save as Template…'),
      command(ctx, 'file.export', 'Export…', { accelerator: 'CmdOrCtrl+E' }),
      command(ctx, 'file.exportPdf', 'Export as PDF…', { accelerator: 'CmdOrCtrl+P' }),
      { type: 'separator' },
      command(ctx, 'file.takeSnapshot', 'Take Snapshot Now…'),
      command(ctx, 'file.restoreSnapshot', 'Restore Snapshot…'),
      { type: 'separator' },
      command(ctx, 'project.settings', 'Project Settings…', { accelerator: 'CmdOrCtrl+,' }),
      command(ctx, 'project.calendars', 'Calendars…'),
      ...quit,
    ],
  };
}

function recentSubmenu(ctx: MenuContext): Item[] {
  if (ctx.recentFiles.length === 0) return [{ label: 'No Recent Plans', enabled: false }];
  return ctx.recentFiles.map((file) => ({ label: file.name, toolTip: file.path, click: (_item, window) => ctx.openRecent(file.path, window) }));
}

function editMenu(ctx: MenuContext): Item {
  const { state } = ctx;
  const redoAccelerator = ctx.os === 'mac' ? 'Shift+Cmd+Z' : 'Ctrl+Y';
  const redoAlias: Item[] = ctx.os === 'mac' ? [] : [alias(ctx, 'edit.redo', 'Ctrl+Shift+Z')];
  return {
    label: 'Edit',
    submenu: [
      command(ctx, 'edit.undo', state.undoLabel === null ? 'Undo' : `Undo ${state.undoLabel}`, { accelerator: 'CmdOrCtrl+Z', enabled: state.canUndo }),
      command(ctx, 'edit.redo', state.redoLabel === null ? 'Redo' : `Redo ${state.redoLabel}`, { accelerator: redoAccelerator, enabled: state.canRedo }),
      ...redoAlias,
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command(ctx, 'edit.insertTask', 'Insert Task'),
      command(ctx, 'edit.deleteTask', 'Delete Task'),
      command(ctx, 'edit.indent', 'Indent Task'),
      command(ctx, 'edit.outdent', 'Outdent Task'),
    ],
  };
}

function viewMenu(ctx: MenuContext): Item {
  const devTools: Item[] = ctx.isDevelopment ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] : [];
  return {
    label: 'View',
    submenu: [
      command(ctx, 'view.tasks', 'Tasks', { accelerator: 'CmdOrCtrl+1' }),
      command(ctx, 'view.gantt', 'Gantt', { accelerator: 'CmdOrCtrl+2' }),
      command(ctx, 'view.board', 'Board', { accelerator: 'CmdOrCtrl+3' }),
      command(ctx, 'view.team', 'Team', { accelerator: 'CmdOrCtrl+4' }),
      { type: 'separator' },
      command(ctx, 'view.present', 'Present', { accelerator: 'F5' }),
      alias(ctx, 'view.present', 'CmdOrCtrl+Shift+P'),
      command(ctx, 'view.toggleTheme', 'Toggle Dark Theme'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...devTools,
    ],
  };
}

function helpMenu(ctx: MenuContext): Item {
  return {
    role: 'help',
    submenu: [command(ctx, 'help.shortcuts', 'Keyboard Shortcuts'), { type: 'separator' }, command(ctx, 'help.about', `About ${ctx.appName}`)],
  };
}

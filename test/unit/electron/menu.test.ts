import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/contract';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() }, BrowserWindow: { fromId: vi.fn(), getFocusedWindow: vi.fn() } }));

const { buildMenuTemplate, createMenuController, INITIAL_MENU_STATE, windowTitle } = await import('../../../electron/main/menu');

type Item = MenuItemConstructorOptions;
const flatten = (items: readonly Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

function setup(os: 'mac' | 'windows' | 'linux', state = INITIAL_MENU_STATE) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const openRecent = vi.fn();
  const template = buildMenuTemplate({ os, appName: 'Plotline', state, recentFiles: [{ path: '/p/a.plotline', name: 'a.plotline', lastOpenedAt: '' }], isDevelopment: false, send, openRecent });
  const items = flatten(template);
  const byId = (id: MenuCommand) => items.find((i) => i.id === id)!;
  const click = (item: Item) => (item.click as (i: unknown, w: unknown, e: unknown) => void)({}, undefined, {});
  return { template, items, byId, click, send, openRecent };
}

describe('native menu', () => {
  it('has File, Edit, View, Window, Help (plus the app menu on macOS)', () => {
    expect(setup('linux').template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(setup('mac').template[0]?.role).toBe('appMenu');
  });

  it('sends each command from its item', () => {
    const { byId, click, send } = setup('linux');
    for (const command of MENU_COMMANDS) {
      click(byId(command));
      expect(send).toHaveBeenLastCalledWith(command, undefined);
    }
  });

  it('uses the expected accelerators', () => {
    const { byId, items } = setup('linux');
    expect(byId('file.new').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('file.open').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('file.saveAs').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byId('edit.undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byId('edit.redo').accelerator).toBe('Ctrl+Y');
    expect(byId('view.present').accelerator).toBe('F5');
    expect(byId('project.settings').accelerator).toBe('CmdOrCtrl+,');
    expect(items.some((i) => i.accelerator === 'CmdOrCtrl+Shift+P' && i.visible === false)).toBe(true);
    expect(items.some((i) => i.accelerator === 'Ctrl+Shift+Z')).toBe(true);
    expect(setup('mac').byId('edit.redo').accelerator).toBe('Shift+Cmd+Z');
  });

  it('keeps plain editing keys out of menu accelerators so text fields keep them', () => {
    const { byId } = setup('windows');
    for (const id of ['edit.insertTask', 'edit.deleteTask', 'edit.indent', 'edit.outdent'] as const) expect(byId(id).accelerator).toBeUndefined();
  });

  it('labels and enables undo/redo from the renderer state', () => {
    const { byId } = setup('linux', { ...INITIAL_MENU_STATE, canUndo: true, undoLabel: 'Rename task', canRedo: false, redoLabel: null });
    expect(byId('edit.undo')).toMatchObject({ label: 'Undo Rename task', enabled: true });
    expect(byId('edit.redo')).toMatchObject({ label: 'Redo', enabled: false });
  });

  it('opens recent files through main', () => {
    const { items, click, openRecent } = setup('linux');
    click(items.find((i) => i.label === 'a.plotline')!);
    expect(openRecent).toHaveBeenCalledWith('/p/a.plotline', undefined);
  });

  it('rebuilds only when the state changes', () => {
    const install = vi.fn();
    const controller = createMenuController({ os: 'linux', appName: 'Plotline', isDevelopment: false, send: vi.fn(), openRecent: vi.fn() }, install);
    controller.setState({ ...INITIAL_MENU_STATE, title: 'before ready' });
    expect(install).not.toHaveBeenCalled();
    controller.install();
    controller.setState({ ...INITIAL_MENU_STATE, title: 'before ready' });
    expect(install).toHaveBeenCalledTimes(1);
    controller.setState({ ...INITIAL_MENU_STATE, canUndo: true, undoLabel: 'Add task' });
    expect(install).toHaveBeenCalledTimes(2);
  });

  it('formats the window title with an unsaved marker', () => {
    expect(windowTitle({ ...INITIAL_MENU_STATE, title: 'Relaunch', isDirty: true }, 'Plotline')).toBe('• Relaunch — Plotline');
    expect(windowTitle(INITIAL_MENU_STATE, 'Plotline')).toBe('Plotline');
  });
});

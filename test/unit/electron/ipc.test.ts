import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMain, WebFrameMain } from 'electron';
import { INVOKE, LIMITS, SEND } from '../../../electron/contract';
import type { IpcDeps } from '../../../electron/main/ipc';

vi.mock('electron', () => ({}));

const { isTrustedSender, registerIpc } = await import('../../../electron/main/ipc');

type Listener = (event: unknown, ...args: unknown[]) => unknown;

const frame = (url: string, isTop = true) => ({ url, parent: isTop ? null : {} }) as unknown as WebFrameMain;
const APP = frame('app://plotline/index.html');

function setup() {
  const handlers = new Map<string, Listener>();
  const ipc = { handle: (channel: string, fn: Listener) => handlers.set(channel, fn), on: (channel: string, fn: Listener) => handlers.set(channel, fn) };
  const window = { setFullScreen: vi.fn(), isFullScreen: vi.fn(() => false) } as unknown as BrowserWindow;
  const deps = {
    allowedOrigin: 'app://plotline',
    files: {
      openWithDialog: vi.fn(async () => ({ kind: 'cancelled' }) as const),
      openPath: vi.fn(),
      openRecent: vi.fn(async () => ({ kind: 'cancelled' }) as const),
      saveWithDialog: vi.fn(async () => ({ saved: true, name: 'a.plotline' }) as const),
    },
    recent: { list: vi.fn(async () => []), has: vi.fn(), add: vi.fn(), remove: vi.fn() },
    snapshots: { write: vi.fn(async () => ({ written: false, reason: 'much-smaller', newestTaskCount: 1, taskCount: 0 }) as const), list: vi.fn(async () => []), read: vi.fn() },
    openedFiles: { deliver: vi.fn(), take: vi.fn(() => []), stopListening: vi.fn() },
    printHtml: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    windowFor: () => window,
    onMenuState: vi.fn(),
    onRecentChanged: vi.fn(),
    onCloseConfirmed: vi.fn(),
    log: vi.fn(),
  } satisfies IpcDeps;
  registerIpc(ipc as unknown as Pick<IpcMain, 'handle' | 'on'>, deps);
  const call = async (channel: string, args: unknown[], senderFrame: WebFrameMain | null = APP) =>
    handlers.get(channel)!({ senderFrame, sender: { printToPDF: vi.fn(async () => Buffer.from('%PDF')) } }, ...args);
  return { handlers, call, deps, window };
}

const goodSave = { suggestedName: 'Relaunch.plotline', filters: [{ name: 'Plotline plan', extensions: ['plotline'] }], data: '{}' };
const goodSnapshot = { projectId: 'p1', projectName: 'Relaunch', taskCount: 12, text: '{}' };

describe('sender checks', () => {
  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender(APP, 'app://plotline')).toBe(true);
    expect(isTrustedSender(frame('app://plotline/index.html', false), 'app://plotline')).toBe(false);
    expect(isTrustedSender(frame('app://evil/index.html'), 'app://plotline')).toBe(false);
    expect(isTrustedSender(frame('file:///home/me/index.html'), 'app://plotline')).toBe(false);
    expect(isTrustedSender(frame('https://plotline.example/'), 'app://plotline')).toBe(false);
    expect(isTrustedSender(frame('not a url'), 'app://plotline')).toBe(false);
    expect(isTrustedSender(null, 'app://plotline')).toBe(false);
    expect(isTrustedSender(frame('http://localhost:5173/'), 'http://localhost:5173')).toBe(true);
  });

  it('registers a handler for every invoke channel and rejects untrusted senders on each', async () => {
    const { handlers, call, deps } = setup();
    for (const channel of Object.values(INVOKE)) {
      expect(handlers.has(channel)).toBe(true);
      await expect(call(channel, [], frame('file:///tmp/evil.html'))).rejects.toThrow('untrusted sender');
      await expect(call(channel, [], frame('https://evil.example/'))).rejects.toThrow('untrusted sender');
    }
    expect(deps.files.openWithDialog).not.toHaveBeenCalled();
  });

  it('ignores menu state from an untrusted sender', async () => {
    const { call, deps } = setup();
    await call(SEND.setMenuState, [{ canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null, isDirty: false, title: 't' }], frame('file:///x'));
    expect(deps.onMenuState).not.toHaveBeenCalled();
  });
});

describe('payload validation', () => {
  it('passes good payloads through', async () => {
    const { call, deps, window } = setup();
    await expect(call(INVOKE.saveFile, [goodSave])).resolves.toEqual({ saved: true, name: 'a.plotline' });
    await call(INVOKE.saveFile, [{ ...goodSave, data: new Uint8Array([1, 2]) }]);
    await call(INVOKE.writeSnapshot, [goodSnapshot]);
    await call(INVOKE.writeSnapshot, [{ ...goodSnapshot, force: true }]);
    await call(INVOKE.listSnapshots, [null]);
    await call(INVOKE.readSnapshot, [{ projectId: 'p1', id: '2026-03-10T12-00-00-000Z' }]);
    expect(await call(INVOKE.printToPdf, [{ pageSize: 'A4', landscape: true, printBackground: true }])).toBeInstanceOf(Uint8Array);
    expect(await call(INVOKE.printHtmlToPdf, [{ html: '<p>x', pageSize: 'Letter', landscape: false }])).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(await call(INVOKE.setFullScreen, [true])).toBe(true);
    expect(window.setFullScreen).toHaveBeenCalledWith(true);
    await call(SEND.setMenuState, [{ canUndo: true, canRedo: false, undoLabel: 'Rename task', redoLabel: null, isDirty: true, title: 'Relaunch' }]);
    expect(deps.onMenuState).toHaveBeenCalledTimes(1);
    expect(deps.files.saveWithDialog).toHaveBeenCalledTimes(2);
    expect(deps.onRecentChanged).toHaveBeenCalled();
  });

  it.each([
    ['wrong type', INVOKE.saveFile, [{ ...goodSave, data: 42 }]],
    ['path in the name', INVOKE.saveFile, [{ ...goodSave, suggestedName: '../../.bashrc' }]],
    ['absolute name', INVOKE.saveFile, [{ ...goodSave, suggestedName: '/etc/passwd' }]],
    ['backslash name', INVOKE.saveFile, [{ ...goodSave, suggestedName: '..\\x.plotline' }]],
    ['no filters', INVOKE.saveFile, [{ ...goodSave, filters: [] }]],
    ['dotted extension', INVOKE.saveFile, [{ ...goodSave, filters: [{ name: 'x', extensions: ['.plotline'] }] }]],
    ['extra field', INVOKE.saveFile, [{ ...goodSave, path: '/tmp/x' }]],
    ['extra argument', INVOKE.saveFile, [goodSave, 'more']],
    ['missing argument', INVOKE.saveFile, []],
    ['oversize text', INVOKE.saveFile, [{ ...goodSave, data: 'x'.repeat(LIMITS.maxWriteBytes + 1) }]],
    ['oversize bytes', INVOKE.saveFile, [{ ...goodSave, data: new Uint8Array(LIMITS.maxWriteBytes + 1) }]],
    ['negative task count', INVOKE.writeSnapshot, [{ ...goodSnapshot, taskCount: -1 }]],
    ['fractional task count', INVOKE.writeSnapshot, [{ ...goodSnapshot, taskCount: 1.5 }]],
    ['traversing project id', INVOKE.writeSnapshot, [{ ...goodSnapshot, projectId: '../evil' }]],
    ['string force', INVOKE.writeSnapshot, [{ ...goodSnapshot, force: 'yes' }]],
    ['snapshot extra field', INVOKE.writeSnapshot, [{ ...goodSnapshot, path: '/x' }]],
    ['bad snapshot id', INVOKE.readSnapshot, [{ projectId: 'p1', id: '../../secret' }]],
    ['list with number', INVOKE.listSnapshots, [5]],
    ['unknown page size', INVOKE.printToPdf, [{ pageSize: 'A0', landscape: true, printBackground: true }]],
    ['pdf extra option', INVOKE.printToPdf, [{ pageSize: 'A4', landscape: true, printBackground: true, headerTemplate: '<script>' }]],
    ['print layout extra field', INVOKE.printHtmlToPdf, [{ html: '<p>x', pageSize: 'A4', landscape: false, javascript: true }]],
    ['empty print layout', INVOKE.printHtmlToPdf, [{ html: '', pageSize: 'A4', landscape: false }]],
    ['print layout unknown paper', INVOKE.printHtmlToPdf, [{ html: '<p>x', pageSize: 'B5', landscape: false }]],
    ['full screen string', INVOKE.setFullScreen, ['true']],
    ['args to a no-arg channel', INVOKE.openFileDialog, [{ defaultPath: '/etc' }]],
    ['recent path not a string', INVOKE.openRecentFile, [{ path: '/x' }]],
  ])('rejects %s', async (_name, channel, args) => {
    const { call, deps } = setup();
    await expect(call(channel, args)).rejects.toThrow(`Rejected ${channel} payload`);
    expect(deps.files.saveWithDialog).not.toHaveBeenCalled();
    expect(deps.snapshots.write).not.toHaveBeenCalled();
  });

  it('drops and logs a bad menu state', async () => {
    const { call, deps } = setup();
    await call(SEND.setMenuState, [{ canUndo: 'yes' }]);
    await call(SEND.setMenuState, [{ canUndo: true, canRedo: false, undoLabel: 'x'.repeat(500), redoLabel: null, isDirty: false, title: '' }]);
    expect(deps.onMenuState).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledTimes(2);
  });
});

describe('closing', () => {
  it('lets the window close when its own page confirms, and refuses anyone else or any payload', async () => {
    const { call, deps, window } = setup();
    await call(INVOKE.confirmClose, []);
    expect(deps.onCloseConfirmed).toHaveBeenCalledWith(window);
    await expect(call(INVOKE.confirmClose, [], frame('https://evil.example/'))).rejects.toThrow(/untrusted sender/);
    await expect(call(INVOKE.confirmClose, [true])).rejects.toThrow();
    expect(deps.onCloseConfirmed).toHaveBeenCalledTimes(1);
  });
});

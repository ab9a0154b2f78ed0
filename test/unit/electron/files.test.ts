import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../electron/contract';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  app: { addRecentDocument: vi.fn(), getPath: vi.fn(() => '/home/me/Documents') },
}));
vi.mock('electron', () => electron);

const { createFileService, planPathsFromArgv, readPlanFile } = await import('../../../electron/main/files');
const { createRecentFiles } = await import('../../../electron/main/recent-files');
const { createOpenedFileQueue } = await import('../../../electron/main/opened-files');
const { isVisibleOn, loadWindowState, saveWindowState } = await import('../../../electron/main/window-state');

let dir: string;
const window = {} as never;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plotline-files-'));
  vi.clearAllMocks();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading plan files', () => {
  it('reads text and refuses directories, missing files and files over 50 MB', async () => {
    const plan = join(dir, 'a.plotline');
    await writeFile(plan, '{"format":"plotline"}');
    expect(await readPlanFile(plan)).toEqual({ kind: 'opened', file: { name: 'a.plotline', text: '{"format":"plotline"}' } });
    expect(await readPlanFile(dir)).toMatchObject({ kind: 'failed' });
    const missing = await readPlanFile(join(dir, 'missing.plotline'));
    expect(missing.kind === 'failed' && missing.message).toContain('does not exist');
    const huge = join(dir, 'huge.xml');
    await writeFile(huge, '');
    await truncate(huge, LIMITS.maxReadBytes + 1);
    const tooBig = await readPlanFile(huge);
    expect(tooBig.kind === 'failed' && tooBig.message).toContain('50 MB');
  });

  it('takes plan paths from a command line, skipping switches and other files', () => {
    expect(planPathsFromArgv(['/opt/Plotline/plotline', '--no-sandbox', 'plan.plotline', 'notes.txt', '/abs/p.gan', 'X.XML'], '/home/me')).toEqual([
      '/home/me/plan.plotline',
      '/abs/p.gan',
      '/home/me/X.XML',
    ]);
  });
});

describe('file service', () => {
  it('opens through the dialog and remembers the file', async () => {
    const plan = join(dir, 'a.plotline');
    await writeFile(plan, 'x');
    const recent = createRecentFiles(join(dir, 'recent.json'));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [plan] });
    expect(await createFileService(recent).openWithDialog(window)).toMatchObject({ kind: 'opened' });
    expect((await recent.list()).map((f) => f.path)).toEqual([plan]);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await createFileService(recent).openWithDialog(window)).toEqual({ kind: 'cancelled' });
  });

  it('reopens only paths on the recent list', async () => {
    const recent = createRecentFiles(join(dir, 'recent.json'));
    expect(await createFileService(recent).openRecent('/etc/passwd')).toMatchObject({ kind: 'failed', message: 'That file is not on the recent list.' });
  });

  it('drops a recent file that no longer exists', async () => {
    const recent = createRecentFiles(join(dir, 'recent.json'));
    await recent.add(join(dir, 'gone.plotline'));
    expect(await createFileService(recent).openRecent(join(dir, 'gone.plotline'))).toMatchObject({ kind: 'failed' });
    expect(await recent.list()).toEqual([]);
  });

  it('saves atomically where the user chose, or reports cancel and failure as values', async () => {
    const recent = createRecentFiles(join(dir, 'recent.json'));
    const service = createFileService(recent);
    const request = { suggestedName: 'a.plotline', filters: [{ name: 'Plotline plan', extensions: ['plotline'] }], data: 'plan' };
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'chosen.plotline') });
    expect(await service.saveWithDialog(window, request)).toEqual({ saved: true, name: 'chosen.plotline' });
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await service.saveWithDialog(window, request)).toEqual({ saved: false, reason: 'cancelled' });
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'no-such-dir', 'x.plotline') });
    expect(await service.saveWithDialog(window, request)).toMatchObject({ saved: false, reason: 'failed' });
  });
});

describe('recent files', () => {
  it('keeps the newest first without duplicates, at most 10, and survives a damaged file', async () => {
    const store = join(dir, 'recent.json');
    const recent = createRecentFiles(store, () => new Date('2026-01-01T00:00:00Z'));
    for (let i = 0; i < 12; i++) await recent.add(`/p/${String(i)}.plotline`);
    await recent.add('/p/5.plotline');
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual({ path: '/p/5.plotline', name: '5.plotline', lastOpenedAt: '2026-01-01T00:00:00.000Z' });
    expect(list.filter((f) => f.path === '/p/5.plotline')).toHaveLength(1);
    await writeFile(store, '{not json');
    expect(await recent.list()).toEqual([]);
  });
});

describe('opened files queue', () => {
  it('holds files until the renderer takes them, then sends directly', () => {
    const queue = createOpenedFileQueue();
    const contents = { send: vi.fn(), isDestroyed: () => false };
    const outcome = { kind: 'opened', file: { name: 'a.plotline', text: '' } } as const;
    queue.deliver(outcome);
    expect(queue.take(contents as never)).toEqual([outcome]);
    queue.deliver(outcome);
    expect(contents.send).toHaveBeenCalledWith('file:opened', outcome);
    queue.stopListening();
    queue.deliver(outcome);
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('restores bounds only on a visible display', async () => {
    const path = join(dir, 'window-state.json');
    await saveWindowState(path, { bounds: { x: 100, y: 100, width: 1200, height: 800 }, isMaximized: false });
    expect(await loadWindowState(path, [display])).toEqual({ bounds: { x: 100, y: 100, width: 1200, height: 800 }, isMaximized: false });
    expect(await loadWindowState(path, [{ x: 3000, y: 0, width: 1920, height: 1080 }])).toBeNull();
    expect(isVisibleOn({ x: -1150, y: 100, width: 1200, height: 800 }, [display])).toBe(false);
    expect(isVisibleOn({ x: 100, y: -50, width: 1200, height: 800 }, [display])).toBe(false);
    await writeFile(path, '{"bounds":{"x":"a"},"isMaximized":false}');
    expect(await loadWindowState(path, [display])).toBeNull();
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform, windowTitle } from '../../../renderer/platform/browser-platform';
import { getPlatform } from '../../../renderer/platform';
import { safeDownloadName } from '../../../renderer/platform/web-files';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const snapshot = (taskCount: number, force?: boolean) => ({ projectId: 'p1', projectName: 'Relaunch', taskCount, text: `{"n":${String(taskCount)}}`, ...(force === undefined ? {} : { force }) });

describe('browser platform', () => {
  it('is the platform when there is no preload, and says what it cannot do', () => {
    const platform = getPlatform();
    expect(platform.isDesktop).toBe(false);
    expect(platform.os).toBe('web');
    expect(platform.capabilities).toEqual({ hasNativeMenu: false, snapshots: 'memory', printToPdf: false, recentFiles: false });
  });

  it('saves by clicking a download link with a blob URL', async () => {
    const createObjectURL = vi.fn(() => 'blob:plotline/1');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const platform = createBrowserPlatform();
    const result = await platform.saveFile({ suggestedName: 'Relaunch.plotline', filters: [{ name: 'Plotline plan', extensions: ['plotline'] }], data: '{}' });
    expect(result).toEqual({ saved: true, name: 'Relaunch.plotline' });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('Relaunch.plotline');
    expect(clicks[0]!.href).toBe('blob:plotline/1');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(document.querySelector('a')).toBeNull();
  });

  it('opens a picked file through a hidden file input', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: { item: () => new File(['{"plan":1}'], 'plan.plotline') } });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createBrowserPlatform().openFile();
    expect(result).toEqual({ kind: 'opened', file: { name: 'plan.plotline', text: '{"plan":1}' } });
    expect(document.querySelector('input')).toBeNull();
  });

  it('reports a cancelled pick', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toBe('.plotline,.xml,.gan,.csv,.xlsx,.ics');
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await createBrowserPlatform().openFile()).toEqual({ kind: 'cancelled' });
  });

  it('keeps snapshots in memory with the same shrink refusal as the desktop', async () => {
    let now = Date.UTC(2026, 2, 10, 12);
    const platform = createBrowserPlatform({ now: () => new Date((now += 1000)) });
    expect(await platform.writeSnapshot(snapshot(100))).toMatchObject({ written: true });
    expect(await platform.writeSnapshot(snapshot(10))).toEqual({ written: false, reason: 'much-smaller', newestTaskCount: 100, taskCount: 10 });
    expect(await platform.writeSnapshot(snapshot(10, true))).toMatchObject({ written: true });
    const list = await platform.listSnapshots('p1');
    expect(list.map((s) => s.taskCount)).toEqual([10, 100]);
    expect(await platform.readSnapshot({ projectId: 'p1', id: list[1]!.id })).toEqual({ kind: 'opened', file: { name: 'Relaunch.plotline', text: '{"n":100}' } });
    expect(await platform.readSnapshot({ projectId: 'p1', id: 'nope' })).toMatchObject({ kind: 'failed' });
  });

  it('keeps a snapshot taken by hand, with its label, across a reload; the automatic ones only until then', async () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (key: string) => kept.get(key) ?? null, setItem: (key: string, value: string) => void kept.set(key, value) };
    let now = Date.UTC(2026, 2, 10, 12);
    const before = createBrowserPlatform({ now: () => new Date((now += 1000)), storage });
    await before.writeSnapshot(snapshot(10));
    await before.writeSnapshot({ ...snapshot(10), label: 'Before re-baseline' });
    // 20 automatic ones after it do not push it out.
    for (let n = 0; n < 20; n++) await before.writeSnapshot(snapshot(10));
    expect((await before.listSnapshots('p1')).filter((s) => s.label !== undefined).map((s) => s.label)).toEqual(['Before re-baseline']);
    const after = createBrowserPlatform({ storage });
    const list = await after.listSnapshots('p1');
    expect(list.map((s) => s.label)).toEqual(['Before re-baseline']);
    expect(await after.readSnapshot({ projectId: 'p1', id: list[0]!.id })).toEqual({ kind: 'opened', file: { name: 'Relaunch.plotline', text: '{"n":10}' } });
  });

  it('says a snapshot taken by hand was not kept when local storage is full, and keeps none', async () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let now = Date.UTC(2026, 2, 10, 12);
    const platform = createBrowserPlatform({ now: () => new Date((now += 1000)), storage: full });
    expect(await platform.writeSnapshot(snapshot(10))).toMatchObject({ written: true });
    const result = await platform.writeSnapshot({ ...snapshot(10), label: 'Before re-baseline' });
    expect(result).toMatchObject({ written: false, reason: 'not-kept' });
    expect(!result.written && result.reason === 'not-kept' ? result.message : '').toMatch(/storage .* is full/);
    // Not listed until a reload, to look safe and then be gone; the automatic one is still there.
    expect((await platform.listSnapshots('p1')).map((s) => s.label)).toEqual([undefined]);
  });

  it('has no PDF bytes, recent files or menu commands', async () => {
    const platform = createBrowserPlatform();
    expect(await platform.printToPdf({ pageSize: 'A4', landscape: true, printBackground: true })).toBeNull();
    expect(await platform.recentFiles()).toEqual([]);
    expect(await platform.openRecent('/x.plotline')).toMatchObject({ kind: 'failed' });
    const unsubscribe = platform.onMenuCommand(() => undefined);
    expect(typeof unsubscribe).toBe('function');
  });

  it('shows the plan name and unsaved state in the document title', () => {
    createBrowserPlatform().setMenuState({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, isDirty: true, title: 'Relaunch' });
    expect(document.title).toBe('• Relaunch — Plotline');
    expect(windowTitle({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, isDirty: false, title: '' })).toBe('Plotline');
  });

  it('delivers dropped files to onFileOpened and stops after unsubscribe', async () => {
    const platform = createBrowserPlatform();
    const listener = vi.fn();
    const unsubscribe = platform.onFileOpened(listener);
    const drop = (): Event => {
      const event = new Event('drop', { cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [new File(['a,b'], 'tasks.csv')] } });
      document.dispatchEvent(event);
      return event;
    };
    expect(drop().defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith({ kind: 'opened', file: { name: 'tasks.csv', text: 'a,b' } }));
    unsubscribe();
    drop();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('cleans suggested names for downloads', () => {
    expect(safeDownloadName('../a/b:c.plotline')).toBe('.._a_b_c.plotline');
    expect(safeDownloadName('   ')).toBe('plan.plotline');
  });
});

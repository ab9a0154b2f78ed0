import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi, FileOpenOutcome } from '../../../electron/contract';
import { createDesktopPlatform } from '../../../renderer/platform/desktop-platform';

function fakeApi(pending: FileOpenOutcome[]) {
  let listener: ((outcome: FileOpenOutcome) => void) | null = null;
  const api = {
    appInfo: () => ({ version: '1.2.3', os: 'mac' as const }),
    onFileOpened: vi.fn((fn: (outcome: FileOpenOutcome) => void) => {
      listener = fn;
      return () => (listener = null);
    }),
    takePendingFiles: vi.fn(async () => pending),
    listSnapshots: vi.fn(async () => []),
  };
  return { api: api as unknown as DesktopApi, raw: api, push: (o: FileOpenOutcome) => listener?.(o) };
}

const opened = (name: string): FileOpenOutcome => ({ kind: 'opened', file: { name, text: '' } });

describe('desktop platform', () => {
  it('reports the app version, OS and desktop capabilities', () => {
    const platform = createDesktopPlatform(fakeApi([]).api);
    expect(platform).toMatchObject({ isDesktop: true, appVersion: '1.2.3', os: 'mac', capabilities: { hasNativeMenu: true, snapshots: 'disk' } });
  });

  it('subscribes first, then delivers files that arrived before the subscription', async () => {
    const { api, raw, push } = fakeApi([opened('launch.plotline')]);
    const listener = vi.fn();
    createDesktopPlatform(api).onFileOpened(listener);
    expect(raw.onFileOpened).toHaveBeenCalledBefore(raw.takePendingFiles);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith(opened('launch.plotline')));
    push(opened('second.plotline'));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('maps an omitted project id to all projects', async () => {
    const { api, raw } = fakeApi([]);
    await createDesktopPlatform(api).listSnapshots();
    expect(raw.listSnapshots).toHaveBeenCalledWith(null);
  });
});

describe('closing the desktop window', () => {
  function closingApi() {
    let request: (() => void) | null = null;
    const api = {
      appInfo: () => ({ version: '1.2.3', os: 'linux' as const }),
      onCloseRequested: vi.fn((fn: () => void) => {
        request = fn;
        return () => (request = null);
      }),
      confirmClose: vi.fn(async () => undefined),
    };
    return { api: api as unknown as DesktopApi, raw: api, requestClose: () => request?.() };
  }

  it('confirms the close only once the last writes have finished', async () => {
    const { api, raw, requestClose } = closingApi();
    let finishWrites: () => void = () => undefined;
    createDesktopPlatform(api).onCloseRequested(() => new Promise<void>((resolve) => (finishWrites = resolve)));
    requestClose();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(raw.confirmClose).not.toHaveBeenCalled();
    finishWrites();
    await vi.waitFor(() => expect(raw.confirmClose).toHaveBeenCalledTimes(1));
  });

  it('still confirms when the last write fails, so the window never stays stuck', async () => {
    const { api, raw, requestClose } = closingApi();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    createDesktopPlatform(api).onCloseRequested(async () => { throw new Error('disk full'); });
    requestClose();
    await vi.waitFor(() => expect(raw.confirmClose).toHaveBeenCalledTimes(1));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

const mocks = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; contents: FakeContents; loaded: string[] }[] = [];
  class FakeContents {
    handlers = new Map<string, Handler>();
    openHandler: Handler | null = null;
    on(event: string, fn: Handler) {
      this.handlers.set(event, fn);
      return this;
    }
    setWindowOpenHandler(fn: Handler) {
      this.openHandler = fn;
    }
  }
  class FakeBrowserWindow {
    webContents = new FakeContents();
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents, loaded: this.loaded });
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const showMessageBox = vi.fn(async (..._args: unknown[]) => ({ response: 0 }));
  return { created, FakeBrowserWindow, openExternal: vi.fn(async () => undefined), showMessageBox };
});

vi.mock('electron', () => ({
  BrowserWindow: Object.assign(mocks.FakeBrowserWindow, { fromWebContents: () => null }),
  shell: { openExternal: mocks.openExternal },
  dialog: { showMessageBox: mocks.showMessageBox },
}));

const { createMainWindow, hardenSession, rendererLocation } = await import('../../../electron/main/window');

const appInfo = { version: '0.1.0', os: 'linux' } as const;

function makeWindow() {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', location: rendererLocation(undefined), appInfo, savedState: null });
  return mocks.created.at(-1)!;
}

beforeEach(() => {
  mocks.created.length = 0;
  mocks.openExternal.mockClear();
  mocks.showMessageBox.mockClear();
});

describe('main window', () => {
  it('isolates, sandboxes and strips Node from the renderer', () => {
    const prefs = makeWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(prefs.additionalArguments).toEqual(['--plotline-app-info={"version":"0.1.0","os":"linux"}']);
  });

  it('loads the app:// entry', () => {
    expect(makeWindow().loaded).toEqual(['app://plotline/index.html']);
  });

  it('denies navigation, redirects and webviews', () => {
    const { contents } = makeWindow();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.handlers.get(event)!({ preventDefault }, 'https://evil.example/');
      expect(preventDefault).toHaveBeenCalled();
    }
  });

  it('denies every new window; https links open in the browser after a prompt that shows the URL, others nowhere', async () => {
    const { contents } = makeWindow();
    expect(contents.openHandler!({ url: 'https://plotline.dev/help' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(mocks.openExternal).toHaveBeenCalledWith('https://plotline.dev/help'));
    expect(mocks.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ detail: 'https://plotline.dev/help' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(mocks.openExternal).toHaveBeenCalledTimes(1);
  });

  it('opens nothing when the person cancels the prompt', async () => {
    mocks.showMessageBox.mockResolvedValueOnce({ response: 1 });
    const { contents } = makeWindow();
    contents.openHandler!({ url: 'https://evil.example/phish' });
    await vi.waitFor(() => expect(mocks.showMessageBox).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(mocks.openExternal).not.toHaveBeenCalled();
  });
});

describe('session', () => {
  it('denies every permission request and check', () => {
    let request: Handler = () => undefined;
    let check: Handler = () => true;
    let device: Handler = () => true;
    const session = {
      setPermissionRequestHandler: (fn: Handler) => (request = fn),
      setPermissionCheckHandler: (fn: Handler) => (check = fn),
      setDevicePermissionHandler: (fn: Handler) => (device = fn),
    };
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://plotline')).toBe(false);
    }
    expect(device({})).toBe(false);
  });
});

describe('renderer location', () => {
  it('uses app:// unless a localhost dev URL is given', () => {
    expect(rendererLocation(undefined)).toEqual({ url: 'app://plotline/index.html', origin: 'app://plotline' });
    expect(rendererLocation('http://localhost:5173')).toEqual({ url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(() => rendererLocation('https://example.com')).toThrow('PLOTLINE_DEV_URL');
    expect(() => rendererLocation('http://localhost.evil.com:5173')).toThrow('PLOTLINE_DEV_URL');
    expect(() => rendererLocation('file:///tmp/index.html')).toThrow('PLOTLINE_DEV_URL');
  });
});

/** The print handler with Electron mocked: how the hidden window is made, what is printed, and the clean-up. */
import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  options: { show: boolean; webPreferences: Record<string, unknown> };
  loadFile: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
  webContents: { on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn>; printToPDF: ReturnType<typeof vi.fn> };
}

const state = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  blocker: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  loaded: '',
  fail: false,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    options: FakeWindow['options'];
    loadFile = vi.fn(async (path: string) => { state.loaded = readFileSync(path, 'utf8'); });
    destroy = vi.fn();
    webContents = {
      on: vi.fn(), setWindowOpenHandler: vi.fn(),
      printToPDF: vi.fn(async () => { if (state.fail) throw new Error('printer on fire'); return Buffer.from('%PDF-1.7'); }),
    };
    constructor(options: FakeWindow['options']) {
      this.options = options;
      state.windows.push(this);
    }
  }
  const session = { fromPartition: vi.fn(() => ({ webRequest: { onBeforeRequest: (fn: typeof state.blocker) => { state.blocker = fn; } } })) };
  return { BrowserWindow, session };
});

const { printHtmlToPdf, PRINT_PARTITION } = await import('../../../electron/main/print');
const electron = await import('electron');

const request = { html: '<!doctype html><title>R</title><p>Hi', pageSize: 'Letter', landscape: false } as const;

describe('printHtmlToPdf', () => {
  beforeEach(() => { state.windows = []; state.blocker = null; state.fail = false; });

  it('prints the layout in a hidden, script-less window of its own session with the CSS page size', async () => {
    const pdf = await printHtmlToPdf(request);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    const [window] = state.windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(electron.session.fromPartition).toHaveBeenCalledWith(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    expect(state.loaded).toBe(request.html);
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', landscape: false, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    expect(window?.webContents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(window?.destroy).toHaveBeenCalledOnce();
  });

  it('cancels every request but the layout file itself', async () => {
    await printHtmlToPdf(request);
    const file = (state.windows[0]?.loadFile.mock.calls[0] as [string])[0];
    const verdict = (url: string): boolean => { let cancel = false; state.blocker?.({ url }, (r) => { cancel = r.cancel; }); return cancel; };
    expect(verdict(`file://${file}`)).toBe(false);
    expect(verdict('https://example.com/track.png')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(existsSync(file)).toBe(false);
  });

  it('destroys the window and removes the file when printing fails', async () => {
    state.fail = true;
    await expect(printHtmlToPdf(request)).rejects.toThrow('printer on fire');
    const file = (state.windows[0]?.loadFile.mock.calls[0] as [string])[0];
    expect(state.windows[0]?.destroy).toHaveBeenCalledOnce();
    expect(existsSync(file)).toBe(false);
  });
});

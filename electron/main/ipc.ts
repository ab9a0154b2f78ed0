/**
 * One handler per contract channel. Each first checks that the sender is the app's own top-level
 * frame (app://plotline, or the dev server in development), then parses the payload strictly
 * (validate.ts); anything else is rejected with an error and never reaches the file system.
 */
import type { BrowserWindow, IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { INVOKE, SEND, type InvokeChannel, type InvokeMap, type MenuState, type PrintHtmlRequest } from '../contract';
import type { FileService } from './files';
import type { OpenedFileQueue } from './opened-files';
import type { RecentFiles } from './recent-files';
import type { SnapshotStore } from './snapshots';
import { parseInvokeArgs, parseSendArgs } from './validate';

export interface IpcDeps {
  /** "app://plotline" or the dev server's origin. */
  readonly allowedOrigin: string;
  readonly files: FileService;
  readonly recent: RecentFiles;
  readonly snapshots: SnapshotStore;
  readonly openedFiles: OpenedFileQueue;
  /** Prints a self-contained print layout to PDF (print.ts). */
  readonly printHtml: (request: PrintHtmlRequest) => Promise<Uint8Array>;
  readonly windowFor: (contents: WebContents) => BrowserWindow | null;
  readonly onMenuState: (state: MenuState, window: BrowserWindow) => void;
  /** Called after anything that may have changed the recent list (to refresh the menu). */
  readonly onRecentChanged: () => void;
  /** The renderer finished its last writes after being asked to close: let the window go. */
  readonly onCloseConfirmed: (window: BrowserWindow) => void;
  readonly log?: (message: string) => void;
}

/**
 * Compares scheme and host rather than URL.origin: for a custom scheme such as app:, WHATWG URL
 * reports an opaque "null" origin. Only the top frame counts; the app embeds no frames.
 */
export function isTrustedSender(frame: WebFrameMain | null, allowedOrigin: string): boolean {
  if (frame === null || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === allowedOrigin;
  } catch {
    return false;
  }
}

type Handler<C extends InvokeChannel> = (
  event: IpcMainInvokeEvent,
  window: BrowserWindow,
  ...args: InvokeMap[C]['args']
) => Promise<InvokeMap[C]['result']> | InvokeMap[C]['result'];

export function registerIpc(ipc: Pick<IpcMain, 'handle' | 'on'>, deps: IpcDeps): void {
  const handle = <C extends InvokeChannel>(channel: C, handler: Handler<C>): void => {
    ipc.handle(channel, async (event: IpcMainInvokeEvent, ...raw: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, deps.allowedOrigin)) throw new Error(`Rejected ${channel}: untrusted sender.`);
      const args = parseInvokeArgs(channel, raw);
      const window = deps.windowFor(event.sender);
      if (window === null) throw new Error(`Rejected ${channel}: no window for sender.`);
      return handler(event, window, ...args);
    });
  };
  registerFileHandlers(handle, deps);
  registerSnapshotAndWindowHandlers(handle, deps);
  ipc.on(SEND.setMenuState, (event: IpcMainEvent, ...raw: unknown[]) => {
    if (!isTrustedSender(event.senderFrame, deps.allowedOrigin)) return deps.log?.(`Ignored ${SEND.setMenuState}: untrusted sender.`);
    const window = deps.windowFor(event.sender);
    try {
      const [state] = parseSendArgs(SEND.setMenuState, raw);
      if (window !== null) deps.onMenuState(state, window);
    } catch (error) {
      // A send has no reply to reject, so a bad payload is logged and dropped.
      deps.log?.(error instanceof Error ? error.message : String(error));
    }
  });
}

type Register = <C extends InvokeChannel>(channel: C, handler: Handler<C>) => void;

function registerFileHandlers(handle: Register, deps: IpcDeps): void {
  const refreshingRecent = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    deps.onRecentChanged();
    return result;
  };
  handle(INVOKE.openFileDialog, (_event, window) => refreshingRecent(deps.files.openWithDialog(window)));
  handle(INVOKE.takePendingFiles, (event) => deps.openedFiles.take(event.sender));
  handle(INVOKE.saveFile, (_event, window, request) => refreshingRecent(deps.files.saveWithDialog(window, request)));
  handle(INVOKE.listRecentFiles, () => deps.recent.list());
  handle(INVOKE.openRecentFile, (_event, _window, path) => refreshingRecent(deps.files.openRecent(path)));
}

function registerSnapshotAndWindowHandlers(handle: Register, deps: IpcDeps): void {
  handle(INVOKE.writeSnapshot, (_event, _window, request) => deps.snapshots.write(request));
  handle(INVOKE.listSnapshots, (_event, _window, projectId) => deps.snapshots.list(projectId));
  handle(INVOKE.readSnapshot, (_event, _window, ref) => deps.snapshots.read(ref));
  handle(INVOKE.printToPdf, async (event, _window, options) => {
    const pdf = await event.sender.printToPDF({ pageSize: options.pageSize, landscape: options.landscape, printBackground: options.printBackground });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  });
  handle(INVOKE.printHtmlToPdf, (_event, _window, request) => deps.printHtml(request));
  handle(INVOKE.setFullScreen, (_event, window, on) => {
    window.setFullScreen(on);
    return on;
  });
  handle(INVOKE.toggleFullScreen, (_event, window) => {
    const next = !window.isFullScreen();
    window.setFullScreen(next);
    return next;
  });
  handle(INVOKE.confirmClose, (_event, window) => deps.onCloseConfirmed(window));
}

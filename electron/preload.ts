/**
 * The whole surface the page gets: named functions over fixed channels, never ipcRenderer itself
 * (VS Code's and Actual's pattern). Built as CommonJS because sandboxed preloads cannot be ESM.
 * Payloads are validated in main; here they are only typed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  APP_INFO_ARG,
  EVENTS,
  INVOKE,
  SEND,
  type AppInfo,
  type DesktopApi,
  type EventChannel,
  type EventMap,
  type InvokeChannel,
  type InvokeMap,
  type Unsubscribe,
} from './contract';

function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeMap[C]['args']): Promise<InvokeMap[C]['result']> {
  return ipcRenderer.invoke(channel, ...args) as Promise<InvokeMap[C]['result']>;
}

/** The listener never sees the IpcRendererEvent (it carries `sender`, which is ipcRenderer). */
function subscribe<C extends EventChannel>(channel: C, listener: (payload: EventMap[C]) => void): Unsubscribe {
  const wrapped = (_event: IpcRendererEvent, payload: EventMap[C]): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/** Main passes {version, os} as a command-line switch; fall back to something honest if absent. */
function readAppInfo(): AppInfo {
  const fallback: AppInfo = { version: 'unknown', os: process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux' };
  const arg = process.argv.find((a) => a.startsWith(APP_INFO_ARG));
  try {
    const parsed: unknown = arg === undefined ? null : JSON.parse(arg.slice(APP_INFO_ARG.length));
    if (typeof parsed !== 'object' || parsed === null || !('version' in parsed) || !('os' in parsed)) return fallback;
    const { version, os } = parsed;
    return typeof version === 'string' && (os === 'mac' || os === 'windows' || os === 'linux') ? { version, os } : fallback;
  } catch {
    return fallback;
  }
}

const appInfo = readAppInfo();

const api = {
  appInfo: () => appInfo,
  onMenuCommand: (listener) => subscribe(EVENTS.menuCommand, listener),
  setMenuState: (state) => ipcRenderer.send(SEND.setMenuState, state),
  openFileDialog: () => invoke(INVOKE.openFileDialog),
  onFileOpened: (listener) => subscribe(EVENTS.fileOpened, listener),
  takePendingFiles: () => invoke(INVOKE.takePendingFiles),
  saveFile: (request) => invoke(INVOKE.saveFile, request),
  listRecentFiles: () => invoke(INVOKE.listRecentFiles),
  openRecentFile: (path) => invoke(INVOKE.openRecentFile, path),
  writeSnapshot: (request) => invoke(INVOKE.writeSnapshot, request),
  listSnapshots: (projectId) => invoke(INVOKE.listSnapshots, projectId),
  readSnapshot: (ref) => invoke(INVOKE.readSnapshot, ref),
  printToPdf: (options) => invoke(INVOKE.printToPdf, options),
  printHtmlToPdf: (request) => invoke(INVOKE.printHtmlToPdf, request),
  setFullScreen: (on) => invoke(INVOKE.setFullScreen, on),
  toggleFullScreen: () => invoke(INVOKE.toggleFullScreen),
  onFullScreenChanged: (listener) => subscribe(EVENTS.fullScreenChanged, listener),
  onCloseRequested: (listener) => subscribe(EVENTS.closeRequested, () => listener()),
  confirmClose: () => invoke(INVOKE.confirmClose),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('plotline', api);

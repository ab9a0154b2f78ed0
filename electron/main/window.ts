/**
 * The BrowserWindow factory and the web-security settings around it: an isolated, sandboxed
 * renderer without Node, no navigation away from the app, no new windows, no permissions.
 */
import { BrowserWindow, dialog, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { APP_INFO_ARG, type AppInfo } from '../contract';
import { APP_ENTRY_URL, APP_ORIGIN } from './protocol';
import type { WindowState } from './window-state';

export interface RendererLocation {
  readonly url: string;
  /** The only origin whose frames may call IPC. */
  readonly origin: string;
}

/**
 * app://plotline normally; PLOTLINE_DEV_URL (the Vite dev server) in development, restricted to
 * http on localhost so a stray environment variable cannot point the app at the internet.
 */
export function rendererLocation(devUrl: string | undefined): RendererLocation {
  if (devUrl === undefined || devUrl === '') return { url: APP_ENTRY_URL, origin: APP_ORIGIN };
  let parsed: URL;
  try {
    parsed = new URL(devUrl);
  } catch {
    throw new Error(`PLOTLINE_DEV_URL is not a URL: ${devUrl}`);
  }
  if (parsed.protocol !== 'http:' || !['localhost', '127.0.0.1'].includes(parsed.hostname)) {
    throw new Error(`PLOTLINE_DEV_URL must be http://localhost[:port], got ${devUrl}`);
  }
  return { url: parsed.href, origin: parsed.origin };
}

export function secureWebPreferences(preloadPath: string, appInfo: AppInfo): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    // The sandboxed preload cannot call app.getVersion(); main hands it over on the command line.
    additionalArguments: [APP_INFO_ARG + JSON.stringify(appInfo)],
  };
}

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly location: RendererLocation;
  readonly appInfo: AppInfo;
  readonly savedState: WindowState | null;
  readonly iconPath?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = options.savedState?.bounds ?? { width: 1280, height: 820 };
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Plotline',
    backgroundColor: '#ffffff',
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    webPreferences: secureWebPreferences(options.preloadPath, options.appInfo),
  });
  hardenWebContents(window.webContents);
  // Main owns the title (plan name + unsaved marker from setMenuState), not <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (options.savedState?.isMaximized === true) window.maximize();
    window.show();
  });
  void window.loadURL(options.location.url);
  return window;
}

/** The app is a single page: any navigation or popup is either a bug or an attack. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Help links open in the user's browser; only https, never file: or custom schemes, and only
    // after the person has seen the exact URL (a received plan's note can hold any link).
    if (isHttpsUrl(url)) void openExternalAfterPrompt(url, BrowserWindow.fromWebContents(contents));
    return { action: 'deny' };
  });
}

/** Asks before handing a link to the system browser; the dialog shows the whole URL. */
export async function openExternalAfterPrompt(url: string, parent: BrowserWindow | null): Promise<boolean> {
  const options = {
    type: 'question' as const, buttons: ['Open in browser', 'Cancel'], defaultId: 1, cancelId: 1, noLink: true,
    message: 'Open this link in your web browser?', detail: url,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

/** Plotline needs no camera, notifications, geolocation... so every request and check is refused. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

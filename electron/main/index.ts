/**
 * Lifecycle and wiring only: single instance, the app:// scheme, the window, and files the OS
 * hands over. Behaviour lives in the modules imported below.
 */
import { app, BrowserWindow, ipcMain, screen, session } from 'electron';
import { join } from 'node:path';
import { EVENTS, type AppInfo, type DesktopOs, type OpenFileResult } from '../contract';
import { cleanLeftoverTempFiles, tempFileFolders } from './atomic-write';
import { guardClose, type CloseGuard } from './close-guard';
import { createFileService, planPathsFromArgv } from './files';
import { registerIpc } from './ipc';
import { printHtmlToPdf } from './print';
import { createMenuController, sendMenuCommand, windowTitle } from './menu';
import { createOpenedFileQueue } from './opened-files';
import { registerAppProtocol, registerAppSchemePrivileges } from './protocol';
import { createRecentFiles } from './recent-files';
import { createSnapshotStore } from './snapshots';
import { createMainWindow, hardenSession, rendererLocation } from './window';
import { loadWindowState, saveWindowState } from './window-state';

const OS: DesktopOs = process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux';
// The bundle is dist/electron/main.cjs; the renderer build sits next to it in dist/renderer.
const paths = {
  renderer: join(__dirname, '..', 'renderer'),
  preload: join(__dirname, 'preload.cjs'),
  icon: join(__dirname, 'icon.png'),
  userData: (file: string) => join(app.getPath('userData'), file),
};

// The e2e harness gives every run its own profile (IndexedDB, snapshots, window state), and the
// single-instance lock is per profile, so tests never touch a user's data.
if (process.env.PLOTLINE_USER_DATA_DIR) app.setPath('userData', process.env.PLOTLINE_USER_DATA_DIR);
registerAppSchemePrivileges();
if (app.requestSingleInstanceLock()) start();
else app.quit();

/** The services main wires together; built before 'ready' because macOS may open files earlier. */
function createShell() {
  const location = rendererLocation(process.env.PLOTLINE_DEV_URL);
  const recent = createRecentFiles(paths.userData('recent-files.json'));
  const files = createFileService(recent);
  const openedFiles = createOpenedFileQueue();
  const deliver = (result: OpenFileResult): void => {
    if (result.kind !== 'cancelled') openedFiles.deliver(result);
  };
  const refreshRecent = (): void => void recent.list().then((list) => menu.setRecentFiles(list));
  const menu = createMenuController({
    os: OS,
    appName: app.name,
    isDevelopment: !app.isPackaged,
    send: sendMenuCommand,
    openRecent: (path) => void files.openRecent(path).then(deliver).then(refreshRecent),
  });
  const openPaths = (planPaths: readonly string[]): void => {
    for (const path of planPaths) void files.openPath(path).then(deliver).then(refreshRecent);
  };
  /** Each window's close is held until its renderer has written its last snapshot. */
  const closeGuards = new WeakMap<BrowserWindow, CloseGuard>();
  return { location, recent, files, openedFiles, menu, refreshRecent, openPaths, closeGuards };
}

type Shell = ReturnType<typeof createShell>;

function start(): void {
  const shell = createShell();
  let mainWindow: BrowserWindow | null = null;
  let isQuitting = false;
  const showWindow = async (): Promise<void> => {
    const window = await openMainWindow(shell.location, () => shell.openedFiles.stopListening());
    shell.closeGuards.set(window, guardClose(window));
    window.on('closed', () => {
      mainWindow = null;
      // A quit (Cmd+Q, the menu) was held by the close guard: carry it on now the window is gone.
      if (isQuitting) app.quit();
    });
    mainWindow = window;
  };
  app.on('before-quit', () => (isQuitting = true));
  // macOS delivers double-clicked files through open-file, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    shell.openPaths([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized() === true) mainWindow.restore();
    mainWindow?.focus();
    shell.openPaths(planPathsFromArgv(argv, workingDirectory));
  });
  app.on('window-all-closed', () => OS !== 'mac' && app.quit());
  app.on('activate', () => mainWindow === null && app.isReady() && void showWindow());
  void app.whenReady().then(async () => {
    wireServices(shell);
    await showWindow();
    // On macOS files arrive through open-file instead of argv.
    if (OS !== 'mac') shell.openPaths(planPathsFromArgv(process.argv, process.cwd()));
  });
}

function wireServices(shell: Shell): void {
  hardenSession(session.defaultSession);
  shell.menu.install();
  registerAppProtocol(session.defaultSession, paths.renderer);
  registerIpc(ipcMain, {
    allowedOrigin: shell.location.origin,
    files: shell.files,
    recent: shell.recent,
    snapshots: createSnapshotStore(paths.userData('snapshots')),
    openedFiles: shell.openedFiles,
    printHtml: (request) => printHtmlToPdf(request),
    windowFor: (contents) => BrowserWindow.fromWebContents(contents),
    onMenuState: (state, window) => {
      shell.menu.setState(state);
      window.setTitle(windowTitle(state, app.name));
      if (OS === 'mac') window.setDocumentEdited(state.isDirty);
    },
    onRecentChanged: shell.refreshRecent,
    onCloseConfirmed: (window) => shell.closeGuards.get(window)?.release(),
    log: (message) => console.warn(message),
  });
  shell.refreshRecent();
  // Saves killed half-way (power loss, a kill) leave `.name.<hex>.tmp` files beside their target.
  void shell.recent.list()
    .then((files) => tempFileFolders(paths.userData('snapshots'), files.map((f) => f.path)))
    .then((folders) => cleanLeftoverTempFiles([app.getPath('userData'), ...folders], Date.now()))
    .catch((error: unknown) => console.warn(`Temp file clean-up failed: ${String(error)}`));
}

async function openMainWindow(location: ReturnType<typeof rendererLocation>, onPageLoad: () => void): Promise<BrowserWindow> {
  const statePath = paths.userData('window-state.json');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const appInfo: AppInfo = { version: app.getVersion(), os: OS };
  const window = createMainWindow({ preloadPath: paths.preload, location, appInfo, savedState: await loadWindowState(statePath, workAreas), iconPath: paths.icon });
  window.webContents.on('did-start-loading', onPageLoad);
  window.on('close', () => {
    const bounds = window.isMaximized() ? window.getNormalBounds() : window.getBounds();
    void saveWindowState(statePath, { bounds, isMaximized: window.isMaximized() }).catch(() => undefined);
  });
  window.on('enter-full-screen', () => window.webContents.send(EVENTS.fullScreenChanged, true));
  window.on('leave-full-screen', () => window.webContents.send(EVENTS.fullScreenChanged, false));
  return window;
}

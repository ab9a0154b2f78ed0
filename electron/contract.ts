/**
 * The one typed contract between the Electron main process and the renderer (STYLE.md: one typed
 * process boundary). Types plus channel-name constants only: no logic, no imports, so the main
 * process, the preload and renderer/platform can all depend on it without pulling each other in.
 *
 * Main validates every payload as if it came from the internet (electron/main/ipc.ts); the limits
 * below are part of the contract so the renderer can respect them before it asks.
 */

// ---------------------------------------------------------------------------------------------
// Menu

/**
 * Every command a native menu item can send. The renderer maps these onto its own command
 * registry; main knows nothing about what they do. Kept as a const tuple so main can validate and
 * tests can enumerate it.
 */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.import',
  'file.saveAs',
  'file.saveAsTemplate',
  'file.export',
  'file.exportPdf',
  'file.takeSnapshot',
  'file.restoreSnapshot',
  'project.settings',
  'project.calendars',
  'edit.undo',
  'edit.redo',
  'edit.insertTask',
  'edit.deleteTask',
  'edit.indent',
  'edit.outdent',
  'view.tasks',
  'view.gantt',
  'view.board',
  'view.team',
  'view.present',
  'view.toggleTheme',
  'help.about',
  'help.shortcuts',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * What the renderer tells main so the Edit menu reads "Undo Rename task" and the window title
 * shows the plan name and unsaved state. Labels are the command's label without "Undo"/"Redo".
 */
export interface MenuState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** e.g. "Rename task"; null when there is nothing to undo. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  readonly isDirty: boolean;
  /** Plan name shown in the window title ("Website relaunch — Plotline"). */
  readonly title: string;
}

// ---------------------------------------------------------------------------------------------
// Files

/** A file the user chose or the OS handed us: its base name (never a path) and its text. */
export interface OpenedFile {
  readonly name: string;
  readonly text: string;
  /** The raw bytes of a binary file (.xlsx), whose text is then empty. */
  readonly bytes?: Uint8Array;
}

/** Files read as bytes rather than text, by extension (lower case, no dot). */
export const BINARY_EXTENSIONS: readonly string[] = ['xlsx'];

/** Outcome of reading a file: expected failures (too big, unreadable) are values, not throws. */
export type FileOpenOutcome =
  | { readonly kind: 'opened'; readonly file: OpenedFile }
  | { readonly kind: 'failed'; readonly name: string; readonly message: string };

export type OpenFileResult = FileOpenOutcome | { readonly kind: 'cancelled' };

/** A save-dialog filter, e.g. { name: 'Plotline plan', extensions: ['plotline'] } (no dots). */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface SaveFileRequest {
  /** Base name only ("Relaunch.plotline"); main refuses separators. */
  readonly suggestedName: string;
  /** At least one filter. */
  readonly filters: readonly FileFilter[];
  /** Text is written as UTF-8; bytes are written as-is (PDF, PNG, XLSX...). */
  readonly data: string | Uint8Array;
}

export type SaveFileResult =
  | { readonly saved: true; readonly name: string }
  | { readonly saved: false; readonly reason: 'cancelled' }
  | { readonly saved: false; readonly reason: 'failed'; readonly message: string };

export interface RecentFile {
  /** Absolute path: the identity used by openRecent. Main only opens paths on its own list. */
  readonly path: string;
  readonly name: string;
  /** ISO 8601 instant of the last open or save. */
  readonly lastOpenedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Snapshots (safety copies written by main under <userData>/snapshots/<projectId>/: automatic ones,
// and those the person takes with File → Take snapshot now)

export interface SnapshotWriteRequest {
  /** [A-Za-z0-9_-]{1,64}: it becomes a folder name. */
  readonly projectId: string;
  readonly projectName: string;
  readonly taskCount: number;
  /** The plan serialised in the native .plotline format. */
  readonly text: string;
  /** Write even if the plan shrank to less than half the newest snapshot's task count. */
  readonly force?: boolean;
  /**
   * Present for a snapshot the person took (File → Take snapshot now): the label they gave, ''
   * for none. Such snapshots are never thinned with the automatic ones.
   */
  readonly label?: string;
}

export interface SnapshotInfo {
  /** Opaque per-project id (the timestamped file name without extension). */
  readonly id: string;
  readonly projectId: string;
  readonly projectName: string;
  /** null when the snapshot predates its metadata (for example a hand-copied file). */
  readonly taskCount: number | null;
  readonly sizeBytes: number;
  /** ISO 8601 instant. */
  readonly createdAt: string;
  /** Present for a snapshot the person took: their label ('' for none). Absent for automatic ones. */
  readonly label?: string;
}

export type SnapshotWriteResult =
  | { readonly written: true; readonly snapshot: SnapshotInfo }
  | {
      readonly written: false;
      /** The plan lost more than half its tasks since the newest snapshot: probably an accident. */
      readonly reason: 'much-smaller';
      readonly newestTaskCount: number;
      readonly taskCount: number;
    }
  | {
      readonly written: false;
      /**
       * A snapshot the person took could not be kept where it outlasts a reload (the browser's
       * storage is full): none was kept, and `message` says why, for the person.
       */
      readonly reason: 'not-kept';
      readonly message: string;
    };

export interface SnapshotRef {
  readonly projectId: string;
  readonly id: string;
}

// ---------------------------------------------------------------------------------------------
// Export, window, app

export const PDF_PAGE_SIZES = ['A4', 'A3', 'Letter', 'Legal', 'Tabloid'] as const;
export type PdfPageSize = (typeof PDF_PAGE_SIZES)[number];

export interface PrintToPdfOptions {
  readonly pageSize: PdfPageSize;
  readonly landscape: boolean;
  readonly printBackground: boolean;
}

/**
 * A print layout to print to PDF with Chromium's print engine: a whole HTML document (reports,
 * the Gantt) that carries its own @page rules (size, margins, running header and page numbers).
 * Main prints it in a hidden window with JavaScript off and every request refused.
 */
export interface PrintHtmlRequest {
  readonly html: string;
  /** The paper when the layout's @page rule names none. */
  readonly pageSize: PdfPageSize;
  readonly landscape: boolean;
}

export type DesktopOs = 'mac' | 'windows' | 'linux';

export interface AppInfo {
  readonly version: string;
  readonly os: DesktopOs;
}

// ---------------------------------------------------------------------------------------------
// Limits (enforced by main; exported so the renderer can check first and explain)

export const LIMITS = {
  /** Largest file main reads (open, open-recent, OS-opened, snapshot). */
  maxReadBytes: 50 * 1024 * 1024,
  /** Largest payload main writes (save, snapshot). */
  maxWriteBytes: 50 * 1024 * 1024,
  /** Largest print layout main prints (a 10,000-row Gantt is a few MB). */
  maxPrintHtmlBytes: 40 * 1024 * 1024,
  maxNameLength: 255,
  /** A snapshot's label, a short note ("Before re-baseline"). */
  maxSnapshotLabelLength: 200,
  maxTitleLength: 300,
  maxMenuLabelLength: 120,
  maxFilters: 10,
  maxExtensionsPerFilter: 10,
  maxRecentFiles: 10,
  /** Snapshots kept per project before older ones are thinned to one per day. */
  snapshotsKeptPerProject: 20,
  /** A snapshot smaller than this fraction of the newest one's task count needs `force`. */
  snapshotShrinkRatio: 0.5,
} as const;

// ---------------------------------------------------------------------------------------------
// Channels

/** Renderer -> main request/response channels (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE = {
  openFileDialog: 'file:open-dialog',
  takePendingFiles: 'file:take-pending',
  saveFile: 'file:save',
  listRecentFiles: 'file:recent-list',
  openRecentFile: 'file:open-recent',
  writeSnapshot: 'snapshot:write',
  listSnapshots: 'snapshot:list',
  readSnapshot: 'snapshot:read',
  printToPdf: 'export:print-to-pdf',
  printHtmlToPdf: 'export:print-html-to-pdf',
  setFullScreen: 'window:set-full-screen',
  toggleFullScreen: 'window:toggle-full-screen',
  /** The renderer finished its last writes after EVENTS.closeRequested: the window may close. */
  confirmClose: 'window:confirm-close',
} as const;

/** Renderer -> main fire-and-forget channels (ipcRenderer.send / ipcMain.on). */
export const SEND = {
  setMenuState: 'app:set-menu-state',
} as const;

/** Main -> renderer events (webContents.send / ipcRenderer.on). */
export const EVENTS = {
  menuCommand: 'menu:command',
  fileOpened: 'file:opened',
  fullScreenChanged: 'window:full-screen-changed',
  /** The user closes the window (or quits): finish last writes (a snapshot), then confirmClose. */
  closeRequested: 'window:close-requested',
} as const;

/** Argument tuple and result of each invoke channel; main's handlers and the preload are typed by it. */
export interface InvokeMap {
  [INVOKE.openFileDialog]: { args: []; result: OpenFileResult };
  /** Files the OS handed over before the renderer subscribed (argv at launch, macOS open-file). */
  [INVOKE.takePendingFiles]: { args: []; result: FileOpenOutcome[] };
  [INVOKE.saveFile]: { args: [SaveFileRequest]; result: SaveFileResult };
  [INVOKE.listRecentFiles]: { args: []; result: RecentFile[] };
  [INVOKE.openRecentFile]: { args: [path: string]; result: OpenFileResult };
  [INVOKE.writeSnapshot]: { args: [SnapshotWriteRequest]; result: SnapshotWriteResult };
  /** All projects when projectId is null; newest first. */
  [INVOKE.listSnapshots]: { args: [projectId: string | null]; result: SnapshotInfo[] };
  [INVOKE.readSnapshot]: { args: [SnapshotRef]; result: OpenFileResult };
  [INVOKE.printToPdf]: { args: [PrintToPdfOptions]; result: Uint8Array };
  [INVOKE.printHtmlToPdf]: { args: [PrintHtmlRequest]; result: Uint8Array };
  /** Resolves to the resulting full-screen state. */
  [INVOKE.setFullScreen]: { args: [on: boolean]; result: boolean };
  [INVOKE.toggleFullScreen]: { args: []; result: boolean };
  [INVOKE.confirmClose]: { args: []; result: void };
}

export type InvokeChannel = keyof InvokeMap;

export interface SendMap {
  [SEND.setMenuState]: [MenuState];
}

export interface EventMap {
  [EVENTS.menuCommand]: MenuCommand;
  [EVENTS.fileOpened]: FileOpenOutcome;
  [EVENTS.fullScreenChanged]: boolean;
  [EVENTS.closeRequested]: null;
}

export type EventChannel = keyof EventMap;

/** Main passes the app version to the sandboxed preload on its command line (webPreferences.additionalArguments). */
export const APP_INFO_ARG = '--plotline-app-info=';

// ---------------------------------------------------------------------------------------------
// The preload's API (window.plotline)

export type Unsubscribe = () => void;

/** Exposed by electron/preload.ts as window.plotline; only renderer/platform uses it. */
export interface DesktopApi {
  appInfo(): AppInfo;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  setMenuState(state: MenuState): void;
  openFileDialog(): Promise<OpenFileResult>;
  onFileOpened(listener: (outcome: FileOpenOutcome) => void): Unsubscribe;
  takePendingFiles(): Promise<FileOpenOutcome[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  listRecentFiles(): Promise<RecentFile[]>;
  openRecentFile(path: string): Promise<OpenFileResult>;
  writeSnapshot(request: SnapshotWriteRequest): Promise<SnapshotWriteResult>;
  listSnapshots(projectId: string | null): Promise<SnapshotInfo[]>;
  readSnapshot(ref: SnapshotRef): Promise<OpenFileResult>;
  printToPdf(options: PrintToPdfOptions): Promise<Uint8Array>;
  printHtmlToPdf(request: PrintHtmlRequest): Promise<Uint8Array>;
  setFullScreen(on: boolean): Promise<boolean>;
  toggleFullScreen(): Promise<boolean>;
  onFullScreenChanged(listener: (isFullScreen: boolean) => void): Unsubscribe;
  onCloseRequested(listener: () => void): Unsubscribe;
  confirmClose(): Promise<void>;
}

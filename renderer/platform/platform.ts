/**
 * The one interface the app uses for everything outside the web page: native menu, files,
 * snapshots, PDF, full screen. Two implementations: desktop (over the preload's window.plotline)
 * and browser (file input + downloads; e2e tests and a web build). Only this folder touches
 * window.plotline (STYLE.md: one library, one doorway).
 *
 * The shapes come from electron/contract.ts and are re-exported here so the app imports from
 * renderer/platform only.
 */
import type {
  FileFilter,
  FileOpenOutcome,
  MenuCommand,
  MenuState,
  OpenFileResult,
  PrintHtmlRequest,
  PrintToPdfOptions,
  RecentFile,
  SaveFileRequest,
  SaveFileResult,
  SnapshotInfo,
  SnapshotRef,
  SnapshotWriteRequest,
  SnapshotWriteResult,
  Unsubscribe,
} from './contract';

export type {
  PrintHtmlRequest,
  FileFilter,
  FileOpenOutcome,
  MenuCommand,
  MenuState,
  OpenedFile,
  OpenFileResult,
  PdfPageSize,
  PrintToPdfOptions,
  RecentFile,
  SaveFileRequest,
  SaveFileResult,
  SnapshotInfo,
  SnapshotRef,
  SnapshotWriteRequest,
  SnapshotWriteResult,
  Unsubscribe,
} from './contract';
export { MENU_COMMANDS, LIMITS, PDF_PAGE_SIZES } from './contract';

export type PlatformOs = 'mac' | 'windows' | 'linux' | 'web';

/** What this platform can do, so features degrade visibly instead of failing. */
export interface PlatformCapabilities {
  /**
   * true on desktop: the native menu owns the shortcuts in it (Ctrl/Cmd+Z, N, O...) and delivers
   * them as MenuCommands, so the app must NOT also bind those keys itself (they would fire twice).
   * false in the browser: the app binds its own shortcuts.
   */
  readonly hasNativeMenu: boolean;
  /** 'disk': kept across restarts by main. 'memory': browser only, lost on reload. */
  readonly snapshots: 'disk' | 'memory';
  /** false: printToPdf/printHtmlToPdf resolve null (the browser's print dialog is used instead). */
  readonly printToPdf: boolean;
  /** false: recentFiles() is always empty (the browser cannot reopen a path). */
  readonly recentFiles: boolean;
}

export interface Platform {
  readonly isDesktop: boolean;
  readonly appVersion: string;
  /** For shortcut labels (⌘ vs Ctrl). */
  readonly os: PlatformOs;
  readonly capabilities: PlatformCapabilities;

  /** Native menu clicks and menu accelerators. Never fires in the browser. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** Call whenever undo/redo, dirty state or plan name change; cheap to call often. */
  setMenuState(state: MenuState): void;

  /** Shows the open dialog (.plotline, MS Project .xml, GanttProject .gan, .csv, .ics). */
  openFile(): Promise<OpenFileResult>;
  /**
   * Files handed over by the OS (double-click, "Open with", argv, second instance). Files that
   * arrived before the first subscription are delivered right after subscribing.
   */
  onFileOpened(listener: (outcome: FileOpenOutcome) => void): Unsubscribe;
  /** Save-as dialog plus atomic write (desktop) or a download (browser). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  recentFiles(): Promise<readonly RecentFile[]>;
  openRecent(path: string): Promise<OpenFileResult>;

  /** Refused with reason 'much-smaller' when the plan lost over half its tasks, unless force. */
  writeSnapshot(request: SnapshotWriteRequest): Promise<SnapshotWriteResult>;
  /** Newest first; all projects when projectId is omitted. */
  listSnapshots(projectId?: string): Promise<readonly SnapshotInfo[]>;
  readSnapshot(ref: SnapshotRef): Promise<OpenFileResult>;

  /** PDF bytes of the current window, or null when unsupported (browser: use window.print()). */
  printToPdf(options: PrintToPdfOptions): Promise<Uint8Array | null>;
  /**
   * PDF bytes of a print layout (a whole HTML document with its own @page rules) from Chromium's
   * print engine. null when this platform has no PDF printer: the layout was handed to the
   * browser's print dialog instead (where the user can still choose "Save as PDF").
   */
  printHtmlToPdf(request: PrintHtmlRequest): Promise<Uint8Array | null>;
  /** Presentation mode. Resolves to the resulting state. */
  setFullScreen(on: boolean): Promise<boolean>;
  /** Also fires when the user leaves full screen with Esc or the window controls. */
  onFullScreenChanged(listener: (isFullScreen: boolean) => void): Unsubscribe;
  /**
   * The window is closing (desktop: held until `finish` settles, at most a few seconds, so the
   * last snapshot is written whole). One subscriber: the app's snapshot keeper. The browser
   * cannot hold a closing tab; it relies on the page-hidden snapshot instead and never calls.
   */
  onCloseRequested(finish: () => Promise<void>): Unsubscribe;
}

/** Convenience: the file filter for native plans, used by Save As. */
export const PLOTLINE_FILTER: FileFilter = { name: 'Plotline plan', extensions: ['plotline'] };

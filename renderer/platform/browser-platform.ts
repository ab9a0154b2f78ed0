/**
 * The Platform in a plain browser: e2e tests (Playwright against the built renderer) and a web
 * build. No native menu, no recent files, no PDF bytes (callers fall back to window.print()).
 * Automatic snapshots live in memory only and are lost on reload: the app's own IndexedDB keeps
 * the plan, and a web build has no private folder to keep safety copies in. A snapshot the person
 * took (File → Take snapshot now) is one they mean to come back to: it is kept in the browser's
 * local storage too, so it survives a reload; when the storage has no room it is not kept, and the
 * write says so.
 */
import { LIMITS, type FileOpenOutcome, type MenuState, type SnapshotInfo, type SnapshotWriteRequest, type SnapshotWriteResult } from './contract';
import type { Platform } from './platform';
import { downloadFile, listenForDroppedFiles, pickFile } from './web-files';
import { printHostOf, printInBrowser } from './web-print';

export interface BrowserPlatformOptions {
  readonly document?: Document;
  /** Injected so tests control snapshot timestamps. */
  readonly now?: () => Date;
  /** Where snapshots the person took are kept across reloads; the window's localStorage unless given (null: none). */
  readonly storage?: SnapshotStorage | null;
  readonly appVersion?: string;
}

interface StoredSnapshot {
  readonly info: SnapshotInfo;
  readonly text: string;
}

export function createBrowserPlatform(options: BrowserPlatformOptions = {}): Platform {
  const doc = options.document ?? document;
  const snapshots = createMemorySnapshots(options.now ?? (() => new Date()), options.storage === undefined ? windowStorage() : options.storage);
  const printHost = printHostOf(doc);
  return {
    isDesktop: false,
    appVersion: options.appVersion ?? 'web',
    os: 'web',
    capabilities: { hasNativeMenu: false, snapshots: 'memory', printToPdf: printHost !== null, recentFiles: false },
    onMenuCommand: () => () => undefined,
    setMenuState: (state) => {
      doc.title = windowTitle(state);
    },
    openFile: () => pickFile(doc),
    onFileOpened: (listener: (outcome: FileOpenOutcome) => void) => listenForDroppedFiles(doc, listener),
    saveFile: async (request) => ({ saved: true, name: downloadFile(doc, request) }),
    recentFiles: async () => [],
    openRecent: async (path) => ({ kind: 'failed', name: path, message: 'Recent files are only available in the desktop app.' }),
    writeSnapshot: async (request) => snapshots.write(request),
    listSnapshots: async (projectId) => snapshots.list(projectId),
    readSnapshot: async (ref) => snapshots.read(ref.projectId, ref.id),
    printToPdf: async () => null,
    printHtmlToPdf: async (request) => (printHost ? printHost(request) : printInBrowser(doc, request.html)),
    setFullScreen: (on) => setDocumentFullScreen(doc, on),
    onFullScreenChanged: (listener) => {
      const onChange = (): void => listener(doc.fullscreenElement !== null);
      doc.addEventListener('fullscreenchange', onChange);
      return () => doc.removeEventListener('fullscreenchange', onChange);
    },
    onCloseRequested: () => () => undefined,
  };
}

/** Same title format as the desktop window: "• Plan — Plotline" when there are unsaved changes. */
export function windowTitle(state: MenuState): string {
  const name = state.title.trim();
  const base = name === '' ? 'Plotline' : `${name} — Plotline`;
  return state.isDirty ? `• ${base}` : base;
}

async function setDocumentFullScreen(doc: Document, on: boolean): Promise<boolean> {
  try {
    if (on && doc.fullscreenElement === null) await doc.documentElement.requestFullscreen();
    if (!on && doc.fullscreenElement !== null) await doc.exitFullscreen();
  } catch {
    // Browsers refuse full screen outside a user gesture; the resulting state tells the caller.
  }
  return doc.fullscreenElement !== null;
}

export type SnapshotStorage = Pick<Storage, 'getItem' | 'setItem'>;

const TAKEN_KEY = 'plotline.takenSnapshots';

const NO_ROOM_MESSAGE = "this browser's storage for Plotline is full, so it would be gone after a reload. The plan is as it was; to keep a copy of it, export it (File → Export).";

function windowStorage(): SnapshotStorage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null; // storage turned off for this site: taken snapshots last until reload, as the automatic ones
  }
}

function readTaken(storage: SnapshotStorage | null): StoredSnapshot[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(TAKEN_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isStoredSnapshot) : [];
  } catch {
    return [];
  }
}

function isStoredSnapshot(value: unknown): value is StoredSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { info, text } = value as { info?: Partial<SnapshotInfo>; text?: unknown };
  return typeof text === 'string' && typeof info === 'object' && typeof info.id === 'string' && typeof info.projectId === 'string'
    && typeof info.projectName === 'string' && typeof info.createdAt === 'string' && typeof info.label === 'string';
}

/**
 * The desktop snapshot rules that matter to a user (shrink refusal, last N automatic ones kept,
 * those taken by hand kept), in memory; those taken by hand also in `storage`.
 */
export function createMemorySnapshots(now: () => Date, storage: SnapshotStorage | null = null) {
  const byProject = new Map<string, StoredSnapshot[]>();
  for (const s of readTaken(storage)) byProject.set(s.info.projectId, [...(byProject.get(s.info.projectId) ?? []), s]);
  /** False when the storage refused them (full): the caller takes the new one back. */
  const keepTaken = (): boolean => {
    const taken = [...byProject.values()].flat().filter((s) => s.info.label !== undefined);
    try {
      storage?.setItem(TAKEN_KEY, JSON.stringify(taken));
      return true;
    } catch (error) {
      console.warn('Snapshot not kept (no room in local storage):', error);
      return false;
    }
  };
  return {
    write(request: SnapshotWriteRequest): SnapshotWriteResult {
      const existing = byProject.get(request.projectId) ?? [];
      const newestCount = existing[0]?.info.taskCount ?? null;
      if (request.force !== true && newestCount !== null && request.taskCount < newestCount * LIMITS.snapshotShrinkRatio) {
        return { written: false, reason: 'much-smaller', newestTaskCount: newestCount, taskCount: request.taskCount };
      }
      const createdAt = now().toISOString();
      const info: SnapshotInfo = {
        id: `${createdAt}-${String(existing.length)}`,
        projectId: request.projectId,
        projectName: request.projectName,
        taskCount: request.taskCount,
        sizeBytes: new TextEncoder().encode(request.text).byteLength,
        createdAt,
        ...(request.label === undefined ? {} : { label: request.label }),
      };
      let automatic = 0;
      byProject.set(request.projectId, [{ info, text: request.text }, ...existing]
        .filter((s) => s.info.label !== undefined || ++automatic <= LIMITS.snapshotsKeptPerProject));
      // One the person took and cannot keep past a reload is not kept at all, and they are told:
      // listed until a reload, it would look safe and then be gone.
      if (request.label !== undefined && !keepTaken()) {
        byProject.set(request.projectId, existing);
        return { written: false, reason: 'not-kept', message: NO_ROOM_MESSAGE };
      }
      return { written: true, snapshot: info };
    },
    list(projectId?: string): SnapshotInfo[] {
      const groups = projectId === undefined ? [...byProject.values()] : [byProject.get(projectId) ?? []];
      return groups.flat().map((s) => s.info).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    read(projectId: string, id: string) {
      const found = byProject.get(projectId)?.find((s) => s.info.id === id);
      if (found === undefined) return { kind: 'failed', name: id, message: 'That snapshot no longer exists.' } as const;
      return { kind: 'opened', file: { name: `${found.info.projectName}.plotline`, text: found.text } } as const;
    },
  };
}

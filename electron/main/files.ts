/**
 * Dialogs and file I/O for plans: open (dialog, OS hand-over, recent), save-as with an atomic
 * write. Paths stay in main: the renderer gets base names and text, and can only reopen paths
 * that are on the recent list.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { FileFilter, FileOpenOutcome, OpenFileResult, SaveFileRequest, SaveFileResult } from '../contract';
import { BINARY_EXTENSIONS, LIMITS } from '../contract';
import { decodeFileBytes } from '../decode-text';
import { writeFileAtomic } from './atomic-write';
import type { RecentFiles } from './recent-files';

export const OPENABLE_EXTENSIONS = ['plotline', 'xml', 'gan', 'csv', 'xlsx', 'ics'] as const;

export const OPEN_FILTERS: FileFilter[] = [
  { name: 'All supported plans', extensions: [...OPENABLE_EXTENSIONS] },
  { name: 'Plotline plan', extensions: ['plotline'] },
  { name: 'Microsoft Project XML', extensions: ['xml'] },
  { name: 'GanttProject', extensions: ['gan'] },
  { name: 'CSV', extensions: ['csv'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
  { name: 'iCalendar', extensions: ['ics'] },
];

export function isOpenablePath(path: string): boolean {
  const ext = extname(path).slice(1).toLowerCase();
  return (OPENABLE_EXTENSIONS as readonly string[]).includes(ext);
}

/** Reads a plan-like file (decoded by its BOM, as the browser build does), refusing directories and anything over the size limit. */
export async function readPlanFile(path: string): Promise<FileOpenOutcome> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { kind: 'failed', name, message: `"${name}" is not a file.` };
    if (info.size > LIMITS.maxReadBytes) {
      return { kind: 'failed', name, message: `"${name}" is larger than ${String(LIMITS.maxReadBytes / 1024 / 1024)} MB, so Plotline did not open it.` };
    }
    const bytes = await readFile(path);
    if (BINARY_EXTENSIONS.includes(extname(name).slice(1).toLowerCase())) return { kind: 'opened', file: { name, text: '', bytes: new Uint8Array(bytes) } };
    return { kind: 'opened', file: { name, text: decodeFileBytes(bytes) } };
  } catch (error) {
    return { kind: 'failed', name, message: `Could not read "${name}": ${errorMessage(error)}` };
  }
}

export interface FileService {
  openWithDialog(window: BrowserWindow): Promise<OpenFileResult>;
  openPath(path: string): Promise<FileOpenOutcome>;
  openRecent(path: string): Promise<OpenFileResult>;
  saveWithDialog(window: BrowserWindow, request: SaveFileRequest): Promise<SaveFileResult>;
}

export function createFileService(recent: RecentFiles): FileService {
  let lastDirectory: string | null = null;
  const remember = async (path: string): Promise<void> => {
    lastDirectory = dirname(path);
    await recent.add(path).catch(() => undefined);
    app.addRecentDocument(path);
  };
  const openPath = async (path: string): Promise<FileOpenOutcome> => {
    const outcome = await readPlanFile(path);
    if (outcome.kind === 'opened') await remember(path);
    return outcome;
  };
  return {
    openPath,
    async openWithDialog(window) {
      const chosen = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: toDialogFilters(OPEN_FILTERS), ...(lastDirectory === null ? {} : { defaultPath: lastDirectory }) });
      const path = chosen.filePaths[0];
      return chosen.canceled || path === undefined ? { kind: 'cancelled' } : openPath(path);
    },
    async openRecent(path) {
      if (!(await recent.has(path))) return { kind: 'failed', name: basename(path), message: 'That file is not on the recent list.' };
      const outcome = await openPath(path);
      if (outcome.kind === 'failed') await recent.remove(path).catch(() => undefined);
      return outcome;
    },
    async saveWithDialog(window, request) {
      const defaultPath = join(lastDirectory ?? app.getPath('documents'), request.suggestedName);
      const chosen = await dialog.showSaveDialog(window, { defaultPath, filters: toDialogFilters(request.filters) });
      if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '') return { saved: false, reason: 'cancelled' };
      try {
        await writeFileAtomic(chosen.filePath, request.data);
      } catch (error) {
        return { saved: false, reason: 'failed', message: `Could not save "${basename(chosen.filePath)}": ${errorMessage(error)}` };
      }
      if (extname(chosen.filePath).toLowerCase() === '.plotline') await remember(chosen.filePath);
      else lastDirectory = dirname(chosen.filePath);
      return { saved: true, name: basename(chosen.filePath) };
    },
  };
}

/** Plan paths on a command line (launch or second instance); Chromium switches and the app path are skipped. */
export function planPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isOpenablePath(arg))
    .map((arg) => resolve(cwd, arg));
}

/** Electron's dialog wants mutable arrays. */
function toDialogFilters(filters: readonly FileFilter[]): { name: string; extensions: string[] }[] {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = String(error.code);
    if (code === 'ENOENT') return 'the file does not exist.';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
    if (code === 'ENOSPC') return 'the disk is full.';
  }
  return error instanceof Error ? error.message : String(error);
}

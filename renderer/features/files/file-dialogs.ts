/**
 * Which file dialog is open. Shared by the File menu (in the top bar), the command handlers (in
 * the shell) and the dialogs host, which sit in different parts of the tree; one small external
 * store per app (keyed by its services) keeps them in step without another provider.
 */
import { useSyncExternalStore } from 'react';
import type { CalendarException } from '../../domain/model';
import type { FileFormat, ImportedPlan, WorkbookData } from '../../domain/formats';
import type { FileOpenOutcome, SnapshotInfo, SnapshotWriteRequest } from '../../platform';
import { useServices, type Services } from '../shared/services';

export type FileDialog =
  | { readonly kind: 'busy'; readonly message: string }
  | { readonly kind: 'large-file'; readonly outcome: FileOpenOutcome; readonly sizeMb: number; readonly snapshot?: SnapshotInfo }
  | { readonly kind: 'error'; readonly title: string; readonly message: string }
  | { readonly kind: 'summary'; readonly fileName: string; readonly format: FileFormat; readonly imported: ImportedPlan; readonly snapshot?: SnapshotInfo }
  | { readonly kind: 'csv'; readonly fileName: string; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'xlsx'; readonly fileName: string; readonly workbook: WorkbookData }
  | { readonly kind: 'holidays'; readonly fileName: string; readonly exceptions: readonly CalendarException[]; readonly warnings: readonly string[] }
  | { readonly kind: 'export' }
  | { readonly kind: 'snapshots' }
  | { readonly kind: 'shrunk-snapshot'; readonly request: SnapshotWriteRequest; readonly newestTaskCount: number };

export interface FileDialogs {
  readonly get: () => FileDialog | null;
  readonly show: (dialog: FileDialog | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function createFileDialogs(): FileDialogs {
  let current: FileDialog | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    show: (dialog) => {
      current = dialog;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const perApp = new WeakMap<Services, FileDialogs>();

export function useFileDialogs(): FileDialogs {
  const services = useServices();
  let dialogs = perApp.get(services);
  if (dialogs === undefined) {
    dialogs = createFileDialogs();
    perApp.set(services, dialogs);
  }
  return dialogs;
}

export function useOpenFileDialog(): FileDialog | null {
  const dialogs = useFileDialogs();
  return useSyncExternalStore(dialogs.subscribe, dialogs.get);
}

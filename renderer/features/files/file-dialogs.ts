/**
 * Which file dialog is open. Shared by the File menu (in the top bar), the command handlers (in
 * the shell) and the dialogs host, which sit in different parts of the tree; one small external
 * store per app (shared/dialog-store.ts) keeps them in step without another provider.
 */
import type { CalendarException } from '../../domain/model';
import type { FileFormat, ImportedPlan, WorkbookData } from '../../domain/formats';
import type { FileOpenOutcome, SnapshotInfo, SnapshotWriteRequest } from '../../platform';
import { dialogStoreHooks, type DialogStore } from '../shared/dialog-store';

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

export type FileDialogs = DialogStore<FileDialog>;

const hooks = dialogStoreHooks<FileDialog>();
export const useFileDialogs = hooks.useDialogs;
export const useOpenFileDialog = hooks.useOpenDialog;

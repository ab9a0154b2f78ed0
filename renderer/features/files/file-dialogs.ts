/**
 * Which file dialog is open. Shared by the File menu (in the top bar), the command handlers (in
 * the shell) and the dialogs host, which sit in different parts of the tree; one small external
 * store per app (shared/dialog-store.ts) keeps them in step without another provider.
 */
import type { CalendarException, Result } from '../../domain/model';
import type { FileFormat, ImportedPlan } from '../../domain/formats';
import type { FileOpenOutcome, SnapshotInfo, SnapshotWriteRequest } from '../../platform';
import { dialogStoreHooks, type DialogStore } from '../shared/dialog-store';
import type { PlanHead } from './file-jobs';
import type { TableSample } from './table-import';
import type { TableSession } from './table-session';

export type FileDialog =
  | {
    readonly kind: 'busy'; readonly message: string;
    /** Share read (0..1), null when the reader cannot tell (a workbook), absent before it starts. */
    readonly progress?: number | null;
    readonly onCancel?: () => void;
  }
  | { readonly kind: 'large-file'; readonly outcome: FileOpenOutcome; readonly message: string; readonly snapshot?: SnapshotInfo }
  | { readonly kind: 'error'; readonly title: string; readonly message: string }
  /** A plan file read: what it holds is shown at once, the plan itself arrives behind it (`plan`). */
  | {
    readonly kind: 'summary'; readonly fileName: string; readonly format: FileFormat; readonly head: PlanHead;
    readonly plan: Promise<Result<ImportedPlan>>; readonly snapshot?: SnapshotInfo;
  }
  /** A CSV or workbook being mapped: the table stays in the import worker; the dialog has its sample. */
  | { readonly kind: 'table'; readonly fileName: string; readonly session: TableSession; readonly sample: TableSample }
  | { readonly kind: 'holidays'; readonly fileName: string; readonly exceptions: readonly CalendarException[]; readonly warnings: readonly string[] }
  | { readonly kind: 'export' }
  | { readonly kind: 'take-snapshot' }
  | { readonly kind: 'snapshots' }
  | { readonly kind: 'shrunk-snapshot'; readonly request: SnapshotWriteRequest; readonly newestTaskCount: number };

export type FileDialogs = DialogStore<FileDialog>;

const hooks = dialogStoreHooks<FileDialog>();
export const useFileDialogs = hooks.useDialogs;
export const useOpenFileDialog = hooks.useOpenDialog;

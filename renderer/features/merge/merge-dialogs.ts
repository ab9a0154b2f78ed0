/**
 * Which compare/merge dialog is open and what it holds. The File menu opens it and the host shows
 * it; one small external store per app (shared/dialog-store.ts).
 */
import type { Plan } from '../../domain/model';
import { dialogStoreHooks, type DialogStore } from '../shared/dialog-store';

export type MergeDialog =
  | { readonly kind: 'busy'; readonly message: string }
  | { readonly kind: 'error'; readonly title: string; readonly message: string }
  /** Choose what to compare the open plan with: a plan file, a baseline, a snapshot. */
  | { readonly kind: 'compare-choose' }
  /** The open comparison's table (the version is in the comparison store, comparison.ts). */
  | { readonly kind: 'compare' }
  /** Three-way merge from the common ancestor. */
  | { readonly kind: 'merge'; readonly name: string; readonly base: Plan; readonly theirs: Plan; readonly theirText: string }
  /** No usable ancestor: two-way, accept or reject each change; `why` says plainly why. */
  | { readonly kind: 'two-way'; readonly name: string; readonly theirs: Plan; readonly why: string };

export type MergeDialogs = DialogStore<MergeDialog>;

const hooks = dialogStoreHooks<MergeDialog>();
export const useMergeDialogs = hooks.useDialogs;
export const useOpenMergeDialog = hooks.useOpenDialog;

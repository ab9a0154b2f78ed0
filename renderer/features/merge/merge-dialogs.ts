/**
 * Which compare/merge dialog is open and what it holds. The File menu opens it and the host shows
 * it; one small external store per app (shared/dialog-store.ts).
 */
import type { NotCarried } from '../../domain/formats';
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
  /**
   * No usable ancestor: two-way, accept or reject each change; `why` says plainly why.
   * `notCarried` is what their file has no place for, so its reader made it up (a CSV's project
   * id and name, its rows' ranks): compared as the open plan has it, it is no change of theirs.
   */
  | { readonly kind: 'two-way'; readonly name: string; readonly theirs: Plan; readonly notCarried: NotCarried | undefined; readonly why: string };

export type MergeDialogs = DialogStore<MergeDialog>;

const hooks = dialogStoreHooks<MergeDialog>();
export const useMergeDialogs = hooks.useDialogs;
export const useOpenMergeDialog = hooks.useOpenDialog;

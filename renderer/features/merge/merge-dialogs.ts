/**
 * Which compare/merge dialog is open and what it holds. The File menu opens it and the host shows
 * it; one small external store per app (keyed by its services), as settings-dialogs does.
 */
import { useSyncExternalStore } from 'react';
import type { Plan } from '../../domain/model';
import { useServices, type Services } from '../shared/services';

export type MergeDialog =
  | { readonly kind: 'busy'; readonly message: string }
  | { readonly kind: 'error'; readonly title: string; readonly message: string }
  /** Compare the open plan with another version (a file, a baseline). */
  | { readonly kind: 'compare'; readonly name: string; readonly other: Plan }
  /** Three-way merge from the common ancestor. */
  | { readonly kind: 'merge'; readonly name: string; readonly base: Plan; readonly theirs: Plan; readonly theirText: string }
  /** No usable ancestor: two-way, accept or reject each change; `why` says plainly why. */
  | { readonly kind: 'two-way'; readonly name: string; readonly theirs: Plan; readonly why: string };

export interface MergeDialogs {
  readonly get: () => MergeDialog | null;
  readonly show: (dialog: MergeDialog | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function createMergeDialogs(): MergeDialogs {
  let current: MergeDialog | null = null;
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

const perApp = new WeakMap<Services, MergeDialogs>();

export function useMergeDialogs(): MergeDialogs {
  const services = useServices();
  let dialogs = perApp.get(services);
  if (dialogs === undefined) {
    dialogs = createMergeDialogs();
    perApp.set(services, dialogs);
  }
  return dialogs;
}

export function useOpenMergeDialog(): MergeDialog | null {
  const dialogs = useMergeDialogs();
  return useSyncExternalStore(dialogs.subscribe, dialogs.get);
}

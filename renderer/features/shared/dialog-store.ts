/**
 * Which dialog of a family is open (file, settings, compare/merge). The menus, the command router
 * and the dialog hosts sit in different parts of the tree; one small external store per app
 * (keyed by its services, so each test's app has its own) keeps them in step without another
 * provider.
 */
import { useSyncExternalStore } from 'react';
import { useServices, type Services } from './services';

export interface DialogStore<D> {
  readonly get: () => D | null;
  readonly show: (dialog: D | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function createDialogStore<D>(): DialogStore<D> {
  let current: D | null = null;
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

/** The two hooks of one dialog family: its store, and the dialog open now (re-rendering on change). */
export function dialogStoreHooks<D>(): { readonly useDialogs: () => DialogStore<D>; readonly useOpenDialog: () => D | null } {
  const perApp = new WeakMap<Services, DialogStore<D>>();
  function useDialogs(): DialogStore<D> {
    const services = useServices();
    let dialogs = perApp.get(services);
    if (dialogs === undefined) {
      dialogs = createDialogStore<D>();
      perApp.set(services, dialogs);
    }
    return dialogs;
  }
  function useOpenDialog(): D | null {
    const dialogs = useDialogs();
    return useSyncExternalStore(dialogs.subscribe, dialogs.get);
  }
  return { useDialogs, useOpenDialog };
}

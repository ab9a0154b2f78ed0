/**
 * Which settings dialog is open: project settings, a calendar, or the new-project questions. The
 * top bar, the Team view, the command router and the host sit in different parts of the tree;
 * one small external store per app (keyed by its services) keeps them in step, as file-dialogs does.
 */
import { useSyncExternalStore } from 'react';
import type { CalendarTarget } from '../../domain/commands';
import { useServices, type Services } from '../shared/services';

export type SettingsDialog =
  | { readonly kind: 'project' }
  | { readonly kind: 'calendar'; readonly target?: CalendarTarget }
  | { readonly kind: 'new-project' };

export interface SettingsDialogs {
  readonly get: () => SettingsDialog | null;
  readonly show: (dialog: SettingsDialog | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function createSettingsDialogs(): SettingsDialogs {
  let current: SettingsDialog | null = null;
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

const perApp = new WeakMap<Services, SettingsDialogs>();

export function useSettingsDialogs(): SettingsDialogs {
  const services = useServices();
  let dialogs = perApp.get(services);
  if (dialogs === undefined) {
    dialogs = createSettingsDialogs();
    perApp.set(services, dialogs);
  }
  return dialogs;
}

export function useOpenSettingsDialog(): SettingsDialog | null {
  const dialogs = useSettingsDialogs();
  return useSyncExternalStore(dialogs.subscribe, dialogs.get);
}

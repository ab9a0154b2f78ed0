/**
 * Which settings dialog is open: project settings, a calendar, or the new-project questions. The
 * top bar, the Team view, the command router and the host sit in different parts of the tree;
 * one small external store per app (shared/dialog-store.ts) keeps them in step.
 */
import type { CalendarTarget } from '../../domain/commands';
import { dialogStoreHooks, type DialogStore } from '../shared/dialog-store';

export type SettingsDialog =
  | { readonly kind: 'project' }
  | { readonly kind: 'calendar'; readonly target?: CalendarTarget }
  | { readonly kind: 'new-project' };

export type SettingsDialogs = DialogStore<SettingsDialog>;

const hooks = dialogStoreHooks<SettingsDialog>();
export const useSettingsDialogs = hooks.useDialogs;
export const useOpenSettingsDialog = hooks.useOpenDialog;

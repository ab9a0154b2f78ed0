export { createSessionStore, whenWritesLand } from './plan-store';
export type { OpenTrouble, SessionDeps, SessionState, SessionStore } from './plan-store';
export type { AddOptions, DroppedItem, PlanPersistence, SessionNotice, StoredRevision, StoredTrouble } from './persistence';
export { createUiStore, VIEWS } from './ui-store';
export type { Notice, ThemePreference, UiState, UiStore, ViewName } from './ui-store';
export { HISTORY_LIMIT } from './history';
export type { HistoryEntry, History, Histories } from './history';
export { StoresProvider, useSession, useSessionStore, useUi, useUiStore } from './context';
export type { Stores } from './context';

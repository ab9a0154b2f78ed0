/** React access to the two stores. The app creates them once and provides them here. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ScheduleResult } from '../domain/schedule';
import type { SessionState, SessionStore } from './session-state';
import type { UiState, UiStore } from './ui-store';

/** The app's stores: the session carries the scheduling engine's results. */
export interface Stores {
  readonly session: SessionStore<ScheduleResult>;
  readonly ui: UiStore;
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing above this component');
  return stores;
}

export function useSessionStore(): SessionStore<ScheduleResult> {
  return useStores().session;
}

export function useUiStore(): UiStore {
  return useStores().ui;
}

export function useSession<T>(selector: (state: SessionState<ScheduleResult>) => T): T {
  return useStore(useStores().session, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useStores().ui, selector);
}

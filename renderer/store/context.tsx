/** React access to the two stores. The app creates them once and provides them here. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SessionState, SessionStore } from './plan-store';
import type { UiState, UiStore } from './ui-store';

export interface Stores<Schedule> {
  readonly session: SessionStore<Schedule>;
  readonly ui: UiStore;
}

const StoresContext = createContext<Stores<unknown> | null>(null);

export function StoresProvider<Schedule>({ stores, children }: { stores: Stores<Schedule>; children: ReactNode }) {
  return <StoresContext.Provider value={stores as Stores<unknown>}>{children}</StoresContext.Provider>;
}

function useStores(): Stores<unknown> {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing above this component');
  return stores;
}

export function useSessionStore(): SessionStore<unknown> {
  return useStores().session;
}

export function useUiStore(): UiStore {
  return useStores().ui;
}

export function useSession<T>(selector: (state: SessionState<unknown>) => T): T {
  return useStore(useStores().session, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useStores().ui, selector);
}

/**
 * What features need from the outside world, created once by the app: the plan repository,
 * the platform adapter, and the injected clock and id factory (so the domain stays pure).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { PlanRepository } from '../../db';
import type { IdFactory } from '../../domain/model';
import type { Platform } from '../../platform';

/** Where this session's data lives: the profile's database, or memory only when it refused writes. */
export type StorageState = { readonly kind: 'persistent' } | { readonly kind: 'memory'; readonly reason: string };

export interface Services {
  readonly repository: PlanRepository;
  readonly platform: Platform;
  readonly newId: IdFactory;
  /** ISO timestamp. */
  readonly now: () => string;
  /** Today as 'YYYY-MM-DD' in the user's own time zone. */
  readonly today: () => string;
  readonly storage: StorageState;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesProvider is missing above this component');
  return services;
}

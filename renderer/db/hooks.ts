/** React bindings over live queries, so lists refresh when any window or tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanRepository, ProjectSummary } from './plan-repository';

/** The project list, live; undefined while loading. */
export function useProjectList(repository: PlanRepository): readonly ProjectSummary[] | undefined {
  return useLiveQuery(() => repository.listProjects(), [repository]);
}

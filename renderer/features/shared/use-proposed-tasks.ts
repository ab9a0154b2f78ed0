/**
 * The tasks an open change request's proposal adds or changes, for the views that mark their rows
 * while it is edited (the task table and the Gantt's grid): nothing showed which rows a change
 * request touched until its impact was read in the Changes view. Null while no proposal is open.
 */
import { useMemo } from 'react';
import { changedTasks } from '../../domain/changes';
import { useSession } from '../../store';

export function useProposedTaskIds(): ReadonlySet<string> | null {
  const plan = useSession((s) => s.plan);
  const livePlan = useSession((s) => s.livePlan);
  const proposal = useSession((s) => s.proposal);
  return useMemo(() => (proposal && livePlan && plan ? new Set<string>(changedTasks(livePlan, plan)) : null), [proposal, livePlan, plan]);
}

/** What a screen reader hears on a marked row, beside what it shows. */
export const PROPOSED_ROW_DESCRIPTION = 'changed by the open proposal';

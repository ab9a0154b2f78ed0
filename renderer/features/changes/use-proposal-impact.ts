/** A request's proposal measured against the live plan (rebased onto it first), for the impact panel. */
import { useMemo } from 'react';
import { editsOf, isProposalOpen, proposalImpact, rebaseProposal, type EditConflict, type ProposalImpact } from '../../domain/changes';
import { proposalCommand } from '../../domain/commands';
import type { ChangeRequest, Plan } from '../../domain/model';
import { scheduleProject } from '../../domain/schedule';
import { useSession } from '../../store';

export type ProposalReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'measured'; readonly impact: ProposalImpact; readonly conflicts: readonly EditConflict[]; readonly proposed: Plan }
  | { readonly kind: 'unschedulable'; readonly message: string; readonly conflicts: readonly EditConflict[]; readonly proposed: Plan };

export function useProposalImpact(change: ChangeRequest | undefined): ProposalReading {
  const live = useSession((s) => s.livePlan);
  const liveSchedule = useSession((s) => s.liveSchedule);
  return useMemo((): ProposalReading => {
    if (!change || !live || !liveSchedule || editsOf(change).length === 0 || !isProposalOpen(change.status)) return { kind: 'none' };
    const rebased = rebaseProposal(live, editsOf(change), proposalCommand, change.id);
    try {
      const next = { plan: rebased.plan, schedule: scheduleProject(rebased.plan) };
      return { kind: 'measured', impact: proposalImpact({ plan: live, schedule: liveSchedule }, next, change.riskIds ?? []), conflicts: rebased.conflicts, proposed: rebased.plan };
    } catch (error) {
      // The engine throws on a plan it cannot schedule (a loop the edits close): say so instead of crashing the view.
      return { kind: 'unschedulable', message: error instanceof Error ? error.message : String(error), conflicts: rebased.conflicts, proposed: rebased.plan };
    }
  }, [change, live, liveSchedule]);
}

/**
 * The other projects on this device, read from storage for pool checks: the pool has no table of
 * its own, so "who is booked where" is read from each project's plan. A project that cannot be
 * read is named apart rather than silently left out of a check that could then pass wrongly.
 */
import type { PlanRepository } from '../../db';
import type { Plan, ProjectId } from '../../domain/model';

export interface OtherPlans {
  readonly plans: readonly Plan[];
  /** "Name: reason" for each project that could not be read. */
  readonly unreadable: readonly string[];
}

/** Every live project but `excludeId` (null = every project). */
export async function readOtherPlans(repository: PlanRepository, excludeId: ProjectId | null): Promise<OtherPlans> {
  const plans: Plan[] = [];
  const unreadable: string[] = [];
  for (const summary of await repository.listProjects()) {
    if (summary.id === excludeId) continue;
    const outcome = await repository.openPlan(summary.id);
    if (outcome.kind === 'opened') plans.push(outcome.stored.plan);
    else if (outcome.kind === 'unreadable') unreadable.push(`${summary.name}: ${outcome.message}`);
  }
  return { plans, unreadable };
}

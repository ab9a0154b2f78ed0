/**
 * The other projects on this device, read from storage: for the portfolio's digests and the
 * pool's checks (the pool has no table of its own, so "who is booked where" is read from each
 * project's plan). A project that cannot be read is named apart rather than silently left out of
 * a check that could then pass wrongly.
 */
import type { PlanRepository, ProjectSummary, Revision } from '../../db';
import type { Plan, ProjectId } from '../../domain/model';

export type ProjectRead =
  | { readonly kind: 'read'; readonly plan: Plan; readonly revision: Revision }
  /** `reason` is "Name: what is wrong". */
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** Deleted since it was listed. */
  | { readonly kind: 'missing' };

/** One listed project's plan, at the revision it was read at. */
export async function readProject(repository: PlanRepository, summary: ProjectSummary): Promise<ProjectRead> {
  const outcome = await repository.openPlan(summary.id);
  if (outcome.kind === 'missing') return { kind: 'missing' };
  if (outcome.kind === 'unreadable') return { kind: 'unreadable', reason: `${summary.name}: ${outcome.message}` };
  return { kind: 'read', plan: outcome.stored.plan, revision: outcome.stored.revision };
}

export interface OtherPlans {
  readonly plans: readonly Plan[];
  /** "Name: reason" for each project that could not be read. */
  readonly unreadable: readonly string[];
}

/**
 * Every live project but `excludeId` (null = every project). The reads are asked for at once:
 * IndexedDB serves them side by side (one after another, this thread sat idle through each).
 */
export async function readOtherPlans(repository: PlanRepository, excludeId: ProjectId | null): Promise<OtherPlans> {
  const listed = (await repository.listProjects()).filter((summary) => summary.id !== excludeId);
  const reads = await Promise.all(listed.map((summary) => readProject(repository, summary)));
  return {
    plans: reads.flatMap((r) => (r.kind === 'read' ? [r.plan] : [])),
    unreadable: reads.flatMap((r) => (r.kind === 'unreadable' ? [r.reason] : [])),
  };
}

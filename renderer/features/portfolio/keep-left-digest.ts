/**
 * When a person leaves a project for another, its digest is made from the plan and schedule the
 * session already holds and kept for the revision storage holds it at, so the next opening of the
 * portfolio reads it instead of reading and scheduling the plan again (the project a person just
 * edited is the one most likely to be stale). It runs when the window is idle, after the next
 * project has opened: the switch never waits for it.
 */
import { DIGEST_FORMAT, digestProject, type PortfolioProject } from '../../domain/lifecycle';
import type { LocalDate, Plan } from '../../domain/model';
import type { PlanRepository } from '../../db';
import { whenIdle } from '../shared/when-idle';

export function keepLeftDigest(repository: Pick<PlanRepository, 'keepDigest'>, today: () => LocalDate): (plan: Plan, schedule: PortfolioProject['schedule'], revision: string) => void {
  return (plan, schedule, revision) => {
    whenIdle(() => {
      // A digest not kept costs only speed: the portfolio reads and schedules that plan as before.
      try {
        void repository.keepDigest(plan.project.id, revision, DIGEST_FORMAT, digestProject({ plan, schedule }, today())).catch(() => undefined);
      } catch {
        /* the same: nothing is lost */
      }
    }, 2_000);
  };
}

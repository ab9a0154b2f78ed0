/** The charter read on the current schedule: objective statuses against the measuring baseline, deliverable progress, broken links. */
import { useMemo } from 'react';
import { charterProblems, deliverableViews, objectiveViews, type DeliverableView, type ObjectiveView } from '../../domain/lifecycle';
import type { Baseline, Plan, Problem } from '../../domain/model';
import { useSession } from '../../store';

/** The baseline progress is measured against: the cost baseline's number, else Baseline (as the Phases view does). */
function measuringBaseline(plan: Plan): Baseline | null {
  const number = plan.project.costBaseline ?? 0;
  return Object.values(plan.baselines).find((b) => b.number === number) ?? null;
}

export interface CharterModel {
  readonly objectives: readonly ObjectiveView[];
  readonly deliverables: readonly DeliverableView[];
  readonly problems: readonly Problem[];
  readonly hasBaseline: boolean;
}

export function useCharterModel(): CharterModel | null {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  return useMemo(() => {
    if (!plan) return null;
    const baseline = measuringBaseline(plan);
    return {
      objectives: objectiveViews(plan, schedule, baseline), deliverables: deliverableViews(plan, schedule),
      problems: charterProblems(plan), hasBaseline: baseline !== null,
    };
  }, [plan, schedule]);
}

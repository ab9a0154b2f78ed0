/** The plan's phases with dates, RAG and gate progress on the current schedule, measured against the cost baseline (else Baseline). */
import { useMemo } from 'react';
import { createPhaseObjectWindows, phaseStatuses, type PhaseStatus } from '../../domain/lifecycle';
import type { Baseline, Plan } from '../../domain/model';
import { useSession } from '../../store';

function measuringBaseline(plan: Plan): Baseline | null {
  const number = plan.project.costBaseline ?? 0;
  return Object.values(plan.baselines).find((b) => b.number === number) ?? null;
}

/**
 * Kept for the life of the window and shared by every view that shows phases, so an edit recounts
 * the phases of the tasks it changed, not every task of the plan.
 */
const windowsOf = createPhaseObjectWindows();

export function usePhaseStatuses(): PhaseStatus[] {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  return useMemo(() => (plan && schedule ? phaseStatuses(plan, schedule, measuringBaseline(plan), windowsOf(plan, schedule)) : []), [plan, schedule]);
}

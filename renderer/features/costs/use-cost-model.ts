/**
 * The money figures every cost screen reads: costs at the computed schedule, and earned value at
 * the status date against the chosen baseline. Recomputed only when the plan or schedule changes.
 */
import { useMemo } from 'react';
import { sharedCalendars, type CalendarSet } from '../../domain/calendar';
import type { Baseline, LocalDate, Plan } from '../../domain/model';
import { costPlan, createCostRoller, earnedValue, type CostRoller, type CostTable, type EarnedValueTable } from '../../domain/money';
import type { ScheduleResult } from '../../domain/schedule';
import { useSession } from '../../store';

export interface CostModel {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
  readonly calendars: CalendarSet;
  readonly costs: CostTable;
  readonly evm: EarnedValueTable;
  readonly baseline: Baseline | null;
  /** The plan's status date, or today when none is set. */
  readonly statusDate: LocalDate;
  readonly isStatusDateToday: boolean;
}

/** Today as a wall-clock date on this machine (plans carry no zone). */
export function todayLocal(now: Date = new Date()): LocalDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as LocalDate;
}

export function costBaselineOf(plan: Plan): Baseline | null {
  const wanted = plan.project.costBaseline ?? 0;
  return Object.values(plan.baselines).find((b) => b.number === wanted) ?? null;
}

/**
 * One roller for the session's cost screens, like the one scheduler: after an edit only the
 * tasks it changed or moved are priced again, and their summaries re-summed.
 */
const roller = createCostRoller();

export function buildCostModel(plan: Plan, schedule: ScheduleResult, today: LocalDate, rolled: CostRoller | null = null): CostModel {
  const calendars = sharedCalendars(plan);
  const costs = rolled ? rolled.cost(plan, schedule, calendars) : costPlan(plan, schedule, calendars);
  const baseline = costBaselineOf(plan);
  const statusDate = plan.project.statusDate ?? today;
  const evm = earnedValue({ plan, schedule, costs, baseline, statusDate, calendars });
  return { plan, schedule, calendars, costs, evm, baseline, statusDate, isStatusDateToday: plan.project.statusDate === null };
}

export function useCostModel(): CostModel | null {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  return useMemo(() => (plan && schedule ? buildCostModel(plan, schedule, todayLocal(), roller) : null), [plan, schedule]);
}

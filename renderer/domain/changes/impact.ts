/**
 * What a proposal does to the plan, measured against the live plan: the finish date in working
 * days of the project calendar, the critical path, milestones, cost (when the plan has any),
 * people who become over-allocated, and the risks that bear on it. Pure: the caller schedules
 * both plans (the views already have the live schedule).
 */
import { compileCalendars } from '../calendar';
import type { RiskId, TaskId } from '../model/ids';
import type { Plan } from '../model/plan';
import { toWallMinutes, type LocalDateTime } from '../model/time';
import { costPlan } from '../money';
import { riskCodes } from '../raid/scoring';
import { resourceLoad, type ScheduleResult } from '../schedule';

export interface ScheduledPlan {
  readonly plan: Plan;
  readonly schedule: ScheduleResult;
}

export interface MilestoneMove {
  readonly taskId: TaskId;
  readonly name: string;
  readonly from: LocalDateTime;
  readonly to: LocalDateTime;
  /** Working days, positive = later. */
  readonly days: number;
}

export interface ProposalImpact {
  readonly finishBefore: LocalDateTime;
  readonly finishAfter: LocalDateTime;
  /** Working days on the project calendar, positive = later. */
  readonly finishChangeDays: number;
  readonly criticalAdded: readonly string[];
  readonly criticalRemoved: readonly string[];
  readonly milestonesMoved: readonly MilestoneMove[];
  /** Null when neither plan has any cost (no rates, no fixed costs). */
  readonly cost: { readonly before: number; readonly after: number; readonly delta: number } | null;
  /** Names of people over-allocated with the proposal and not without it. */
  readonly newlyOverAllocated: readonly string[];
  /** Risks linked to the request or to a task the proposal changes: "R-002 Vendor late". */
  readonly risks: readonly string[];
  /** Tasks the proposal adds, removes or changes. */
  readonly changedTaskIds: readonly TaskId[];
}

/** Tasks added, removed or changed (immer keeps untouched tasks identical, so identity is enough). */
export function changedTasks(live: Plan, proposal: Plan): TaskId[] {
  const ids = new Set([...Object.keys(live.tasks), ...Object.keys(proposal.tasks)]);
  return [...ids].filter((id) => live.tasks[id] !== proposal.tasks[id]) as TaskId[];
}

function workingDays(plan: Plan, from: LocalDateTime, to: LocalDateTime): number {
  const minutes = compileCalendars(plan).project.workingBetween(toWallMinutes(from), toWallMinutes(to));
  return Math.round((minutes / plan.project.minutesPerDay) * 100) / 100;
}

function names(plan: Plan, ids: Iterable<string>): string[] {
  return [...ids].map((id) => plan.tasks[id]?.name ?? id);
}

function criticalChange(live: ScheduledPlan, next: ScheduledPlan): Pick<ProposalImpact, 'criticalAdded' | 'criticalRemoved'> {
  const before = new Set<string>(live.schedule.criticalTaskIds);
  const after = new Set<string>(next.schedule.criticalTaskIds);
  return {
    criticalAdded: names(next.plan, [...after].filter((id) => !before.has(id))),
    criticalRemoved: names(live.plan, [...before].filter((id) => !after.has(id))),
  };
}

function milestoneMoves(live: ScheduledPlan, next: ScheduledPlan): MilestoneMove[] {
  const moves: MilestoneMove[] = [];
  for (const [id, row] of next.schedule.tasks) {
    const was = live.schedule.tasks.get(id);
    if (!row.isMilestone || !was || was.finish === row.finish) continue;
    moves.push({ taskId: id, name: next.plan.tasks[id]?.name ?? id, from: was.finish, to: row.finish, days: workingDays(next.plan, was.finish, row.finish) });
  }
  return moves;
}

function costChange(live: ScheduledPlan, next: ScheduledPlan): ProposalImpact['cost'] {
  const before = costPlan(live.plan, live.schedule).project.cost;
  const after = costPlan(next.plan, next.schedule).project.cost;
  if (before === 0 && after === 0) return null;
  return { before, after, delta: Math.round((after - before) * 100) / 100 };
}

function overAllocated(p: ScheduledPlan): Set<string> {
  return new Set(resourceLoad(p.plan, p.schedule, { granularity: 'day' }).filter((r) => r.isOverAllocated).map((r) => r.resourceId));
}

function linkedRisks(next: Plan, riskIds: readonly RiskId[], changed: readonly TaskId[]): string[] {
  const codes = riskCodes(next);
  const touched = new Set<string>(changed);
  return Object.values(next.risks)
    .filter((r) => riskIds.includes(r.id) || r.taskIds.some((t) => touched.has(t)))
    .map((r) => `${codes.get(r.id) ?? r.id} ${r.title}`)
    .sort();
}

/** The impact of `next` (the live plan with the proposal's edits) against `live`. */
export function proposalImpact(live: ScheduledPlan, next: ScheduledPlan, riskIds: readonly RiskId[] = []): ProposalImpact {
  const changedTaskIds = changedTasks(live.plan, next.plan);
  const before = overAllocated(live);
  return {
    finishBefore: live.schedule.projectFinish,
    finishAfter: next.schedule.projectFinish,
    finishChangeDays: workingDays(next.plan, live.schedule.projectFinish, next.schedule.projectFinish),
    ...criticalChange(live, next),
    milestonesMoved: milestoneMoves(live, next),
    cost: costChange(live, next),
    newlyOverAllocated: [...overAllocated(next)].filter((id) => !before.has(id)).map((id) => next.plan.resources[id]?.name ?? id),
    risks: linkedRisks(next.plan, riskIds, changedTaskIds),
    changedTaskIds,
  };
}

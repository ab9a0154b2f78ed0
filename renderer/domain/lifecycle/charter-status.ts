/**
 * What the charter says on the current schedule: each objective's status (derived from its
 * milestone or target, unless set by hand), each deliverable's task and progress, the links that
 * point at tasks no longer in the plan, the assumptions and top risks from the RAID log, and
 * whether closure should be offered (the last gate has passed).
 */
import {
  EMPTY_CHARTER, EMPTY_CLOSURE, isGatePassed, orderedPhases, OBJECTIVE_STATUS_LABELS,
  type Assumption, type Baseline, type Deliverable, type LocalDateTime, type Objective, type ObjectiveStatus, type Plan,
  type ProjectCharter, type ProjectClosure, type Problem, type Risk, type Task, type TaskId,
} from '../model';
import { isLiveRisk, riskScore } from '../raid/scoring';
import type { ScheduleResult } from '../schedule';

/** The charter of a plan, empty when none is written yet. */
export function charterOf(plan: Plan): ProjectCharter {
  return plan.project.charter ?? EMPTY_CHARTER;
}

/** The closure of a plan, empty when closure has not started. */
export function closureOf(plan: Plan): ProjectClosure {
  return plan.project.closure ?? EMPTY_CLOSURE;
}

export interface ObjectiveView {
  readonly objective: Objective;
  /** The override when set, else the derived status. */
  readonly status: ObjectiveStatus;
  readonly derivedStatus: ObjectiveStatus;
  readonly isSetByHand: boolean;
  /** Why the derived status is what it is, for a person ("Milestone 'Launch' done", "120 against at most 200"). */
  readonly reason: string;
  /** The linked milestone when it is still in the plan. */
  readonly milestone: Task | null;
}

/** Where a task finishes on the schedule (the stored dates when there is none yet). */
function finishOf(task: Task, schedule: ScheduleResult | null): LocalDateTime {
  return schedule?.tasks.get(task.id)?.finish ?? task.finish;
}

function milestoneStatus(
  objective: Objective, plan: Plan, schedule: ScheduleResult | null, baseline: Baseline | null,
): { status: ObjectiveStatus; reason: string; milestone: Task | null } {
  if (objective.milestoneId === null) return { status: 'open', reason: 'No milestone chosen', milestone: null };
  const milestone = plan.tasks[objective.milestoneId];
  if (!milestone) return { status: 'broken', reason: 'Its milestone is no longer in the plan', milestone: null };
  const name = `'${milestone.name}'`;
  if (milestone.percentComplete >= 100) return { status: 'achieved', reason: `${name} is done`, milestone };
  const baselined = baseline?.tasks[milestone.id]?.finish ?? null;
  const planned = baselined ?? milestone.deadline;
  if (planned === null) return { status: 'open', reason: `${name} has no baseline or deadline to measure against`, milestone };
  const against = baselined === null ? 'deadline' : 'baseline';
  return finishOf(milestone, schedule) > planned
    ? { status: 'late', reason: `${name} is forecast after its ${against}`, milestone }
    : { status: 'on-track', reason: `${name} is forecast on its ${against}`, milestone };
}

/**
 * A number the way a person writes it: thousands grouped by commas as the app's amounts are
 * ('1,500', '1,234.5'; readObjectiveValue reads them back), no trailing zeros, no exponent. The
 * reason line read '900 against at least 1500' beside amounts written '$1,500'.
 */
export function numberText(value: number): string {
  return (Math.round(value * 1e6) / 1e6).toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: true });
}

/**
 * An objective's target or current value as typed: null for nothing typed; thousands grouped in
 * threes by commas as the app's amounts are (`12,000`, `1,234.5`, the grammar of
 * money/amount-text.ts); a lone decimal comma (`1,5`) as a point; NaN for anything else, which
 * the command refuses naming the field. `12,000` was read as 12 (its comma taken for a decimal
 * point), and a target of 12 thousand sign-ups was met by 13.
 */
export function readObjectiveValue(typed: string): number | null {
  const text = typed.trim();
  if (text === '') return null;
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^-?\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  return /^-?(?:\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

function targetStatus(objective: Objective): { status: ObjectiveStatus; reason: string } {
  if (objective.targetValue === null) return { status: 'open', reason: 'No target value set' };
  if (objective.currentValue === null) return { status: 'open', reason: 'No current value measured yet' };
  const isMet = objective.direction === 'at-least' ? objective.currentValue >= objective.targetValue : objective.currentValue <= objective.targetValue;
  const bound = `${objective.direction === 'at-least' ? 'at least' : 'at most'} ${numberText(objective.targetValue)}`;
  return { status: isMet ? 'achieved' : 'not-met', reason: `${numberText(objective.currentValue)} against ${bound}` };
}

/**
 * An objective's status: a milestone objective is achieved when the milestone is done, late when
 * it is forecast after its baseline finish (else its deadline), on track when not; a target is
 * achieved when the current value meets it. A status set by hand wins, except that a deleted
 * milestone is always shown as such.
 */
export function objectiveView(objective: Objective, plan: Plan, schedule: ScheduleResult | null, baseline: Baseline | null): ObjectiveView {
  const derived = objective.measure === 'milestone'
    ? milestoneStatus(objective, plan, schedule, baseline)
    : { ...targetStatus(objective), milestone: null };
  const override = derived.status === 'broken' ? undefined : objective.statusOverride;
  return {
    objective, derivedStatus: derived.status, status: override ?? derived.status, isSetByHand: override !== undefined,
    reason: derived.reason, milestone: derived.milestone,
  };
}

export function objectiveViews(plan: Plan, schedule: ScheduleResult | null, baseline: Baseline | null): ObjectiveView[] {
  return charterOf(plan).objectives.map((o) => objectiveView(o, plan, schedule, baseline));
}

export interface DeliverableView {
  readonly deliverable: Deliverable;
  /** The linked task when it is still in the plan. */
  readonly task: Task | null;
  /** A task was linked and is gone. */
  readonly isMissing: boolean;
  readonly percentComplete: number | null;
  readonly finish: LocalDateTime | null;
}

export function deliverableViews(plan: Plan, schedule: ScheduleResult | null): DeliverableView[] {
  return charterOf(plan).deliverables.map((deliverable) => {
    const task = deliverable.taskId === null ? null : plan.tasks[deliverable.taskId] ?? null;
    const scheduled = task ? schedule?.tasks.get(task.id) : undefined;
    return {
      deliverable, task, isMissing: deliverable.taskId !== null && task === null,
      percentComplete: task ? scheduled?.percentComplete ?? task.percentComplete : null,
      finish: task ? finishOf(task, schedule) : null,
    };
  });
}

/** A deliverable is produced by a summary task (a work package) or marked by a milestone. */
export function canDeliver(task: Pick<Task, 'kind'>): boolean {
  return task.kind === 'summary' || task.kind === 'milestone';
}

/** Links in the charter that no longer hold, each naming the objective or deliverable. */
export function charterProblems(plan: Plan): Problem[] {
  const charter = charterOf(plan);
  const problems: Problem[] = [];
  for (const o of charter.objectives) {
    if (o.measure !== 'milestone' || o.milestoneId === null) continue;
    const task = plan.tasks[o.milestoneId];
    if (!task) problems.push({ message: 'Its milestone is no longer in the plan; choose another.', where: `Objective '${o.title}'` });
    else if (task.kind !== 'milestone') problems.push({ message: `'${task.name}' is no longer a milestone.`, where: `Objective '${o.title}'` });
  }
  for (const d of charter.deliverables) {
    if (d.taskId === null) continue;
    const task = plan.tasks[d.taskId];
    if (!task) problems.push({ message: 'Its task is no longer in the plan; choose another.', where: `Deliverable '${d.name}'` });
    else if (!canDeliver(task)) problems.push({ message: `'${task.name}' is no longer a summary task or milestone.`, where: `Deliverable '${d.name}'` });
  }
  return problems;
}

/** How many risks the charter lists: the few a sponsor must know. */
export const TOP_RISK_COUNT = 5;

/** The assumptions and the highest-scored live risks, as the RAID log holds them. */
export function charterRaid(plan: Plan): { readonly assumptions: Assumption[]; readonly topRisks: Risk[] } {
  const assumptions = Object.values(plan.assumptions).sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
  const topRisks = Object.values(plan.risks).filter(isLiveRisk)
    .sort((a, b) => riskScore(b) - riskScore(a) || a.title.localeCompare(b.title)).slice(0, TOP_RISK_COUNT);
  return { assumptions, topRisks };
}

/** The last phase in lifecycle order has passed its gate (go, or go with conditions). */
export function isLastGatePassed(plan: Plan): boolean {
  const last = orderedPhases(plan.phases).at(-1);
  return last !== undefined && isGatePassed(last.gate);
}

/**
 * Whether to offer closure: 'offer' once the last gate has passed and closure has not started,
 * 'started' once it has a checklist item or a lesson, else 'not-yet'.
 */
export function closureOffer(plan: Plan): 'not-yet' | 'offer' | 'started' {
  const closure = closureOf(plan);
  if (closure.checklist.length > 0 || closure.lessons.length > 0) return 'started';
  return isLastGatePassed(plan) ? 'offer' : 'not-yet';
}

/** The status's words, with "(set by hand)" when overridden. */
export function objectiveStatusText(view: Pick<ObjectiveView, 'status' | 'isSetByHand'>): string {
  return `${OBJECTIVE_STATUS_LABELS[view.status]}${view.isSetByHand ? ' (set by hand)' : ''}`;
}

/** A milestone or deliverable task's name, or what became of it. */
export function linkedTaskText(plan: Plan, id: TaskId | null): string {
  if (id === null) return 'none';
  const task = plan.tasks[id];
  return task ? task.name : 'deleted task';
}

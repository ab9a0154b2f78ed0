/**
 * What the plan costs, per assignment, task, summary and project, from the schedule the engine
 * computed (never the stored task dates). MS Project's rules:
 * - a work assignment costs its work x the standard rate in force while it is worked (rates.ts),
 *   plus the rate's cost per use x its units, incurred at the start;
 * - a material assignment costs its units (the quantity) x the price per unit, plus cost per use;
 * - a cost-resource assignment costs the amount it carries;
 * - a task's fixed cost is incurred at its start, at its finish, or spread over it (accrual);
 * - Cost = Actual cost + Remaining cost. Actual work defaults to work x % complete, and actual cost
 *   follows actual work x rates unless typed by hand (task or assignment); typed actual work above
 *   the planned work raises the work (nothing remains).
 * A summary costs the sum of its children plus its own fixed cost.
 */
import { compileCalendars, type CalendarSet, type WorkingCalendar } from '../calendar';
import type { Assignment, AssignmentId, BaselineTask, Plan, ResourceId, Task, TaskId, WallMinutes } from '../model';
import { parseWall } from '../calendar/civil';
import { taskCalendarId, type ScheduleResult, type TaskSchedule } from '../schedule';
import { valuesOf } from '../schedule/records';
import { rateIn, rateSegments, workCost, type RateSegment } from './rates';
import { assignmentIndex, deepestFirstOrder, taskTree } from './task-tree';

/** Money and work of one task, assignment or the project. Minutes are working minutes. */
export interface CostFigures {
  /** Actual + remaining: what the task is now expected to cost in all. */
  readonly cost: number;
  readonly actualCost: number;
  readonly remainingCost: number;
  readonly workMinutes: number;
  readonly actualWorkMinutes: number;
  readonly remainingWorkMinutes: number;
  /** Parts of `cost` incurred at the start and at the finish; the rest is spread over working time. */
  readonly costAtStart: number;
  readonly costAtEnd: number;
}

export interface AssignmentCost extends CostFigures {
  readonly taskId: TaskId;
  readonly resourceId: ResourceId;
}

export interface CostTable {
  /** Every task, summaries rolled up. */
  readonly tasks: ReadonlyMap<TaskId, CostFigures>;
  readonly assignments: ReadonlyMap<AssignmentId, AssignmentCost>;
  /** The whole project: the sum of its top-level tasks. */
  readonly project: CostFigures;
}

/**
 * Cost figures as one object literal shape. Built field by field rather than by spreading: V8
 * turns `{ ...a, more }` into slow dictionary objects, which made pricing 10,000 tasks ~8x slower.
 */
function figures(
  cost: number, actualCost: number, remainingCost: number, workMinutes: number, actualWorkMinutes: number, costAtStart: number, costAtEnd: number,
): Mutable<CostFigures> {
  return { cost, actualCost, remainingCost, workMinutes, actualWorkMinutes, remainingWorkMinutes: workMinutes - actualWorkMinutes, costAtStart, costAtEnd };
}

export const ZERO_COST: CostFigures = figures(0, 0, 0, 0, 0, 0, 0);
export const zeroCost = (): Mutable<CostFigures> => figures(0, 0, 0, 0, 0, 0, 0);

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function addCosts(into: Mutable<CostFigures>, add: CostFigures): void {
  into.cost += add.cost;
  into.actualCost += add.actualCost;
  into.remainingCost += add.remainingCost;
  into.workMinutes += add.workMinutes;
  into.actualWorkMinutes += add.actualWorkMinutes;
  into.remainingWorkMinutes += add.remainingWorkMinutes;
  into.costAtStart += add.costAtStart;
  into.costAtEnd += add.costAtEnd;
}

/** The span and progress a task's costs are spread over. */
interface CostSpan {
  readonly start: WallMinutes;
  readonly finish: WallMinutes;
  readonly cal: WorkingCalendar;
  /** 0..1 */
  readonly done: number;
  readonly isStarted: boolean;
  /** The task's actual work typed by hand, shared among its work assignments by their planned work. */
  readonly typedActualWork: number | null;
  readonly plannedWork: number;
}

/** Each resource's rate segments, compiled once per pricing run. */
export type RateBook = (resourceId: ResourceId) => readonly RateSegment[];

export function rateBook(plan: Plan): RateBook {
  const book = new Map<ResourceId, readonly RateSegment[]>();
  return (id) => {
    let segments = book.get(id);
    if (!segments) {
      const resource = plan.resources[id];
      segments = resource ? rateSegments(resource) : [];
      book.set(id, segments);
    }
    return segments;
  };
}

function assignmentCost(plan: Plan, rates: RateBook, a: Assignment, span: CostSpan, durationMinutes: number): AssignmentCost | null {
  const resource = plan.resources[a.resourceId];
  if (!resource) return null;
  const segments = rates(a.resourceId);
  // A work assignment's cost per use is charged per unit assigned (MS Project: 0.5 units of a
  // 30.00-per-use person cost 15.00, as mpxj_legacy-sample's Cost shows); a material's once.
  const perUse = rateIn(segments, span.start).costPerUse * (resource.type === 'work' ? a.units : 1);
  const spent = span.isStarted ? perUse : 0;
  if (resource.type === 'work') {
    const planned = a.workMinutes ?? durationMinutes * a.units;
    const share = span.plannedWork > 0 ? planned / span.plannedWork : 0;
    const actualWork = a.actualWorkMinutes ?? (span.typedActualWork !== null ? span.typedActualWork * share : planned * span.done);
    const work = Math.max(planned, actualWork);
    const total = span.finish > span.start ? span.cal.workingBetween(span.start, span.finish) : 0;
    const actualEnds = total > 0 && work > 0 ? span.cal.addWorking(span.start, (total * actualWork) / work) : span.start;
    const computedActual = workCost(segments, actualWork, span.start, actualEnds, span.cal) + spent;
    const remainingCost = workCost(segments, work - actualWork, actualEnds, span.finish, span.cal) + perUse - spent;
    const actualCost = a.actualCost ?? computedActual;
    return assignmentFigures(a, actualCost + remainingCost, actualCost, remainingCost, work, actualWork, perUse);
  }
  const spread = resource.type === 'material' ? a.units * rateIn(segments, span.start).costPerHour : (a.costAmount ?? 0);
  const computedActual = spread * span.done + spent;
  const planned = spread + perUse;
  const actualCost = a.actualCost ?? computedActual;
  const remainingCost = planned - computedActual;
  return assignmentFigures(a, actualCost + remainingCost, actualCost, remainingCost, 0, 0, perUse);
}

/** One object per assignment, built directly (no intermediate figures object: 10,000 fewer allocations a pricing). */
function assignmentFigures(
  a: Assignment, cost: number, actualCost: number, remainingCost: number, workMinutes: number, actualWorkMinutes: number, costAtStart: number,
): AssignmentCost {
  return {
    taskId: a.taskId, resourceId: a.resourceId, cost, actualCost, remainingCost,
    workMinutes, actualWorkMinutes, remainingWorkMinutes: workMinutes - actualWorkMinutes, costAtStart, costAtEnd: 0,
  };
}

/** The task's own fixed cost, split into actual and remaining by its accrual. */
function fixedCost(task: Task, span: CostSpan): Mutable<CostFigures> {
  const amount = task.fixedCost ?? 0;
  if (amount === 0) return zeroCost();
  const accrual = task.fixedCostAccrual ?? 'prorated';
  const actual = accrual === 'start' ? (span.isStarted ? amount : 0) : accrual === 'end' ? (span.done >= 1 ? amount : 0) : amount * span.done;
  return figures(amount, actual, amount - actual, 0, 0, accrual === 'start' ? amount : 0, accrual === 'end' ? amount : 0);
}

function spanOf(plan: Plan, cals: CalendarSet, task: Task, row: TaskSchedule, assignments: readonly Assignment[]): CostSpan {
  const done = Math.min(1, Math.max(0, row.percentComplete / 100));
  let plannedWork = 0;
  for (const a of assignments) if (plan.resources[a.resourceId]?.type === 'work') plannedWork += a.workMinutes ?? row.durationMinutes * a.units;
  return {
    start: parseWall(row.start),
    finish: parseWall(row.finish),
    cal: cals.get(taskCalendarId(plan, task, assignments)),
    done,
    isStarted: done > 0 || task.actualStart !== null,
    typedActualWork: task.actualWorkMinutes ?? null,
    plannedWork,
  };
}

/**
 * A summary task's own costs: its fixed cost alone (a summary's assignments are not priced), split
 * into actual and remaining by its accrual over the summary's own span and progress, as
 * costPlan adds it to its subtasks' totals. The S-curve and the cash flow time-phase it like a
 * leaf's costs.
 */
export function summaryOwnCosts(plan: Plan, cals: CalendarSet, task: Task, row: TaskSchedule): CostFigures {
  return fixedCost(task, spanOf(plan, cals, task, row, []));
}

/** Costs of one task's own: its assignments (leaves) and its fixed cost, before any roll-up. */
export function ownCosts(
  plan: Plan, rates: RateBook, cals: CalendarSet, task: Task, row: TaskSchedule, assignments: readonly Assignment[], out: Map<AssignmentId, AssignmentCost>,
): CostFigures {
  const span = spanOf(plan, cals, task, row, assignments);
  const own = fixedCost(task, span);
  if (!row.isSummary) {
    for (const a of assignments) {
      const cost = assignmentCost(plan, rates, a, span, row.durationMinutes);
      if (!cost) continue;
      out.set(a.id, cost);
      addCosts(own, cost);
    }
  }
  const typed = task.actualCost;
  if (typed !== undefined && typed !== null && !row.isSummary) {
    // A typed task actual replaces the computed one; what remains is still the plan's remaining cost.
    own.actualCost = typed;
    own.cost = typed + own.remainingCost;
  }
  return own;
}

/** Tasks deepest first, so each is complete before it is added to its parent (see task-tree.ts). */
export function deepestFirst(tasks: Plan['tasks']): Task[] {
  return deepestFirstOrder(tasks);
}

export function assignmentsByTask(plan: Plan): Map<string, Assignment[]> {
  const byTask = new Map<string, Assignment[]>();
  for (const a of valuesOf(plan.assignments)) {
    const list = byTask.get(a.taskId);
    if (list) list.push(a);
    else byTask.set(a.taskId, [a]);
  }
  return byTask;
}

/**
 * Prices the whole plan at its computed schedule; `ownOut` receives each task's own costs (before
 * roll-up). One pass deepest first over the plan's cached outline (task-tree.ts); totals are kept
 * by position and entered in the table in the order, and summed in the order, a per-id lookup
 * would (money-equivalence.test.ts holds it to the same numbers).
 */
export function costPlan(plan: Plan, schedule: ScheduleResult, cals: CalendarSet = compileCalendars(plan), ownOut?: Map<TaskId, CostFigures>): CostTable {
  const { order, parentAt } = taskTree(plan.tasks);
  const byTask = assignmentIndex(plan.assignments);
  const rates = rateBook(plan);
  const assignments = new Map<AssignmentId, AssignmentCost>();
  const totals = new Map<TaskId, Mutable<CostFigures>>();
  const totalAt = new Array<Mutable<CostFigures> | undefined>(order.length);
  const totalOf = (i: number, id: TaskId): Mutable<CostFigures> => {
    let total = totalAt[i];
    if (!total) {
      total = zeroCost();
      totalAt[i] = total;
      totals.set(id, total);
    }
    return total;
  };
  const project = zeroCost();
  for (let i = 0; i < order.length; i++) {
    const task = order[i] as Task;
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    const total = totalOf(i, task.id);
    const own = ownCosts(plan, rates, cals, task, row, byTask.get(task.id) ?? [], assignments);
    ownOut?.set(task.id, own);
    addCosts(total, own);
    const parent = parentAt[i] as number;
    if (parent >= 0) addCosts(totalOf(parent, (order[parent] as Task).id), total);
    else addCosts(project, total);
  }
  return { tasks: totals, assignments, project };
}

/** The figures of some leaf tasks and of their assignments: what costPlan gives them. */
export interface LeafCosts {
  readonly tasks: ReadonlyMap<TaskId, CostFigures>;
  readonly assignments: ReadonlyMap<AssignmentId, AssignmentCost>;
}

/**
 * Prices only the named tasks that are leaves, without the rest of the plan: a leaf's figures in
 * costPlan are its own costs (nothing rolls up into a leaf), so they are the same here. For a
 * reader that checks a few tasks' actuals (mspdi-costs.ts), pricing and rolling up 10,000 tasks
 * to read a handful was most of its time. Summaries and unscheduled tasks are left out.
 */
export function leafCosts(plan: Plan, schedule: ScheduleResult, taskIds: Iterable<TaskId>, cals: CalendarSet = compileCalendars(plan)): LeafCosts {
  const byTask = assignmentIndex(plan.assignments);
  const rates = rateBook(plan);
  const tasks = new Map<TaskId, CostFigures>();
  const assignments = new Map<AssignmentId, AssignmentCost>();
  for (const id of taskIds) {
    const task = plan.tasks[id];
    const row = schedule.tasks.get(id);
    if (!task || !row || row.isSummary || tasks.has(id)) continue;
    tasks.set(id, ownCosts(plan, rates, cals, task, row, byTask.get(id) ?? [], assignments));
  }
  return { tasks, assignments };
}

/**
 * What a baseline keeps of each task: its scheduled dates, duration, work and cost, with the cost's
 * accrual profile so planned value can be time-phased later. Reads the computed schedule, never the
 * stored task dates.
 */
export function baselineEntries(schedule: ScheduleResult, costs: CostTable): Record<string, BaselineTask> {
  const out: Record<string, BaselineTask> = {};
  for (const [id, row] of schedule.tasks) {
    const cost = costs.tasks.get(id) ?? ZERO_COST;
    out[id] = {
      start: row.start, finish: row.finish, durationMinutes: row.durationMinutes, workMinutes: cost.workMinutes,
      cost: cost.cost, costAtStart: cost.costAtStart, costAtEnd: cost.costAtEnd,
    };
  }
  return out;
}

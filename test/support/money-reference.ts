/**
 * The money computations as they were before the fast paths (one Map per figure, the outline and
 * assignments enumerated on every call), kept verbatim as the oracle the equivalence tests
 * compare the fast paths with: same plan in, the same numbers out, to the last bit.
 */
import { compileCalendars, statusInstant, type CalendarSet, type WorkingCalendar } from '../../renderer/domain/calendar';
import { parseWall } from '../../renderer/domain/calendar/civil';
import type { Assignment, AssignmentId, Baseline, BaselineTask, Plan, Task, TaskId, WallMinutes } from '../../renderer/domain/model';
import {
  accruedBy, deriveEarnedValue, plannedValueBy, sCurvePoints,
  type EarnedValueBase, type EarnedValueInput, type EarnedValueTable, type SCurve, type SCurvePoint,
} from '../../renderer/domain/money';
import {
  addCosts, ownCosts, rateBook, summaryOwnCosts, zeroCost, type AssignmentCost, type CostFigures, type CostTable,
} from '../../renderer/domain/money/cost';
import { taskCalendarId, type ScheduleResult } from '../../renderer/domain/schedule';

function deepestFirst(tasks: Plan['tasks']): Task[] {
  const all = Object.values(tasks);
  const depth = new Map<string, number>();
  const chain: Task[] = [];
  let deepest = 0;
  for (const task of all) {
    chain.length = 0;
    let at: Task | undefined = task;
    let base = 0;
    while (at) {
      const known = depth.get(at.id);
      if (known !== undefined) {
        base = known + 1;
        break;
      }
      chain.push(at);
      // A parent cycle (refused by the import gate) stops at the plan's size instead of looping.
      at = at.parentId !== null && chain.length <= all.length ? tasks[at.parentId] : undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const d = base + (chain.length - 1 - i);
      depth.set((chain[i] as Task).id, d);
      if (d > deepest) deepest = d;
    }
  }
  const buckets: Task[][] = Array.from({ length: deepest + 1 }, () => []);
  for (const task of all) buckets[depth.get(task.id) ?? 0]?.push(task);
  return buckets.reverse().flat();
}

function assignmentsByTask(plan: Plan): Map<string, Assignment[]> {
  const byTask = new Map<string, Assignment[]>();
  for (const a of Object.values(plan.assignments)) {
    const list = byTask.get(a.taskId);
    if (list) list.push(a);
    else byTask.set(a.taskId, [a]);
  }
  return byTask;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const zero = (): Mutable<EarnedValueBase> => ({ bac: 0, pv: 0, ev: 0, ac: 0, etc: 0 });
function add(into: Mutable<EarnedValueBase>, more: EarnedValueBase): void {
  into.bac += more.bac;
  into.pv += more.pv;
  into.ev += more.ev;
  into.ac += more.ac;
  into.etc += more.etc;
}

function ownBaselineEntries(plan: Plan, schedule: ScheduleResult, baseline: Baseline | null): Map<TaskId, BaselineTask> {
  const own = new Map<TaskId, BaselineTask>();
  if (!baseline) return own;
  const childCost = new Map<string, number>();
  for (const task of Object.values(plan.tasks)) {
    const entry = baseline.tasks[task.id];
    if (entry && task.parentId !== null) childCost.set(task.parentId, (childCost.get(task.parentId) ?? 0) + entry.cost);
  }
  for (const task of Object.values(plan.tasks)) {
    const entry = baseline.tasks[task.id];
    const row = schedule.tasks.get(task.id);
    if (!entry || !row) continue;
    if (!row.isSummary) own.set(task.id, entry);
    else {
      const cost = Math.max(0, entry.cost - (childCost.get(task.id) ?? 0));
      if (cost > 0) own.set(task.id, { ...entry, cost, costAtStart: 0, costAtEnd: 0 });
    }
  }
  return own;
}

export function referenceEarnedValue(input: EarnedValueInput): EarnedValueTable {
  const { plan, schedule, costs, baseline } = input;
  const cals = input.calendars ?? compileCalendars(plan);
  const byTask = assignmentsByTask(plan);
  const t = statusInstant(input.statusDate);
  const ownEntries = ownBaselineEntries(plan, schedule, baseline);
  const sums = new Map<TaskId, Mutable<EarnedValueBase>>();
  /** Actual and remaining cost the children of a task brought, so a summary's own share is the rest. */
  const below = new Map<TaskId, { ac: number; etc: number }>();
  const project = zero();
  for (const task of deepestFirst(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    const cost = costs.tasks.get(task.id);
    const own = ownEntries.get(task.id);
    const children = below.get(task.id) ?? { ac: 0, etc: 0 };
    const cal = cals.get(taskCalendarId(plan, task, byTask.get(task.id) ?? []));
    const percent = task.earnedValueMethod === 'physical' ? (task.physicalPercentComplete ?? 0) : row.percentComplete;
    const total = sums.get(task.id) ?? zero();
    let ev = ((own?.cost ?? 0) * percent) / 100;
    let ac = (cost?.actualCost ?? 0) - children.ac;
    let etc = (cost?.remainingCost ?? 0) - children.etc;
    {
      // A task's own progress (a summary's: its own fixed cost and baseline share) is done evenly over its actual span; actual cost after the status instant is still to complete.
      const start = parseWall(task.actualStart ?? row.start);
      const end = Math.max(start, task.actualFinish ? parseWall(task.actualFinish) : Math.min(t, parseWall(row.finish)));
      ev = accruedBy(ev, 0, 0, start, end, cal, t);
      const actual = ac;
      const byStatus = accruedBy(actual, 0, 0, start, end, cal, t);
      if (byStatus !== actual) {
        etc += actual - byStatus;
        ac = byStatus;
      }
    }
    add(total, { bac: own?.cost ?? 0, pv: own ? plannedValueBy(own, cal, t) : 0, ev, ac, etc });
    sums.set(task.id, total);
    const parentId = task.parentId !== null && plan.tasks[task.parentId] ? task.parentId : null;
    if (parentId === null) {
      add(project, total);
      continue;
    }
    const into = sums.get(parentId) ?? zero();
    add(into, total);
    sums.set(parentId, into);
    const brought = below.get(parentId) ?? { ac: 0, etc: 0 };
    brought.ac += cost?.actualCost ?? 0;
    brought.etc += cost?.remainingCost ?? 0;
    below.set(parentId, brought);
  }
  return { statusDate: input.statusDate, baselineNumber: baseline?.number ?? null, tasks: sums, project: deriveEarnedValue(project) };
}

/** Prices the whole plan at its computed schedule; `ownOut` receives each task's own costs (before roll-up). */
export function referenceCostPlan(plan: Plan, schedule: ScheduleResult, cals: CalendarSet = compileCalendars(plan), ownOut?: Map<TaskId, CostFigures>): CostTable {
  const byTask = assignmentsByTask(plan);
  const rates = rateBook(plan);
  const assignments = new Map<AssignmentId, AssignmentCost>();
  const totals = new Map<TaskId, Mutable<CostFigures>>();
  const project = zeroCost();
  for (const task of deepestFirst(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    const total = totals.get(task.id) ?? zeroCost();
    const own = ownCosts(plan, rates, cals, task, row, byTask.get(task.id) ?? [], assignments);
    ownOut?.set(task.id, own);
    addCosts(total, own);
    totals.set(task.id, total);
    const parent = task.parentId !== null ? plan.tasks[task.parentId] : undefined;
    if (parent) {
      const into = totals.get(parent.id) ?? zeroCost();
      addCosts(into, total);
      totals.set(parent.id, into);
    } else {
      addCosts(project, total);
    }
  }
  return { tasks: totals, assignments, project };
}

interface Accrual {
  readonly total: number;
  readonly atStart: number;
  readonly atEnd: number;
  readonly start: WallMinutes;
  readonly finish: WallMinutes;
  readonly cal: WorkingCalendar;
}

const accruedAt = (items: readonly Accrual[], t: WallMinutes): number => {
  let sum = 0;
  for (const i of items) sum += accruedBy(i.total, i.atStart, i.atEnd, i.start, i.finish, i.cal, t);
  return sum;
};

function accrualOf(entry: BaselineTask, cal: WorkingCalendar): Accrual {
  return {
    total: entry.cost, atStart: entry.costAtStart ?? 0, atEnd: entry.costAtEnd ?? 0,
    start: parseWall(entry.start), finish: parseWall(entry.finish), cal,
  };
}

function defaultPoints(planned: readonly Accrual[], spent: readonly Accrual[], schedule: ScheduleResult, statusAt: WallMinutes): WallMinutes[] {
  let from = parseWall(schedule.projectStart);
  let to = parseWall(schedule.projectFinish);
  for (const p of planned) {
    from = Math.min(from, p.start);
    to = Math.max(to, p.finish);
  }
  return sCurvePoints(from, to, statusAt, spent.filter((s) => s.total !== 0));
}

/** The cumulative S-curve as first written: an object per cost, every cost asked at every point. */
export function referenceSCurve(input: EarnedValueInput & { readonly points?: readonly WallMinutes[] }): SCurve {
  const { plan, schedule, costs, baseline } = input;
  const cals = input.calendars ?? compileCalendars(plan);
  const byTask = assignmentsByTask(plan);
  const calOf = (task: Task): WorkingCalendar => cals.get(taskCalendarId(plan, task, byTask.get(task.id) ?? []));
  const statusAt = statusInstant(input.statusDate);
  const planned: Accrual[] = [];
  for (const [id, entry] of ownBaselineEntries(plan, schedule, baseline)) {
    const task = plan.tasks[id];
    if (task) planned.push(accrualOf(entry, calOf(task)));
  }
  const earned: Accrual[] = [];
  const spent: Accrual[] = [];
  const remaining: Accrual[] = [];
  const ownEntries = ownBaselineEntries(plan, schedule, baseline);
  for (const task of Object.values(plan.tasks)) {
    const row = schedule.tasks.get(task.id);
    if (!row) continue;
    // A summary's own costs are its fixed cost; its own baseline share is what its entry holds beyond its subtasks'.
    const cost = row.isSummary ? summaryOwnCosts(plan, cals, task, row) : costs.tasks.get(task.id);
    if (!cost) continue;
    const cal = calOf(task);
    const start = parseWall(task.actualStart ?? row.start);
    const end = Math.max(start, task.actualFinish ? parseWall(task.actualFinish) : Math.min(statusAt, parseWall(row.finish)));
    const entry = ownEntries.get(task.id);
    const percent = task.earnedValueMethod === 'physical' ? (task.physicalPercentComplete ?? 0) : row.percentComplete;
    if (entry) earned.push({ total: (entry.cost * percent) / 100, atStart: 0, atEnd: 0, start, finish: end, cal });
    spent.push({ total: cost.actualCost, atStart: 0, atEnd: 0, start, finish: end, cal });
    // Actual cost the span puts after the status date is spent in the forecast, not by the status date.
    if (cost.actualCost !== 0 && end > statusAt) {
      const byStatus = accruedBy(cost.actualCost, 0, 0, start, end, cal, statusAt);
      remaining.push({ total: cost.actualCost - byStatus, atStart: 0, atEnd: 0, start: Math.max(start, statusAt), finish: end, cal });
    }
    const from = Math.max(statusAt, parseWall(row.start));
    remaining.push({ total: cost.remainingCost, atStart: 0, atEnd: 0, start: from, finish: Math.max(from, parseWall(row.finish)), cal });
  }
  const points = input.points ?? defaultPoints(planned, spent, schedule, statusAt);
  const acAtStatus = accruedAt(spent, statusAt);
  const out: SCurvePoint[] = points.map((t) => ({
    at: t,
    pv: accruedAt(planned, t),
    ev: t <= statusAt ? accruedAt(earned, t) : null,
    ac: t <= statusAt ? accruedAt(spent, t) : null,
    forecast: t >= statusAt ? acAtStatus + accruedAt(remaining, t) : null,
  }));
  return { points: out, statusAt, bac: planned.reduce((s, i) => s + i.total, 0), eac: costs.project.cost };
}

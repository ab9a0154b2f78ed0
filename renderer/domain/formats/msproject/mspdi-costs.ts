/**
 * MSPDI money fields, read and written. Field mapping (MSPDI element <-> model):
 * - Task FixedCost <-> fixedCost; FixedCostAccrual 1 start / 2 prorated / 3 end <-> fixedCostAccrual;
 *   EarnedValueMethod 0 % complete / 1 physical % complete and PhysicalPercentComplete <-> the same.
 * - Task ActualCost and ActualWork: MS Project writes them on every task, computed or typed, and the
 *   file does not say which. They are kept as typed (actualCost, actualWorkMinutes) only where they
 *   differ from what Plotline's rules compute for the imported plan (work x % complete, actual work x
 *   rates): a computed value is recomputed, a typed one survives. Assignment ActualCost/ActualWork alike.
 * - Task Cost, RemainingCost, RemainingWork, ACWP, BCWS, BCWP: computed, written on export from the
 *   money domain (the earned value at the project's status date against the cost baseline); not read.
 * - Resource Rates/Rate (RatesFrom, RatesTo, RateTable 0..4 = A..E, StandardRate, OvertimeRate,
 *   CostPerUse): table A's first row is the resource's own rate, later rows are rateChanges from their
 *   RatesFrom. Plotline has one rate table; rows of tables B..E are named in a warning, not imported.
 * - Assignment Cost <-> costAmount for cost resources (their amount on the task); Cost, ActualCost,
 *   ActualWork, RemainingCost written for every assignment.
 * Units: MSPDI stores currency amounts (Cost, FixedCost, ActualCost, RemainingCost, CostPerUse,
 * BCWS/BCWP/ACWP, Baseline Cost) in hundredths of the currency, as MS Project writes them and MPXJ
 * reads them (its DatatypeConverter.parseCurrency divides by 100): <Cost>201500</Cost> is 2,015.00.
 * Rates (StandardRate, OvertimeRate) are currency per hour, unscaled.
 */
import type { AssignmentId, TaskId } from '../../model/ids';
import type { CostAccrual, EarnedValueMethod, Plan, RateChange, Resource, Task } from '../../model/plan';
import { compileCalendars } from '../../calendar';
import { costPlan, earnedValue, leafCosts, type CostTable, type EarnedValueTable, type LeafCosts } from '../../money';
import type { ScheduleResult } from '../../schedule/types';
import { child, childrenNamed, childText, type XmlElement } from '../xml/xml-tree';
import { formatMspdiDate, parseMspdiDate, parseMspdiDuration, parseNumber } from './mspdi-codes';
import type { TaskDraft } from '../plan-assembly';
import { fromWallMinutes, toWallMinutes } from '../../model/time';

export const ACCRUAL_BY_CODE: Readonly<Record<string, CostAccrual>> = { 1: 'start', 2: 'prorated', 3: 'end' };
export const ACCRUAL_CODE: Readonly<Record<CostAccrual, number>> = { start: 1, prorated: 2, end: 3 };

/** A rate (currency per hour): finite and not negative, else absent. */
const rate = (el: XmlElement, tag: string): number | null => {
  const n = parseNumber(childText(el, tag));
  return n !== null && Number.isFinite(n) && n >= 0 ? n : null;
};

/** A currency amount, stored in hundredths (see the header): finite and not negative, else absent. */
export const amount = (el: XmlElement, tag: string): number | null => {
  const n = rate(el, tag);
  return n === null ? null : n / 100;
};

/** A currency amount as MSPDI stores it: whole hundredths. */
export const hundredths = (value: number): number => Math.round(value * 100);

type TaskMoney = Pick<TaskDraft, 'fixedCost' | 'fixedCostAccrual' | 'earnedValueMethod' | 'physicalPercentComplete'>;

/** The task's own money inputs (fixed cost, accrual, earned value method); absent fields stay absent. */
export function readTaskMoney(el: XmlElement): TaskMoney {
  const fixed = amount(el, 'FixedCost');
  const accrual = ACCRUAL_BY_CODE[childText(el, 'FixedCostAccrual') ?? ''];
  const physical = rate(el, 'PhysicalPercentComplete');
  const method: EarnedValueMethod | undefined = childText(el, 'EarnedValueMethod') === '1' ? 'physical' : undefined;
  return {
    ...(fixed !== null && fixed > 0 ? { fixedCost: fixed } : {}),
    // 'prorated' is the model's default: only the others are stored.
    ...(accrual !== undefined && accrual !== 'prorated' && fixed !== null && fixed > 0 ? { fixedCostAccrual: accrual } : {}),
    ...(method ? { earnedValueMethod: method } : {}),
    ...(physical !== null && physical > 0 ? { physicalPercentComplete: Math.min(100, physical) } : {}),
  };
}

/** ActualCost and ActualWork as the file states them (computed or typed, undecided until compared). */
export interface FileActuals {
  readonly cost: number | null;
  readonly workMinutes: number | null;
}

export function readFileActuals(el: XmlElement): FileActuals {
  const work = parseMspdiDuration(childText(el, 'ActualWork') ?? '');
  return { cost: amount(el, 'ActualCost'), workMinutes: work !== null && work >= 0 ? work : null };
}

/** A resource's rates from its Rates element (table A), or its StandardRate/OvertimeRate/CostPerUse. */
export function readRates(el: XmlElement, warnings: string[]): Pick<Resource, 'costPerHour' | 'overtimeCostPerHour' | 'costPerUse' | 'rateChanges'> {
  const own = { costPerHour: rate(el, 'StandardRate') ?? 0, overtimeCostPerHour: rate(el, 'OvertimeRate') ?? 0, costPerUse: amount(el, 'CostPerUse') ?? 0 };
  const container = child(el, 'Rates');
  const rows = container ? childrenNamed(container, 'Rate') : [];
  const tableA = rows.filter((r) => (childText(r, 'RateTable') ?? '0') === '0');
  const others = rows.length - tableA.length;
  const hasOtherRates = rows.some((r) => (childText(r, 'RateTable') ?? '0') !== '0' && ((rate(r, 'StandardRate') ?? 0) > 0 || (amount(r, 'CostPerUse') ?? 0) > 0));
  if (others > 0 && hasOtherRates) {
    warnings.push(`Cost rate tables B-E of '${childText(el, 'Name') ?? ''}' were not imported (${String(others)} row(s)): Plotline uses one rate table, A.`);
  }
  const dated = tableA
    .map((r) => ({ from: parseMspdiDate(childText(r, 'RatesFrom')), rate: rateOf(r) }))
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const first = dated[0];
  if (!first) return own;
  const changes: RateChange[] = [];
  for (const row of dated.slice(1)) {
    if (row.from === null || changes.some((c) => c.from === row.from)) continue;
    changes.push({ from: row.from, ...row.rate });
  }
  return { ...first.rate, ...(changes.length > 0 ? { rateChanges: changes } : {}) };
}

function rateOf(r: XmlElement): Omit<RateChange, 'from'> {
  return { costPerHour: rate(r, 'StandardRate') ?? 0, overtimeCostPerHour: rate(r, 'OvertimeRate') ?? 0, costPerUse: amount(r, 'CostPerUse') ?? 0 };
}

/** Keeps a file's actual cost or work only where it is not what Plotline computes: a typed value. */
const isTyped = (file: number | null, computed: number, tolerance: number): file is number =>
  file !== null && Math.abs(file - computed) > tolerance;

/**
 * Whether a file's actuals for this task could be typed ones: a value other than zero, or a task
 * with progress or a typed actual already. An unstarted task's computed actual work and cost are
 * exactly zero (cost.ts: actual work is work x % complete unless typed; per-use and fixed costs are
 * incurred from the start), so a zero the file states for it is the computed value, and the task
 * need not be priced to know it. Summaries are never compared.
 */
function mayBeTyped(task: Task | undefined, file: FileActuals, typedAssignmentOn: ReadonlySet<TaskId>): boolean {
  return task !== undefined && ((file.cost ?? 0) !== 0 || (file.workMinutes ?? 0) !== 0 || task.percentComplete > 0 || task.actualStart !== null
    || (task.actualWorkMinutes ?? null) !== null || (task.actualCost ?? null) !== null || typedAssignmentOn.has(task.id));
}

/**
 * The leaves whose file actuals may have been typed (mayBeTyped): the only tasks withTypedActuals
 * prices. Read from the plan alone, before any schedule: a task is a summary when it has subtasks,
 * as the engine takes it. Empty for a plan not yet started, which then needs no pricing at all.
 */
export function typedActualCandidates(plan: Plan, tasks: ReadonlyMap<TaskId, FileActuals>, assignments: ReadonlyMap<AssignmentId, FileActuals>): Set<TaskId> {
  const typedAssignmentOn = new Set<TaskId>();
  for (const a of Object.values(plan.assignments)) if ((a.actualWorkMinutes ?? null) !== null || (a.actualCost ?? null) !== null) typedAssignmentOn.add(a.taskId);
  const candidates = new Set<TaskId>();
  for (const [id, file] of tasks) if (mayBeTyped(plan.tasks[id], file, typedAssignmentOn)) candidates.add(id);
  for (const [id, file] of assignments) {
    const taskId = plan.assignments[id]?.taskId;
    if (taskId !== undefined && mayBeTyped(plan.tasks[taskId], file, typedAssignmentOn)) candidates.add(taskId);
  }
  if (candidates.size === 0) return candidates;
  const parents = new Set<string>();
  for (const task of Object.values(plan.tasks)) if (task.parentId !== null) parents.add(task.parentId);
  for (const id of candidates) if (parents.has(id)) candidates.delete(id);
  return candidates;
}

/**
 * The imported plan with the file's actuals that were typed by hand (see the header): each task's
 * and assignment's file ActualWork and ActualCost are compared with the costs of the plan as read.
 * Work is compared first, because a typed actual work changes the computed actual cost.
 * `schedule` is the engine's schedule of `plan` itself (the import gate's run): scheduling the
 * same plan again here would cost a second full run on every MSPDI import.
 * Only the leaves whose actuals may be typed (mayBeTyped) are priced, each on its own (leafCosts):
 * a leaf's costs depend on nothing else in the plan, and a plan not yet started has none to price.
 */
export function withTypedActuals(
  plan: Plan, schedule: ScheduleResult, priced: ReadonlySet<TaskId>, tasks: ReadonlyMap<TaskId, FileActuals>, assignments: ReadonlyMap<AssignmentId, FileActuals>,
): Plan {
  if (priced.size === 0) return plan;
  const cals = compileCalendars(plan);
  let costs = leafCosts(plan, schedule, priced, cals);
  // Records are copied only once a value differs: most files' actuals are the computed ones, and
  // a copy of 10,000 tasks is time spent for nothing.
  let taskCopies: Record<string, Plan['tasks'][string]> | null = null;
  for (const [id, file] of tasks) {
    const task = (taskCopies ?? plan.tasks)[id];
    const cost = costs.tasks.get(id);
    if (!task || !cost) continue;
    if (isTyped(file.workMinutes, cost.actualWorkMinutes, 1)) {
      taskCopies ??= { ...plan.tasks };
      taskCopies[id] = { ...task, actualWorkMinutes: file.workMinutes };
    }
  }
  let next: Plan = taskCopies !== null ? { ...plan, tasks: taskCopies } : plan;
  if (taskCopies !== null) costs = leafCosts(next, schedule, priced, cals);
  next = withTypedAssignmentCosts(next, assignments, costs);
  if (next !== plan) costs = leafCosts(next, schedule, priced, cals);
  let withCosts: Record<string, Plan['tasks'][string]> | null = null;
  for (const [id, file] of tasks) {
    const task = (withCosts ?? next.tasks)[id];
    const cost = costs.tasks.get(id);
    if (!task || !cost) continue;
    if (isTyped(file.cost, cost.actualCost, 0.01)) {
      withCosts ??= { ...next.tasks };
      withCosts[id] = { ...task, actualCost: file.cost };
    }
  }
  return withCosts !== null ? { ...next, tasks: withCosts } : next;
}

function withTypedAssignmentCosts(plan: Plan, files: ReadonlyMap<AssignmentId, FileActuals>, costs: LeafCosts): Plan {
  let copies: Record<string, Plan['assignments'][string]> | null = null;
  for (const [id, file] of files) {
    const a = (copies ?? plan.assignments)[id];
    const cost = costs.assignments.get(id);
    if (!a || !cost) continue;
    const isWork = plan.resources[a.resourceId]?.type === 'work';
    const typedWork = isWork && isTyped(file.workMinutes, cost.actualWorkMinutes, 1);
    const typedCost = !typedWork && isTyped(file.cost, cost.actualCost, 0.01);
    if (!typedWork && !typedCost) continue;
    copies ??= { ...plan.assignments };
    copies[id] = { ...a, ...(typedWork ? { actualWorkMinutes: file.workMinutes } : {}), ...(typedCost ? { actualCost: file.cost } : {}) };
  }
  return copies !== null ? { ...plan, assignments: copies } : plan;
}

/** What the export writes for money: the costs and the earned value at the status date. */
export interface MoneyFigures {
  readonly costs: CostTable;
  readonly earned: EarnedValueTable | null;
}

/** Prices the (scheduled) plan; earned value needs a status date and is measured against the cost baseline. */
export function moneyFigures(plan: Plan, schedule: ScheduleResult): MoneyFigures {
  const cals = compileCalendars(plan);
  const costs = costPlan(plan, schedule, cals);
  const statusDate = plan.project.statusDate;
  if (statusDate === null) return { costs, earned: null };
  const number = plan.project.costBaseline ?? 0;
  const baseline = Object.values(plan.baselines).find((b) => b.number === number) ?? null;
  return { costs, earned: earnedValue({ plan, schedule, costs, baseline, statusDate, calendars: cals }) };
}

/** Rates/Rate rows of table A: the own rate from MS Project's earliest date, each change until the next. */
export function rateRows(resource: Resource): { from: string; to: string; rate: Omit<RateChange, 'from'> }[] {
  const changes = resource.rateChanges ?? [];
  const starts = ['1984-01-01T00:00:00', ...changes.map((c) => formatMspdiDate(c.from))];
  const ends = changes.map((c) => formatMspdiDate(fromWallMinutes(toWallMinutes(c.from) - 1)));
  const rates: Omit<RateChange, 'from'>[] = [resource, ...changes];
  return rates.map((rate, i) => ({
    from: starts[i] ?? '1984-01-01T00:00:00',
    // MS Project's "until the end of time"; a row ends a minute before the next row starts, as MS Project writes it.
    to: ends[i] ?? '2049-12-31T23:59:00',
    rate: { costPerHour: rate.costPerHour, overtimeCostPerHour: rate.overtimeCostPerHour, costPerUse: rate.costPerUse },
  }));
}

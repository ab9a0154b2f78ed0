/** Everything one table row shows, derived once per plan/schedule change. */
import {
  fullOutline, type BaselineTask, type OutlineRow, type Plan,
} from '../../domain/model';
import { sharedCalendars } from '../../domain/calendar';
import { createCostRoller } from '../../domain/money';
import type { ScheduleResult, TaskSchedule } from '../../domain/schedule';
import { openPlanPredecessorTexts, type PredecessorTexts } from './cell-text';

export interface TableRow {
  readonly outline: OutlineRow;
  /** MS Project's ID: the row number in the full (uncollapsed) outline. */
  readonly rowNumber: number;
  readonly schedule: TaskSchedule | undefined;
  readonly predecessors: string;
  readonly assignees: readonly { readonly id: string; readonly name: string; readonly initials: string }[];
  readonly statusName: string;
  readonly statusColor: string;
  /**
   * Work and cost as the money engine prices them at the schedule (costPlan); a summary sums its
   * subtasks. Null when the rows were built unpriced (no Work or Cost column shown).
   */
  readonly workMinutes: number | null;
  readonly cost: number | null;
  /** The task in Baseline (number 0), when one is saved. */
  readonly baseline: BaselineTask | null;
}

/** What every row of one build reads its lazy fields from. */
interface RowLookups {
  readonly scheduled: ScheduleResult['tasks'] | undefined;
  readonly predecessors: PredecessorTexts;
}

/**
 * A row whose schedule and predecessor text are read when a cell shows them: the table renders a
 * few dozen of its 10,000 rows, and a TaskSchedule (six date texts) and a predecessor text for
 * every row were built for nothing. A class, so the getters are its prototype's: written as an
 * object literal with getters, each row made two closures and accessor pairs of its own (10,000
 * rows, V8: 50-130 ms against 2-20 ms for these).
 */
class LazyTableRow implements TableRow {
  constructor(
    readonly outline: OutlineRow,
    readonly rowNumber: number,
    private readonly lookups: RowLookups,
    readonly assignees: TableRow['assignees'],
    readonly statusName: string,
    readonly statusColor: string,
    readonly workMinutes: number | null,
    readonly cost: number | null,
    readonly baseline: BaselineTask | null,
  ) {}

  get schedule(): TaskSchedule | undefined {
    return this.lookups.scheduled?.get(this.outline.task.id);
  }

  get predecessors(): string {
    return this.lookups.predecessors.get(this.outline.task.id) ?? '';
  }
}

/** Rows are rebuilt after every edit: only the tasks an edit changed or moved are priced again. */
const roller = createCostRoller();

/**
 * `isPriced`: price the tasks for the Work and Cost columns. Pricing 10,000 tasks is a third of
 * the table's first build, so a table that shows neither column skips it.
 */
export function tableRows(plan: Plan, schedule: ScheduleResult | null, collapsed: ReadonlySet<string>, isPriced = true): TableRow[] {
  // One walk of the full outline gives both the row numbers (IDs) and, minus collapsed
  // subtrees, the rows shown: this runs after every edit, so it must not walk twice.
  const all = fullOutline(plan.tasks);
  const predecessors = openPlanPredecessorTexts(plan);
  const people = assigneesByTask(plan);
  const money = schedule && isPriced ? roller.cost(plan, schedule, sharedCalendars(plan)).tasks : new Map<string, { workMinutes: number; cost: number }>();
  const unpriced = isPriced ? 0 : null;
  const baseline = Object.values(plan.baselines).find((b) => b.number === 0) ?? null;
  const rows: TableRow[] = [];
  let hiddenBelowDepth = Infinity;
  const lookups: RowLookups = { scheduled: schedule?.tasks, predecessors };
  for (const [i, outline] of all.entries()) {
    if (outline.depth > hiddenBelowDepth) continue;
    hiddenBelowDepth = collapsed.has(outline.task.id) ? outline.depth : Infinity;
    const column = plan.columns[outline.task.statusId];
    const id = outline.task.id;
    const priced = money.get(id);
    rows.push(new LazyTableRow(
      outline, i + 1, lookups, people.get(id) ?? [], column?.name ?? '', column?.color ?? 'transparent',
      priced?.workMinutes ?? unpriced, priced?.cost ?? unpriced, baseline?.tasks[id] ?? null,
    ));
  }
  return rows;
}

/**
 * The rows the table shows under its filters: Find keeps the rows whose name holds the query
 * (summaries too, only when they match); "Tasks at risk" (`keep`: the tasks at risk and their
 * summaries, tasksAtRiskWithSummaries) keeps those rows, so a task at risk shows under its
 * summaries as in the Gantt. Both on: a row must pass both. Pure; the rows keep their order.
 */
export function filterTableRows(rows: readonly TableRow[], query: string | null, keep: ReadonlySet<string> | null): readonly TableRow[] {
  const q = query?.trim().toLowerCase() ?? '';
  if (!q && !keep) return rows;
  return rows.filter((r) => (!q || r.outline.task.name.toLowerCase().includes(q)) && (!keep || keep.has(r.outline.task.id)));
}

/**
 * Who works on each task, in the team's order (the People columns of both grids): assignments
 * are read back from storage in no order of their own, so "Ana Lopez, Raj Patel" must not come
 * back as "Raj Patel, Ana Lopez" after a restart.
 */
export function assigneesByTask(plan: Pick<Plan, 'assignments' | 'resources'>): Map<string, TableRow['assignees'][number][]> {
  const people = new Map<string, TableRow['assignees'][number][]>();
  for (const a of Object.values(plan.assignments)) {
    const r = plan.resources[a.resourceId];
    if (!r) continue;
    const list = people.get(a.taskId) ?? [];
    list.push({ id: r.id, name: r.name, initials: r.initials });
    people.set(a.taskId, list);
  }
  const teamOrder = new Map(Object.keys(plan.resources).map((id, i) => [id, i]));
  for (const list of people.values()) if (list.length > 1) list.sort((a, b) => (teamOrder.get(a.id) ?? 0) - (teamOrder.get(b.id) ?? 0));
  return people;
}


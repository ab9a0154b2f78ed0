/**
 * scheduleProject and the incremental scheduler. Plans are immutable (immer), so an unchanged
 * task, link or calendar keeps its identity: the scheduler diffs by reference, reuses the
 * compiled network (and its topological order) while no task, parent or link endpoint was
 * added or removed, re-decodes only changed tasks, and lets the engine revisit only what a
 * change reaches (see engine.ts). Anything global (calendars, project start, status date,
 * resources) makes every node be visited again, still on the same arrays.
 */
import { compileCalendars, dayOfLocalDate, MINUTES_PER_DAY, parseWall, type CalendarSet } from '../calendar';
import type { Assignment, LocalDate, Plan, Task, TaskId } from '../model';
import { runEngine, type EngineState } from './engine';
import { assignmentsByTask, InputTable } from './inputs';
import { valuesOf } from './records';
import { assembleResult } from './assemble';
import { buildNetwork, type Network } from './network';
import type { PassContext } from './pass-context';
import { linkChanges, linkSpecs, taskChanges, type LinkSpecs } from './plan-diff';
import { checkResources, compileStaffing, dirtyResources, type Staffing } from './over-allocation';
import { ScheduleTable } from './schedule-table';
import type { ScheduleIssue, ScheduleOptions, ScheduleResult } from './types';

export interface Scheduler {
  /** Schedules the plan, reusing whatever the previous call computed for unchanged parts. */
  schedule(plan: Plan, options?: ScheduleOptions): ScheduleResult;
}

interface Memo {
  readonly plan: Plan;
  readonly statusWall: number | null;
  readonly cals: CalendarSet;
  readonly net: Network;
  readonly ids: readonly TaskId[];
  readonly inputs: InputTable;
  readonly links: LinkSpecs;
  readonly state: EngineState;
  readonly table: ScheduleTable;
  readonly allocation: Allocation | null;
}

/** The over-allocation verdict per staffed resource, null when the plan has no assignments. */
interface Allocation {
  readonly staffing: Staffing;
  readonly verdicts: readonly (ScheduleIssue | null)[];
}

/** Schedules a plan from scratch. */
export function scheduleProject(plan: Plan, options?: ScheduleOptions): ScheduleResult {
  return createScheduler().schedule(plan, options);
}

/** An incremental scheduler; keep one per open plan. */
export function createScheduler(): Scheduler {
  let memo: Memo | null = null;
  return {
    schedule(plan, options) {
      const previous = memo;
      // A run that throws (a bug) must not leave half-updated arrays behind for the next one.
      memo = null;
      const { result, next } = run(plan, statusWall(plan, options ?? {}), previous);
      memo = next;
      return result;
    },
  };
}

function statusWall(plan: Plan, options: ScheduleOptions): number | null {
  const date: LocalDate | null = options.statusDate ?? plan.project.statusDate;
  // The status date is "as of the end of that day": remaining work starts the day after.
  return date === null ? null : parseWall(date) + MINUTES_PER_DAY;
}

function sameCalendars(a: Plan, b: Plan): boolean {
  return a.calendars === b.calendars && a.project.calendarId === b.project.calendarId
    && dayOfLocalDate(a.project.start) === dayOfLocalDate(b.project.start);
}

/** What carries over from the previous run, and which tasks changed (null = treat all as changed). */
interface Carry {
  readonly cals: CalendarSet;
  /** Last run, when its decoded inputs are still valid (same calendars, resources, assignments). */
  readonly decoded: Memo | null;
  readonly reuse: { readonly memo: Memo; readonly changed: Uint8Array | null; readonly taskDiff: readonly number[] } | null;
}

function carryOver(plan: Plan, wall: number | null, memo: Memo | null): Carry {
  const calsSame = memo !== null && sameCalendars(memo.plan, plan);
  const cals = calsSame ? memo.cals : compileCalendars(plan);
  const inputsSame = calsSame && memo.plan.assignments === plan.assignments && memo.plan.resources === plan.resources;
  const decoded = inputsSame ? memo : null;
  if (!memo) return { cals, decoded, reuse: null };
  const tasks = taskChanges(memo.net, memo.inputs, memo.plan, plan);
  const links = tasks && linkChanges(memo.net, memo.links, memo.plan, plan);
  if (!tasks || !links) return { cals, decoded, reuse: null };
  const global = !inputsSame || wall !== memo.statusWall || memo.plan.project.start !== plan.project.start;
  const changed = global ? null : new Uint8Array(memo.net.taskCount);
  if (changed) for (const t of [...tasks, ...links]) changed[t] = 1;
  return { cals, decoded, reuse: { memo, changed, taskDiff: tasks } };
}

/** Up to this many changed tasks, each one's assignments are found by a filter rather than an index. */
const FEW_CHANGED_TASKS = 2;

/**
 * Inputs aligned with the network: last run's where the task object is unchanged. Last run's
 * table is updated in place when the network is kept: the memo it came from is consumed, and
 * no published result refers to it.
 */
function decodeInputs(plan: Plan, net: Network, c: Carry, fresh: boolean): InputTable {
  let grouped: ReturnType<typeof assignmentsByTask> | null = null;
  // Grouping reads every assignment: only worth it when some task really needs decoding.
  const byTask = (id: string): readonly Assignment[] => (grouped ??= assignmentsByTask(plan)).get(id) ?? [];
  const previous = c.reuse && c.decoded === c.reuse.memo ? c.reuse.memo.inputs : null;
  if (previous) {
    const changed = c.reuse?.taskDiff ?? [];
    // One or two changed tasks (a board move, a typed date): filter the assignments, no index.
    const few = changed.length <= FEW_CHANGED_TASKS;
    const assignmentsOf = (id: string): readonly Assignment[] => (few ? valuesOf(plan.assignments).filter((a) => a.taskId === id) : byTask(id));
    for (const i of changed) {
      const task = plan.tasks[(net.tasks[i] as Task).id] as Task;
      previous.decode(i, plan, c.cals, task, assignmentsOf(task.id));
    }
    return previous;
  }
  const inputs = new InputTable(net.taskCount);
  for (let i = 0; i < net.taskCount; i++) {
    // A network built from this plan already holds its task objects.
    const task = fresh ? (net.tasks[i] as Task) : (plan.tasks[(net.tasks[i] as Task).id] as Task);
    const at = c.decoded?.net.indexOf.get(task.id);
    if (at !== undefined && c.decoded?.inputs.tasks[at] === task) inputs.copyFrom(c.decoded.inputs, at, i);
    else inputs.decode(i, plan, c.cals, task, byTask(task.id));
  }
  return inputs;
}

function run(plan: Plan, wall: number | null, memo: Memo | null): { result: ScheduleResult; next: Memo } {
  const c = carryOver(plan, wall, memo);
  const reused = c.reuse?.memo ?? null;
  const net = reused ? reused.net : buildNetwork(plan);
  const links = reused && reused.plan.links === plan.links ? reused.links : linkSpecs(net, reused ? plan : null);
  const inputs = decodeInputs(plan, net, c, reused === null);
  const ctx: PassContext = {
    net, inputs, linkTypes: links.types, linkLags: links.lags, linkElapsed: links.elapsed, projectCal: c.cals.project,
    projectStart: parseWall(plan.project.start), statusWall: wall,
  };
  const { state, rowChanged } = runEngine(ctx, reused?.state ?? null, c.reuse?.changed ?? null);
  const ids = reused ? reused.ids : net.tasks.map((t) => t.id);
  const built = reused && rowChanged ? reused.table.reusable() : new Array<undefined>(net.taskCount);
  if (rowChanged) for (let i = 0; i < rowChanged.length; i++) if (rowChanged[i]) built[i] = undefined;
  const table = new ScheduleTable(ids, net.indexOf, state.rows, built);
  const allocation = overAllocation(plan, ctx, state, c, rowChanged);
  const result = assembleResult(plan, ctx, state, table, allocation ? allocation.verdicts.filter((v): v is ScheduleIssue => v !== null) : []);
  return { result, next: { plan, statusWall: wall, cals: c.cals, net, ids, inputs, links, state, table, allocation } };
}

/**
 * Whether a changed task (its row unchanged) can change an over-allocation verdict: the verdict
 * names its tasks and measures load on each task's calendar. A card moved on the board (status,
 * order) changes neither, and re-checking its resources costs a sweep of all their tasks.
 */
function changesVerdict(before: Task | undefined, after: Task): boolean {
  return before === undefined || before.name !== after.name || before.calendarId !== after.calendarId
    || before.durationIsElapsed !== after.durationIsElapsed;
}

/**
 * Over-allocation verdicts. While the staffing is the same (same network, assignments,
 * resources and calendars), only resources on a task whose row or name changed are re-checked.
 */
function overAllocation(plan: Plan, ctx: PassContext, state: EngineState, c: Carry, rowChanged: Uint8Array | null): Allocation | null {
  const same = c.reuse !== null && c.decoded === c.reuse.memo;
  if (same && c.reuse?.memo.allocation === null) return null;
  const prev = same ? (c.reuse?.memo.allocation ?? null) : null;
  const rows = { values: state.rows };
  const staffing = prev ? prev.staffing : compileStaffing(plan, ctx.net, rows);
  if (staffing.resources.length === 0) return null;
  let dirty: Uint8Array | null = null;
  if (prev && rowChanged) {
    const tasks = rowChanged.slice();
    const before = c.reuse?.memo.plan.tasks ?? {};
    for (const i of c.reuse?.taskDiff ?? []) if (changesVerdict(before[(ctx.net.tasks[i] as Task).id], ctx.inputs.task(i))) tasks[i] = 1;
    dirty = dirtyResources(staffing, tasks);
  }
  return { staffing, verdicts: checkResources(staffing, rows, ctx.inputs, c.cals, prev?.verdicts ?? null, dirty) };
}

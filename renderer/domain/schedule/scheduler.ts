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
import { assignmentsByTask, decodeTask, type TaskInput } from './inputs';
import { assembleResult } from './assemble';
import { buildNetwork, type Network } from './network';
import type { PassContext } from './pass-context';
import { linkChanges, linkSpecs, taskChanges, type LinkSpecs } from './plan-diff';
import { ScheduleTable } from './schedule-table';
import type { ScheduleOptions, ScheduleResult } from './types';

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
  readonly inputs: readonly TaskInput[];
  readonly links: LinkSpecs;
  readonly state: EngineState;
  readonly table: ScheduleTable;
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

/** Inputs aligned with the network: last run's where the task object is unchanged. */
function decodeInputs(plan: Plan, net: Network, c: Carry): TaskInput[] {
  const previous = c.reuse?.changed ? c.reuse.memo.inputs : null;
  let grouped: ReturnType<typeof assignmentsByTask> | null = null;
  // Grouping reads every assignment: only worth it when some task really needs decoding.
  const byTask = (id: string): readonly Assignment[] => (grouped ??= assignmentsByTask(plan)).get(id) ?? [];
  if (previous) {
    const inputs = previous.slice();
    for (const i of c.reuse?.taskDiff ?? []) inputs[i] = decodeOne(plan, c, plan.tasks[(net.tasks[i] as Task).id] as Task, byTask);
    return inputs;
  }
  return net.tasks.map((old) => decodeOne(plan, c, plan.tasks[old.id] ?? old, byTask));
}

/** Last run's input when the task object is the same (found by id: the network may be new). */
function decodeOne(plan: Plan, c: Carry, task: Task, byTask: (id: string) => readonly Assignment[]): TaskInput {
  const at = c.decoded?.net.indexOf.get(task.id);
  const before = at === undefined ? undefined : c.decoded?.inputs[at];
  return before?.task === task ? before : decodeTask(plan, c.cals, task, byTask(task.id));
}

function run(plan: Plan, wall: number | null, memo: Memo | null): { result: ScheduleResult; next: Memo } {
  const c = carryOver(plan, wall, memo);
  const reused = c.reuse?.memo ?? null;
  const net = reused ? reused.net : buildNetwork(plan);
  const links = reused && reused.plan.links === plan.links ? reused.links : linkSpecs(net, plan, c.cals);
  const inputs = decodeInputs(plan, net, c);
  const ctx: PassContext = {
    net, inputs, linkTypes: links.types, linkLags: links.lags, linkBackLags: links.backLags, projectCal: c.cals.project,
    projectStart: parseWall(plan.project.start), statusWall: wall,
  };
  const { state, rowChanged } = runEngine(ctx, reused?.state ?? null, c.reuse?.changed ?? null);
  const ids = reused ? reused.ids : net.tasks.map((t) => t.id);
  const built = reused && rowChanged ? reused.table.reusable() : new Array<undefined>(net.taskCount);
  if (rowChanged) for (let i = 0; i < rowChanged.length; i++) if (rowChanged[i]) built[i] = undefined;
  const table = new ScheduleTable(ids, net.indexOf, state.rows, built);
  const result = assembleResult(plan, ctx, state, table, c.cals);
  return { result, next: { plan, statusWall: wall, cals: c.cals, net, ids, inputs, links, state, table } };
}

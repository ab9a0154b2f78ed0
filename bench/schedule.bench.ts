/**
 * Scheduling engine bench: full schedule and incremental reschedule after one duration edit,
 * at 1,000 / 10,000 / 100,000 tasks, on plans without assignments and with one work assignment
 * per leaf (which brings in the over-allocation check). Targets (issue #3): 10k full <= 25 ms
 * median, incremental <= 5 ms; (issue #18) an incremental reschedule proportional to what the
 * edit affects: <= 5 ms at 100,000 tasks for a leaf edit with few successors.
 * Incremental cases: "told" passes the PlanEdit the command path derives from its patches (as
 * the app does); "compares" leaves the scheduler to find the change by comparing every task
 * (a caller without patches). "any leaf" edits leaves spread over the plan, some with long
 * chains of successors; "leaf, no successors" edits leaves without outgoing links. The rows
 * column is the median number of tasks whose schedule changed per edit.
 * The machine's load average is printed with the table: on a shared 2-core box a load above 2
 * inflates every number, so CPU ms per run (user + system, median) is printed next to the
 * wall-clock times. SCHEDULE_BENCH_SIZES=10000,100000 limits the sizes run.
 */
import { loadavg } from 'node:os';
import { produce } from 'immer';
import type { Plan, Task } from '../renderer/domain/model';
import { createScheduler, scheduleProject, ScheduleTable, type PlanEdit, type ScheduleResult } from '../renderer/domain/schedule';
import { generatePlan } from '../test/support/generate-plan';
import { ms, printTable, summarise, type Sample } from './stats';

const SIZES = [1_000, 10_000, 100_000];

function leafTasks(plan: Plan, withoutSuccessors = false): Task[] {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  const predecessors = new Set(Object.values(plan.links).map((l) => l.predecessorId));
  return Object.values(plan.tasks).filter((t) => !parents.has(t.id) && t.kind !== 'milestone' && !(withoutSuccessors && predecessors.has(t.id)));
}

interface Timed { readonly wall: Sample; readonly cpu: Sample }

/** Wall-clock and CPU time of each run, after warm-up runs. */
function timed(fn: () => void, runs: number, warmup: number): Timed {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: summarise(wall), cpu: summarise(cpu) };
}

function row(size: number, label: string, t: Timed, rows = ''): string[] {
  const s = t.wall;
  return [size.toLocaleString('en-US'), label, ms(s.median), (s.median * 1000).toFixed(0), ms(s.min), ms(s.max), ((s.median * 1000) / size).toFixed(3), ms(t.cpu.median), rows];
}

/** Plans that each change one leaf's duration, made with immer as the app's commands do, with the edit's PlanEdit. */
function editedPlans(plan: Plan, count: number, withoutSuccessors: boolean): { plan: Plan; edit: PlanEdit }[] {
  const leaves = leafTasks(plan, withoutSuccessors);
  const plans: { plan: Plan; edit: PlanEdit }[] = [];
  let current = plan;
  for (let k = 0; k < count; k++) {
    const target = leaves[(k * 7919) % leaves.length];
    if (!target) break;
    const before = current;
    current = produce(current, (draft) => {
      const task = draft.tasks[target.id];
      if (task) task.durationMinutes = task.durationMinutes === 480 ? 960 : 480;
    });
    plans.push({ plan: current, edit: { before, taskIds: [target.id], linkIds: [] } });
  }
  return plans;
}

/** Median count of tasks whose schedule changed per edit. */
function medianMoved(results: readonly ScheduleResult[]): string {
  const counts: number[] = [];
  for (let k = 1; k < results.length; k++) {
    const [a, b] = [results[k - 1]?.tasks, results[k]?.tasks];
    const moved = a instanceof ScheduleTable && b instanceof ScheduleTable ? b.changedSince(a) : null;
    if (moved) counts.push(moved.length);
  }
  return counts.length ? String(summarise(counts).median) : '';
}

/**
 * One scheduler, a fresh sequence of edits so every run sees a real change. The edits themselves
 * (immer) are prepared outside the timing: they are the command's cost, not the scheduler's.
 */
function benchEdits(size: number, label: string, plan: Plan, runs: number, told: boolean, withoutSuccessors: boolean): string[] {
  const scheduler = createScheduler();
  scheduler.schedule(plan);
  const plans = editedPlans(plan, runs + 3, withoutSuccessors);
  const results: ScheduleResult[] = [];
  let i = 0;
  const t = timed(() => {
    const next = plans[i++];
    if (next) results.push(scheduler.schedule(next.plan, undefined, told ? next.edit : undefined));
  }, runs, 2);
  const what = `incremental, ${withoutSuccessors ? 'leaf, no successors' : 'any leaf'}, ${told ? 'told' : 'compares'}`;
  return row(size, `${what}${label}`, t, medianMoved(results.slice(2)));
}

function benchPlan(size: number, label: string, plan: Plan, out: string[][]): void {
  const runs = size >= 50_000 ? 9 : 21;
  out.push(row(size, `full schedule${label}`, timed(() => { scheduleProject(plan); }, size >= 50_000 ? 5 : runs, size >= 50_000 ? 1 : 2)));
  out.push(benchEdits(size, label, plan, runs, false, false));
  out.push(benchEdits(size, label, plan, runs, true, false));
  out.push(benchEdits(size, label, plan, runs, true, true));
}

const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');
const rows: string[][] = [];
console.log(`load average before (1/5/15 min): ${load()}`);
const filter = process.env.SCHEDULE_BENCH_SIZES?.split(',').map(Number);
for (const size of SIZES.filter((s) => !filter || filter.includes(s))) {
  benchPlan(size, '', generatePlan({ tasks: size, seed: 42 }), rows);
  benchPlan(size, ', 1 assignment/leaf', generatePlan({ tasks: size, seed: 42, assignmentsPerLeaf: 1 }), rows);
}
printTable(['tasks', 'case', 'median ms', 'median µs', 'min ms', 'max ms', 'µs/task', 'cpu ms', 'rows moved'], rows);
console.log(`load average after (1/5/15 min): ${load()}`);

/**
 * Scheduling engine bench: full schedule and incremental reschedule after one duration edit,
 * at 1,000 / 10,000 / 50,000 tasks, on plans without assignments and with one work assignment
 * per leaf (which brings in the over-allocation check). Targets (issue #3): 10k full <= 25 ms
 * median, incremental <= 5 ms, growth linear (per-task µs roughly flat). The machine's load
 * average is printed with the table: on a shared 2-core box a load above 2 inflates every
 * number, so CPU ms per run (user + system, median) is printed next to the wall-clock times.
 * SCHEDULE_BENCH_SIZES=10000,50000 limits the sizes run.
 */
import { loadavg } from 'node:os';
import { produce } from 'immer';
import type { Plan, Task } from '../renderer/domain/model';
import { createScheduler, scheduleProject } from '../renderer/domain/schedule';
import { generatePlan } from '../test/support/generate-plan';
import { ms, printTable, summarise, type Sample } from './stats';

const SIZES = [1_000, 10_000, 50_000];

function leafTasks(plan: Plan): Task[] {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  return Object.values(plan.tasks).filter((t) => !parents.has(t.id) && t.kind !== 'milestone');
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

function row(size: number, label: string, t: Timed): string[] {
  const s = t.wall;
  return [size.toLocaleString('en-US'), label, ms(s.median), ms(s.min), ms(s.max), ((s.median * 1000) / size).toFixed(2), ms(t.cpu.median)];
}

/** Plans that each change one leaf's duration, made with immer as the app's commands do. */
function editedPlans(plan: Plan, count: number): Plan[] {
  const leaves = leafTasks(plan);
  const plans: Plan[] = [];
  let current = plan;
  for (let k = 0; k < count; k++) {
    const target = leaves[(k * 7919) % leaves.length];
    if (!target) break;
    current = produce(current, (draft) => {
      const task = draft.tasks[target.id];
      if (task) task.durationMinutes = task.durationMinutes === 480 ? 960 : 480;
    });
    plans.push(current);
  }
  return plans;
}

function benchPlan(size: number, label: string, plan: Plan, out: string[][]): void {
  const runs = size >= 50_000 ? 9 : 21;
  out.push(row(size, `full schedule${label}`, timed(() => { scheduleProject(plan); }, runs, 2)));
  // One scheduler, alternating edits so every run sees a real change. The edits themselves
  // (immer) are prepared outside the timing: they are the command's cost, not the scheduler's.
  const scheduler = createScheduler();
  scheduler.schedule(plan);
  const plans = editedPlans(plan, runs + 3);
  let i = 0;
  out.push(row(size, `incremental (1 duration edit)${label}`, timed(() => { scheduler.schedule(plans[i++] ?? plan); }, runs, 2)));
}

const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' / ');
const rows: string[][] = [];
console.log(`load average before (1/5/15 min): ${load()}`);
const filter = process.env.SCHEDULE_BENCH_SIZES?.split(',').map(Number);
for (const size of SIZES.filter((s) => !filter || filter.includes(s))) {
  benchPlan(size, '', generatePlan({ tasks: size, seed: 42 }), rows);
  benchPlan(size, ', 1 assignment/leaf', generatePlan({ tasks: size, seed: 42, assignmentsPerLeaf: 1 }), rows);
}
printTable(['tasks', 'case', 'median ms', 'min ms', 'max ms', 'µs/task', 'cpu ms'], rows);
console.log(`load average after (1/5/15 min): ${load()}`);

/**
 * Monte Carlo bench (issue #14): a generated plan with a three-point estimate on every leaf and
 * a few risk events, run for 1,000 and 10,000 iterations on 1,000 tasks and 1,000 iterations on
 * 10,000 tasks. Goals: 1,000 tasks × 10,000 iterations <= 3 s; 10,000 tasks × 1,000 iterations
 * <= 5 s. µs per task-iteration shows how the cost grows. The load average is printed: on the
 * shared 2-core machine a load above 2 inflates every wall-clock number, so the CPU time the
 * process itself used (user + system) is printed beside it.
 * SIMULATION_BENCH_RUNS=n changes the timed runs per row (default 3).
 */
import { loadavg } from 'node:os';
import type { Distribution, Plan, RiskId, Task } from '../renderer/domain/model';
import { createSimulation, summarise as summariseRun, type RiskEvent } from '../renderer/domain/simulation';
import { generatePlan } from '../test/support/generate-plan';
import { ms, printTable, summarise } from './stats';

const KINDS: readonly Distribution[] = ['triangular', 'pert', 'uniform'];

/** Every leaf gets optimistic 80 %, most likely 100 %, pessimistic 160 % of its duration. */
function withEstimates(plan: Plan): Plan {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  const tasks: Record<string, Task> = {};
  let k = 0;
  for (const t of Object.values(plan.tasks)) {
    const leaf = !parents.has(t.id) && t.kind !== 'milestone' && t.durationMinutes > 0;
    tasks[t.id] = leaf ? {
      ...t, estimate: {
        optimisticMinutes: Math.round(t.durationMinutes * 0.8), mostLikelyMinutes: t.durationMinutes,
        pessimisticMinutes: Math.round(t.durationMinutes * 1.6), distribution: KINDS[k++ % KINDS.length] ?? 'triangular',
      },
    } : t;
  }
  return { ...plan, tasks };
}

function risksOf(plan: Plan, count: number): RiskEvent[] {
  const leaves = Object.values(plan.tasks).filter((t) => t.estimate);
  return Array.from({ length: count }, (_, r) => ({
    id: `risk${String(r)}` as RiskId, name: `Risk ${String(r)}`, probability: 0.2 + (r % 5) * 0.1,
    impactMinutes: 480 * (1 + (r % 4)), taskIds: [(leaves[(r * 7919) % leaves.length] as Task).id],
  }));
}

const RUNS = Number(process.env['SIMULATION_BENCH_RUNS'] ?? 3);
const CASES: readonly (readonly [tasks: number, iterations: number, goalMs: number | null])[] = [
  [1_000, 1_000, null], [1_000, 10_000, 3_000], [10_000, 1_000, 5_000],
];

const rows: string[][] = [];
for (const [size, iterations, goal] of CASES) {
  const plan = withEstimates(generatePlan({ tasks: size, seed: 1 }));
  const risks = risksOf(plan, 20);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const sim = createSimulation(plan, { iterations, seed: r, risks });
    sim.step(iterations);
    summariseRun(sim, r, 'bench');
    if (r === 0) continue;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const s = summarise(times);
  const cpuMedian = summarise(cpu).median;
  const perTaskIteration = (s.median * 1000) / (size * iterations);
  rows.push([
    size.toLocaleString('en-US'), iterations.toLocaleString('en-US'), ms(s.median), `${ms(s.min)}–${ms(s.max)}`,
    perTaskIteration.toFixed(3), ms(cpuMedian), ((cpuMedian * 1000) / (size * iterations)).toFixed(3), goal === null ? '' : `${s.median <= goal ? 'met' : 'MISSED'} (≤ ${String(goal / 1000)} s)`,
  ]);
}
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min); ${String(RUNS)} timed runs after one warm-up; each run compiles, iterates and summarises`);
printTable(['tasks', 'iterations', 'median ms', 'min–max ms', 'µs per task-iteration', 'CPU ms', 'CPU µs per task-iteration', 'goal (wall median)'], rows);

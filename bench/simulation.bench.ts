/**
 * Monte Carlo bench (issue #14): a generated plan with a three-point estimate on every leaf and
 * a few risk events, run for 1,000 and 10,000 iterations on 1,000 tasks and 1,000 iterations on
 * 10,000 tasks. Goals: 1,000 tasks × 10,000 iterations <= 3 s; 10,000 tasks × 1,000 iterations
 * <= 5 s. µs per task-iteration shows how the cost grows. Each case runs on one thread and on
 * two workers (worker_threads here: the plan posted to each, a part of the chunks each, the
 * second's tally transferred to the first, which merges and summarises). The goal is read on the
 * row the app runs as on this machine (worker-count.ts: one worker per core but one, so on two
 * cores the one-thread row; two workers or more on three cores and up).
 * The load average is printed: on the shared 2-core machine a load above 2 inflates every
 * wall-clock number, so the CPU time the process used (user + system, all threads) is printed
 * beside it. SIMULATION_BENCH_RUNS=n changes the timed runs per row (default 3);
 * SIMULATION_BENCH_ONLY=fingerprints runs the fingerprint table alone.
 * The main thread's frame time while the app simulates is in simulation-frames.bench.ts.
 * Then the input fingerprints (fingerprint.ts) of the 10,000-task plan, read again on every edit
 * while Schedule risk is shown: after a one-task edit (the rest of the plan shared with the plan
 * before, as a command leaves it), and for a plan with nothing kept (a run's result, a file).
 */
import { cpus, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { Distribution, Plan, RiskId, Task } from '../renderer/domain/model';
import {
  createSimulation, mergeTallies, partOf, simulationInputs, summarise as summariseRun, type RiskEvent, type Simulation, type TallyData,
} from '../renderer/domain/simulation';
import { generatePlan } from '../test/support/generate-plan';
import { ms, printTable, summarise, type Sample } from './stats';
import { workerCount } from '../renderer/features/risks/worker-count';

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

interface PartRequest { readonly plan: Plan; readonly iterations: number; readonly seed: number; readonly risks: RiskEvent[]; readonly part: number; readonly of: number }
type PartReply = { readonly data: TallyData | null } | { readonly summary: ReturnType<typeof summariseRun> };

const buffers = (d: TallyData): ArrayBuffer[] => [d.finishWall, d.finishWork, d.milestoneWall, d.critical, d.sums].map((a) => a.buffer as ArrayBuffer);

/** A bench worker: runs its part; the first part then waits for the others' tallies and summarises. */
function serveParts(): void {
  let first: { sim: Simulation; seed: number } | null = null;
  parentPort?.on('message', (m: PartRequest | { parts: TallyData[] }) => {
    if ('parts' in m) {
      if (!first) return;
      const tally = mergeTallies(first.sim.tally.shape, [first.sim.tally.data(), ...m.parts]);
      parentPort?.postMessage({ summary: summariseRun({ compiled: first.sim.compiled, tally }, first.seed, 'bench') } satisfies PartReply);
      return;
    }
    const sim = createSimulation(m.plan, { iterations: m.iterations, seed: m.seed, risks: m.risks }, partOf(m.iterations, m.part, m.of));
    sim.step(sim.total);
    if (m.part === 0) first = { sim, seed: m.seed };
    const data = m.part === 0 ? null : sim.tally.data();
    parentPort?.postMessage({ data } satisfies PartReply, data ? buffers(data) : []);
  });
}

/** One run on two workers, as the app shares it: wall ms from posting the plan to the summary. */
async function onTwoWorkers(plan: Plan, iterations: number, seed: number, risks: RiskEvent[]): Promise<number> {
  const t0 = performance.now();
  const workers = [0, 1].map(() => new Worker(new URL(import.meta.url)));
  try {
    const replies = workers.map((w) => new Promise<PartReply>((done) => { w.once('message', done); }));
    workers.forEach((w, part) => { w.postMessage({ plan, iterations, seed, risks, part, of: 2 } satisfies PartRequest); });
    const [, second] = await Promise.all(replies);
    const data = second && 'data' in second ? second.data : null;
    const summary = new Promise<PartReply>((done) => { workers[0]?.once('message', done); });
    workers[0]?.postMessage({ parts: data ? [data] : [] }, data ? buffers(data) : []);
    await summary;
    return performance.now() - t0;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function onOneThread(plan: Plan, iterations: number, seed: number, risks: RiskEvent[]): number {
  const t0 = performance.now();
  const sim = createSimulation(plan, { iterations, seed, risks });
  sim.step(iterations);
  summariseRun(sim, seed, 'bench');
  return performance.now() - t0;
}

const RUNS = Number(process.env['SIMULATION_BENCH_RUNS'] ?? 3);
const CASES: readonly (readonly [tasks: number, iterations: number, goalMs: number | null])[] = [
  [1_000, 1_000, null], [1_000, 10_000, 3_000], [10_000, 1_000, 5_000],
];

async function timed(fn: (seed: number) => number | Promise<number>): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const c0 = process.cpuUsage();
    const t = await fn(r);
    const c = process.cpuUsage(c0);
    if (r === 0) continue;
    wall.push(t);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  const loadAtStart = loadavg();
  for (const [size, iterations, goal] of CASES) {
    const plan = withEstimates(generatePlan({ tasks: size, seed: 1 }));
    const risks = risksOf(plan, 20);
    const perTaskIteration = (msValue: number): string => ((msValue * 1000) / (size * iterations)).toFixed(3);
    const appsRow = workerCount(iterations, cpus().length) === 1 ? 'one thread' : 'two workers';
    for (const [how, run] of [
      ['one thread', (seed: number) => onOneThread(plan, iterations, seed, risks)],
      ['two workers', (seed: number) => onTwoWorkers(plan, iterations, seed, risks)],
    ] as const) {
      const { wall, cpu } = await timed(run);
      const s = summarise(wall);
      const cpuMedian = summarise(cpu).median;
      rows.push([
        size.toLocaleString('en-US'), iterations.toLocaleString('en-US'), how, ms(s.median), `${ms(s.min)}–${ms(s.max)}`,
        perTaskIteration(s.median), ms(cpuMedian), perTaskIteration(cpuMedian),
        goal === null || how !== appsRow ? '' : `${s.median <= goal ? 'met' : 'MISSED'} (≤ ${String(goal / 1000)} s)`,
      ]);
    }
  }
  const load = (l: number[]): string => l.map((v) => v.toFixed(2)).join(' ');
  console.log(`load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end (1, 5, 15 min); ${String(RUNS)} timed runs after one warm-up; each run compiles, iterates and summarises`);
  printTable(['tasks', 'iterations', 'on', 'median ms', 'min–max ms', 'µs per task-iteration', 'CPU ms (all threads)', 'CPU µs per task-iteration', 'goal (wall median, on the app\'s row)'], rows);
}

/** Each timed call gets a plan of its own (made outside the timer), so nothing it reads was kept by the call before. */
function fingerprintTimes(plans: readonly Plan[]): Sample {
  const times = plans.map((plan) => {
    const t0 = performance.now();
    simulationInputs(plan);
    return performance.now() - t0;
  });
  return summarise(times.slice(1));
}

function fingerprints(): void {
  const plan = withEstimates(generatePlan({ tasks: 10_000, seed: 1 }));
  const ids = Object.keys(plan.tasks);
  const runs = 12;
  simulationInputs(plan);
  let edited = plan;
  const edits = Array.from({ length: runs }, (_, k) => {
    const id = ids[(k * 7919) % ids.length] ?? '';
    const task = edited.tasks[id] as Task;
    edited = { ...edited, tasks: { ...edited.tasks, [id]: { ...task, durationMinutes: task.durationMinutes + 480 } } };
    return edited;
  });
  const afresh = Array.from({ length: runs }, () => structuredClone(plan));
  const load = loadavg().map((v) => v.toFixed(2)).join(' ');
  console.log(`\ninput fingerprints of 10,000 tasks (load ${load}); ${String(runs - 1)} timed calls after one`);
  const row = (what: string, s: Sample): string[] => [what, ms(s.median), `${ms(s.min)}–${ms(s.max)}`];
  printTable(['plan', 'median ms', 'min–max ms'], [
    row('after a one-task edit (the rest shared)', fingerprintTimes(edits)),
    row('nothing kept (read from a file)', fingerprintTimes(afresh)),
  ]);
}

if (isMainThread) {
  if (process.env['SIMULATION_BENCH_ONLY'] !== 'fingerprints') await main();
  fingerprints();
}
else serveParts();

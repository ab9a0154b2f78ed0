/**
 * The Monte Carlo run: each iteration draws every estimated task's duration and every risk
 * event, runs the lean forward and late passes (lean-passes.ts: the engine's rules over the
 * compiled network, schedule/compiled-plan.ts) and records the finish, milestone dates, critical
 * tasks and what was drawn. It runs in steps so a worker can report progress between them, over
 * a range of chunks (chunks.ts) so two workers can share a run; each chunk has its own random
 * stream, so the result depends on the seed alone, not on step sizes or on the worker count.
 */
import { compilePlan, type CompiledPlan } from '../schedule';
import type { Plan } from '../model';
import { allChunks, chunkRandom, chunkStart, type ChunkRange } from './chunks';
import type { ThreePoints } from './distributions';
import { drawTable, NormalSource } from './draw-table';
import { riskEventsOf, type RiskEvent, type SimulationOptions } from './inputs';
import { leanNetwork } from './lean-network';
import { leanPasses, type LeanPasses } from './lean-passes';
import { emptyTally, Tally, type TallyShape } from './tally';

interface Draw {
  readonly index: number;
  readonly points: ThreePoints;
  readonly kind: NonNullable<Plan['tasks'][string]['estimate']>['distribution'];
}

export interface Simulation {
  readonly compiled: CompiledPlan;
  /** Iterations in this simulation's chunks. */
  readonly total: number;
  readonly done: number;
  /** Runs up to `count` more iterations. */
  step(count: number): void;
  readonly tally: Tally;
}

/** Tasks drawn each iteration: leaves with an estimate, not milestones, not finished. */
function drawsOf(compiled: CompiledPlan): Draw[] {
  const draws: Draw[] = [];
  for (let i = 0; i < compiled.taskCount; i++) {
    const e = compiled.tasks[i]?.estimate;
    if (!e || !compiled.isLeaf[i] || compiled.isMilestone[i] || (compiled.percentComplete[i] ?? 0) >= 100) continue;
    draws.push({ index: i, kind: e.distribution, points: { low: e.optimisticMinutes, mode: e.mostLikelyMinutes, high: e.pessimisticMinutes } });
  }
  return draws;
}

/** Risk events resolved to leaf task indices. */
function riskTargets(compiled: CompiledPlan, risks: readonly RiskEvent[]): Int32Array[] {
  const indexOf = new Map(compiled.ids.map((id, i) => [id, i]));
  return risks.map((r) => Int32Array.from(r.taskIds.map((id) => indexOf.get(id) ?? -1).filter((i) => i >= 0 && compiled.isLeaf[i] === 1)));
}

/** What every part of one run shares; the planned dates come from the engine's own passes. */
function shapeOf(compiled: CompiledPlan, draws: readonly Draw[], risks: readonly RiskEvent[]): TallyShape {
  const planned = compiled.run(compiled.baseDuration, false);
  const milestoneIndex: number[] = [];
  for (let i = 0; i < compiled.taskCount; i++) if (compiled.isMilestone[i]) milestoneIndex.push(i);
  return {
    taskCount: compiled.taskCount, drawIndex: draws.map((d) => d.index), risks, milestoneIndex,
    plannedWall: planned.finishWall, plannedWork: compiled.workFromStart(planned.finishWall),
    plannedMilestones: milestoneIndex.map((i) => planned.forward.efWall[i] ?? 0),
    base: Float64Array.from(draws, (d) => compiled.baseDuration[d.index] ?? 0),
  };
}

/**
 * Sets up a run over `chunks` (all of them by default); check the options first with
 * checkSimulation. Two simulations over complementary chunk ranges, their tallies merged in
 * chunk order (mergeTallies), give exactly the tally of one over all chunks.
 */
export function createSimulation(plan: Plan, options: SimulationOptions, chunks: ChunkRange = allChunks(options.iterations)): Simulation {
  const compiled = compilePlan(plan);
  const risks = options.risks ?? riskEventsOf(plan);
  const draws = drawsOf(compiled);
  const shape = shapeOf(compiled, draws, risks);
  const first = chunkStart(options.iterations, chunks.first);
  const total = chunkStart(options.iterations, chunks.end) - first;
  const tally = new Tally(shape, emptyTally(shape, total, chunks.end - chunks.first));
  const iterate = iteration(compiled, leanPasses(leanNetwork(compiled.context)), draws, risks, riskTargets(compiled, risks), shape, tally);
  let done = 0;
  let chunk = chunks.first - 1;
  let random: NormalSource | null = null;
  return {
    compiled, total, tally,
    get done() { return done; },
    step(count) {
      const end = Math.min(total, done + count);
      for (; done < end; done++) {
        if (random === null || first + done === chunkStart(options.iterations, chunk + 1)) random = new NormalSource(chunkRandom(options.seed, ++chunk));
        iterate(random, chunk - chunks.first);
      }
    },
  };
}

function iteration(
  compiled: CompiledPlan, lean: LeanPasses, draws: readonly Draw[], risks: readonly RiskEvent[], targets: readonly Int32Array[],
  shape: TallyShape, tally: Tally,
): (random: NormalSource, chunk: number) => void {
  const durations = new Float64Array(compiled.taskCount);
  const drawn = new Float64Array(draws.length);
  const hit = new Uint8Array(risks.length);
  const critical = new Uint8Array(compiled.taskCount);
  const milestones = new Float64Array(shape.milestoneIndex.length);
  const table = drawTable(draws);
  const index = Int32Array.from(draws, (d) => d.index);
  return (random, chunk) => {
    durations.set(compiled.baseDuration);
    // Whole working minutes, as every duration in the plan.
    table.drawAll(random, drawn);
    for (let k = 0; k < index.length; k++) durations[index[k]!] = drawn[k]!;
    for (let r = 0; r < risks.length; r++) {
      const happens = random.next() < risks[r]!.probability;
      hit[r] = happens ? 1 : 0;
      if (!happens) continue;
      const impact = risks[r]!.impactMinutes;
      for (const i of targets[r]!) durations[i] = Math.max(0, durations[i]! + impact);
    }
    const finish = lean.forward(durations);
    for (let j = 0; j < milestones.length; j++) milestones[j] = lean.finishWall(shape.milestoneIndex[j]!);
    lean.late(finish, critical);
    tally.record(chunk, finish, compiled.workFromStart(finish), milestones, critical, drawn, hit);
  };
}

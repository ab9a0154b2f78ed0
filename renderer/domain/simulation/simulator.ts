/**
 * The Monte Carlo run: each iteration draws every estimated task's duration and every risk
 * event, runs the engine's own forward and late passes over the compiled network (schedule/
 * compiled-plan.ts) and records the finish, milestone dates, critical tasks and what was drawn.
 * It runs in steps so a worker can report progress between them; one random stream in a fixed
 * order makes the result depend on the seed alone, not on the step sizes.
 */
import { compilePlan, type CompiledPlan } from '../schedule';
import type { Plan } from '../model';
import { sample, type ThreePoints } from './distributions';
import { riskEventsOf, type RiskEvent, type SimulationOptions } from './inputs';
import { seededRandom, type RandomSource } from './random';
import { Tally } from './tally';

interface Draw {
  readonly index: number;
  readonly points: ThreePoints;
  readonly kind: NonNullable<Plan['tasks'][string]['estimate']>['distribution'];
}

export interface Simulation {
  readonly compiled: CompiledPlan;
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

/** Sets up a run; check the options first with checkSimulation. */
export function createSimulation(plan: Plan, options: SimulationOptions, random: RandomSource = seededRandom(options.seed)): Simulation {
  const compiled = compilePlan(plan);
  const risks = options.risks ?? riskEventsOf(plan);
  const draws = drawsOf(compiled);
  const targets = riskTargets(compiled, risks);
  const planned = compiled.run(compiled.baseDuration, false);
  const tally = new Tally(compiled, options.iterations, draws.map((d) => d.index), risks, planned);
  const durations = new Float64Array(compiled.taskCount);
  const drawn = new Float64Array(draws.length);
  const hit = new Uint8Array(risks.length);
  let done = 0;
  const iterate = (): void => {
    durations.set(compiled.baseDuration);
    for (let k = 0; k < draws.length; k++) {
      const d = draws[k] as Draw;
      // Whole working minutes, as every duration in the plan.
      const value = Math.round(sample(d.kind, d.points, random));
      durations[d.index] = value;
      drawn[k] = value;
    }
    for (let r = 0; r < risks.length; r++) {
      const happens = random.next() < (risks[r]?.probability ?? 0);
      hit[r] = happens ? 1 : 0;
      if (!happens) continue;
      const impact = risks[r]?.impactMinutes ?? 0;
      for (const i of targets[r] ?? []) durations[i] = Math.max(0, (durations[i] ?? 0) + impact);
    }
    tally.record(done, compiled.run(durations, true), drawn, hit);
    done++;
  };
  return {
    compiled, total: options.iterations, tally,
    get done() { return done; },
    step(count) {
      const end = Math.min(options.iterations, done + count);
      while (done < end) iterate();
    },
  };
}

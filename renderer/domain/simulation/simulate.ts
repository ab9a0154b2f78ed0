/** One call from plan to summary, for the command line and tests (the app steps in a worker). */
import type { Plan, Result, SimulationSummary } from '../model';
import { simulationInputs } from './fingerprint';
import { checkSimulation, riskEventsOf, type SimulationOptions } from './inputs';
import { createSimulation } from './simulator';
import { summarise } from './summary';

/**
 * The summary carries the fingerprints of the plan it ran on, as the app's worker's does
 * (simulation-worker.ts): a script can tell a result kept in a file from the plan as it is now.
 */
export function simulate(plan: Plan, options: SimulationOptions, ranAt: string): Result<SimulationSummary> {
  const full = { ...options, risks: options.risks ?? riskEventsOf(plan) };
  const problem = checkSimulation(plan, full);
  if (problem) return { ok: false, error: problem };
  const sim = createSimulation(plan, full);
  sim.step(full.iterations);
  return { ok: true, value: { ...summarise(sim, full.seed, ranAt, full.targetDate ?? null), inputs: simulationInputs(plan) } };
}

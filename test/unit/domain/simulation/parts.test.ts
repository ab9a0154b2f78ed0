/**
 * A run split into parts (one per worker) gives exactly the result of one run: chunks carry
 * their own random streams and the correlation sums are added chunk by chunk in chunk order.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, RiskId, TaskId, ThreePointEstimate } from '../../../../renderer/domain/model';
import {
  allChunks, chunkCount, createSimulation, mergeTallies, partOf, simulate, simulationInputs, summarise, type RiskEvent, type SimulationOptions,
} from '../../../../renderer/domain/simulation';
import { basePlan, withLink, withTask } from '../schedule/plan-kit';

const DAY = 480;
const est = (o: number, m: number, p: number, distribution: ThreePointEstimate['distribution']): ThreePointEstimate =>
  ({ optimisticMinutes: o * DAY, mostLikelyMinutes: m * DAY, pessimisticMinutes: p * DAY, distribution });

function plan(): Plan {
  let p = withTask(basePlan(), 'a', { durationMinutes: 4 * DAY, estimate: est(2, 4, 9, 'pert') });
  p = withTask(p, 'b', { durationMinutes: 3 * DAY, estimate: est(2, 3, 6, 'triangular') });
  p = withTask(p, 'c', { durationMinutes: 5 * DAY, estimate: est(3, 5, 8, 'uniform') });
  p = withTask(p, 'm', { kind: 'milestone', durationMinutes: 0 });
  return withLink(withLink(withLink(p, 'a', 'b'), 'b', 'm'), 'c', 'm');
}

const risk: RiskEvent = { id: 'r1' as RiskId, name: 'Late vendor', probability: 0.3, impactMinutes: 2 * DAY, taskIds: ['c' as TaskId] };

function inParts(network: Plan, options: SimulationOptions, parts: number) {
  const sims = Array.from({ length: parts }, (_, k) => {
    const sim = createSimulation(network, options, partOf(options.iterations, k, parts));
    sim.step(sim.total);
    return sim;
  });
  const first = sims[0]!;
  const tally = mergeTallies(first.tally.shape, sims.map((s) => s.tally.data()));
  // With the fingerprints of the plan it ran on, as the app's worker keeps them (simulation-worker.ts).
  return { ...summarise({ compiled: first.compiled, tally }, options.seed, 'x'), inputs: simulationInputs(network) };
}

describe('a run in parts', () => {
  const options: SimulationOptions = { iterations: 2_345, seed: 77, risks: [risk] };
  it('cuts the chunks into contiguous parts that cover the run', () => {
    expect(chunkCount(2_345)).toBe(10);
    expect([0, 1, 2].map((k) => partOf(2_345, k, 3))).toEqual([{ first: 0, end: 4 }, { first: 4, end: 7 }, { first: 7, end: 10 }]);
    expect(allChunks(100_000)).toEqual({ first: 0, end: 64 });
  });
  it('gives the same summary on one, two or three workers', () => {
    // One plan for all: plan() numbers its links afresh each call, and the links' fingerprint reads their ids.
    const network = plan();
    const whole = simulate(network, options, 'x');
    if (!whole.ok) throw new Error(whole.error.message);
    expect(inParts(network, options, 1)).toEqual(whole.value);
    expect(inParts(network, options, 2)).toEqual(whole.value);
    expect(inParts(network, options, 3)).toEqual(whole.value);
    expect(whole.value.drivers.map((d) => d.name)).toContain('Late vendor');
  });
});

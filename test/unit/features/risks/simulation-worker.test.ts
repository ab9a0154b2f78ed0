/**
 * The worker protocol without real workers: two parts, the second's tally handed to the first
 * (as use-simulation relays it), merge to the summary a single worker posts.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, ThreePointEstimate } from '../../../../renderer/domain/model';
import { mergeParts, runSimulation, type SimulationMessage, type SimulationRequest } from '../../../../renderer/features/risks/simulation-worker';
import { workerCount } from '../../../../renderer/features/risks/use-simulation';
import { basePlan, withLink, withTask } from '../../domain/schedule/plan-kit';

const est: ThreePointEstimate = { optimisticMinutes: 960, mostLikelyMinutes: 1920, pessimisticMinutes: 4320, distribution: 'triangular' };
const plan: Plan = withLink(withTask(withTask(basePlan(), 'a', { durationMinutes: 1920, estimate: est }), 'b', { durationMinutes: 1920, estimate: est }), 'a', 'b');

function run(request: SimulationRequest): { messages: SimulationMessage[]; sim: ReturnType<typeof runSimulation> } {
  const messages: SimulationMessage[] = [];
  const sim = runSimulation(request, (m) => { messages.push(m); });
  return { messages, sim };
}

describe('simulation worker', () => {
  const request: SimulationRequest = { plan, options: { iterations: 3_000, seed: 4 }, ranAt: '2026-12-02T00:00:00Z' };
  it('two parts merged by the first worker = one worker', () => {
    const single = run(request).messages.at(-1);
    const first = run({ ...request, part: { index: 0, of: 2 } });
    const second = run({ ...request, part: { index: 1, of: 2 } });
    expect(first.messages.at(-1)).toEqual({ type: 'part', index: 0, data: null });
    const last = second.messages.at(-1);
    if (last?.type !== 'part' || !last.data || !first.sim) throw new Error('no part');
    expect(mergeParts(first.sim, request, [last.data])).toEqual(single);
    // Progress counts each part's own iterations.
    expect(first.messages.filter((m) => m.type === 'progress').at(-1)).toEqual({ type: 'progress', done: 1_500, total: 1_500 });
  });
  it('uses two workers on two cores when the run has two chunks', () => {
    expect(workerCount(5_000, 2)).toBe(2);
    expect(workerCount(5_000, 1)).toBe(1);
    expect(workerCount(200, 8)).toBe(1);
    expect(workerCount(1_000_000, 2)).toBe(2);
  });
  it('refuses bad input in the worker with the message', () => {
    expect(run({ ...request, options: { iterations: 1_000_000, seed: 1 } }).messages).toEqual([
      { type: 'refused', message: 'Iterations must be a whole number from 1 to 100,000, not 1,000,000.' },
    ]);
  });
});

/**
 * The worker protocol without real workers: parts, the others' tallies handed to the first (as
 * use-simulation relays them), merge to the summary a single worker posts; and how many workers
 * a run gets.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, ThreePointEstimate } from '../../../../renderer/domain/model';
import { mergeParts, runSimulation, type SimulationMessage, type SimulationRequest } from '../../../../renderer/features/risks/simulation-worker';
import { workerCount } from '../../../../renderer/features/risks/worker-count';
import { simulationInputs } from '../../../../renderer/domain/simulation';
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
  it('keeps with the summary the fingerprints of the plan it ran on, to tell later when the plan has changed', () => {
    const done = run(request).messages.at(-1);
    if (done?.type !== 'done') throw new Error('no summary');
    expect(done.summary.inputs).toEqual(simulationInputs(plan));
  });
  it('leaves the main thread a core: one worker per core but one, at least one, at most one per chunk', () => {
    // 2 cores (this machine): one worker, the other core draws frames.
    expect(workerCount(5_000, 2)).toBe(1);
    expect(workerCount(5_000, 1)).toBe(1);
    expect(workerCount(5_000, 4)).toBe(3);
    expect(workerCount(100_000, 16)).toBe(15);
    // 200 iterations are one chunk (chunks.ts: at least 250 a chunk): one worker however many cores.
    expect(workerCount(200, 8)).toBe(1);
    // 1,000 iterations are four chunks of 250: no fifth worker with nothing to run.
    expect(workerCount(1_000, 8)).toBe(4);
    // A browser that reports no core count (or nonsense) gets one worker; iterations the check refuses, too.
    expect(workerCount(5_000, 0)).toBe(1);
    expect(workerCount(5_000, Number.NaN)).toBe(1);
    expect(workerCount(5_000, 2.9)).toBe(1);
    expect(workerCount(0, 8)).toBe(1);
    expect(workerCount(1.5, 8)).toBe(1);
  });
  it('any worker count the rule gives merges to the one-worker result', () => {
    const single = run(request).messages.at(-1);
    for (const of of [workerCount(3_000, 4), workerCount(3_000, 8)]) {
      const parts = Array.from({ length: of }, (_, index) => run({ ...request, part: { index, of } }));
      const [first, ...others] = parts;
      const data = others.map((p) => { const m = p.messages.at(-1); if (m?.type !== 'part' || !m.data) throw new Error('no part'); return m.data; });
      if (!first?.sim) throw new Error('no first part');
      expect(mergeParts(first.sim, request, data)).toEqual(single);
    }
  });
  it('refuses bad input in the worker with the message', () => {
    expect(run({ ...request, options: { iterations: 1_000_000, seed: 1 } }).messages).toEqual([
      { type: 'refused', message: 'Iterations must be a whole number from 1 to 100,000, not 1,000,000.' },
    ]);
  });
});

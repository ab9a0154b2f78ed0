/**
 * The Monte Carlo run off the main thread (STYLE.md: workers are started by features). It steps
 * the domain's simulation and posts progress about a hundred times; cancel = the feature
 * terminates the worker, so a long run never holds the UI.
 */
import type { Plan } from '../../domain/model';
import { checkSimulation, createSimulation, riskEventsOf, summarise, type SimulationOptions } from '../../domain/simulation';

export interface SimulationRequest {
  readonly plan: Plan;
  readonly options: SimulationOptions;
  readonly ranAt: string;
}

export type SimulationMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly summary: ReturnType<typeof summarise> }
  | { readonly type: 'refused'; readonly message: string };

/** Runs a request, reporting through `post`; shared by the worker and the in-thread fallback. */
export function runSimulation(request: SimulationRequest, post: (m: SimulationMessage) => void): void {
  const options = { ...request.options, risks: request.options.risks ?? riskEventsOf(request.plan) };
  const problem = checkSimulation(request.plan, options);
  if (problem) {
    post({ type: 'refused', message: problem.where ? `${problem.where}: ${problem.message}` : problem.message });
    return;
  }
  const sim = createSimulation(request.plan, options);
  const chunk = Math.max(1, Math.ceil(options.iterations / 100));
  while (sim.done < sim.total) {
    sim.step(chunk);
    post({ type: 'progress', done: sim.done, total: sim.total });
  }
  post({ type: 'done', summary: summarise(sim, options.seed, request.ranAt, options.targetDate ?? null) });
}

// In a worker, `self` has postMessage and no document.
const scope = globalThis as unknown as { document?: unknown; onmessage: ((e: MessageEvent<SimulationRequest>) => void) | null; postMessage: (m: SimulationMessage) => void };
if (scope.document === undefined && typeof scope.postMessage === 'function') {
  scope.onmessage = (e) => { runSimulation(e.data, (m) => { scope.postMessage(m); }); };
}

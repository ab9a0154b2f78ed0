/**
 * The Monte Carlo run off the main thread (STYLE.md: workers are started by features). A worker
 * runs the whole simulation, or one part of its chunks when the run is shared between workers
 * (domain/simulation/chunks.ts): it then posts its tally's data, and the first worker merges
 * every part in chunk order and summarises, so the main thread only relays buffers. Progress is
 * posted about a hundred times; cancel = the feature terminates the workers.
 */
import type { Plan, SimulationSummary } from '../../domain/model';
import {
  checkSimulation, createSimulation, mergeTallies, partOf, riskEventsOf, simulationInputs, summarise, type Simulation, type SimulationOptions,
  type SimulationResult, type TallyData,
} from '../../domain/simulation';

export interface SimulationRequest {
  readonly plan: Plan;
  readonly options: SimulationOptions;
  readonly ranAt: string;
  /** Run part `index` of `of` and post its tally instead of a summary. */
  readonly part?: { readonly index: number; readonly of: number };
}

/** What the feature posts to a worker: a run, or the other parts' tallies to merge with its own. */
export type WorkerRequest =
  | ({ readonly type: 'run' } & SimulationRequest)
  | { readonly type: 'merge'; readonly parts: readonly TallyData[] };

export type SimulationMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  /** A part's tally; the first part keeps its own (null here) to merge the others into. */
  | { readonly type: 'part'; readonly index: number; readonly data: TallyData | null }
  | { readonly type: 'done'; readonly summary: SimulationSummary }
  | { readonly type: 'refused'; readonly message: string };

/** Buffers of a tally's data, to transfer rather than copy. */
export const buffersOf = (d: TallyData): ArrayBuffer[] =>
  [d.finishWall, d.finishWork, d.milestoneWall, d.critical, d.sums].map((a) => a.buffer as ArrayBuffer);

/**
 * Runs a request, reporting through `post`; shared by the worker and the in-thread fallback.
 * Returns the simulation so a part's worker can merge the others into it later.
 */
export function runSimulation(request: SimulationRequest, post: (m: SimulationMessage) => void): Simulation | null {
  const options = { ...request.options, risks: request.options.risks ?? riskEventsOf(request.plan) };
  const problem = checkSimulation(request.plan, options);
  if (problem) {
    post({ type: 'refused', message: problem.where ? `${problem.where}: ${problem.message}` : problem.message });
    return null;
  }
  const part = request.part;
  const sim = createSimulation(request.plan, options, part ? partOf(options.iterations, part.index, part.of) : undefined);
  const chunk = Math.max(1, Math.ceil(options.iterations / 100));
  while (sim.done < sim.total) {
    sim.step(chunk);
    post({ type: 'progress', done: sim.done, total: sim.total });
  }
  if (part) post({ type: 'part', index: part.index, data: part.index === 0 ? null : sim.tally.data() });
  else post({ type: 'done', summary: summaryOf(sim, request) });
  return sim;
}

/** The summary kept with the plan, with the fingerprints of the plan it was run on (to tell when it is out of date). */
function summaryOf(sim: SimulationResult, request: SimulationRequest): SimulationSummary {
  return { ...summarise(sim, request.options.seed, request.ranAt, request.options.targetDate ?? null), inputs: simulationInputs(request.plan) };
}

/** The first part's worker: its own tally first, then the others, in chunk order. */
export function mergeParts(sim: Simulation, request: SimulationRequest, parts: readonly TallyData[]): SimulationMessage {
  const tally = mergeTallies(sim.tally.shape, [sim.tally.data(), ...parts]);
  return { type: 'done', summary: summaryOf({ compiled: sim.compiled, tally }, request) };
}

// In a worker, `self` has postMessage and no document.
interface WorkerScope {
  document?: unknown;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (m: SimulationMessage, transfer?: Transferable[]) => void;
}
const scope = globalThis as unknown as WorkerScope;
if (scope.document === undefined && typeof scope.postMessage === 'function') {
  let last: { sim: Simulation; request: SimulationRequest } | null = null;
  scope.onmessage = (e) => {
    const message = e.data;
    if (message.type === 'merge') {
      if (last) scope.postMessage(mergeParts(last.sim, last.request, message.parts));
      return;
    }
    const sim = runSimulation(message, (m) => { scope.postMessage(m, m.type === 'part' && m.data ? buffersOf(m.data) : []); });
    last = sim && message.part?.index === 0 ? { sim, request: message } : null;
  };
}

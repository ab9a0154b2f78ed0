/**
 * Starts the simulation workers, follows their progress and keeps the result with the plan (one
 * command). A run is shared between workers (worker-count.ts: one per core but one, so the main
 * thread keeps a core for its frames): each runs its part of the chunks, the first merges the
 * others' tallies (the buffers are transferred through here, not copied) and summarises. The
 * chunks fix the result, so the worker count never changes it. Cancel terminates the workers.
 * Without Worker (unit tests) the run happens in-thread. Progress goes to a ProgressMeter, not to
 * React state, so a report re-renders the progress bar alone (simulation-progress.tsx).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain/model';
import type { SimulationOptions, TallyData } from '../../domain/simulation';
import { useSessionStore, useUiStore } from '../../store';
import { ProgressMeter } from './simulation-progress';
import { buffersOf, runSimulation, type SimulationMessage, type WorkerRequest } from './simulation-worker';
import { workerCount } from './worker-count';

export interface SimulationRun {
  readonly running: boolean;
  /** Iterations done of the total, for the progress bar only. */
  readonly progress: ProgressMeter;
  readonly start: (plan: Plan, options: SimulationOptions) => void;
  readonly cancel: () => void;
}

/** One run's workers and what they have reported so far. */
interface Team {
  readonly workers: Worker[];
  readonly done: number[];
  readonly parts: (TallyData | null | undefined)[];
}

export function useSimulation(): SimulationRun {
  const session = useSessionStore();
  const ui = useUiStore();
  const team = useRef<Team | null>(null);
  const [running, setRunning] = useState(false);
  const [progress] = useState(() => new ProgressMeter());
  const stop = useCallback(() => {
    for (const w of team.current?.workers ?? []) w.terminate();
    team.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const finish = useCallback((m: Extract<SimulationMessage, { type: 'done' | 'refused' }>, options: SimulationOptions) => {
    stop();
    setRunning(false);
    if (m.type === 'refused') {
      ui.getState().notify({ tone: 'error', message: m.message });
      return;
    }
    const problem = session.getState().dispatch('setScheduleRisk', {
      settings: { iterations: options.iterations, seed: options.seed, targetDate: options.targetDate ?? null }, last: m.summary,
    });
    if (problem) ui.getState().notify({ tone: 'error', message: problem.message });
  }, [session, ui, stop]);

  const onMessage = useCallback((t: Team, from: number, m: SimulationMessage, options: SimulationOptions) => {
    if (team.current !== t) return;
    if (m.type === 'progress') {
      t.done[from] = m.done;
      progress.set(t.done.reduce((a, b) => a + b, 0), options.iterations);
      return;
    }
    if (m.type === 'part') {
      t.parts[m.index] = m.data;
      if (t.parts.some((p) => p === undefined)) return;
      const others = t.parts.slice(1).filter((p): p is TallyData => p !== null && p !== undefined);
      for (const w of t.workers.slice(1)) w.terminate();
      const merge: WorkerRequest = { type: 'merge', parts: others };
      t.workers[0]?.postMessage(merge, others.flatMap(buffersOf));
      return;
    }
    finish(m, options);
  }, [finish, progress]);

  const start = useCallback((plan: Plan, options: SimulationOptions) => {
    stop();
    progress.set(0, options.iterations);
    setRunning(true);
    const request = { plan, options, ranAt: new Date().toISOString() };
    if (typeof Worker === 'undefined') {
      runSimulation(request, (m) => { if (m.type === 'done' || m.type === 'refused') finish(m, options); });
      return;
    }
    const count = workerCount(options.iterations, navigator.hardwareConcurrency || 1);
    const t: Team = { workers: [], done: new Array<number>(count).fill(0), parts: new Array<TallyData | null | undefined>(count).fill(undefined) };
    team.current = t;
    for (let k = 0; k < count; k++) {
      const w = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
      t.workers.push(w);
      w.onmessage = (e: MessageEvent<SimulationMessage>) => { onMessage(t, k, e.data, options); };
      w.onerror = (e) => {
        stop();
        setRunning(false);
        ui.getState().notify({ tone: 'error', message: `The simulation stopped: ${e.message}` });
      };
      const run: WorkerRequest = { type: 'run', ...request, ...(count > 1 ? { part: { index: k, of: count } } : {}) };
      w.postMessage(run);
    }
  }, [finish, onMessage, progress, stop, ui]);

  const cancel = useCallback(() => {
    stop();
    setRunning(false);
  }, [stop]);

  return { running, progress, start, cancel };
}

/**
 * Starts the simulation worker, follows its progress and keeps the result with the plan (one
 * command). Cancel terminates the worker. Without Worker (unit tests) the run happens in-thread.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain/model';
import type { SimulationOptions } from '../../domain/simulation';
import { useSessionStore, useUiStore } from '../../store';
import { runSimulation, type SimulationMessage } from './simulation-worker';

export interface SimulationRun {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly start: (plan: Plan, options: SimulationOptions) => void;
  readonly cancel: () => void;
}

export function useSimulation(): SimulationRun {
  const session = useSessionStore();
  const ui = useUiStore();
  const worker = useRef<Worker | null>(null);
  const [progress, setProgress] = useState({ running: false, done: 0, total: 0 });
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const onMessage = useCallback((m: SimulationMessage, options: SimulationOptions) => {
    if (m.type === 'progress') {
      setProgress({ running: m.done < m.total, done: m.done, total: m.total });
      return;
    }
    stop();
    setProgress((p) => ({ ...p, running: false }));
    if (m.type === 'refused') {
      ui.getState().notify({ tone: 'error', message: m.message });
      return;
    }
    const problem = session.getState().dispatch('setScheduleRisk', {
      settings: { iterations: options.iterations, seed: options.seed, targetDate: options.targetDate ?? null }, last: m.summary,
    });
    if (problem) ui.getState().notify({ tone: 'error', message: problem.message });
  }, [session, ui, stop]);

  const start = useCallback((plan: Plan, options: SimulationOptions) => {
    stop();
    setProgress({ running: true, done: 0, total: options.iterations });
    const request = { plan, options, ranAt: new Date().toISOString() };
    if (typeof Worker === 'undefined') {
      runSimulation(request, (m) => { onMessage(m, options); });
      return;
    }
    const w = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<SimulationMessage>) => { onMessage(e.data, options); };
    w.onerror = (e) => {
      stop();
      setProgress((p) => ({ ...p, running: false }));
      ui.getState().notify({ tone: 'error', message: `The simulation stopped: ${e.message}` });
    };
    w.postMessage(request);
  }, [onMessage, stop, ui]);

  const cancel = useCallback(() => {
    stop();
    setProgress((p) => ({ ...p, running: false }));
  }, [stop]);

  return { ...progress, start, cancel };
}

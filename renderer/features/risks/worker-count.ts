/** How many workers a simulation run gets (its own file: the frames bench reads it under Node, without React). */
import { chunkCount } from '../../domain/simulation';

/**
 * Workers for a run: one per logical core less one, at least one, and no more than the run has
 * chunks. The core left over is the main thread's: with a worker on every core of a 2-core
 * machine, the page's frames waited for the workers' time slices (issue #14's frame-time goal).
 * `cores` is navigator.hardwareConcurrency, which a browser may leave undefined or round down.
 * The chunks fix the result, so the count never changes it.
 */
export function workerCount(iterations: number, cores: number): number {
  const chunks = Number.isInteger(iterations) && iterations > 0 ? chunkCount(iterations) : 1;
  const spare = Number.isFinite(cores) ? Math.floor(cores) - 1 : 0;
  return Math.max(1, Math.min(spare, chunks));
}

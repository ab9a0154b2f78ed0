/**
 * Iterations are cut into chunks, each with its own random stream seeded from (seed, chunk), and
 * tallied per chunk: then the chunks can run on one worker or two (or be stepped in any sizes)
 * and, merged in chunk order, give the same result for the same seed. The cut depends on the
 * number of iterations alone; at most MAX_CHUNKS chunks keeps the per-chunk sums small.
 */
import { seededRandom, type RandomSource } from './random';

const MIN_CHUNK = 250;
const MAX_CHUNKS = 64;

/** Iterations per chunk for a run of `iterations`. */
export const chunkSize = (iterations: number): number => Math.max(MIN_CHUNK, Math.ceil(iterations / MAX_CHUNKS));
export const chunkCount = (iterations: number): number => Math.max(1, Math.ceil(iterations / chunkSize(iterations)));

/** Chunks [first, end) of a run, and the iterations they hold. */
export interface ChunkRange {
  readonly first: number;
  readonly end: number;
}

export const allChunks = (iterations: number): ChunkRange => ({ first: 0, end: chunkCount(iterations) });

/** First iteration of chunk `c` (c may be the chunk count: the end of the run). */
export const chunkStart = (iterations: number, c: number): number => Math.min(iterations, c * chunkSize(iterations));

/** Part `part` of `parts` equal runs of contiguous chunks (the first parts take one more when they do not divide). */
export function partOf(iterations: number, part: number, parts: number): ChunkRange {
  const count = chunkCount(iterations);
  const per = Math.floor(count / parts);
  const extra = count % parts;
  const first = part * per + Math.min(part, extra);
  return { first, end: first + per + (part < extra ? 1 : 0) };
}

/** The random stream of one chunk: a 32-bit mix of seed and chunk, so neighbouring chunks start far apart. */
export function chunkRandom(seed: number, chunk: number): RandomSource {
  return seededRandom((seed ^ Math.imul(chunk, 0x9e3779b9)) >>> 0);
}

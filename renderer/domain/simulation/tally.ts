/**
 * What the iterations add up to: finishes (wall minutes and working minutes from the start),
 * milestone finishes, how often each task was critical, and sums for the correlation of each
 * draw with the finish. Sums are kept relative to the planned value (drawn − planned) so they
 * stay small enough for doubles on 100,000 runs, and per chunk (chunks.ts): floating-point sums
 * depend on the order of the additions, so chunks are added up in chunk order when a summary
 * asks, whichever worker ran them. Counts and per-run values merge by concatenation.
 */
import type { RiskEvent } from './inputs';

/** The parts of a tally that travel between workers (typed arrays: transferable). */
export interface TallyData {
  readonly count: number;
  readonly finishWall: Float64Array;
  readonly finishWork: Float64Array;
  /** Finish of milestone m in run k at [k * milestones + m]. */
  readonly milestoneWall: Float64Array;
  readonly critical: Uint32Array;
  /** Per chunk, SUMS slots: [Σy, Σy², then Σx, Σx², Σxy per draw (tasks, then risks)]. */
  readonly sums: Float64Array;
}

/** What every tally of one run shares: which draws and milestones it follows, the planned dates. */
export interface TallyShape {
  readonly taskCount: number;
  readonly drawIndex: readonly number[];
  readonly risks: readonly RiskEvent[];
  readonly milestoneIndex: readonly number[];
  readonly plannedWall: number;
  readonly plannedWork: number;
  readonly plannedMilestones: readonly number[];
  readonly base: Float64Array;
}

const slots = (shape: TallyShape): number => 2 + 3 * (shape.drawIndex.length + shape.risks.length);

export function emptyTally(shape: TallyShape, iterations: number, chunks: number): TallyData {
  return {
    count: 0, finishWall: new Float64Array(iterations), finishWork: new Float64Array(iterations),
    milestoneWall: new Float64Array(iterations * shape.milestoneIndex.length), critical: new Uint32Array(shape.taskCount),
    sums: new Float64Array(chunks * slots(shape)),
  };
}

export class Tally implements TallyData {
  readonly finishWall: Float64Array;
  readonly finishWork: Float64Array;
  readonly milestoneWall: Float64Array;
  readonly critical: Uint32Array;
  readonly sums: Float64Array;
  count: number;
  readonly drawIndex: readonly number[];
  readonly risks: readonly RiskEvent[];
  readonly milestoneIndex: readonly number[];
  readonly plannedWall: number;
  readonly plannedMilestones: readonly number[];
  private readonly slots: number;

  constructor(readonly shape: TallyShape, data: TallyData) {
    ({ finishWall: this.finishWall, finishWork: this.finishWork, milestoneWall: this.milestoneWall, critical: this.critical, sums: this.sums, count: this.count } = data);
    ({ drawIndex: this.drawIndex, risks: this.risks, milestoneIndex: this.milestoneIndex, plannedWall: this.plannedWall, plannedMilestones: this.plannedMilestones } = shape);
    this.slots = slots(shape);
  }

  /** The tally's data, to post to another worker (its buffers can be transferred). */
  data(): TallyData {
    return { count: this.count, finishWall: this.finishWall, finishWork: this.finishWork, milestoneWall: this.milestoneWall, critical: this.critical, sums: this.sums };
  }

  /**
   * Records one run. `chunk` is the chunk's index within this tally; `milestoneWalls` holds the
   * run's milestone finishes in milestoneIndex order; `critical` 1 per critical task.
   */
  record(chunk: number, finishWall: number, finishWork: number, milestoneWalls: Float64Array, critical: Uint8Array, drawn: Float64Array, hit: Uint8Array): void {
    const run = this.count++;
    this.finishWall[run] = finishWall;
    this.finishWork[run] = finishWork;
    this.milestoneWall.set(milestoneWalls, run * milestoneWalls.length);
    const counts = this.critical;
    for (let i = 0; i < critical.length; i++) counts[i]! += critical[i]!;
    const y = finishWork - this.shape.plannedWork;
    const s = this.sums;
    const o = chunk * this.slots;
    s[o]! += y;
    s[o + 1]! += y * y;
    const base = this.shape.base;
    const t = drawn.length;
    const k = t + hit.length;
    for (let j = 0; j < t; j++) this.add(o + 2 + j, k, drawn[j]! - base[j]!, y);
    for (let r = 0; r < hit.length; r++) this.add(o + 2 + t + r, k, hit[r]!, y);
  }

  private add(at: number, k: number, x: number, y: number): void {
    const s = this.sums;
    s[at]! += x;
    s[at + k]! += x * x;
    s[at + 2 * k]! += x * y;
  }

  /** Pearson correlation of draw k (tasks first, then risks) with the finish; 0 when either never varied. */
  correlation(k: number): number {
    const n = this.count;
    const draws = (this.slots - 2) / 3;
    let sx = 0, sxx = 0, sxy = 0, sy = 0, syy = 0;
    // Chunk by chunk, in order: the same additions whichever worker ran which chunk.
    for (let o = 0; o < this.sums.length; o += this.slots) {
      sy += this.sums[o]!;
      syy += this.sums[o + 1]!;
      sx += this.sums[o + 2 + k]!;
      sxx += this.sums[o + 2 + draws + k]!;
      sxy += this.sums[o + 2 + 2 * draws + k]!;
    }
    const vx = n * sxx - sx * sx;
    const vy = n * syy - sy * sy;
    if (!(vx > 0 && vy > 0)) return 0;
    const r = (n * sxy - sx * sy) / Math.sqrt(vx * vy);
    return Math.max(-1, Math.min(1, r));
  }
}

/** One tally of several parts' data, in the order given (chunk order). */
export function mergeTallies(shape: TallyShape, parts: readonly TallyData[]): Tally {
  let count = 0;
  let chunkSlots = 0;
  for (const p of parts) { count += p.count; chunkSlots += p.sums.length; }
  const out = { ...emptyTally(shape, count, 0), sums: new Float64Array(chunkSlots), count };
  let run = 0;
  let slot = 0;
  const m = shape.milestoneIndex.length;
  for (const p of parts) {
    out.finishWall.set(p.finishWall.subarray(0, p.count), run);
    out.finishWork.set(p.finishWork.subarray(0, p.count), run);
    out.milestoneWall.set(p.milestoneWall.subarray(0, p.count * m), run * m);
    for (let i = 0; i < out.critical.length; i++) out.critical[i]! += p.critical[i]!;
    out.sums.set(p.sums, slot);
    run += p.count;
    slot += p.sums.length;
  }
  return new Tally(shape, out);
}

/**
 * What the iterations add up to: finishes (wall minutes and working minutes from the start),
 * milestone finishes, how often each task was critical, and running sums for the correlation of
 * each draw with the finish. Sums are kept relative to the planned value (drawn − planned) so
 * they stay small enough for doubles on 100,000 runs.
 */
import type { CompiledPlan, PassOutcome } from '../schedule';
import type { RiskEvent } from './inputs';

export class Tally {
  readonly finishWall: Float64Array;
  /** Working minutes from the project start to the finish, on the project calendar. */
  readonly finishWork: Float64Array;
  readonly milestoneIndex: readonly number[];
  /** finish of milestone m in run k at [k * milestones + m]. */
  readonly milestoneWall: Float64Array;
  readonly critical: Uint32Array;
  readonly plannedWall: number;
  readonly plannedMilestones: readonly number[];
  private readonly plannedWork: number;
  private readonly base: Float64Array;
  /** Sums of x, x² and x·y per draw (tasks, then risks) and of y, y². */
  private readonly sx: Float64Array;
  private readonly sxx: Float64Array;
  private readonly sxy: Float64Array;
  private sy = 0;
  private syy = 0;
  count = 0;

  constructor(
    private readonly compiled: CompiledPlan, iterations: number, readonly drawIndex: readonly number[],
    readonly risks: readonly RiskEvent[], planned: PassOutcome,
  ) {
    this.finishWall = new Float64Array(iterations);
    this.finishWork = new Float64Array(iterations);
    const ms: number[] = [];
    for (let i = 0; i < compiled.taskCount; i++) if (compiled.isMilestone[i]) ms.push(i);
    this.milestoneIndex = ms;
    this.milestoneWall = new Float64Array(iterations * ms.length);
    this.critical = new Uint32Array(compiled.taskCount);
    this.plannedWall = planned.finishWall;
    this.plannedMilestones = ms.map((i) => planned.forward.efWall[i] ?? 0);
    this.plannedWork = compiled.workFromStart(planned.finishWall);
    this.base = Float64Array.from(drawIndex, (i) => compiled.baseDuration[i] ?? 0);
    const k = drawIndex.length + risks.length;
    this.sx = new Float64Array(k);
    this.sxx = new Float64Array(k);
    this.sxy = new Float64Array(k);
  }

  record(run: number, out: PassOutcome, drawn: Float64Array, hit: Uint8Array): void {
    const c = this.compiled;
    const { forward: f, backward: b } = out;
    const work = c.workFromStart(out.finishWall);
    this.finishWall[run] = out.finishWall;
    this.finishWork[run] = work;
    const m = this.milestoneIndex.length;
    for (let j = 0; j < m; j++) this.milestoneWall[run * m + j] = f.efWall[this.milestoneIndex[j] ?? 0] ?? 0;
    // Critical as the engine marks it (results.ts): total slack <= 0 on an unfinished leaf.
    for (let i = 0; i < c.taskCount; i++) {
      if (!c.isLeaf[i] || (c.percentComplete[i] ?? 0) >= 100) continue;
      const slack = Math.min((b.ls[i] ?? 0) - (f.es[i] ?? 0), (b.lf[i] ?? 0) - (f.ef[i] ?? 0));
      if (slack <= 0) this.critical[i] = (this.critical[i] ?? 0) + 1;
    }
    const y = work - this.plannedWork;
    this.sy += y;
    this.syy += y * y;
    const t = drawn.length;
    for (let k = 0; k < t; k++) this.add(k, (drawn[k] ?? 0) - (this.base[k] ?? 0), y);
    for (let r = 0; r < hit.length; r++) this.add(t + r, hit[r] ?? 0, y);
    this.count++;
  }

  private add(k: number, x: number, y: number): void {
    this.sx[k] = (this.sx[k] ?? 0) + x;
    this.sxx[k] = (this.sxx[k] ?? 0) + x * x;
    this.sxy[k] = (this.sxy[k] ?? 0) + x * y;
  }

  /** Pearson correlation of draw k (tasks first, then risks) with the finish; 0 when either never varied. */
  correlation(k: number): number {
    const n = this.count;
    const sx = this.sx[k] ?? 0;
    const vx = n * (this.sxx[k] ?? 0) - sx * sx;
    const vy = n * this.syy - this.sy * this.sy;
    if (!(vx > 0 && vy > 0)) return 0;
    const r = (n * (this.sxy[k] ?? 0) - sx * this.sy) / Math.sqrt(vx * vy);
    return Math.max(-1, Math.min(1, r));
  }
}

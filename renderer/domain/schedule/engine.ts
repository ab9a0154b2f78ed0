/**
 * One scheduling run over a compiled network: forward pass, project finish, late pass, ALAP
 * placement and result rows. Given the previous run's state on the same network and the tasks
 * whose inputs changed, each pass revisits only the cone the change reaches: early dates
 * downstream of the edit, late dates upstream of whatever moved, rows of tasks that moved and
 * their summaries. A changed project finish moves every late date, so the late pass then
 * visits everything (and still reports only the rows that really changed).
 */
import { backwardNode, newBackward, type BackwardResult } from './backward-pass';
import { forwardAnchors, forwardNode, newForward, type ForwardResult } from './forward-pass';
import { OrdinalMemo, type PassContext } from './pass-context';
import { ROW, rowNode, type Passes } from './results';
import { backwardSeeds, markTargets, markTask, sweepBackward, sweepForward } from './sweep';

export interface EngineState {
  readonly f: ForwardResult;
  readonly late: BackwardResult;
  readonly alap: BackwardResult | null;
  readonly finish: number;
  /** ROW numbers per task; copied before an incremental run because a published result reads them. */
  readonly rows: Float64Array;
}

export interface EngineRun {
  readonly state: EngineState;
  /** Tasks whose row changed; null when every row is new. */
  readonly rowChanged: Uint8Array | null;
}

/**
 * Runs the passes. `prev` must come from the same network; `changed` flags tasks whose inputs
 * (task, links touching it) changed, or is null when anything global changed.
 */
export function runEngine(ctx: PassContext, prev: EngineState | null, changed: Uint8Array | null): EngineRun {
  const { net } = ctx;
  const n = net.taskCount;
  const touched = changed ? Uint8Array.from(changed) : new Uint8Array(n).fill(1);
  const full = prev === null || changed === null;
  const f = prev ? prev.f : newForward(n);
  const anchors = forwardAnchors(ctx);
  // A full pass starts with every task touched: no need to hear which ones changed.
  sweepForward(net, full ? null : forwardSeeds(ctx, touched),
    (node) => forwardNode(ctx, f, node, anchors), full ? null : (node) => { touched[node >= n ? node - n : node] = 1; },
    (node, dirty) => { markTargets(net, node, dirty); });
  const finish = projectFinish(ctx, f);
  const everyLate = full || prev.finish !== finish;
  const seeds = everyLate ? null : backwardSeeds(net, touched);
  const late = backward(ctx, f, prev?.late ?? null, seeds && seeds.slice(), finish, 'late', full ? null : touched);
  const hasAlap = anyAlap(ctx);
  const alap = hasAlap ? backward(ctx, f, prev?.alap ?? null, seeds, finish, 'alap', full ? null : touched) : null;
  if (prev && (prev.alap === null) !== (alap === null)) touched.fill(1);
  const passes: Passes = { f, late, alap };
  const rows = prev ? prev.rows.slice() : new Float64Array(n * ROW);
  const rowChanged = new Uint8Array(n);
  sweepForward(net, prev ? rowSeeds(ctx, touched) : null,
    (node) => rowNode(ctx, passes, rows, node, prev !== null), prev ? (node) => { rowChanged[node >= n ? node - n : node] = 1; } : null,
    (node, dirty) => markParentRow(ctx, node, dirty));
  return { state: { f, late, alap, finish, rows }, rowChanged: prev ? rowChanged : null };
}

function backward(
  ctx: PassContext, f: ForwardResult, prev: BackwardResult | null, seeds: Uint8Array | null, finishWall: number,
  mode: 'late' | 'alap', touched: Uint8Array | null,
): BackwardResult {
  const n = ctx.net.taskCount;
  const b = prev ?? newBackward(n);
  const finish = new OrdinalMemo(finishWall);
  sweepBackward(ctx.net, prev ? seeds : null, (node) => backwardNode(ctx, f, b, node, finish, mode),
    touched && ((node) => { touched[node >= n ? node - n : node] = 1; }));
  return b;
}

function anyAlap(ctx: PassContext): boolean {
  for (let i = 0; i < ctx.net.taskCount; i++) if (ctx.net.isSummary[i] === 0 && ctx.inputs.isAlap(i)) return true;
  return false;
}

function forwardSeeds(ctx: PassContext, touched: Uint8Array): Uint8Array {
  const dirty = new Uint8Array(2 * ctx.net.taskCount);
  for (let t = 0; t < touched.length; t++) if (touched[t]) markTask(ctx.net, t, dirty);
  return dirty;
}

function rowSeeds(ctx: PassContext, touched: Uint8Array): Uint8Array {
  const n = ctx.net.taskCount;
  const dirty = new Uint8Array(2 * n);
  for (let t = 0; t < n; t++) if (touched[t]) dirty[ctx.net.isSummary[t] ? n + t : t] = 1;
  return dirty;
}

/** A row feeds only its summary's row. */
function markParentRow(ctx: PassContext, node: number, dirty: Uint8Array): void {
  const n = ctx.net.taskCount;
  const p = ctx.net.parent[node % n] ?? -1;
  if (p >= 0) dirty[n + p] = 1;
}

/** The latest early finish of any leaf, never before the project start. */
export function projectFinish(ctx: PassContext, f: ForwardResult): number {
  let finish = ctx.projectStart;
  const { isSummary } = ctx.net;
  for (let i = 0; i < ctx.net.taskCount; i++) if (isSummary[i] === 0 && (f.efWall[i] ?? 0) > finish) finish = f.efWall[i] ?? 0;
  return finish;
}

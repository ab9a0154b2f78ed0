/**
 * One scheduling run over a compiled network: forward pass, project finish, late pass, ALAP
 * placement and result rows. Given the previous run's state on the same network and the tasks
 * whose inputs changed, each pass visits only the cone the change reaches, in topological order
 * off a heap (sweep.ts NodeQueue): early dates downstream of the edit, late dates upstream of
 * whatever moved, rows of tasks that moved and their summaries. Nothing in an incremental run
 * reads every task: the project finish is kept in a tournament tree of leaf finishes, the ALAP
 * count is adjusted per changed task, and rows are rewritten in place (the previous result keeps
 * the old numbers of the rows that change, through the RowKeeper).
 *
 * A changed project finish moves every late date, so the late pass then visits everything (and
 * still reports only the rows that really changed); that is the one case an edit costs O(n).
 */
import { backwardNode, newBackward, type BackwardResult } from './backward-pass';
import { forwardAnchors, forwardNode, newForward, type ForwardResult } from './forward-pass';
import { OrdinalMemo, type PassContext } from './pass-context';
import { ROW, rowNode, type Passes } from './results';
import { drain, queueOf, queueSources, queueTargets, sweepBackward, sweepForward } from './sweep';
import { Tournament } from './tournament';

export interface EngineState {
  readonly f: ForwardResult;
  readonly late: BackwardResult;
  readonly alap: BackwardResult | null;
  readonly finish: number;
  /** ROW numbers per task, rewritten in place by later runs (see RowKeeper). */
  readonly rows: Float64Array;
  /** Each leaf's early finish (wall), for the project finish. */
  readonly leafFinish: Tournament;
  /** 1 for an ALAP leaf the passes may move; `alapCount` of them. */
  readonly alapFlag: Uint8Array;
  readonly alapCount: number;
}

export interface EngineRun {
  readonly state: EngineState;
  /** Tasks whose row changed, each once; null when every row is new. */
  readonly rowChanged: readonly number[] | null;
  /** Tasks whose inputs or pass values changed, each once; null on a full run. */
  readonly touched: readonly number[] | null;
}

/**
 * Lets a published result keep its numbers while the next run rewrites the shared rows:
 * `keep` gets a row's old numbers just after it changed, `detach` asks for a copy of them all
 * (before a run that rewrites most rows).
 */
export interface RowKeeper {
  keep(task: number, old: Float64Array): void;
  detach(): void;
}

/** A set of task indices, each listed once, in the order added. */
class TaskList {
  readonly flags: Uint8Array;
  readonly list: number[] = [];
  constructor(n: number) { this.flags = new Uint8Array(n); }
  add(t: number): void {
    if (this.flags[t] === 1) return;
    this.flags[t] = 1;
    this.list.push(t);
  }
}

/**
 * Runs the passes. `prev` must come from the same network; `changed` lists tasks whose inputs
 * (task, links touching it) changed, or is null when anything global changed.
 */
export function runEngine(ctx: PassContext, prev: EngineState | null, changed: readonly number[] | null, keeper: RowKeeper | null): EngineRun {
  if (prev === null || changed === null) return fullRun(ctx, prev, keeper);
  const { net } = ctx;
  const n = net.taskCount;
  const touched = new TaskList(n);
  for (const t of changed) touched.add(t);
  const { f } = prev;
  const alap = alapCounts(ctx, prev, changed);
  forwardIncremental(ctx, f, touched);
  const leafFinish = prev.leafFinish;
  for (const t of touched.list) if (net.isSummary[t] === 0) leafFinish.set(t, f.efWall[t] ?? 0);
  const finish = Math.max(ctx.projectStart, leafFinish.best());
  const everyLate = prev.finish !== finish;
  const alapToggled = (prev.alap === null) !== (alap.count === 0);
  const seeds = everyLate ? null : backwardSeeds(ctx, touched.list);
  const late = backward(ctx, f, prev.late, seeds, finish, 'late', touched);
  const alapResult = alap.count > 0 ? backward(ctx, f, prev.alap, seeds, finish, 'alap', touched) : null;
  const passes: Passes = { f, late, alap: alapResult };
  const state = { f, late, alap: alapResult, finish, rows: prev.rows, leafFinish, alapFlag: alap.flags, alapCount: alap.count };
  if (everyLate || alapToggled) {
    // Most rows change: one copy for the previous result beats keeping rows one by one.
    keeper?.detach();
    return { state, rowChanged: rowsOf(ctx, passes, prev.rows, null, null), touched: touched.list };
  }
  return { state, rowChanged: rowsOf(ctx, passes, prev.rows, touched.list, keeper), touched: touched.list };
}

/** Every node visited; the previous state's arrays are reused when the network is the same. */
function fullRun(ctx: PassContext, prev: EngineState | null, keeper: RowKeeper | null): EngineRun {
  const { net } = ctx;
  const n = net.taskCount;
  const f = prev ? prev.f : newForward(n);
  const anchors = forwardAnchors(ctx);
  sweepForward(net, null, (node) => forwardNode(ctx, f, node, anchors), null, () => undefined);
  const leafFinish = new Tournament(n, true).fill(n, (i) => (net.isSummary[i] === 0 ? (f.efWall[i] ?? 0) : null));
  const finish = Math.max(ctx.projectStart, leafFinish.best());
  const alapFlag = new Uint8Array(n);
  let alapCount = 0;
  for (let i = 0; i < n; i++) if (net.isSummary[i] === 0 && ctx.inputs.isAlap(i)) { alapFlag[i] = 1; alapCount++; }
  const late = backward(ctx, f, null, null, finish, 'late', null);
  const alap = alapCount > 0 ? backward(ctx, f, null, null, finish, 'alap', null) : null;
  const passes: Passes = { f, late, alap };
  if (prev) keeper?.detach();
  const rows = prev ? prev.rows : new Float64Array(n * ROW);
  const rowChanged = prev ? rowsOf(ctx, passes, rows, null, null) : null;
  if (!prev) sweepForward(net, null, (node) => rowNode(ctx, passes, rows, node, null), null, () => undefined);
  return { state: { f, late, alap, finish, rows, leafFinish, alapFlag, alapCount }, rowChanged, touched: null };
}

/** ALAP flags after the changed tasks' inputs were decoded again. */
function alapCounts(ctx: PassContext, prev: EngineState, changed: readonly number[]): { flags: Uint8Array; count: number } {
  let count = prev.alapCount;
  const flags = prev.alapFlag;
  for (const t of changed) {
    const now = ctx.net.isSummary[t] === 0 && ctx.inputs.isAlap(t) ? 1 : 0;
    count += now - (flags[t] ?? 0);
    flags[t] = now;
  }
  return { flags, count };
}

function forwardIncremental(ctx: PassContext, f: ForwardResult, touched: TaskList): void {
  const { net } = ctx;
  const n = net.taskCount;
  const anchors = forwardAnchors(ctx);
  const queue = queueOf(net).begin('forward');
  for (const t of touched.list) {
    queue.push(t);
    if (net.isSummary[t]) queue.push(n + t);
  }
  drain(queue, (node) => forwardNode(ctx, f, node, anchors), (node) => { touched.add(node >= n ? node - n : node); },
    (node) => { queueTargets(net, node, queue); });
}

/**
 * Backward seeds: every node of a task whose inputs or forward values changed, and the nodes
 * that read those forward values in the backward pass (predecessors read a successor's early
 * dates for free slack; children read their summary's early finish).
 */
function backwardSeeds(ctx: PassContext, touched: readonly number[]): number[] {
  const { net } = ctx;
  const n = net.taskCount;
  const seeds: number[] = [];
  const add = (node: number): void => { seeds.push(node); };
  const queue = { push: add };
  for (const t of touched) {
    add(t);
    if (net.isSummary[t]) add(n + t);
    queueSources(net, t, queue);
    if (net.isSummary[t]) queueSources(net, n + t, queue);
  }
  return seeds;
}

function backward(
  ctx: PassContext, f: ForwardResult, prev: BackwardResult | null, seeds: readonly number[] | null, finishWall: number,
  mode: 'late' | 'alap', touched: TaskList | null,
): BackwardResult {
  const { net } = ctx;
  const n = net.taskCount;
  const b = prev ?? newBackward(n);
  const finish = new OrdinalMemo(finishWall);
  const visit = (node: number): boolean => backwardNode(ctx, f, b, node, finish, mode);
  const mark = (node: number): void => { touched?.add(node >= n ? node - n : node); };
  if (prev === null || seeds === null) {
    sweepBackward(net, null, visit, touched && mark);
    return b;
  }
  const queue = queueOf(net).begin('backward');
  for (const node of seeds) queue.push(node);
  drain(queue, visit, mark, (node) => { queueSources(net, node, queue); });
  return b;
}

/**
 * Rewrites rows in place: of the listed tasks and the summaries above any row that changed, or
 * of every task when `seeds` is null. Returns the tasks whose row changed.
 */
function rowsOf(ctx: PassContext, passes: Passes, rows: Float64Array, seeds: readonly number[] | null, keeper: RowKeeper | null): number[] {
  const { net } = ctx;
  const n = net.taskCount;
  const changedRows: number[] = [];
  const old = new Float64Array(ROW);
  const visit = (node: number): boolean => rowNode(ctx, passes, rows, node, old);
  const report = (node: number): void => {
    const t = node >= n ? node - n : node;
    changedRows.push(t);
    keeper?.keep(t, old);
  };
  if (seeds === null) {
    sweepForward(net, null, (node) => { if (visit(node)) report(node); return false; }, null, () => undefined);
    return changedRows;
  }
  const queue = queueOf(net).begin('forward');
  for (const t of seeds) queue.push(net.isSummary[t] ? n + t : t);
  drain(queue, visit, report, (node) => {
    const p = net.parent[node >= n ? node - n : node] ?? -1;
    if (p >= 0) queue.push(n + p);
  });
  return changedRows;
}

/** The latest early finish of any leaf, never before the project start. */
export function projectFinish(ctx: PassContext, f: ForwardResult): number {
  let finish = ctx.projectStart;
  const { isSummary } = ctx.net;
  for (let i = 0; i < ctx.net.taskCount; i++) if (isSummary[i] === 0 && (f.efWall[i] ?? 0) > finish) finish = f.efWall[i] ?? 0;
  return finish;
}

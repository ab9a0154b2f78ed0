/**
 * Backward pass: late start and finish in reverse topological order, bounded by the project
 * finish, successors' links, summaries' outgoing links (which bind every child), deadlines and
 * constraints. The same walk, fed with scheduled instead of late dates, places ALAP tasks: as
 * late as their successors' actual dates allow, never earlier than their early dates.
 */
import { readAsStart, type ForwardResult } from './forward-pass';
import { FNLT, MFO, MSO, SNLT } from './inputs';
import { carry, carryLag, codeBoundsStart, codeReadsStart } from './link-math';
import { calOf, type OrdinalMemo, type PassContext } from './pass-context';

export interface BackwardResult {
  /** Leaves: late (or ALAP-scheduled) dates on their calendar. Summaries: min over children (in-node). */
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  /** Summary out-node bounds passed down to children; +Infinity = none. */
  readonly outStart: Float64Array;
  readonly outFinish: Float64Array;
  /** Free slack, working minutes (late mode only). */
  readonly freeSlack: Float64Array;
  readonly outFree: Float64Array;
}

export type BackwardMode = 'late' | 'alap';

/**
 * An upper bound read off another calendar must take the latest instant of its ordinal (the
 * next working start), so that reading it back forward lands on the same ordinal: the exact
 * inverse of the forward pass, also across elapsed lags that end in non-working time.
 */
const LATEST = true;

/** An empty backward result for n tasks, to be filled node by node. */
export function newBackward(n: number): BackwardResult {
  return {
    ls: new Float64Array(n), lf: new Float64Array(n),
    outStart: new Float64Array(n).fill(Infinity), outFinish: new Float64Array(n).fill(Infinity),
    freeSlack: new Float64Array(n), outFree: new Float64Array(n).fill(Infinity),
  };
}

/**
 * Recomputes one node in reverse topological order; true when anything it writes changed.
 * In 'alap' mode only ALAP leaves move: every other leaf keeps its early dates.
 */
export function backwardNode(
  ctx: PassContext, f: ForwardResult, b: BackwardResult, node: number, finish: OrdinalMemo, mode: BackwardMode,
): boolean {
  const n = ctx.net.taskCount;
  if (node >= n) {
    const i = node - n;
    const s = b.outStart[i], e = b.outFinish[i], free = b.outFree[i];
    summaryOut(ctx, f, b, i, mode);
    return s !== b.outStart[i] || e !== b.outFinish[i] || free !== b.outFree[i];
  }
  const ls = b.ls[node], lf = b.lf[node], free = b.freeSlack[node];
  if (ctx.net.isSummary[node]) summaryIn(ctx, b, node);
  else if (mode === 'late' || ctx.inputs.isAlap(node)) leaf(ctx, f, b, node, finish, mode);
  else {
    b.ls[node] = f.es[node] ?? 0;
    b.lf[node] = f.ef[node] ?? 0;
  }
  return ls !== b.ls[node] || lf !== b.lf[node] || free !== b.freeSlack[node];
}

interface Limits { start: number; finish: number; free: number }

/** Scratch limits, reset per node: the walk is synchronous and never re-entered. */
const LIMITS: Limits = { start: Infinity, finish: Infinity, free: Infinity };

function limits(start: number, finish: number): Limits {
  LIMITS.start = start;
  LIMITS.finish = finish;
  LIMITS.free = Infinity;
  return LIMITS;
}

/** Upper bounds on a node from its outgoing edges, on calendar of task `self`. */
function outgoing(ctx: PassContext, f: ForwardResult, b: BackwardResult, node: number, self: number, lim: Limits): void {
  const { net } = ctx;
  const cal = calOf(ctx, self);
  for (let k = net.outStart[node] ?? 0; k < (net.outStart[node + 1] ?? 0); k++) {
    const e = net.outEdges[k] ?? 0;
    if (net.disabledEdges[e]) continue;
    const l = net.edgeLink[e] ?? -1;
    const to = net.edgeTo[e] ?? 0;
    if (l < 0) {
      if (to < net.taskCount) continue;
      const p = to - net.taskCount;
      const pc = calOf(ctx, p);
      if (b.outStart[p] !== Infinity) lim.start = Math.min(lim.start, carry(b.outStart[p] ?? 0, pc, LATEST, null, cal));
      if (b.outFinish[p] !== Infinity) lim.finish = Math.min(lim.finish, carry(b.outFinish[p] ?? 0, pc, LATEST, null, cal));
      if (b.outFree[p] !== Infinity) lim.free = Math.min(lim.free, (b.outFree[p] ?? 0) + (f.ef[p] ?? 0) - carry(f.ef[self] ?? 0, cal, false, null, pc));
      continue;
    }
    const type = ctx.linkTypes[l] ?? 0;
    const toStart = codeBoundsStart(type);
    const fromStart = codeReadsStart(type);
    const sc = calOf(ctx, to);
    const lag = ctx.linkLags[l] ?? 0;
    const elapsed = ctx.linkElapsed[l] === 1;
    const bound = carryLag((toStart ? b.ls[to] : b.lf[to]) ?? 0, sc, LATEST, -lag, elapsed, ctx.projectCal, cal);
    if (fromStart) lim.start = Math.min(lim.start, bound);
    else lim.finish = Math.min(lim.finish, bound);
    const ahead = carryLag((fromStart ? f.es[self] : f.ef[self]) ?? 0, cal, readAsStart(ctx, f, self, fromStart), lag, elapsed, ctx.projectCal, sc);
    lim.free = Math.min(lim.free, ((toStart ? f.es[to] : f.ef[to]) ?? 0) - ahead);
  }
}

function leaf(ctx: PassContext, f: ForwardResult, b: BackwardResult, i: number, finish: OrdinalMemo, mode: BackwardMode): void {
  const inp = ctx.inputs;
  const cal = inp.cal(i);
  const duration = (f.ef[i] ?? 0) - (f.es[i] ?? 0);
  const lim = limits(Infinity, Math.min(finish.on(cal), inp.deadlineOrdinal[i] ?? Infinity));
  outgoing(ctx, f, b, i, i, lim);
  let lf = Math.min(lim.finish, lim.start + duration);
  const c = inp.constraint[i];
  const d = inp.constraintOrdinal[i] ?? 0;
  if (c === SNLT) lf = Math.min(lf, d + duration);
  else if (c === FNLT) lf = Math.min(lf, d);
  else if (c === MSO) lf = d + duration;
  else if (c === MFO) lf = d;
  if (mode === 'alap') lf = Math.max(lf, f.ef[i] ?? 0);
  b.lf[i] = lf;
  b.ls[i] = lf - duration;
  if (mode === 'late') {
    const free = lim.free === Infinity ? finish.on(cal) - (f.ef[i] ?? 0) : lim.free;
    b.freeSlack[i] = Math.max(0, Math.min(free, lf - (f.ef[i] ?? 0)));
  }
}

function summaryOut(ctx: PassContext, f: ForwardResult, b: BackwardResult, i: number, mode: BackwardMode): void {
  const inp = ctx.inputs;
  const lim = limits(Infinity, mode === 'late' ? (inp.deadlineOrdinal[i] ?? Infinity) : Infinity);
  outgoing(ctx, f, b, ctx.net.taskCount + i, i, lim);
  const c = inp.constraint[i];
  const d = inp.constraintOrdinal[i] ?? 0;
  if (c === SNLT || c === MSO) lim.start = Math.min(lim.start, d);
  if (c === FNLT || c === MFO) lim.finish = Math.min(lim.finish, d);
  b.outStart[i] = lim.start;
  b.outFinish[i] = lim.finish;
  b.outFree[i] = lim.free;
}

/** A summary's late start/finish are its earliest child's, as its incoming links see them. */
function summaryIn(ctx: PassContext, b: BackwardResult, i: number): void {
  const { net } = ctx;
  const cal = calOf(ctx, i);
  let ls = Infinity;
  let lf = Infinity;
  for (let k = net.outStart[i] ?? 0; k < (net.outStart[i + 1] ?? 0); k++) {
    const c = net.edgeTo[net.outEdges[k] ?? 0] ?? 0;
    const cc = calOf(ctx, c);
    ls = Math.min(ls, carry(b.ls[c] ?? 0, cc, LATEST, null, cal));
    lf = Math.min(lf, carry(b.lf[c] ?? 0, cc, LATEST, null, cal));
  }
  b.ls[i] = ls;
  b.lf[i] = lf;
}

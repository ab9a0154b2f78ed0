/**
 * The engine's compiled network (schedule/compiled-plan.ts) flattened once for the lean passes:
 * enabled edges pre-resolved to task indices in CSR arrays, each tagged "simple" when crossing
 * it is plain addition of ordinals (both ends on one calendar, and a working lag measured on
 * that calendar or no lag), per-task anchors (project start, status date) as ordinals of the
 * task's calendar, and what each node of the topological order does. Anything the lean passes
 * do not model themselves (manual and actual dates, people on different calendars, a summary
 * whose children sit on other calendars) is left to the engine's own node functions.
 */
import type { WorkingCalendar } from '../calendar';
import type { PassContext } from '../schedule/pass-context';
import { linkSuccessorEdges, type EdgeLists } from './lean-edges';

export { PARENT_EDGE } from './lean-edges';

/** What a node of the topological order does in the lean forward pass. */
export const OP_LEAF = 0, OP_ENGINE = 1, OP_SUMMARY_IN = 2, OP_SUMMARY_OUT = 3;

export interface LeanNetwork {
  readonly n: number;
  readonly ctx: PassContext;
  /** Nodes in topological order (task index, or n + i for a summary's out-node) and their op. */
  readonly order: Int32Array;
  readonly ops: Uint8Array;
  /** Into each task's in-node: links from predecessors and the edge from its parent. */
  readonly into: EdgeLists;
  /** Out of each task's out-node: links to successors and the edge up to its parent's out-node. */
  readonly out: EdgeLists;
  /** Children of each summary. */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  /** Calendar of each task as an index into `cals`. */
  readonly calIndex: Int32Array;
  readonly cals: readonly WorkingCalendar[];
  /** Project start and first instant after the status date, as ordinals of each task's calendar. */
  readonly startOrdinal: Float64Array;
  readonly statusOrdinal: Float64Array;
  readonly hasStatus: boolean;
  /** 1 for a leaf the engine computes (fixed dates, people on several calendars). */
  readonly isEngineLeaf: Uint8Array;
  /** 1 for a lean leaf whose wall dates a summary's roll-up reads (written like the engine's). */
  readonly needsWalls: Uint8Array;
  readonly isLeaf: Uint8Array;
}

/** Flattens a compiled plan's pass context for the lean passes. */
export function leanNetwork(ctx: PassContext): LeanNetwork {
  const { net, inputs } = ctx;
  const n = net.taskCount;
  const calList: WorkingCalendar[] = [];
  const calIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const cal = inputs.cal(i);
    let k = calList.indexOf(cal);
    if (k < 0) k = calList.push(cal) - 1;
    calIndex[i] = k;
  }
  const isLeaf = new Uint8Array(n);
  const isEngineLeaf = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    isLeaf[i] = net.isSummary[i] ? 0 : 1;
    isEngineLeaf[i] = isLeaf[i] && (inputs.isFixed(i) || (inputs.assignmentSpans[i] ?? null) !== null) ? 1 : 0;
  }
  const { childStart, children } = childLists(ctx);
  const wallRollUp = wallRollUps(ctx, childStart, children);
  const needsWalls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = net.parent[i]!;
    needsWalls[i] = p >= 0 && wallRollUp[p] && isLeaf[i] && !isEngineLeaf[i] ? 1 : 0;
  }
  const { order, ops } = nodeOps(ctx, isEngineLeaf, wallRollUp);
  const startOrdinal = new Float64Array(n);
  const statusOrdinal = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cal = inputs.cal(i);
    startOrdinal[i] = cal.ordinalOf(ctx.projectStart);
    statusOrdinal[i] = ctx.statusWall === null ? -Infinity : cal.ordinalOf(ctx.statusWall);
  }
  const { into, out } = linkSuccessorEdges(ctx);
  return {
    n, ctx, order, ops, into, out, childStart, children, calIndex, cals: calList, startOrdinal, statusOrdinal,
    hasStatus: ctx.statusWall !== null, isEngineLeaf, needsWalls, isLeaf,
  };
}

function childLists(ctx: PassContext): { childStart: Int32Array; children: Int32Array } {
  const n = ctx.net.taskCount;
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = ctx.net.parent[i]!;
    if (p >= 0) childStart[p + 1]!++;
  }
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const children = new Int32Array(childStart[n]!);
  for (let i = 0; i < n; i++) {
    const p = ctx.net.parent[i]!;
    if (p >= 0) children[fill[p]!++] = i;
  }
  return { childStart, children };
}

/**
 * Summaries whose roll-up must go through wall dates (the engine's own roll-up): a child on
 * another calendar, or a parent that needs this summary's wall dates. Elsewhere a summary's
 * ordinals are the min and max of its children's: ordinalOf is monotonic and exact on the
 * instants the engine shows, so min/max commute with it.
 */
function wallRollUps(ctx: PassContext, childStart: Int32Array, children: Int32Array): Uint8Array {
  const { net, inputs } = ctx;
  const n = net.taskCount;
  const mixed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = childStart[i]!; k < childStart[i + 1]!; k++) if (inputs.cal(children[k]!) !== inputs.cal(i)) mixed[i] = 1;
  }
  // 0 = unknown, 1 = no, 2 = yes: the summary or one above it is mixed.
  const state = new Uint8Array(n);
  const decide = (i: number): number => {
    const chain: number[] = [];
    let j = i;
    while (j >= 0 && state[j] === 0 && !mixed[j]) { chain.push(j); j = net.parent[j]!; }
    const value = j < 0 ? 1 : mixed[j] ? 2 : state[j]!;
    if (j >= 0) state[j] = value;
    for (const k of chain) state[k] = value;
    return state[i]!;
  };
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (net.isSummary[i]) out[i] = decide(i) === 2 ? 1 : 0;
  return out;
}

function nodeOps(ctx: PassContext, isEngineLeaf: Uint8Array, wallRollUp: Uint8Array): { order: Int32Array; ops: Uint8Array } {
  const { net } = ctx;
  const n = net.taskCount;
  const order = net.order;
  const ops = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const node = order[k]!;
    if (node >= n) ops[k] = wallRollUp[node - n] ? OP_ENGINE : OP_SUMMARY_OUT;
    else if (net.isSummary[node]) ops[k] = OP_SUMMARY_IN;
    else ops[k] = isEngineLeaf[node] ? OP_ENGINE : OP_LEAF;
  }
  return { order, ops };
}

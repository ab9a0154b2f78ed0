/**
 * Incremental evaluation over the network's topological order. A pass visits a node only when
 * it is marked dirty; a node whose outputs changed marks the nodes that read them. With no
 * dirty set every node is visited (a full pass). Visiting in topological order means each node
 * is computed at most once per pass, after everything it reads.
 */
import type { Network } from './network';

/** Called for a node whose outputs changed, to mark the nodes that read them. */
export type Spread = (node: number, dirty: Uint8Array) => void;

/** `changed` may be null when nobody needs to know (a full pass whose every task counts as changed). */
export function sweepForward(
  net: Network, dirty: Uint8Array | null, visit: (node: number) => boolean, changed: ((node: number) => void) | null, spread: Spread,
): void {
  const order = net.order;
  if (dirty === null && changed === null) {
    for (let k = 0; k < order.length; k++) visit(order[k] ?? 0);
    return;
  }
  for (let k = 0; k < order.length; k++) {
    const node = order[k] ?? 0;
    if (dirty !== null) {
      if (dirty[node] === 0) continue;
      dirty[node] = 0;
    }
    if (!visit(node)) continue;
    changed?.(node);
    if (dirty !== null) spread(node, dirty);
  }
}

export function sweepBackward(
  net: Network, dirty: Uint8Array | null, visit: (node: number) => boolean, changed: ((node: number) => void) | null,
): void {
  const order = net.order;
  if (dirty === null && changed === null) {
    for (let k = order.length - 1; k >= 0; k--) visit(order[k] ?? 0);
    return;
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k] ?? 0;
    if (dirty !== null) {
      if (dirty[node] === 0) continue;
      dirty[node] = 0;
    }
    if (!visit(node)) continue;
    changed?.(node);
    if (dirty !== null) markSources(net, node, dirty);
  }
}

/** The nodes a node's forward values feed: targets of its enabled out-edges. */
export function markTargets(net: Network, node: number, dirty: Uint8Array): void {
  for (let k = net.outStart[node] ?? 0; k < (net.outStart[node + 1] ?? 0); k++) {
    const e = net.outEdges[k] ?? 0;
    if (net.disabledEdges[e] === 0) dirty[net.edgeTo[e] ?? 0] = 1;
  }
}

/** The nodes that read a node's backward values: sources of its enabled in-edges. */
export function markSources(net: Network, node: number, dirty: Uint8Array): void {
  for (let k = net.inStart[node] ?? 0; k < (net.inStart[node + 1] ?? 0); k++) {
    const e = net.inEdges[k] ?? 0;
    if (net.disabledEdges[e] === 0) dirty[net.edgeFrom[e] ?? 0] = 1;
  }
}

/** Both nodes of a task: its own and, for a summary, its out-node. */
export function markTask(net: Network, t: number, dirty: Uint8Array): void {
  dirty[t] = 1;
  if (net.isSummary[t]) dirty[net.taskCount + t] = 1;
}

/**
 * Backward seeds: every node of a task whose inputs or forward values changed, and the nodes
 * that read those forward values in the backward pass (predecessors read a successor's early
 * dates for free slack; children read their summary's early finish).
 */
export function backwardSeeds(net: Network, touched: Uint8Array): Uint8Array {
  const n = net.taskCount;
  const dirty = new Uint8Array(2 * n);
  for (let t = 0; t < n; t++) {
    if (touched[t] === 0) continue;
    markTask(net, t, dirty);
    markSources(net, t, dirty);
    if (net.isSummary[t]) markSources(net, n + t, dirty);
  }
  return dirty;
}

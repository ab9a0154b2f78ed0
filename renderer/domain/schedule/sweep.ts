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

/** The nodes that read a node's backward values: sources of its enabled in-edges. */
export function markSources(net: Network, node: number, dirty: Uint8Array): void {
  for (let k = net.inStart[node] ?? 0; k < (net.inStart[node + 1] ?? 0); k++) {
    const e = net.inEdges[k] ?? 0;
    if (net.disabledEdges[e] === 0) dirty[net.edgeFrom[e] ?? 0] = 1;
  }
}

/**
 * The dirty nodes of one incremental pass, handed out in topological order (or its reverse) by
 * a binary heap on each node's position in that order. An edit that reaches k nodes costs
 * O(k log k), where flagging nodes in an array and scanning the whole order costs O(nodes).
 * One queue per network is reused by every pass: the passes are synchronous and each pass
 * empties it.
 */
export class NodeQueue {
  private readonly heap: Int32Array;
  private size = 0;
  private readonly queued: Uint8Array;
  private sign = 1;

  constructor(private readonly position: Int32Array) {
    this.heap = new Int32Array(position.length);
    this.queued = new Uint8Array(position.length);
  }

  /** Starts a pass: forward pops the earliest node first, backward the latest. */
  begin(direction: 'forward' | 'backward'): this {
    this.size = 0;
    this.sign = direction === 'forward' ? 1 : -1;
    return this;
  }

  push(node: number): void {
    if (this.queued[node] === 1) return;
    this.queued[node] = 1;
    const heap = this.heap;
    const key = this.sign * (this.position[node] ?? 0);
    let at = this.size++;
    while (at > 0) {
      const up = (at - 1) >> 1;
      const above = heap[up] ?? 0;
      if (this.sign * (this.position[above] ?? 0) <= key) break;
      heap[at] = above;
      at = up;
    }
    heap[at] = node;
  }

  /** The next node, or -1 when the pass is done. */
  pop(): number {
    if (this.size === 0) return -1;
    const heap = this.heap;
    const top = heap[0] ?? 0;
    const last = heap[--this.size] ?? 0;
    const key = this.sign * (this.position[last] ?? 0);
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.sign * (this.position[heap[right] ?? 0] ?? 0) < this.sign * (this.position[heap[child] ?? 0] ?? 0)) child = right;
      if (this.sign * (this.position[heap[child] ?? 0] ?? 0) >= key) break;
      heap[at] = heap[child] ?? 0;
      at = child;
    }
    heap[at] = last;
    this.queued[top] = 0;
    return top;
  }
}

const QUEUES = new WeakMap<Network, NodeQueue>();

/** The network's queue, made on first use: positions in the order, -1 for nodes outside it. */
export function queueOf(net: Network): NodeQueue {
  let queue = QUEUES.get(net);
  if (!queue) {
    const position = new Int32Array(2 * net.taskCount).fill(-1);
    for (let k = 0; k < net.order.length; k++) position[net.order[k] ?? 0] = k;
    queue = new NodeQueue(position);
    QUEUES.set(net, queue);
  }
  return queue;
}

/**
 * Visits the queued nodes in order; a node whose outputs changed is reported and spreads to the
 * nodes that read it (which come later in the queue's direction, so each node is visited once).
 */
export function drain(queue: NodeQueue, visit: (node: number) => boolean, changed: (node: number) => void, spread: (node: number) => void): void {
  for (let node = queue.pop(); node >= 0; node = queue.pop()) {
    if (!visit(node)) continue;
    changed(node);
    spread(node);
  }
}

/** Pushes the targets of a node's enabled out-edges (the nodes its forward values feed). */
export function queueTargets(net: Network, node: number, queue: Pick<NodeQueue, 'push'>): void {
  for (let k = net.outStart[node] ?? 0; k < (net.outStart[node + 1] ?? 0); k++) {
    const e = net.outEdges[k] ?? 0;
    if (net.disabledEdges[e] === 0) queue.push(net.edgeTo[e] ?? 0);
  }
}

/** Pushes the sources of a node's enabled in-edges (the nodes that read its backward values). */
export function queueSources(net: Network, node: number, queue: Pick<NodeQueue, 'push'>): void {
  for (let k = net.inStart[node] ?? 0; k < (net.inStart[node + 1] ?? 0); k++) {
    const e = net.inEdges[k] ?? 0;
    if (net.disabledEdges[e] === 0) queue.push(net.edgeFrom[e] ?? 0);
  }
}

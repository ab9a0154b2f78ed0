/**
 * The precedence network the passes walk. Each task is a node; a summary task is two nodes, so
 * that links on a summary can apply to its children without a loop:
 *   in-node  (index i):      carries the summary's incoming links down to its children;
 *   out-node (index N + i):  rolls its children up and feeds the summary's outgoing links.
 * Edges: link  pred.out -> succ.in;  parent.in -> child.in;  child.out -> parent.out.
 * A link between a summary and its own descendant therefore closes a loop, as in MS Project.
 */
import { fullOutline, outlineIndexOf, type Link, type Plan, type Task } from '../model';
import { valuesOf } from './records';

export interface Network {
  readonly taskCount: number;
  readonly tasks: readonly Task[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Parent task index, -1 at the top. */
  readonly parent: Int32Array;
  readonly isSummary: Uint8Array;
  /** Links with both ends present and distinct; edges refer to them by index. */
  readonly links: readonly Link[];
  /** Task indices of each valid link's predecessor and successor. */
  readonly linkPred: Int32Array;
  readonly linkSucc: Int32Array;
  /** Links that name a missing task or link a task to itself. */
  readonly invalidLinks: readonly Link[];
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** Index into `links`, or -1 for a parent/child edge. */
  readonly edgeLink: Int32Array;
  /** CSR: edges into node n are inEdges[inStart[n] .. inStart[n + 1]). */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  /** Nodes in topological order (leaves' unused out-nodes are left out). */
  readonly order: Int32Array;
  /** Edges ignored to break loops found in the plan. */
  readonly disabledEdges: Uint8Array;
  /** Each loop found, as task indices starting and ending at the same task. */
  readonly loops: readonly (readonly number[])[];
}

/** Out-node of a task: N + i for a summary, the task's only node otherwise. */
export const outNode = (net: Pick<Network, 'taskCount' | 'isSummary'>, i: number): number =>
  net.isSummary[i] ? net.taskCount + i : i;

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface EdgeList { from: Int32Array; to: Int32Array; link: Int32Array }

function collectEdges(isSummary: Uint8Array, parent: Int32Array, linkPred: Int32Array, linkSucc: Int32Array): EdgeList {
  const n = parent.length;
  let children = 0;
  for (let i = 0; i < n; i++) if ((parent[i] ?? -1) >= 0) children++;
  const count = 2 * children + linkPred.length;
  const edges: EdgeList = { from: new Int32Array(count), to: new Int32Array(count), link: new Int32Array(count) };
  let e = 0;
  for (let i = 0; i < n; i++) {
    const p = parent[i] ?? -1;
    if (p < 0) continue;
    edges.from[e] = p; edges.to[e] = i; edges.link[e++] = -1;
    edges.from[e] = isSummary[i] ? n + i : i; edges.to[e] = n + p; edges.link[e++] = -1;
  }
  for (let k = 0; k < linkPred.length; k++) {
    const p = linkPred[k] ?? 0;
    edges.from[e] = isSummary[p] ? n + p : p; edges.to[e] = linkSucc[k] ?? 0; edges.link[e++] = k;
  }
  return edges;
}

function csr(nodeCount: number, keys: Int32Array): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(nodeCount + 1);
  for (const k of keys) start[k + 1] = (start[k + 1] ?? 0) + 1;
  for (let i = 0; i < nodeCount; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, nodeCount);
  const edges = new Int32Array(keys.length);
  for (let e = 0; e < keys.length; e++) {
    const k = keys[e] ?? 0;
    const slot = fill[k] ?? 0;
    edges[slot] = e;
    fill[k] = slot + 1;
  }
  return { start, edges };
}

/** Builds the network of a plan; loops are broken (see topological-order.ts) and reported, never thrown. */
export function buildNetwork(plan: Plan, sortOrder: (tasks: Task[]) => void = () => undefined): Network {
  const tasks = valuesOf(plan.tasks);
  sortOrder(tasks);
  const n = tasks.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set((tasks[i] as Task).id, i);
  const parent = new Int32Array(n).fill(-1);
  const isSummary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const parentId = (tasks[i] as Task).parentId;
    const p = parentId === null ? undefined : indexOf.get(parentId);
    if (p !== undefined && p !== i) parent[i] = p;
  }
  breakParentLoops(parent);
  // After the cut: a task that was a parent only inside a loop has no children left.
  for (let i = 0; i < n; i++) if ((parent[i] ?? -1) >= 0) isSummary[parent[i] ?? 0] = 1;
  const { valid, invalidLinks, linkPred, linkSucc } = resolveLinks(valuesOf(plan.links), indexOf);
  const edges = collectEdges(isSummary, parent, linkPred, linkSucc);
  const into = csr(2 * n, edges.to);
  const outOf = csr(2 * n, edges.from);
  const base = {
    taskCount: n, tasks, indexOf, parent, isSummary, links: valid, linkPred, linkSucc, invalidLinks,
    edgeFrom: edges.from, edgeTo: edges.to, edgeLink: edges.link,
    inStart: into.start, inEdges: into.edges, outStart: outOf.start, outEdges: outOf.edges,
  };
  // Where each task sits in the outline, read (once, from the grid's cached walk) only when the plan has a loop.
  let position: ReadonlyMap<string, number> | null = null;
  const outlinePosition = (): ReadonlyMap<string, number> => (position ??= outlineIndexOf(fullOutline(plan.tasks)));
  return { ...base, ...topologicalOrder(base, outlinePosition) };
}

/**
 * Splits links into valid ones (both ends present and distinct) and the rest, resolving each
 * end once: on 50,000 tasks an id lookup is a cache miss or two, so they are not repeated.
 */
function resolveLinks(links: readonly Link[], indexOf: ReadonlyMap<string, number>): Pick<Network, 'linkPred' | 'linkSucc' | 'invalidLinks'> & { valid: Link[] } {
  const valid: Link[] = [];
  const invalidLinks: Link[] = [];
  const pred = new Int32Array(links.length);
  const succ = new Int32Array(links.length);
  for (const link of links) {
    const p = indexOf.get(link.predecessorId);
    const s = indexOf.get(link.successorId);
    if (p === undefined || s === undefined || p === s) {
      invalidLinks.push(link);
      continue;
    }
    pred[valid.length] = p;
    succ[valid.length] = s;
    valid.push(link);
  }
  return { valid, invalidLinks, linkPred: pred.slice(0, valid.length), linkSucc: succ.slice(0, valid.length) };
}

/** A parent chain that loops (a corrupt import) is cut so the outline stays a tree. */
function breakParentLoops(parent: Int32Array): void {
  // 0 = unseen, 1 = on the chain being walked, 2 = known to reach the top.
  const state = new Uint8Array(parent.length);
  for (let i = 0; i < parent.length; i++) {
    let j = i;
    while (j >= 0 && state[j] === 0) { state[j] = 1; j = parent[j] ?? -1; }
    const cut = j >= 0 && state[j] === 1 ? j : -1;
    const cutParent = cut >= 0 ? (parent[cut] ?? -1) : -1;
    if (cut >= 0) parent[cut] = -1;
    // Walk the same chain again, through the cut into the loop, to settle every node on it.
    for (let k = i; k >= 0 && state[k] === 1; k = k === cut ? cutParent : (parent[k] ?? -1)) state[k] = 2;
  }
}

type Base = Omit<Network, 'order' | 'disabledEdges' | 'loops'>;

/**
 * Kahn's algorithm. When it stalls, the remaining nodes contain a loop: walking backwards
 * through remaining predecessors must revisit a node. One link of the loop is ignored (see
 * linkToIgnore) and the sort continues.
 */
function topologicalOrder(net: Base, outlinePosition: () => ReadonlyMap<string, number>): Pick<Network, 'order' | 'disabledEdges' | 'loops'> {
  const nodes = 2 * net.taskCount;
  const indegree = new Int32Array(nodes);
  for (const to of net.edgeTo) indegree[to] = (indegree[to] ?? 0) + 1;
  const used = (node: number): boolean => node < net.taskCount || net.isSummary[node - net.taskCount] === 1;
  let total = net.taskCount;
  for (let i = 0; i < net.taskCount; i++) total += net.isSummary[i] ?? 0;
  // Ready nodes wait on a stack, not a queue: the order then runs down one branch of the outline
  // at a time, so neighbouring nodes share cache lines (on 50,000 tasks a breadth-first order
  // touches the whole plan at every level). Any topological order gives the same dates.
  const ready = new Int32Array(total);
  let top = 0;
  for (let v = nodes - 1; v >= 0; v--) if (used(v) && indegree[v] === 0) ready[top++] = v;
  const order = new Int32Array(total);
  const done = new Uint8Array(nodes);
  const disabledEdges = new Uint8Array(net.edgeFrom.length);
  const loops: number[][] = [];
  for (let count = 0; count < total;) {
    if (top === 0) {
      const { edge, loop } = breakOneLoop(net, done, disabledEdges, used, outlinePosition());
      disabledEdges[edge] = 1;
      loops.push(loop);
      const to = net.edgeTo[edge] ?? 0;
      if ((indegree[to] = (indegree[to] ?? 0) - 1) === 0) ready[top++] = to;
      continue;
    }
    const v = ready[--top] ?? 0;
    done[v] = 1;
    order[count++] = v;
    for (let k = (net.outStart[v + 1] ?? 0) - 1; k >= (net.outStart[v] ?? 0); k--) {
      const e = net.outEdges[k] ?? 0;
      if (disabledEdges[e]) continue;
      const to = net.edgeTo[e] ?? 0;
      if ((indegree[to] = (indegree[to] ?? 0) - 1) === 0) ready[top++] = to;
    }
  }
  return { order, disabledEdges, loops };
}

function breakOneLoop(net: Base, done: Uint8Array, disabled: Uint8Array, used: (n: number) => boolean, position: ReadonlyMap<string, number>): { edge: number; loop: number[] } {
  let v = 0;
  while (done[v] || !used(v)) v++;
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  const via: number[] = [];
  while (!seenAt.has(v)) {
    seenAt.set(v, walk.length);
    walk.push(v);
    let next = -1;
    for (let k = net.inStart[v] ?? 0; k < (net.inStart[v + 1] ?? 0) && next < 0; k++) {
      const e = net.inEdges[k] ?? 0;
      if (!disabled[e] && !done[net.edgeFrom[e] ?? 0]) { next = net.edgeFrom[e] ?? 0; via.push(e); }
    }
    v = next;
  }
  // walk[from..] is the loop backwards; via[j] is the edge walk[j+1] -> walk[j].
  const from = seenAt.get(v) ?? 0;
  const loopEdges = via.slice(from).reverse();
  const edge = linkToIgnore(net, loopEdges, position);
  return { edge, loop: loopTasks(net, loopEdges, edge) };
}

/**
 * Which link of a loop is ignored: a link back up the outline (a plan is written top down, so a
 * link from a later row to an earlier one is the odd one out), the one into the highest row, then
 * from the lowest; without one, the link from the lowest row; ties by id. Only the rows' order and
 * the links decide, never generated ids alone (an imported file's ids are new on every open, and
 * the same file must schedule the same way every time), and only their relative order: a row
 * inserted elsewhere changes no choice. The scheduler rebuilds the network when a row moves in a
 * plan with a loop (plan-diff.ts). The UI refuses a link that closes a loop, so loops come from
 * files and merges; this runs only when the plan has one.
 */
function linkToIgnore(net: Base, loopEdges: readonly number[], position: ReadonlyMap<string, number>): number {
  // A task outside the outline (a cut parent loop) counts as the last row.
  const at = (id: string): number => position.get(id) ?? net.taskCount;
  // Smaller sorts first: back links before forward ones, then the highest successor, the lowest predecessor, the greatest id.
  const key = (link: Link): readonly [number, number, number] => {
    const from = at(link.predecessorId);
    const to = at(link.successorId);
    return from > to ? [0, to, -from] : [1, -from, to];
  };
  let edge = -1;
  let best: readonly [number, number, number] | null = null;
  let bestLink: Link | null = null;
  for (const e of loopEdges) {
    const link = net.links[net.edgeLink[e] ?? -1];
    if (!link) continue;
    const k = key(link);
    const isBefore = best === null || bestLink === null || k[0] < best[0] || (k[0] === best[0] && (k[1] < best[1] || (k[1] === best[1] && (k[2] < best[2] || (k[2] === best[2] && byId(link, bestLink) > 0)))));
    if (isBefore) { edge = e; best = k; bestLink = link; }
  }
  return edge;
}

/** The loop as task indices, starting at the ignored link's successor and ending back there. */
function loopTasks(net: Base, loopEdges: readonly number[], broken: number): number[] {
  const at = loopEdges.indexOf(broken);
  const rotated = [...loopEdges.slice(at + 1), ...loopEdges.slice(0, at + 1)];
  const taskOf = (node: number): number => (node >= net.taskCount ? node - net.taskCount : node);
  const out: number[] = [taskOf(net.edgeTo[broken] ?? 0)];
  for (const e of rotated) {
    const t = taskOf(net.edgeTo[e] ?? 0);
    if (t !== out[out.length - 1]) out.push(t);
  }
  return out;
}

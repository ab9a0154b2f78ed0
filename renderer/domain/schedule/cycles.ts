/**
 * Loops among links. MS Project refuses a link that would close a loop, counting the outline:
 * linking a summary to its own subtask is a loop because the summary spans the subtask.
 */
import type { Plan, TaskId } from '../model';
import { loopPath } from './issues';
import { buildNetwork, outNode, type Network } from './network';

/**
 * The loop that a new link predecessor -> successor would close, as task ids from the
 * predecessor back to itself (['deploy', 'qa', 'deploy']), or null when the link is safe.
 */
export function findLinkCycle(plan: Plan, predecessorId: TaskId, successorId: TaskId): TaskId[] | null {
  if (predecessorId === successorId) return [predecessorId, predecessorId];
  const net = buildNetwork(plan);
  const p = net.indexOf.get(predecessorId);
  const s = net.indexOf.get(successorId);
  if (p === undefined || s === undefined) return null;
  const path = pathBetween(net, s, outNode(net, p));
  if (path === null) return null;
  const ids: TaskId[] = [predecessorId];
  for (const node of path) {
    const t = net.tasks[node >= net.taskCount ? node - net.taskCount : node];
    if (t && t.id !== ids[ids.length - 1]) ids.push(t.id);
  }
  if (ids[ids.length - 1] !== predecessorId) ids.push(predecessorId);
  return ids;
}

/** Breadth-first, so the loop reported is a shortest one. Nodes from `from` to `to` inclusive. */
function pathBetween(net: Network, from: number, to: number): number[] | null {
  const cameFrom = new Int32Array(2 * net.taskCount).fill(-2);
  cameFrom[from] = -1;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] ?? 0;
    if (v === to) break;
    for (let k = net.outStart[v] ?? 0; k < (net.outStart[v + 1] ?? 0); k++) {
      const e = net.outEdges[k] ?? 0;
      const w = net.edgeTo[e] ?? 0;
      if (net.disabledEdges[e] || cameFrom[w] !== -2) continue;
      cameFrom[w] = v;
      queue.push(w);
    }
  }
  if (cameFrom[to] === -2) return null;
  const path: number[] = [];
  for (let v = to; v !== -1; v = cameFrom[v] ?? -1) path.push(v);
  return path.reverse();
}

/**
 * "'Deploy' → 'QA' → 'Deploy'" for a loop of task ids; with `rowOf` (tableRowOf), each task by its
 * task table row too, "#4 'Deploy' → #2 'QA' → #4 'Deploy'", so the cells to change can be found.
 */
export function describeCycle(plan: Plan, ids: readonly TaskId[], rowOf?: (id: TaskId) => number | undefined): string {
  return loopPath(ids.map((id) => ({ name: plan.tasks[id]?.name ?? id, tableRow: rowOf?.(id) })));
}

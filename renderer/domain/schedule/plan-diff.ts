/**
 * What changed between two immutable plans, by object identity: the network can be kept while
 * the same tasks (with the same parents) and the same link endpoints exist; then only the tasks
 * and links whose objects are new need work.
 */
import type { Link, Plan, Task } from '../model';
import type { InputTable } from './inputs';
import { linkTypeCode } from './link-math';
import type { Network } from './network';

export interface LinkSpecs {
  /** The plan's link objects, aligned with net.links. */
  readonly objects: readonly Link[];
  readonly types: Uint8Array;
  readonly lags: Float64Array;
  readonly elapsed: Uint8Array;
}

/**
 * Type and lag of every valid link, decoded once while the links are unchanged. `net.links`
 * holds the objects read when the network was built: pass the plan only when it may be newer.
 */
export function linkSpecs(net: Network, plan: Plan | null): LinkSpecs {
  const objects = plan === null ? net.links : net.links.map((l) => plan.links[l.id] ?? l);
  const m = objects.length;
  const specs = { objects, types: new Uint8Array(m), lags: new Float64Array(m), elapsed: new Uint8Array(m) };
  for (let k = 0; k < m; k++) {
    const l = objects[k] as Link;
    specs.types[k] = linkTypeCode(l.type);
    specs.lags[k] = l.lagMinutes;
    specs.elapsed[k] = l.lagIsElapsed ? 1 : 0;
  }
  return specs;
}

/**
 * Indices of tasks whose object changed, or null when a task was added, removed or moved to
 * another parent (the network must be rebuilt). Counting keys is the one full scan of the
 * record; everything else is a lookup per known task.
 */
export function taskChanges(net: Network, inputs: InputTable, prev: Plan, plan: Plan): number[] | null {
  const changed: number[] = [];
  if (prev.tasks === plan.tasks) return changed;
  if (Object.keys(plan.tasks).length !== net.taskCount) return null;
  for (let i = 0; i < net.taskCount; i++) {
    const old = net.tasks[i] as Task;
    const now = plan.tasks[old.id];
    if (!now || now.parentId !== old.parentId) return null;
    if (now !== inputs.tasks[i]) changed.push(i);
  }
  return changed;
}

/**
 * Task indices at both ends of every link whose object changed (a new lag or type), or null
 * when a link was added or removed or an endpoint moved.
 */
export function linkChanges(net: Network, specs: LinkSpecs, prev: Plan, plan: Plan): number[] | null {
  const touched: number[] = [];
  if (prev.links === plan.links) return touched;
  if (Object.keys(plan.links).length !== net.links.length + net.invalidLinks.length) return null;
  for (const old of net.invalidLinks) {
    const now = plan.links[old.id];
    if (!now || now.predecessorId !== old.predecessorId || now.successorId !== old.successorId) return null;
  }
  for (let k = 0; k < net.links.length; k++) {
    const old = net.links[k] as Link;
    const now = plan.links[old.id];
    if (!now || now.predecessorId !== old.predecessorId || now.successorId !== old.successorId) return null;
    if (now === specs.objects[k]) continue;
    touched.push(net.linkPred[k] ?? 0, net.linkSucc[k] ?? 0);
  }
  return touched;
}

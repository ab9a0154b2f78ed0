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
  /** The plan's link objects, aligned with net.links (an array of its own: patchLinkSpecs writes it). */
  readonly objects: Link[];
  readonly types: Uint8Array;
  readonly lags: Float64Array;
  readonly elapsed: Uint8Array;
}

/**
 * Type and lag of every valid link, decoded once while the links are unchanged. `net.links`
 * holds the objects read when the network was built: pass the plan only when it may be newer.
 */
export function linkSpecs(net: Network, plan: Plan | null): LinkSpecs {
  const objects = plan === null ? net.links.slice() : net.links.map((l) => plan.links[l.id] ?? l);
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
 * another parent (the network must be rebuilt), or moved within its parent in a plan with a loop
 * (which link of a loop is ignored depends on the rows' order). Counting keys is the one full scan
 * of the record; everything else is a lookup per known task.
 */
export function taskChanges(net: Network, inputs: InputTable, prev: Plan, plan: Plan): number[] | null {
  const changed: number[] = [];
  if (prev.tasks === plan.tasks) return changed;
  if (Object.keys(plan.tasks).length !== net.taskCount) return null;
  for (let i = 0; i < net.taskCount; i++) {
    const old = net.tasks[i] as Task;
    const now = plan.tasks[old.id];
    if (!now || now.parentId !== old.parentId || (now.rank !== old.rank && net.loops.length > 0)) return null;
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

/**
 * What an edit touched, as the command path knows it from its patches: the plan equals `before`
 * except for these task and link ids (changed, added or removed). Other collections (calendars,
 * resources, assignments, the project) are still compared by identity. With it the scheduler
 * looks up only these ids instead of every task of the plan.
 */
export interface PlanEdit {
  readonly before: Plan;
  readonly taskIds: readonly string[];
  readonly linkIds: readonly string[];
}

/** taskChanges, reading only the edited ids; null when the network must be rebuilt. */
export function editedTasks(net: Network, inputs: InputTable, plan: Plan, ids: readonly string[]): number[] | null {
  const changed: number[] = [];
  for (const id of ids) {
    const i = net.indexOf.get(id);
    const now = plan.tasks[id];
    if (i === undefined || now === undefined) {
      if (i === undefined && now === undefined) continue;
      return null;
    }
    const old = net.tasks[i] as Task;
    if (old.parentId !== now.parentId || (old.rank !== now.rank && net.loops.length > 0)) return null;
    if (now !== inputs.tasks[i]) changed.push(i);
  }
  return changed;
}

const LINK_SLOTS = new WeakMap<Network, ReadonlyMap<string, number>>();

/** Valid links by id to their index in net.links, invalid ones to -1 - their index in net.invalidLinks. */
function linkSlots(net: Network): ReadonlyMap<string, number> {
  let slots = LINK_SLOTS.get(net);
  if (!slots) {
    const map = new Map<string, number>();
    net.links.forEach((l, k) => map.set(l.id, k));
    net.invalidLinks.forEach((l, k) => map.set(l.id, -1 - k));
    LINK_SLOTS.set(net, (slots = map));
  }
  return slots;
}

/** linkChanges, reading only the edited ids; null when a link was added or removed or an endpoint moved. */
export function editedLinks(net: Network, specs: LinkSpecs, plan: Plan, ids: readonly string[], linksOut: number[]): number[] | null {
  const touched: number[] = [];
  const slots = linkSlots(net);
  for (const id of ids) {
    const k = slots.get(id);
    const now = plan.links[id];
    if (k === undefined || now === undefined) {
      if (k === undefined && now === undefined) continue;
      return null;
    }
    const old = (k >= 0 ? net.links[k] : net.invalidLinks[-1 - k]) as Link;
    if (now.predecessorId !== old.predecessorId || now.successorId !== old.successorId) return null;
    if (k < 0 || now === specs.objects[k]) continue;
    touched.push(net.linkPred[k] ?? 0, net.linkSucc[k] ?? 0);
    linksOut.push(k);
  }
  return touched;
}

/** Specs with these links (net.links indices) decoded again from the plan, in place: the old specs are consumed. */
export function patchLinkSpecs(specs: LinkSpecs, plan: Plan, links: readonly number[]): LinkSpecs {
  const { objects } = specs;
  for (const k of links) {
    const l = plan.links[(objects[k] as Link).id] as Link;
    objects[k] = l;
    specs.types[k] = linkTypeCode(l.type);
    specs.lags[k] = l.lagMinutes;
    specs.elapsed[k] = l.lagIsElapsed ? 1 : 0;
  }
  return specs;
}

/**
 * The PlanEdit of a command's patches (immer paths start with the collection and the id), or
 * null when a patch replaced a whole task or link collection and the ids are not known.
 */
export function planEditOf(before: Plan, patches: readonly { readonly path: readonly (string | number)[] }[]): PlanEdit | null {
  const taskIds: string[] = [];
  const linkIds: string[] = [];
  for (const { path } of patches) {
    const [collection, id] = path;
    if (collection === undefined) return null;
    if (collection !== 'tasks' && collection !== 'links') continue;
    if (id === undefined) return null;
    (collection === 'tasks' ? taskIds : linkIds).push(String(id));
  }
  return { before, taskIds, linkIds };
}

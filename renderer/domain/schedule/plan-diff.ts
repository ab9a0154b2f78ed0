/**
 * What changed between two immutable plans, by object identity: the network can be kept while
 * the same tasks (with the same parents) and the same link endpoints exist; then only the tasks
 * and links whose objects are new need work.
 */
import type { CalendarSet } from '../calendar';
import type { Link, LinkType, Plan, Task } from '../model';
import type { TaskInput } from './inputs';
import type { LagSpec } from './link-math';
import type { Network } from './network';

export interface LinkSpecs {
  /** The plan's link objects, aligned with net.links. */
  readonly objects: readonly Link[];
  readonly types: readonly LinkType[];
  readonly lags: readonly (LagSpec | null)[];
  readonly backLags: readonly (LagSpec | null)[];
}

/** Type and lag of every valid link, decoded once while the links are unchanged. */
export function linkSpecs(net: Network, plan: Plan, cals: CalendarSet): LinkSpecs {
  const objects = net.links.map((l) => plan.links[l.id] ?? l);
  return {
    objects,
    types: objects.map((l) => l.type),
    lags: objects.map((l) => (l.lagMinutes === 0 ? null : { lag: l.lagMinutes, elapsed: l.lagIsElapsed, lagCal: cals.project })),
    backLags: objects.map((l) => (l.lagMinutes === 0 ? null : { lag: -l.lagMinutes, elapsed: l.lagIsElapsed, lagCal: cals.project })),
  };
}

/**
 * Indices of tasks whose object changed, or null when a task was added, removed or moved to
 * another parent (the network must be rebuilt). Counting keys is the one full scan of the
 * record; everything else is a lookup per known task.
 */
export function taskChanges(net: Network, inputs: readonly TaskInput[], prev: Plan, plan: Plan): number[] | null {
  const changed: number[] = [];
  if (prev.tasks === plan.tasks) return changed;
  if (Object.keys(plan.tasks).length !== net.taskCount) return null;
  for (let i = 0; i < net.taskCount; i++) {
    const old = net.tasks[i] as Task;
    const now = plan.tasks[old.id];
    if (!now || now.parentId !== old.parentId) return null;
    if (now !== inputs[i]?.task) changed.push(i);
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
    touched.push(net.indexOf.get(old.predecessorId) ?? 0, net.indexOf.get(old.successorId) ?? 0);
  }
  return touched;
}

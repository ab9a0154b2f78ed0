/**
 * The outline and assignment lookups the money passes walk, built once per plan record instead
 * of once per pass. Plans are immutable values (every edit goes through immer and makes new
 * records; the cost roller and the scheduler already rely on that, comparing records by
 * identity), so a record seen before has the same tasks or assignments it had then and its
 * tree can be reused. Profiled at 10,000 tasks, enumerating the record, ordering it deepest
 * first and grouping assignments took over half of earnedValue's time when done on every call.
 */
import type { Assignment, Plan, Task } from '../model';
import { valuesOf } from '../schedule/records';

export interface TaskTree {
  /** Every task, deepest first: a task always comes after all of its subtasks. */
  readonly order: readonly Task[];
  /** Position in `order` of each task's parent; -1 for a top-level task or a parent missing from the plan. */
  readonly parentAt: Int32Array;
  /** Position in `order` of each task id. */
  readonly positionOf: ReadonlyMap<string, number>;
}

const trees = new WeakMap<Plan['tasks'], TaskTree>();
const planOrders = new WeakMap<Plan['tasks'], readonly Task[]>();
const assignmentLists = new WeakMap<Plan['assignments'], ReadonlyMap<string, readonly Assignment[]>>();

/** The plan's tasks deepest first with their parents' positions; one build per tasks record. */
export function taskTree(tasks: Plan['tasks']): TaskTree {
  let tree = trees.get(tasks);
  if (!tree) {
    tree = buildTree(tasks);
    trees.set(tasks, tree);
  }
  return tree;
}

/** The plan's tasks in the record's own order (as valuesOf gives them); one enumeration per tasks record. */
export function tasksInPlanOrder(tasks: Plan['tasks']): readonly Task[] {
  let list = planOrders.get(tasks);
  if (!list) {
    list = valuesOf(tasks);
    planOrders.set(tasks, list);
  }
  return list;
}

/**
 * Tasks deepest first, so each is complete before it is added to its parent. Iterative (outline
 * depth is unbounded) and linear: depths are memoised up the parent chain, then bucketed. Within
 * a depth, tasks keep the record's order, so summing in this order adds a parent's children in
 * plan order.
 */
export function deepestFirstOrder(tasks: Plan['tasks']): Task[] {
  const all = valuesOf(tasks);
  const depth = new Map<string, number>();
  const chain: Task[] = [];
  let deepest = 0;
  for (const task of all) {
    chain.length = 0;
    let at: Task | undefined = task;
    let base = 0;
    while (at) {
      const known = depth.get(at.id);
      if (known !== undefined) {
        base = known + 1;
        break;
      }
      chain.push(at);
      // A parent cycle (refused by the import gate) stops at the plan's size instead of looping.
      at = at.parentId !== null && chain.length <= all.length ? tasks[at.parentId] : undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const d = base + (chain.length - 1 - i);
      depth.set((chain[i] as Task).id, d);
      if (d > deepest) deepest = d;
    }
  }
  const buckets: Task[][] = Array.from({ length: deepest + 1 }, () => []);
  for (const task of all) buckets[depth.get(task.id) ?? 0]?.push(task);
  return buckets.reverse().flat();
}

function buildTree(tasks: Plan['tasks']): TaskTree {
  const order = deepestFirstOrder(tasks);
  const positionOf = new Map<string, number>();
  for (let i = 0; i < order.length; i++) positionOf.set((order[i] as Task).id, i);
  const parentAt = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const parentId = (order[i] as Task).parentId;
    parentAt[i] = parentId === null ? -1 : (positionOf.get(parentId) ?? -1);
  }
  return { order, parentAt, positionOf };
}

/** Each task's assignments in plan order; one build per assignments record. */
export function assignmentIndex(assignments: Plan['assignments']): ReadonlyMap<string, readonly Assignment[]> {
  let index = assignmentLists.get(assignments);
  if (!index) {
    const byTask = new Map<string, Assignment[]>();
    for (const a of valuesOf(assignments)) {
      const list = byTask.get(a.taskId);
      if (list) list.push(a);
      else byTask.set(a.taskId, [a]);
    }
    index = byTask;
    assignmentLists.set(assignments, index);
  }
  return index;
}


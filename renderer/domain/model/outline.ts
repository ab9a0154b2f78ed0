/**
 * The task outline: parent/child tree ordered by rank, walked in display (pre-)order,
 * with WBS numbers (1, 1.2, 1.2.3) as MS Project shows them.
 */
import type { TaskId } from './ids';
import type { Plan, Task } from './plan';
import { changedIdsSince } from './record-edits';

export interface OutlineRow {
  readonly task: Task;
  /** 0 for a top-level task. */
  readonly depth: number;
  /** '1.2.3' */
  readonly wbs: string;
  readonly hasChildren: boolean;
}

export type ChildIndex = ReadonlyMap<TaskId | null, readonly Task[]>;

/** Children of every task (and of the root, key null), each list sorted by rank then id. */
export function childIndex(tasks: Plan['tasks']): ChildIndex {
  const index = new Map<TaskId | null, Task[]>();
  for (const task of Object.values(tasks)) {
    const parent = task.parentId !== null && tasks[task.parentId] ? task.parentId : null;
    const list = index.get(parent);
    if (list) list.push(task);
    else index.set(parent, [task]);
  }
  for (const list of index.values()) {
    list.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return index;
}

/**
 * Tasks in display order with depth and WBS. `isCollapsed` hides the descendants of a task.
 * Iterative, so a 50,000-task plan of any depth cannot overflow the stack.
 */
export function outlineRows(
  tasks: Plan['tasks'],
  isCollapsed: (id: TaskId) => boolean = () => false,
  index: ChildIndex = childIndex(tasks),
): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const stack: { task: Task; depth: number; wbs: string }[] = [];
  const pushChildren = (parent: TaskId | null, depth: number, prefix: string): void => {
    const kids = index.get(parent) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ task: kid, depth, wbs: prefix ? `${prefix}.${String(i + 1)}` : String(i + 1) });
    }
  };
  pushChildren(null, 0, '');
  for (let item = stack.pop(); item; item = stack.pop()) {
    const hasChildren = (index.get(item.task.id)?.length ?? 0) > 0;
    rows.push({ task: item.task, depth: item.depth, wbs: item.wbs, hasChildren });
    if (hasChildren && !isCollapsed(item.task.id)) pushChildren(item.task.id, item.depth + 1, item.wbs);
  }
  return rows;
}

const fullOutlines = new WeakMap<Plan['tasks'], readonly OutlineRow[]>();

/**
 * The whole outline (nothing collapsed) of one tasks record, kept while that record lives: the
 * task table and the Gantt show the same plan, so a view switch reuses the walk the other view
 * made instead of sorting every task's children and walking 10,000 tasks again on mount.
 */
export function fullOutline(tasks: Plan['tasks']): readonly OutlineRow[] {
  let rows = fullOutlines.get(tasks);
  if (!rows) fullOutlines.set(tasks, (rows = outlineRows(tasks)));
  return rows;
}

const outlineIndexes = new WeakMap<readonly OutlineRow[], ReadonlyMap<string, number>>();

/**
 * Each task's position in these outline rows (0 for the first), kept while the rows live. The
 * Gantt finds its rows by it and the Predecessors column numbers rows by it (position + 1): with
 * nothing collapsed both read fullOutline's rows, so one map serves both (a 10,000-entry map is
 * about a quarter of a megabyte, heap snapshot).
 */
export function outlineIndexOf(rows: readonly OutlineRow[]): ReadonlyMap<string, number> {
  let index = outlineIndexes.get(rows);
  if (!index) {
    const byId = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) byId.set((rows[i] as OutlineRow).task.id, i);
    outlineIndexes.set(rows, (index = byId));
  }
  return index;
}

/**
 * The rows of a full outline left showing when `isCollapsed` hides descendants: what
 * outlineRows(tasks, isCollapsed) returns. With nothing hidden it is `full` itself, not a copy.
 */
export function visibleOutline(full: readonly OutlineRow[], isCollapsed: (id: TaskId) => boolean): readonly OutlineRow[] {
  let rows: OutlineRow[] | null = null;
  let hiddenBelowDepth = Infinity;
  for (let i = 0; i < full.length; i++) {
    const row = full[i];
    if (!row) continue;
    if (row.depth > hiddenBelowDepth) {
      // The first hidden row: the rows before it are kept, copied once.
      rows ??= full.slice(0, i);
      continue;
    }
    hiddenBelowDepth = row.hasChildren && isCollapsed(row.task.id) ? row.depth : Infinity;
    rows?.push(row);
  }
  return rows ?? full;
}

/**
 * True when no task moved in the outline between two versions of a plan's tasks: the same tasks
 * with the same parents and ranks (names, dates and progress do not matter), so row numbers, WBS
 * and depth still hold. Pushes the ids of the tasks whose objects changed onto `changed`.
 * `beforeCount` is the number of tasks in `before` (callers keep it, so no key array is built).
 */
export function sameOutline(before: Plan['tasks'], beforeCount: number, after: Plan['tasks'], changed: string[] = []): boolean {
  if (before === after) return true;
  const edited = changedIdsSince(before, after);
  if (edited) return sameOutlineAt(before, after, edited, changed);
  // for-in, not Object.keys: no 10,000-entry arrays on every edit.
  let count = 0;
  for (const id in after) {
    count++;
    const a = after[id];
    const b = before[id];
    if (a === b) continue;
    if (!a || !b || a.parentId !== b.parentId || a.rank !== b.rank) return false;
    changed.push(id);
  }
  return count === beforeCount;
}

/** sameOutline over the ids a recorded edit touched (every other entry is the same object). */
function sameOutlineAt(before: Plan['tasks'], after: Plan['tasks'], edited: readonly string[], changed: string[]): boolean {
  const seen = new Set<string>();
  for (const id of edited) {
    if (seen.has(id)) continue;
    seen.add(id);
    const a = after[id];
    const b = before[id];
    if (a === b) continue;
    if (!a || !b || a.parentId !== b.parentId || a.rank !== b.rank) return false;
    changed.push(id);
  }
  return true;
}

/** All descendants of a task (not including it). */
export function descendantIds(index: ChildIndex, id: TaskId): TaskId[] {
  const out: TaskId[] = [];
  const stack = [...(index.get(id) ?? [])];
  for (let t = stack.pop(); t; t = stack.pop()) {
    out.push(t.id);
    stack.push(...(index.get(t.id) ?? []));
  }
  return out;
}

/** Ancestors from the parent up to the root. */
export function ancestorIds(tasks: Plan['tasks'], id: TaskId): TaskId[] {
  const out: TaskId[] = [];
  const seen = new Set<string>([id]);
  for (let p = tasks[id]?.parentId ?? null; p !== null && !seen.has(p); p = tasks[p]?.parentId ?? null) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

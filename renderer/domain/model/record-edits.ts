/**
 * Which entries of a plan collection an edit touched, remembered beside the collection record the
 * edit produced. A record is immutable (immer), so "record B was made from record A by changing
 * ids X" stays true for as long as B exists. Derived structures (the outline's row numbers, the
 * Gantt's rows, the stored buckets) keep the record they were built from and ask for the ids
 * changed since, so a one-task edit of a 10,000-task plan costs that task, not a pass over all of
 * them. Anything that did not come through a recorded edit answers null: the caller rebuilds.
 */
import type { Plan } from './plan';

/** The collections of a plan that are records of entities by id. */
export type EntityCollection = Exclude<keyof Plan, 'project'>;

interface RecordEdit {
  /** Weak, so a chain of edits does not keep every earlier 10,000-entry record alive. */
  readonly before: WeakRef<object>;
  readonly ids: readonly string[];
}

const EDITS = new WeakMap<object, RecordEdit>();

/** Edits a chain may span before the caller is better off rebuilding. */
const MAX_CHAIN = 16;

/**
 * Remembers, for every collection `after` changed, the ids the patches touched. A patch that
 * replaced a whole collection (its path names no id) records nothing for it, so callers rebuild.
 */
export function recordPlanEdit(before: Plan, after: Plan, patches: readonly { readonly path: readonly (string | number)[] }[]): void {
  const touched = new Map<string, string[] | null>();
  for (const { path } of patches) {
    const [collection, id] = path;
    if (typeof collection !== 'string' || collection === 'project') continue;
    const ids = touched.has(collection) ? touched.get(collection) : [];
    if (ids === null || ids === undefined) continue;
    if (id === undefined) touched.set(collection, null);
    else {
      ids.push(String(id));
      touched.set(collection, ids);
    }
  }
  for (const [collection, ids] of touched) {
    const from = before[collection as EntityCollection] as object | undefined;
    const to = after[collection as EntityCollection] as object | undefined;
    if (ids === null || !from || !to || from === to || EDITS.has(to)) continue;
    EDITS.set(to, { before: new WeakRef(from), ids });
  }
}

/**
 * The ids whose entries may differ between two versions of one collection record (added,
 * removed or changed; possibly with repeats), or null when `after` was not reached from
 * `before` through recorded edits. The same record gives [].
 */
export function changedIdsSince(before: object, after: object): readonly string[] | null {
  if (before === after) return [];
  const ids: string[] = [];
  let current: object = after;
  for (let step = 0; step < MAX_CHAIN; step++) {
    const edit = EDITS.get(current);
    const previous = edit?.before.deref();
    if (!edit || !previous) return null;
    ids.push(...edit.ids);
    if (previous === before) return ids;
    current = previous;
  }
  return null;
}

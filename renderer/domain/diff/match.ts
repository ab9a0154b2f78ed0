/**
 * Which entity of one plan is which of another's. Tasks match by Plotline id, else by the
 * author's UID (an MS Project file's task UID, kept in extra.mspdiUid on import), else by WBS
 * number and name, else (only between plans that do not share their ids, see `sharesIds`) by
 * name where the WBS number moved; people, calendars and board columns by id, else by name; links
 * by id, else by their two (matched) tasks and type; assignments by id, else by (matched) task and
 * person. Every other collection by id only. The id rule always goes first, so a second plan's
 * entity is never renamed onto an id the second plan itself uses.
 */
import type { Plan, PlanCollection, Task } from '../model';
import type { Renames } from './refs';
import type { MatchRule } from './types';

export interface Matching {
  /** Second-plan id -> first-plan id, for entities matched under different ids. */
  readonly toFirst: Renames;
  /** First-plan task id -> the rule that matched it. */
  readonly taskRules: Readonly<Record<string, MatchRule>>;
  /** Rules of other matched-by-other-than-id entities, keyed 'collection/firstId'. */
  readonly otherRules: Readonly<Record<string, MatchRule>>;
}

type Keyed = Readonly<Record<string, object>>;

/** Ids of `a` absent from `b`, sorted: the only candidates for a rule other than the id. */
function unmatchedIds(a: Keyed, b: Keyed): string[] {
  if (a === b) return [];
  const out: string[] = [];
  for (const id in a) if (b[id] === undefined) out.push(id);
  return out.sort();
}

interface Lone {
  readonly a: readonly string[];
  readonly b: readonly string[];
}

const loneOf = (a: Keyed, b: Keyed): Lone => ({ a: unmatchedIds(a, b), b: unmatchedIds(b, a) });

/**
 * Pairs unmatched entities of `a` and `b` by a key (null = no key). Only keys unique on both sides
 * pair up, so a duplicated name never guesses. Only entities whose id is missing on the other side
 * take part, so a big plan with a few edits costs little.
 */
function pairBy(a: Keyed, b: Keyed, lone: Lone, taken: Set<string>, renames: Map<string, string>, key: (e: object, side: 'a' | 'b') => string | null): string[] {
  const loneA = lone.a.filter((id) => !taken.has(id));
  const loneB = lone.b.filter((id) => !renames.has(id));
  if (loneA.length === 0 || loneB.length === 0) return [];
  const index = (record: Keyed, side: 'a' | 'b', ids: readonly string[]): Map<string, string | null> => {
    const out = new Map<string, string | null>();
    for (const id of ids) {
      const entity = record[id];
      const k = entity === undefined ? null : key(entity, side);
      if (k !== null) out.set(k, out.has(k) ? null : id);
    }
    return out;
  };
  const fromA = index(a, 'a', loneA);
  const paired: string[] = [];
  for (const [k, bId] of index(b, 'b', loneB)) {
    const aId = fromA.get(k);
    if (bId === null || aId === undefined || aId === null) continue;
    renames.set(bId, aId);
    taken.add(aId);
    paired.push(aId);
  }
  return paired;
}

function authorUid(task: object): string | null {
  const extra = (task as { extra?: Record<string, unknown> }).extra;
  const uid = extra?.mspdiUid;
  return typeof uid === 'number' || typeof uid === 'string' ? String(uid) : null;
}

/**
 * WBS number and name of the given tasks only (outline.ts numbers them the same way: siblings by
 * rank then id, a missing parent counting as the root). Only the sibling lists along those tasks'
 * ancestry are sorted, so matching a few lone tasks of a 10,000-task plan does not walk its outline.
 */
function wbsNames(tasks: Plan['tasks'], ids: readonly string[]): ReadonlyMap<string, string> {
  const parentOf = (task: Task): string | null => (task.parentId !== null && tasks[task.parentId] ? task.parentId : null);
  const siblings = new Map<string | null, Task[]>();
  for (const task of Object.values(tasks)) {
    const parent = parentOf(task);
    const list = siblings.get(parent);
    if (list) list.push(task);
    else siblings.set(parent, [task]);
  }
  const positions = new Map<string | null, Map<string, number>>();
  const position = (parent: string | null, id: string): number => {
    let at = positions.get(parent);
    if (at === undefined) {
      const list = siblings.get(parent) ?? [];
      list.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      at = new Map(list.map((t, i) => [t.id, i + 1]));
      positions.set(parent, at);
    }
    return at.get(id) ?? 0;
  };
  const out = new Map<string, string>();
  for (const id of ids) {
    const task = tasks[id];
    if (task === undefined) continue;
    const parts: number[] = [];
    const seen = new Set<string>();
    // A parent loop (which the gate repairs) has no WBS: the task is left out, as outlineRows leaves it out.
    for (let at: Task | undefined = task; at !== undefined && !seen.has(at.id); ) {
      seen.add(at.id);
      const parent = parentOf(at);
      parts.push(position(parent, at.id));
      at = parent === null ? undefined : tasks[parent];
      if (parent === null) {
        out.set(id, `${parts.reverse().join('.')}\u0000${matchingName(task.name)}`);
        break;
      }
    }
  }
  return out;
}

/**
 * A name as matching reads it: without the spaces around it, which one tool keeps and another
 * trims (GanttProject's sample "Construction completed " is "Construction completed" once through
 * MS Project XML), so such a task is matched and named as renamed, not removed and added.
 */
function matchingName(name: string): string {
  return name.trim();
}

/**
 * Names along the outline of the given tasks ('Phase 1\u0000Build'): unlike the WBS number it
 * stays when a task is inserted or removed above, which renumbers everything below.
 */
function namePaths(tasks: Plan['tasks'], ids: readonly string[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const names: string[] = [];
    const seen = new Set<string>();
    let at: Task | undefined = tasks[id];
    for (; at !== undefined && !seen.has(at.id); at = at.parentId === null ? undefined : tasks[at.parentId]) {
      seen.add(at.id);
      names.push(matchingName(at.name));
    }
    // A parent loop has no path, as it has no WBS number.
    if (at === undefined && names[0] !== '') out.set(id, names.reverse().join('\u0000'));
  }
  return out;
}

function taskNames(tasks: Plan['tasks'], ids: readonly string[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const name = matchingName(tasks[id]?.name ?? '');
    if (name !== '') out.set(id, name);
  }
  return out;
}

/**
 * Whether the two plans' task ids are the same identities: the same project, or copies of one
 * plan file (the same lineage). Then a task whose id one side lacks was added or removed there,
 * and is not paired by its name alone; between plans that do not share ids (an MS Project or
 * GanttProject round trip, a plan from a template) the name is the best identity left.
 */
export function sharesIds(a: Plan, b: Plan): boolean {
  if (a.project.id === b.project.id) return true;
  const la = a.project.lineage?.planId;
  return la !== undefined && la === b.project.lineage?.planId;
}

/**
 * A task whose WBS number moved (a task inserted or removed above it, in either plan) keeps its
 * name: paired by the names along its outline, then by its name alone, each unique on both sides.
 */
function pairMovedByName(a: Plan, b: Plan, lone: Lone, taken: Set<string>, renames: Map<string, string>): string[] {
  const paired: string[] = [];
  for (const keysOf of [namePaths, taskNames]) {
    const loneA = lone.a.filter((id) => !taken.has(id));
    const loneB = lone.b.filter((id) => !renames.has(id));
    if (loneA.length === 0 || loneB.length === 0) break;
    const ka = keysOf(a.tasks, loneA);
    const kb = keysOf(b.tasks, loneB);
    const key = (e: object, side: 'a' | 'b'): string | null => (side === 'a' ? ka : kb).get((e as { id: string }).id) ?? null;
    paired.push(...pairBy(a.tasks, b.tasks, lone, taken, renames, key));
  }
  return paired;
}

const named = (e: object): string | null => {
  const name = (e as { name?: unknown }).name;
  const key = typeof name === 'string' ? matchingName(name).toLowerCase() : '';
  return key !== '' ? key : null;
};

/** Matches `b`'s entities onto `a`'s. */
export function matchPlans(a: Plan, b: Plan): Matching {
  const taskRules: Record<string, MatchRule> = {};
  const otherRules: Record<string, MatchRule> = {};
  for (const id of Object.keys(a.tasks)) if (b.tasks[id] !== undefined) taskRules[id] = 'id';
  const tasks = new Map<string, string>();
  const takenTasks = new Set<string>();
  const loneTasks = loneOf(a.tasks, b.tasks);
  for (const id of pairBy(a.tasks, b.tasks, loneTasks, takenTasks, tasks, authorUid)) taskRules[id] = 'uid';
  if (loneTasks.a.some((id) => !takenTasks.has(id)) && loneTasks.b.some((id) => !tasks.has(id))) {
    const wa = wbsNames(a.tasks, loneTasks.a.filter((id) => !takenTasks.has(id)));
    const wb = wbsNames(b.tasks, loneTasks.b.filter((id) => !tasks.has(id)));
    const byWbs = (e: object, side: 'a' | 'b'): string | null => (side === 'a' ? wa : wb).get((e as { id: string }).id) ?? null;
    for (const id of pairBy(a.tasks, b.tasks, loneTasks, takenTasks, tasks, byWbs)) taskRules[id] = 'wbs-name';
    if (!sharesIds(a, b)) for (const id of pairMovedByName(a, b, loneTasks, takenTasks, tasks)) taskRules[id] = 'name';
  }
  const toFirst: Record<string, Map<string, string>> = { tasks };
  for (const kind of ['resources', 'calendars', 'columns'] as const) {
    const map = new Map<string, string>();
    for (const id of pairBy(a[kind], b[kind], loneOf(a[kind], b[kind]), new Set(), map, named)) otherRules[`${kind}/${id}`] = 'name';
    toFirst[kind] = map;
  }
  const inA = (kind: PlanCollection, id: string): string => toFirst[kind]?.get(id) ?? id;
  const linkEnds = (e: object, side: 'a' | 'b'): string => {
    const l = e as { predecessorId: string; successorId: string; type: string };
    return side === 'a' ? `${l.predecessorId}>${l.successorId}>${l.type}` : `${inA('tasks', l.predecessorId)}>${inA('tasks', l.successorId)}>${l.type}`;
  };
  const assignEnds = (e: object, side: 'a' | 'b'): string => {
    const x = e as { taskId: string; resourceId: string };
    return side === 'a' ? `${x.taskId}>${x.resourceId}` : `${inA('tasks', x.taskId)}>${inA('resources', x.resourceId)}`;
  };
  for (const [kind, key] of [['links', linkEnds], ['assignments', assignEnds]] as const) {
    const map = new Map<string, string>();
    for (const id of pairBy(a[kind], b[kind], loneOf(a[kind], b[kind]), new Set(), map, key)) otherRules[`${kind}/${id}`] = 'ends';
    toFirst[kind] = map;
  }
  return { toFirst, taskRules, otherRules };
}

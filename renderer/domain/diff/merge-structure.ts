/**
 * The structure a merge must keep: every task's parent exists and is not its own subtask, no
 * link closes a loop, and a summary left with no subtasks is explained. Each repair is named as a
 * conflict notice with the task names, so the preview says what the merge did and why; a loop's
 * tasks also by their row in the merged plan's task table, the one a person can go and find.
 */
import { type Link, type Plan, type PlanCollection, type Task, type TaskId } from '../model';
import { buildNetwork } from '../schedule/network';
import { describeCycle, findLinkCycle } from '../schedule/cycles';
import { tableRowOf } from '../schedule/issues';
import { unionLineage } from './lineage';
import type { Renames } from './refs';
import { renameIds } from './refs';
import type { MergeConflict } from './types';
import type { MergeState } from './merge';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const quoted = (task: Task | undefined, id: string): string => `'${task?.name ?? id}'`;

function notice(s: MergeState, c: Omit<MergeConflict, 'resolution' | 'isChoosable'>): void {
  if (!s.conflicts.some((x) => x.id === c.id)) s.conflicts.push({ ...c, resolution: 'ours', isChoosable: false });
}

/** Fixes the merged plan's outline and links; `theirs` is their copy in base ids. */
export function fixStructure(s: MergeState, merged: Plan, theirs: Plan): Plan {
  const tasks: Record<string, Task> = { ...merged.tasks };
  reparentOrphans(s, tasks, theirs);
  breakParentLoops(s, tasks);
  noteEmptySummaries(s, tasks);
  const withTasks: Plan = { ...merged, tasks };
  return { ...withTasks, links: breakLinkLoops(s, withTasks) };
}

/** A task whose parent was deleted moves up to the nearest ancestor that survived. */
function reparentOrphans(s: MergeState, tasks: Record<string, Task>, theirs: Plan): void {
  for (const id of Object.keys(tasks).sort()) {
    const task = tasks[id];
    if (task === undefined || task.parentId === null || task.parentId in tasks) continue;
    let parent: TaskId | null = task.parentId;
    const seen = new Set<string>();
    while (parent !== null && !(parent in tasks) && !seen.has(parent)) {
      seen.add(parent);
      parent = (s.base.tasks[parent] ?? theirs.tasks[parent] ?? s.ours.tasks[parent])?.parentId ?? null;
    }
    tasks[id] = { ...task, parentId: parent !== null && parent in tasks ? parent : null };
  }
}

/** Their move that puts a task under its own subtask (with our moves) is undone. */
function breakParentLoops(s: MergeState, tasks: Record<string, Task>): void {
  for (const id of Object.keys(tasks).sort()) {
    const seen = new Set<string>([id]);
    let at = tasks[id]?.parentId ?? null;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      at = tasks[at]?.parentId ?? null;
    }
    if (at !== id) continue;
    const task = tasks[id];
    const ours = s.ours.tasks[id];
    if (task === undefined) continue;
    const back: Mutable<Task> = { ...task, parentId: ours !== undefined && (ours.parentId === null || ours.parentId in tasks) ? ours.parentId : null };
    if (ours) back.rank = ours.rank;
    tasks[id] = back;
    notice(s, {
      id: `parent-loop:tasks/${id}`, kind: 'parent-loop', collection: 'tasks', entityId: id, label: `task ${quoted(task, id)}`,
      message: `Their copy moved ${quoted(task, id)} under one of its own subtasks (with your moves, a loop); it stays where you put it.`,
    });
  }
}

function noteEmptySummaries(s: MergeState, tasks: Record<string, Task>): void {
  const parents = new Set<string>();
  for (const task of Object.values(tasks)) if (task.parentId !== null) parents.add(task.parentId);
  for (const id of Object.keys(tasks).sort()) {
    const task = tasks[id];
    if (task === undefined || task.kind !== 'summary' || parents.has(id)) continue;
    notice(s, {
      id: `empty-summary:tasks/${id}`, kind: 'empty-summary', collection: 'tasks', entityId: id, label: `task ${quoted(task, id)}`,
      message: `The summary ${quoted(task, id)} is left with no subtasks (one copy deleted or moved them all); it becomes a normal task.`,
    });
  }
}

/**
 * Links that would close a loop are left out: first their new or changed links are set aside and
 * added back one at a time (the engine's own loop rule, which counts the outline); any loop that
 * is still there after that is broken where the engine breaks it.
 */
function breakLinkLoops(s: MergeState, plan: Plan): Plan['links'] {
  if (buildNetwork(plan).loops.length === 0) return plan.links;
  const links: Record<string, Link> = { ...plan.links };
  const theirs = Object.keys(links).sort().filter((id) => links[id] !== s.ours.links[id]);
  for (const id of theirs) delete links[id];
  for (const id of theirs) {
    const link = plan.links[id];
    if (link === undefined) continue;
    const loop = findLinkCycle({ ...plan, links }, link.predecessorId, link.successorId);
    if (loop === null) links[id] = link;
    else s.linkLoops.push({ link, loop });
  }
  for (let net = buildNetwork({ ...plan, links }); net.loops.length > 0; net = buildNetwork({ ...plan, links })) {
    const before = Object.keys(links).length;
    for (let e = 0; e < net.disabledEdges.length; e++) {
      const link = net.disabledEdges[e] ? net.links[net.edgeLink[e] ?? -1] : undefined;
      if (link === undefined) continue;
      delete links[link.id];
      s.linkLoops.push({ link, loop: null });
    }
    if (Object.keys(links).length === before) break;
  }
  return links;
}

/** The copy's link between the same two tasks (in base ids), if it has one. */
const linkIn = (copy: Plan, link: Link): Link | undefined =>
  Object.values(copy.links).find((l) => l.predecessorId === link.predecessorId && l.successorId === link.successorId);

/**
 * A link left out because it would close a loop, and the loop (task ids from its predecessor back
 * to it; null for one closed only with the outline). It is worded once the merged plan is final
 * (linkLoopNotices), because the rows it names are the merged plan's.
 */
export interface LinkLoop {
  readonly link: Link;
  readonly loop: readonly TaskId[] | null;
}

/**
 * Says whose link is left out and the loop it would close, each task with its row in the merged
 * plan (`rowOf`, in base ids: rowsInMerged): the plan the person has once the merge is applied,
 * where ours or theirs may have numbered the same task differently. `ours` and `theirs` hold the
 * link as each copy has it, so a caller can name the copy.
 */
export function linkLoopNotices(s: MergeState, plan: Plan, rowOf: (id: TaskId) => number | undefined): void {
  for (const { link, loop } of s.linkLoops) {
    const from = quoted(plan.tasks[link.predecessorId], link.predecessorId);
    const to = quoted(plan.tasks[link.successorId], link.successorId);
    const ours = linkIn(s.ours, link);
    const theirs = linkIn(s.theirs, link);
    const whose = ours !== undefined && theirs !== undefined ? `The link ${from} → ${to}, in both copies,`
      : theirs !== undefined ? `Their copy's link ${from} → ${to}` : ours !== undefined ? `Your link ${from} → ${to}` : `The link ${from} → ${to}`;
    const path = describeCycle(plan, loop ?? [link.predecessorId, link.successorId], rowOf);
    const where = loop === null ? `${path}, with the outline and the other links` : path;
    const numbered = rowOf(link.predecessorId) === undefined ? '' : ", numbered by the merged plan's rows";
    notice(s, {
      id: `link-loop:links/${link.id}`, kind: 'link-loop', collection: 'links', entityId: link.id, label: `link ${from} → ${to}`,
      message: `${whose} would close a loop (${where}${numbered}), so it was left out.`,
      ...(ours === undefined ? {} : { ours }), ...(theirs === undefined ? {} : { theirs }),
    });
  }
}

/** base id -> the local plan's id, except where that id is now taken by an entity from their copy. */
function oursIds(merged: Plan, oursToBase: Renames): Renames {
  const back: Renames = {};
  for (const [kind, map] of Object.entries(oursToBase) as [PlanCollection, ReadonlyMap<string, string>][]) {
    const record = merged[kind] as Readonly<Record<string, unknown>>;
    back[kind] = new Map([...map].filter(([oursId]) => !(oursId in record)).map(([oursId, baseId]) => [baseId, oursId]));
  }
  return back;
}

/** Back to the local plan's ids, except where an id is now taken by an entity from their copy. */
export function toOursSpace(merged: Plan, oursToBase: Renames): Plan {
  return renameIds(merged, oursIds(merged, oursToBase));
}

/**
 * Each task's row (as the # column shows it) in `final`, the merged plan as the person gets it (in
 * the local plan's ids), looked up by the task's base id as the merge's notices know it.
 */
export function rowsInMerged(final: Plan, merged: Plan, oursToBase: Renames): (id: TaskId) => number | undefined {
  const rowOf = tableRowOf(final);
  const toOurs = oursIds(merged, oursToBase).tasks;
  return (id) => rowOf((toOurs?.get(id) ?? id) as TaskId);
}

/** The merged plan descends from both copies: their saved revisions join ours, oldest first. */
export function joinLineage(plan: Plan, ours: Plan, theirs: Plan): Plan {
  const lineage = unionLineage(ours.project.lineage, theirs.project.lineage);
  return lineage === undefined ? plan : { ...plan, project: { ...plan.project, lineage } };
}

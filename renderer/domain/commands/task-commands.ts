/** Commands that create, edit, delete and restructure tasks. */
import { castDraft } from 'immer';
import type { ColumnId, TaskId } from '../model/ids';
import { firstColumnOf, newTask } from '../model/factories';
import type { ColumnCategory, Plan, Task } from '../model/plan';
import { rankBetween } from '../model/rank';
import type { Problem } from '../model/result';
import { actualsForProgress, categoryForProgress, progressForActualFinish, type ScheduledDates } from '../board/progress-rules';
import { isCard } from '../board/columns';
import { newCardPlacement, outlineSlotOf, placeCard, unwritten } from './card-placement';
import { defineCommand, type PlanDraft } from './command';
import { dropRiskLinks } from './risk-links';
import { movesDates, validateTaskChanges, labelForTaskChanges, type TaskChanges } from './task-changes';
import {
  draftChildren, isDescendant, rankAfter, rankAtEnd, rankBefore, syncSummaryKinds, taskLabel,
} from './outline-draft';

export interface InsertTaskArgs {
  /** Preset id (tests, imports); otherwise the context makes one. */
  readonly id?: TaskId;
  readonly name: string;
  /** Insert as the next sibling of this task; omitted = last child of parentId. */
  readonly afterId?: TaskId | null;
  /** Insert as the sibling right above this task (MS Project's Insert key); wins over afterId. */
  readonly beforeId?: TaskId | null;
  readonly parentId?: TaskId | null;
  readonly fields?: Partial<Omit<Task, 'id' | 'parentId' | 'rank'>>;
}

export const insertTask = defineCommand<InsertTaskArgs>({
  name: 'insertTask',
  label: (args) => (args.fields?.kind === 'milestone' ? 'Insert milestone' : 'Insert task'),
  apply(draft, args, ctx) {
    const name = args.name.trim();
    if (!name) return { message: 'A task needs a name.' };
    const before = args.beforeId ? draft.tasks[args.beforeId] : undefined;
    if (args.beforeId && !before) return { message: 'The row to insert above no longer exists.' };
    const after = !before && args.afterId ? draft.tasks[args.afterId] : undefined;
    if (!before && args.afterId && !after) return { message: 'The row to insert below no longer exists.' };
    const parentId = before ? before.parentId : after ? after.parentId : (args.parentId ?? null);
    if (parentId !== null && !draft.tasks[parentId]) return { message: 'The parent task no longer exists.' };
    const id = args.id ?? (ctx.newId() as TaskId);
    if (draft.tasks[id]) return { message: `A task with id ${id} already exists.` };
    const column = firstColumnOf(draft, 'not-started');
    const start = draft.project.start;
    const task = newTask(
      {
        id, name, parentId,
        rank: before ? rankBefore(draft, parentId, before.id) : after ? rankAfter(draft, parentId, after.id) : rankAtEnd(draft, parentId),
        start, finish: start,
        statusId: (column?.id ?? '') as ColumnId,
        // Placed in its column below, once the task is in the draft (placeCard).
        boardRank: rankBetween(null, null),
        ...args.fields,
      },
      draft.project.minutesPerDay,
    );
    // Typed into the new row with its name (a duration, a % complete): held to an edit's rules.
    const { durationMinutes, percentComplete, levelingDelayMinutes } = args.fields ?? {};
    const problem = validateTaskChanges(task, {
      ...(durationMinutes === undefined ? {} : { durationMinutes }), ...(percentComplete === undefined ? {} : { percentComplete }),
      ...(levelingDelayMinutes === undefined ? {} : { levelingDelayMinutes }),
    });
    if (problem) return problem;
    draft.tasks[id] = castDraft(task.kind === 'milestone' ? { ...task, durationMinutes: 0 } : task);
    if (args.fields?.boardRank === undefined && isCard(task)) {
      const plan = unwritten(draft);
      const slot = outlineSlotOf(plan, before ? { beforeId: before.id, parentId } : after ? { afterId: after.id, parentId } : { parentId });
      placeCard(draft, plan, id, task.statusId, newCardPlacement(plan, task.statusId, slot));
    }
    syncSummaryKinds(draft, [parentId]);
    return undefined;
  },
});

export interface UpdateTaskArgs {
  readonly id: TaskId;
  readonly changes: TaskChanges;
  /**
   * The engine's dates of the task, when the caller has them: a % complete typed with them records
   * them as actual dates, as MS Project does (actualsForProgress), unless the same edit moves the
   * task (movesDates): they were computed before it.
   */
  readonly scheduled?: ScheduledDates;
  /**
   * The field the person typed, when the change is made to another: a finish typed on an
   * automatically scheduled task changes its duration, and Undo names the finish.
   */
  readonly typedField?: 'finish';
}

export const updateTask = defineCommand<UpdateTaskArgs>({
  name: 'updateTask',
  label: (args) => (args.typedField === 'finish' ? 'Change finish' : labelForTaskChanges(args.changes)),
  apply(draft, args) {
    const task = draft.tasks[args.id];
    if (!task) return { message: 'That task no longer exists.' };
    const problem = validateTaskChanges(task, args.changes);
    if (problem) return problem;
    const durationBefore = task.durationMinutes;
    Object.assign(task, changesThatDiffer(task, args.changes));
    if (args.changes.durationMinutes !== undefined && task.kind !== 'summary') {
      task.kind = args.changes.durationMinutes === 0 ? 'milestone' : args.changes.kind ?? (task.kind === 'milestone' ? 'task' : task.kind);
    }
    if (args.changes.kind === 'milestone') task.durationMinutes = 0;
    if (args.changes.kind === 'task' && task.durationMinutes === 0) task.durationMinutes = draft.project.minutesPerDay;
    const isStartTyped = args.changes.actualStart !== undefined && args.changes.actualStart !== null;
    if (args.changes.percentComplete !== undefined) {
      if (args.changes.statusId === undefined) statusFollowsProgress(draft, task.id, isStartTyped);
      if (task.kind !== 'summary') actualsFollowProgress(task, draft.columns[task.statusId]?.category ?? 'not-started', args);
    } else if (args.changes.actualFinish !== undefined && task.kind !== 'summary') {
      progressFollowsActualFinish(task, args);
      if (args.changes.statusId === undefined) statusFollowsProgress(draft, task.id, task.actualStart !== null);
    } else if (isStartTyped && args.changes.statusId === undefined && draft.columns[task.statusId]?.category === 'not-started') {
      // An actual start alone moves only a card that has not started: a done card keeps its column.
      statusFollowsProgress(draft, task.id, true);
    } else if (args.changes.durationMinutes !== undefined && args.changes.actualFinish === undefined && isDoneTaskResized(task, durationBefore)) {
      doneWorkKeptOnResize(task, durationBefore);
      if (args.changes.statusId === undefined) statusFollowsProgress(draft, task.id, task.actualStart !== null);
    }
    return undefined;
  },
});

/** A finished task (100 %) whose duration the edit changed. */
function isDoneTaskResized(task: PlanDraft['tasks'][string], durationBefore: number): boolean {
  return task.kind === 'task' && task.percentComplete >= 100 && durationBefore > 0 && task.durationMinutes !== durationBefore;
}

/**
 * A done task given a new duration, as MS Project takes it: the work done stays done. Longer, the
 * task is done for its old duration's share and reopens (3d done of 6d: 50 %), so its finish moves
 * out; shorter, it stays done, finishing its new duration after its start. Its actual finish goes
 * either way, for the engine to place the finish from the new duration: kept, it held the bar at
 * the old finish beside the new duration (a 6d task drawn 3 days long).
 */
function doneWorkKeptOnResize(task: PlanDraft['tasks'][string], durationBefore: number): void {
  task.actualFinish = null;
  if (task.durationMinutes > durationBefore) task.percentComplete = Math.floor((100 * durationBefore) / task.durationMinutes);
  if (task.reopenPercentComplete !== undefined) delete task.reopenPercentComplete;
}

/**
 * The changes whose values differ from the task's. A constraint or tags equal to the held ones
 * arrive as new objects, and immer records any new object as a change: the edit would become an
 * undo step that changes nothing.
 */
function changesThatDiffer(task: Task, changes: TaskChanges): TaskChanges {
  const out: { -readonly [K in keyof TaskChanges]: TaskChanges[K] } = {};
  const keep = <K extends keyof TaskChanges>(key: K): void => {
    const value = changes[key];
    if (task[key] !== value && JSON.stringify(task[key]) !== JSON.stringify(value)) out[key] = value;
  };
  for (const key of Object.keys(changes)) keep(key as keyof TaskChanges);
  return out;
}

/**
 * Actual dates as typed progress implies them (actualsForProgress); an actual date typed in the
 * same edit wins. Edits that also move the task record nothing from the dates passed in, only clear.
 */
function actualsFollowProgress(task: PlanDraft['tasks'][string], category: ColumnCategory, args: UpdateTaskArgs): void {
  const isMoved = movesDates(args.changes);
  const implied = actualsForProgress(task, task.percentComplete, category, isMoved ? undefined : args.scheduled);
  if (implied.actualStart !== undefined && args.changes.actualStart === undefined) task.actualStart = implied.actualStart;
  if (implied.actualFinish !== undefined && args.changes.actualFinish === undefined) task.actualFinish = implied.actualFinish;
}

/**
 * An actual finish typed without a % complete completes the task, and cleared reopens it
 * (progressForActualFinish). The engine's start is still the task's start when only actual dates
 * change (a typed actual finish moves the finish, not the start), so it is recorded unless the
 * edit moves the task in another way.
 */
function progressFollowsActualFinish(task: PlanDraft['tasks'][string], args: UpdateTaskArgs): void {
  const { actualStart: _start, actualFinish: _finish, ...others } = args.changes;
  const next = progressForActualFinish(task, movesDates(others) ? undefined : args.scheduled);
  if (next.percentComplete !== task.percentComplete) task.percentComplete = next.percentComplete;
  if (next.actualStart !== task.actualStart) task.actualStart = next.actualStart;
  // Absent rather than undefined, so an undone edit leaves the task exactly as it was.
  if (next.reopenPercentComplete === undefined) delete task.reopenPercentComplete;
  else task.reopenPercentComplete = next.reopenPercentComplete;
}

/**
 * A card whose typed % complete or actual start its column contradicts (100 % in Backlog, an
 * actual start in To do) moves to the top of the first column that agrees (categoryForProgress),
 * as the board would show it after a move there.
 */
export function statusFollowsProgress(draft: PlanDraft, id: TaskId, isStartTyped: boolean): void {
  const task = draft.tasks[id];
  if (!task || !isCard(task)) return;
  const to = categoryForProgress(draft.columns[task.statusId]?.category ?? 'not-started', task.percentComplete, isStartTyped);
  const column = to === null ? undefined : firstColumnOf(draft, to);
  if (!column) return;
  task.statusId = column.id;
  placeCard(draft, unwritten(draft), id, column.id, { at: 'top' });
}

export interface DeleteTasksArgs {
  readonly ids: readonly TaskId[];
}

export const deleteTasks = defineCommand<DeleteTasksArgs>({
  name: 'deleteTasks',
  label: (args) => (args.ids.length === 1 ? 'Delete task' : `Delete ${String(args.ids.length)} tasks`),
  apply(draft, args) {
    const doomed = collectWithDescendants(draft, args.ids);
    if (doomed.size === 0) return { message: 'Those tasks no longer exist.' };
    const parents = new Set<TaskId | null>();
    for (const id of doomed) {
      parents.add(draft.tasks[id]?.parentId ?? null);
      delete draft.tasks[id];
    }
    for (const [id, link] of Object.entries(draft.links)) {
      if (doomed.has(link.predecessorId) || doomed.has(link.successorId)) delete draft.links[id];
    }
    for (const [id, a] of Object.entries(draft.assignments)) if (doomed.has(a.taskId)) delete draft.assignments[id];
    for (const [id, e] of Object.entries(draft.raci)) if (doomed.has(e.taskId)) delete draft.raci[id];
    for (const risk of Object.values(draft.risks)) {
      if (risk.taskIds.some((t) => doomed.has(t))) risk.taskIds = risk.taskIds.filter((t) => !doomed.has(t));
      dropRiskLinks(risk, doomed);
    }
    for (const issue of Object.values(draft.issues)) {
      if (issue.taskIds.some((t) => doomed.has(t))) issue.taskIds = issue.taskIds.filter((t) => !doomed.has(t));
    }
    for (const change of Object.values(draft.changes)) {
      if (change.taskIds.some((t) => doomed.has(t))) change.taskIds = change.taskIds.filter((t) => !doomed.has(t));
    }
    syncSummaryKinds(draft, parents);
    return undefined;
  },
});

function collectWithDescendants(draft: PlanDraft, ids: readonly TaskId[]): Set<TaskId> {
  const out = new Set<TaskId>();
  const stack = ids.filter((id) => draft.tasks[id]);
  const byParent = new Map<string, TaskId[]>();
  for (const t of Object.values(draft.tasks)) {
    if (t.parentId !== null) byParent.set(t.parentId, [...(byParent.get(t.parentId) ?? []), t.id]);
  }
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(byParent.get(id) ?? []));
  }
  return out;
}

export interface OutlineArgs {
  readonly ids: readonly TaskId[];
}

/** Keeps only the top-most selected tasks (a selected child moves with its selected parent). */
function topMost(draft: PlanDraft, ids: readonly TaskId[]): TaskId[] {
  const set = new Set(ids);
  return ids.filter((id) => draft.tasks[id] && ![...set].some((other) => other !== id && isDescendant(draft, id, other)));
}

/** Indent (Tab): each task becomes the last child of the sibling above it, as in MS Project. */
export const indentTasks = defineCommand<OutlineArgs>({
  name: 'indentTasks',
  label: (args) => (args.ids.length === 1 ? 'Indent task' : 'Indent tasks'),
  apply(draft, args) {
    const ids = topMost(draft, args.ids);
    for (const id of ids) {
      const task = draft.tasks[id];
      if (!task) continue;
      const siblings = draftChildren(draft, task.parentId);
      const index = siblings.findIndex((t) => t.id === id);
      const above = index > 0 ? siblings[index - 1] : undefined;
      if (!above) {
        return { message: `${taskLabel(task)} is the first task at its level: there is no task above to indent it under.` };
      }
      const oldParent = task.parentId;
      task.rank = rankAtEnd(draft, above.id);
      task.parentId = above.id;
      syncSummaryKinds(draft, [above.id, oldParent]);
    }
    return undefined;
  },
});

/**
 * Outdent (Shift+Tab): the task moves up one level, right after its parent. As in MS Project
 * the rows below it at its old level become its children, so no row changes position on screen.
 */
export const outdentTasks = defineCommand<OutlineArgs>({
  name: 'outdentTasks',
  label: (args) => (args.ids.length === 1 ? 'Outdent task' : 'Outdent tasks'),
  apply(draft, args) {
    const ids = topMost(draft, args.ids);
    for (const id of [...ids].reverse()) {
      const task = draft.tasks[id];
      if (!task) continue;
      const parent = task.parentId !== null ? draft.tasks[task.parentId] : undefined;
      if (!parent) return { message: `${taskLabel(task)} is already at the top level.` };
      const siblings = draftChildren(draft, parent.id);
      const below = siblings.slice(siblings.findIndex((t) => t.id === id) + 1);
      for (const sibling of below) {
        sibling.rank = rankAtEnd(draft, task.id);
        sibling.parentId = task.id;
      }
      task.rank = rankAfter(draft, parent.parentId, parent.id);
      task.parentId = parent.parentId;
      syncSummaryKinds(draft, [parent.id, task.id]);
    }
    return undefined;
  },
});

export interface MoveTaskArgs {
  readonly id: TaskId;
  readonly parentId: TaskId | null;
  /** Place after this sibling; null = first child. */
  readonly afterId: TaskId | null;
}

/** Moves a task (with its subtree) to a new place in the outline. */
export const moveTask = defineCommand<MoveTaskArgs>({
  name: 'moveTask',
  label: () => 'Move task',
  apply(draft, args) {
    const task = draft.tasks[args.id];
    if (!task) return { message: 'That task no longer exists.' };
    if (args.parentId !== null && (args.parentId === args.id || isDescendant(draft, args.parentId, args.id))) {
      return { message: `${taskLabel(task)} cannot move inside its own subtasks.` };
    }
    if (args.parentId !== null && !draft.tasks[args.parentId]) return { message: 'The new parent no longer exists.' };
    const oldParent = task.parentId;
    task.parentId = args.parentId;
    task.rank = '';
    const siblings = draftChildren(draft, args.parentId).filter((t) => t.id !== args.id);
    const index = args.afterId === null ? -1 : siblings.findIndex((t) => t.id === args.afterId);
    task.rank = rankBetween(index >= 0 ? (siblings[index]?.rank ?? null) : null, siblings[index + 1]?.rank ?? null);
    syncSummaryKinds(draft, [oldParent, args.parentId]);
    return undefined;
  },
});

/** Moves a task one row up or down among its siblings (Alt+Shift+Up/Down). */
export function moveTaskByOne(
  plan: Pick<Plan, 'tasks'>, id: TaskId, direction: 'up' | 'down',
): MoveTaskArgs | Problem {
  const task = plan.tasks[id];
  if (!task) return { message: 'That task no longer exists.' };
  const siblings = draftChildren(plan, task.parentId);
  const index = siblings.findIndex((t) => t.id === id);
  const others = siblings.filter((t) => t.id !== id);
  // `others` lacks the task itself: the sibling two rows up sits at index-2, the one below at index.
  const target = direction === 'up' ? index - 2 : index;
  if ((direction === 'up' && index === 0) || (direction === 'down' && index === siblings.length - 1)) {
    return { message: `${taskLabel(task)} is already the ${direction === 'up' ? 'first' : 'last'} task at its level.` };
  }
  return { id, parentId: task.parentId, afterId: target < 0 ? null : (others[target]?.id ?? null) };
}

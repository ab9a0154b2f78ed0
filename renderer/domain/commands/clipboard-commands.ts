/**
 * Whole-row copy, cut and paste, as in MS Project and Excel: copying rows takes a plan fragment
 * (the rows with their subtasks, the links among them, their people), independent of the plan it
 * came from, so it pastes into this project or another. Links to rows that were not copied are
 * dropped (the other end is not in the fragment), except a cut's, which come back where their
 * other task still is (a move); people are matched by id, then by name, and an
 * assignment to someone who is not on the target team is dropped. One paste is one undoable edit.
 */
import { castDraft, current, original } from 'immer';
import type { AssignmentId, ColumnId, LinkId, ResourceId, TaskId } from '../model/ids';
import { firstColumnOf, newTask } from '../model/factories';
import { childIndex, descendantIds, outlineRows } from '../model/outline';
import type { LinkType, Plan, Task } from '../model/plan';
import { rankBetween } from '../model/rank';
import type { Problem } from '../model/result';
import { admitPlan } from '../formats/admit';
import { defineCommand, type PlanDraft } from './command';
import { rankAtColumnEnd, unwritten } from './card-placement';
import { draftChildren, rankAtEnd, syncSummaryKinds } from './outline-draft';
import { setPredecessors } from './predecessor-commands';
import type { PastedRow } from './table-paste';
import { insertTask, updateTask } from './task-commands';
import { setAssignees } from './team-commands';

/**
 * The import gate (formats/admit.ts) on a pasted plan: a paste, from Plotline or a spreadsheet,
 * can never leave a plan that does not pass the checks every file passes, or does not schedule.
 */
function admitPasted(draft: PlanDraft): Problem | undefined {
  const admitted = admitPlan(current(draft), 'paste');
  return admitted.ok ? undefined : admitted.error;
}

type CopiedFields = Omit<Task, 'id' | 'parentId' | 'rank' | 'statusId' | 'boardRank' | 'extra' | 'reopenPercentComplete'>;

/** One copied row. `parent` is the index of its parent row in the fragment, or null for a top row. */
export interface FragmentTask {
  readonly parent: number | null;
  readonly fields: CopiedFields;
  /** The status column's name, matched by name when pasted into another project. */
  readonly statusName: string | null;
}

export interface FragmentLink {
  readonly from: number;
  readonly to: number;
  readonly type: LinkType;
  readonly lagMinutes: number;
  readonly lagIsElapsed: boolean;
}

export interface FragmentAssignment {
  readonly task: number;
  readonly resourceId: ResourceId;
  readonly resourceName: string;
  readonly units: number;
  readonly workMinutes: number | null;
}

/** A link between a cut row (`row`, its index in the fragment) and a task that was not cut. */
export interface FragmentOutsideLink {
  readonly row: number;
  readonly otherId: TaskId;
  /** The task that was not cut is the predecessor (else the successor). */
  readonly isOtherPredecessor: boolean;
  readonly type: LinkType;
  readonly lagMinutes: number;
  readonly lagIsElapsed: boolean;
}

export interface PlanFragment {
  readonly tasks: readonly FragmentTask[];
  readonly links: readonly FragmentLink[];
  readonly assignments: readonly FragmentAssignment[];
  /**
   * Cut rows only: their links to tasks left in the plan, so cut and paste moves rows as dragging
   * them does (Excel's cut and paste is a move). Pasted where those tasks still are, they are
   * linked again; elsewhere (another project) they are dropped as a copy's are.
   */
  readonly outsideLinks?: readonly FragmentOutsideLink[];
}

/** The chosen rows and all their subtasks, in display order, as a fragment; `isCut` keeps their links to other rows too. */
export function copyRows(plan: Plan, ids: readonly TaskId[], isCut = false): PlanFragment {
  const index = childIndex(plan.tasks);
  const wanted = new Set<TaskId>();
  for (const id of ids) {
    if (!plan.tasks[id]) continue;
    wanted.add(id);
    for (const d of descendantIds(index, id)) wanted.add(d);
  }
  const order = outlineRows(plan.tasks, () => false, index).map((r) => r.task).filter((t) => wanted.has(t.id));
  const position = new Map(order.map((t, i) => [t.id, i]));
  const tasks = order.map((t): FragmentTask => {
    const { id: _id, parentId, rank: _rank, statusId, boardRank: _board, extra: _extra, reopenPercentComplete: _reopen, ...fields } = t;
    return { parent: parentId !== null ? (position.get(parentId) ?? null) : null, fields, statusName: plan.columns[statusId]?.name ?? null };
  });
  const links: FragmentLink[] = [];
  const outsideLinks: FragmentOutsideLink[] = [];
  for (const l of Object.values(plan.links)) {
    const from = position.get(l.predecessorId);
    const to = position.get(l.successorId);
    const lag = { type: l.type, lagMinutes: l.lagMinutes, lagIsElapsed: l.lagIsElapsed };
    if (from !== undefined && to !== undefined) links.push({ from, to, ...lag });
    else if (isCut && to !== undefined) outsideLinks.push({ row: to, otherId: l.predecessorId, isOtherPredecessor: true, ...lag });
    else if (isCut && from !== undefined) outsideLinks.push({ row: from, otherId: l.successorId, isOtherPredecessor: false, ...lag });
  }
  const assignments: FragmentAssignment[] = [];
  for (const a of Object.values(plan.assignments)) {
    const task = position.get(a.taskId);
    if (task === undefined) continue;
    assignments.push({ task, resourceId: a.resourceId, resourceName: plan.resources[a.resourceId]?.name ?? '', units: a.units, workMinutes: a.workMinutes });
  }
  return isCut ? { tasks, links, assignments, outsideLinks } : { tasks, links, assignments };
}

export interface PasteRowsArgs {
  readonly fragment: PlanFragment;
  /** Paste above this row, as its siblings (MS Project inserts pasted rows at the selection); null = at the end. */
  readonly beforeId: TaskId | null;
}

export const pasteRows = defineCommand<PasteRowsArgs>({
  name: 'pasteRows',
  label: (args) => (args.fragment.tasks.length === 1 ? 'Paste row' : `Paste ${String(args.fragment.tasks.length)} rows`),
  apply(draft, args, ctx) {
    const { fragment } = args;
    if (fragment.tasks.length === 0) return { message: 'There are no copied rows to paste.' };
    const before = args.beforeId ? draft.tasks[args.beforeId] : undefined;
    if (args.beforeId && !before) return { message: 'The row to paste above no longer exists.' };
    const parentId = before ? before.parentId : null;
    const siblings = draftChildren(draft, parentId);
    const at = before ? siblings.findIndex((t) => t.id === before.id) : siblings.length;
    let lastRank = siblings[at - 1]?.rank ?? null;
    const nextRank = before ? before.rank : null;
    const fallbackColumn = firstColumnOf(draft, 'not-started');
    const base = unwritten(draft);
    const ids: TaskId[] = [];
    // The last rank given in each column: pasted cards follow one another, in plan order, so a
    // card placed among them later has room between two ranks (equal ranks renumber the column).
    const columnEnds = new Map<string, string>();
    for (const item of fragment.tasks) {
      const id = ctx.newId() as TaskId;
      const parent = item.parent === null ? parentId : (ids[item.parent] ?? parentId);
      let rank: string;
      if (item.parent === null) {
        rank = rankBetween(lastRank, nextRank);
        lastRank = rank;
      } else rank = rankAtEnd(draft, parent);
      const column = Object.values(draft.columns).find((c) => c.name === item.statusName) ?? fallbackColumn;
      const calendarId = item.fields.calendarId !== null && draft.calendars[item.fields.calendarId] ? item.fields.calendarId : null;
      const previous = column ? columnEnds.get(column.id) : undefined;
      const boardRank = !column ? rankBetween(null, null) : previous === undefined ? rankAtColumnEnd(base, column.id) : rankBetween(previous, null);
      if (column) columnEnds.set(column.id, boardRank);
      const task = newTask({
        ...item.fields, id, name: item.fields.name, parentId: parent, rank, calendarId,
        // After the column's last card, as a typed task, each pasted row after the one before.
        statusId: (column?.id ?? '') as ColumnId, boardRank,
      }, draft.project.minutesPerDay);
      draft.tasks[id] = castDraft(task);
      ids.push(id);
    }
    for (const l of fragment.links) {
      const predecessorId = ids[l.from];
      const successorId = ids[l.to];
      if (!predecessorId || !successorId) continue;
      const id = ctx.newId() as LinkId;
      draft.links[id] = { id, predecessorId, successorId, type: l.type, lagMinutes: l.lagMinutes, lagIsElapsed: l.lagIsElapsed };
    }
    for (const l of fragment.outsideLinks ?? []) {
      const row = ids[l.row];
      if (!row || !draft.tasks[l.otherId]) continue;
      const id = ctx.newId() as LinkId;
      const [predecessorId, successorId] = l.isOtherPredecessor ? [l.otherId, row] : [row, l.otherId];
      draft.links[id] = { id, predecessorId, successorId, type: l.type, lagMinutes: l.lagMinutes, lagIsElapsed: l.lagIsElapsed };
    }
    for (const a of fragment.assignments) {
      const taskId = ids[a.task];
      const resource = draft.resources[a.resourceId] ?? Object.values(draft.resources).find((r) => r.name === a.resourceName);
      if (!taskId || !resource) continue;
      const id = ctx.newId() as AssignmentId;
      draft.assignments[id] = { id, taskId, resourceId: resource.id, units: a.units, workMinutes: a.workMinutes };
    }
    syncSummaryKinds(draft, [parentId, ...ids]);
    return admitPasted(draft);
  },
});

export interface PasteTableArgs {
  /** Read by readPastedTable (table-paste.ts): updates of existing rows and new rows, in pasted order. */
  readonly rows: readonly PastedRow[];
}

/**
 * Spreadsheet text pasted into the grid: existing rows updated, new rows added below the last one
 * (at its level, as the entry row adds them), predecessors by row number (new rows numbered after
 * the plan's), people by name. One undoable edit, through the import gate.
 */
export const pasteTable = defineCommand<PasteTableArgs>({
  name: 'pasteTable',
  label: (args) => (args.rows.length === 1 ? 'Paste row' : `Paste ${String(args.rows.length)} rows`),
  apply(draft, args, ctx) {
    if (args.rows.length === 0) return { message: 'There is nothing to paste.' };
    const outline = outlineRows((original(draft) ?? current(draft)).tasks).map((r) => r.task.id);
    const added: TaskId[] = [];
    let afterId = outline.at(-1) ?? null;
    for (const row of args.rows) {
      if (row.taskId !== null) continue;
      const id = ctx.newId() as TaskId;
      const problem = insertTask.apply(draft, { id, name: row.changes.name ?? '', ...(afterId ? { afterId } : {}) }, ctx);
      if (problem) return problem;
      added.push(id);
      afterId = id;
    }
    const idOfRow = (n: number): TaskId | undefined => (n <= outline.length ? outline[n - 1] : added[n - outline.length - 1]);
    let k = 0;
    for (const [i, row] of args.rows.entries()) {
      const id = row.taskId ?? added[k++];
      const where = `pasted row ${String(i + 1)}`;
      if (!id || !draft.tasks[id]) return { message: 'A row to paste into no longer exists.', where };
      const problem = applyPastedRow(draft, id, row, idOfRow, ctx);
      if (problem) return { ...problem, where: problem.where ?? where };
    }
    return admitPasted(draft);
  },
});

function applyPastedRow(
  draft: PlanDraft, id: TaskId, row: PastedRow, idOfRow: (n: number) => TaskId | undefined, ctx: Parameters<typeof updateTask.apply>[2],
): Problem | undefined {
  if (Object.keys(row.changes).length > 0) {
    const problem = updateTask.apply(draft, { id, changes: row.changes, ...(row.scheduled ? { scheduled: row.scheduled } : {}) }, ctx);
    if (problem) return problem;
  }
  if (row.predecessors) {
    const predecessors = [];
    for (const p of row.predecessors) {
      const predecessorId = idOfRow(p.row);
      if (!predecessorId) return { message: `There is no row ${String(p.row)} to link from.` };
      predecessors.push({ predecessorId, type: p.type, lagMinutes: p.lagMinutes, lagIsElapsed: p.lagIsElapsed });
    }
    const problem = setPredecessors.apply(draft, { taskId: id, predecessors }, ctx);
    if (problem) return problem;
  }
  return row.people ? setAssignees.apply(draft, { taskId: id, resourceIds: row.people }, ctx) : undefined;
}

/**
 * The fragment as tab-separated text (name, duration in minutes as shown, predecessors by fragment
 * row), for the system clipboard: pasting into a spreadsheet gives one row per task.
 */
export function fragmentAsText(fragment: PlanFragment, formatDuration: (minutes: number, isElapsed: boolean) => string): string {
  const depth = (i: number): number => {
    let d = 0;
    for (let p = fragment.tasks[i]?.parent ?? null; p !== null; p = fragment.tasks[p]?.parent ?? null) d++;
    return d;
  };
  const header = ['#', 'Task name', 'Outline level', 'Duration', 'Predecessors'].join('\t');
  const lines = fragment.tasks.map((t, i) => {
    const predecessors = fragment.links.filter((l) => l.to === i).map((l) => `${String(l.from + 1)}${l.type}`).join(';');
    const cells = [String(i + 1), t.fields.name, String(depth(i) + 1), formatDuration(t.fields.durationMinutes, t.fields.durationIsElapsed === true), predecessors];
    return cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
  });
  return [header, ...lines].join('\n');
}

/**
 * What the entry grids (task table and Gantt grid) do to the plan: commit a cell (on every
 * selected row for phase, people, status and priority), copy/cut/paste whole rows, fill down,
 * insert above. Each is one dispatched command, so each is one undo step. Shared by both grids.
 */
import { useCallback, useMemo } from 'react';
import { copyRows, fragmentAsText, readPastedTable, type PasteField, type PlanFragment, type TaskChanges, type UpdateTaskArgs } from '../../domain/commands';
import { localeDateOrder } from '../../components/locale-date';
import { formatDuration, fullOutline, type Plan, type Problem, type ResourceId, type Task, type TaskId } from '../../domain/model';
import type { ScheduleResult } from '../../domain/schedule';
import { useSessionStore, useUiStore } from '../../store';
import { scheduledDates } from '../shared/schedule';
import { cellEdit, choiceChanges, dispatchCellEdit } from './cell-edits';
import { editTextOf } from './cell-text';
import { MULTI_ROW_EDITORS, type Editor } from './columns';
import { copiedRows, keepCopiedRows } from './copied-rows';

const sameText = (a: string, b: string): boolean => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();
const rowCount = (n: number): string => `${String(n)} ${n === 1 ? 'row' : 'rows'}`;
/** " with its 2 links" ("" without any): a cut's links among its rows and to the rows left, as a paste restores them. */
function withLinks(fragment: PlanFragment): string {
  const n = fragment.links.length + (fragment.outsideLinks?.length ?? 0);
  return n === 0 ? '' : ` with ${fragment.tasks.length === 1 ? 'its' : 'their'} ${String(n)} ${n === 1 ? 'link' : 'links'}`;
}

/** The grid column a pasted spreadsheet cell fills (status, the deadline and actual dates, and read-only columns take none). */
export function pasteFieldOf(editor: Editor | undefined): PasteField | null {
  if (editor === undefined || editor === 'status' || editor === 'deadline' || editor === 'actualStart' || editor === 'actualFinish') return null;
  return editor;
}

export const EDITOR_HEADERS: Record<Editor, string> = {
  name: 'Task name', duration: 'Duration', start: 'Start', finish: 'Finish', predecessors: 'Predecessors', percent: '% Done',
  assignees: 'Assigned to', status: 'Status', phase: 'Phase', priority: 'Priority',
  deadline: 'Deadline', actualStart: 'Actual start', actualFinish: 'Actual finish',
};

export interface GridCommands {
  /** Commits typed or chosen text; a refusal is returned (and shown), naming the cell. */
  readonly commitCell: (taskId: TaskId, editor: Editor, text: string) => Problem | null;
  readonly assign: (taskId: TaskId, resourceIds: readonly ResourceId[]) => Problem | null;
  /** Copies the selected rows; returns their text form (tab-separated) or null when none are selected. */
  readonly copy: () => string | null;
  readonly cut: () => string | null;
  /** Pastes above `beforeId`; returns the pasted rows' ids. */
  readonly paste: (beforeId: TaskId | null) => TaskId[];
  /**
   * Pastes clipboard text at the cursor: Plotline's own copied rows (or an empty clipboard) as
   * rows above it; anything else as spreadsheet cells from the cursor's cell (readPastedTable).
   */
  readonly pasteText: (text: string, atId: TaskId | null, fields: readonly (PasteField | null)[]) => void;
  readonly fillDown: (editor: Editor | undefined, cursorTaskId: TaskId | null) => void;
  readonly insertAbove: (beforeId: TaskId | null) => TaskId | null;
  /**
   * The empty entry row's add (the task table's and the Gantt grid's): a task named `name` below
   * the grid's last row, at its level (a new row under a subtask stays in that summary, as in MS
   * Project); the plan's first task when the grid has no rows.
   */
  readonly append: (name: string, lastId: TaskId | undefined) => Problem | null;
}

/** The rows a multi-row edit applies to: the selection, when the edited row is part of it. */
function targetRows(taskId: TaskId, selected: readonly TaskId[], editor: Editor): TaskId[] {
  return MULTI_ROW_EDITORS.has(editor) && selected.length > 1 && selected.includes(taskId) ? [...selected] : [taskId];
}

function inDisplayOrder(plan: Plan, ids: readonly TaskId[]): TaskId[] {
  const wanted = new Set(ids);
  return fullOutline(plan.tasks).filter((r) => wanted.has(r.task.id)).map((r) => r.task.id);
}

export function cellWhere(plan: Plan, task: Task, editor: Editor): string {
  const row = fullOutline(plan.tasks).findIndex((r) => r.task.id === task.id) + 1;
  return `${EDITOR_HEADERS[editor]} of '${task.name}' (row ${String(row)})`;
}

export function useGridCommands(): GridCommands {
  const session = useSessionStore();
  const ui = useUiStore();

  const refuse = useCallback((problem: Problem): Problem => {
    session.setState({ lastProblem: problem });
    return problem;
  }, [session]);

  const commitCell = useCallback((taskId: TaskId, editor: Editor, text: string): Problem | null => {
    const { plan, schedule, dispatch } = session.getState();
    const task = plan?.tasks[taskId];
    if (!plan || !task) return null;
    const where = cellWhere(plan, task, editor);
    if (editor === 'assignees') return null;
    if (editor === 'phase' || editor === 'priority' || editor === 'status') {
      const changes = choiceChanges(plan, editor, text);
      if ('message' in changes) return refuse({ ...changes, where });
      const ids = targetRows(taskId, ui.getState().selectedTaskIds, editor);
      const problem = dispatch('updateTasks', { edits: ids.map((id) => ({ id, changes: changes satisfies TaskChanges })) });
      return problem ? refuse({ message: problem.message, where }) : null;
    }
    if (text === editTextOf(editor, task, plan, schedule)) return null;
    const edit = cellEdit(plan, schedule, task, editor, text);
    if ('message' in edit) return refuse({ message: edit.message, where });
    const problem = dispatchCellEdit(dispatch, edit);
    return problem ? refuse({ message: problem.message, where }) : null;
  }, [session, ui, refuse]);

  const assign = useCallback((taskId: TaskId, resourceIds: readonly ResourceId[]): Problem | null => {
    const taskIds = targetRows(taskId, ui.getState().selectedTaskIds, 'assignees');
    return session.getState().dispatch('assignToTasks', { taskIds, resourceIds });
  }, [session, ui]);

  /** The selected rows onto the clipboard; a cut's keep their links to other rows, for the paste that moves them. */
  const take = useCallback((isCut: boolean) => {
    const plan = session.getState().plan;
    const ids = ui.getState().selectedTaskIds;
    if (!plan || ids.length === 0) return null;
    const clipboard = copyRows(plan, ids, isCut);
    const text = fragmentAsText(clipboard, (m, e) => formatDuration(m, plan.project, e));
    // Copied rows, for pasting into this project or another, in this window or another (copied-rows.ts).
    keepCopiedRows({ fragment: clipboard, text });
    // Best effort: a browser may refuse clipboard access; the rows are still copied for Plotline.
    void navigator.clipboard?.writeText(text).catch(() => undefined);
    const rows = rowCount(clipboard.tasks.length);
    ui.getState().notify({ tone: 'info', message: isCut ? `Cut ${rows}: paste to move ${clipboard.tasks.length === 1 ? 'it' : 'them'}${withLinks(clipboard)}.` : `Copied ${rows}.` });
    return text;
  }, [session, ui]);

  const copy = useCallback(() => take(false), [take]);

  const cut = useCallback(() => {
    const ids = ui.getState().selectedTaskIds;
    if (ids.length === 0) return null;
    const text = take(true);
    session.getState().dispatch('deleteTasks', { ids });
    return text;
  }, [session, ui, take]);

  const paste = useCallback((beforeId: TaskId | null): TaskId[] => {
    const copied = copiedRows();
    if (!copied) {
      refuse({ message: 'Nothing to paste: copy rows first (select rows, Ctrl+C).' });
      return [];
    }
    const { fragment } = copied;
    const before = new Set(Object.keys(session.getState().plan?.tasks ?? {}));
    if (session.getState().dispatch('pasteRows', { fragment, beforeId })) return [];
    const plan = session.getState().plan;
    const pasted = plan ? inDisplayOrder(plan, Object.keys(plan.tasks).filter((id) => !before.has(id)) as TaskId[]) : [];
    ui.getState().select(pasted);
    const isMove = (fragment.outsideLinks?.length ?? 0) > 0;
    // A cut moves its rows once: pasted again, they are a copy, without the links to other rows.
    if (fragment.outsideLinks) keepCopiedRows({ fragment: { tasks: fragment.tasks, links: fragment.links, assignments: fragment.assignments }, text: copied.text });
    ui.getState().notify({ tone: 'info', message: isMove ? `Moved ${rowCount(fragment.tasks.length)}${withLinks(fragment)}.` : `Pasted ${rowCount(fragment.tasks.length)}.` });
    return pasted;
  }, [session, ui, refuse]);

  const pasteText = useCallback((text: string, atId: TaskId | null, fields: readonly (PasteField | null)[]) => {
    const { plan, schedule, dispatch } = session.getState();
    if (!plan) return;
    const copied = copiedRows();
    if (text.trim() === '' || (copied !== null && sameText(text, copied.text))) {
      paste(atId);
      return;
    }
    const outline = fullOutline(plan.tasks);
    const at = atId ? outline.findIndex((r) => r.task.id === atId) : -1;
    const rows = readPastedTable(plan, text, {
      fields, startRow: at < 0 ? outline.length : at, localeOrder: localeDateOrder(),
      scheduled: (id) => scheduledDates(plan, schedule, id).scheduled ?? null,
    });
    if (!rows.ok) {
      refuse(rows.error);
      return;
    }
    const before = new Set(Object.keys(plan.tasks));
    if (dispatch('pasteTable', { rows: rows.value })) return;
    const next = session.getState().plan;
    const touched = rows.value.flatMap((r) => (r.taskId ? [r.taskId] : []));
    const added = next ? Object.keys(next.tasks).filter((id) => !before.has(id)) as TaskId[] : [];
    if (next) ui.getState().select(inDisplayOrder(next, [...touched, ...added]));
    ui.getState().notify({ tone: 'info', message: `Pasted ${String(rows.value.length)} ${rows.value.length === 1 ? 'row' : 'rows'}.` });
  }, [session, ui, paste, refuse]);

  const fillDown = useCallback((editor: Editor | undefined, cursorTaskId: TaskId | null) => {
    const { plan, schedule, dispatch } = session.getState();
    if (!plan || !editor) return;
    const rows = fullOutline(plan.tasks).map((r) => r.task.id);
    let ids = inDisplayOrder(plan, ui.getState().selectedTaskIds);
    // Excel: with one row selected, Ctrl+D copies the cell above into it.
    if (ids.length <= 1 && cursorTaskId) {
      const above = rows[rows.indexOf(cursorTaskId) - 1];
      ids = above ? [above, cursorTaskId] : [];
    }
    const [sourceId, ...targets] = ids;
    const source = sourceId ? plan.tasks[sourceId] : undefined;
    if (!source || targets.length === 0) return;
    const problem = fillFrom({ plan, schedule }, source, targets, editor, dispatch);
    if (problem) refuse(problem);
  }, [session, ui, refuse]);

  const insertAbove = useCallback((beforeId: TaskId | null): TaskId | null => {
    const plan = session.getState().plan;
    if (!plan) return null;
    const existing = new Set(Object.keys(plan.tasks));
    const problem = session.getState().dispatch('insertTask', { name: 'New task', ...(beforeId ? { beforeId } : {}) });
    if (problem) return null;
    const created = Object.keys(session.getState().plan?.tasks ?? {}).find((id) => !existing.has(id)) as TaskId | undefined;
    if (created) ui.getState().select([created]);
    return created ?? null;
  }, [session, ui]);

  const append = useCallback((name: string, lastId: TaskId | undefined): Problem | null => (
    session.getState().dispatch('insertTask', { name, ...(lastId ? { afterId: lastId } : {}) })
  ), [session]);

  return useMemo(
    () => ({ commitCell, assign, copy, cut, paste, pasteText, fillDown, insertAbove, append }),
    [commitCell, assign, copy, cut, paste, pasteText, fillDown, insertAbove, append],
  );
}

type Dispatch = ReturnType<ReturnType<typeof useSessionStore>['getState']>['dispatch'];

/** Copies the source row's cell into every target row as one command, or says why not. */
function fillFrom(
  { plan, schedule }: { plan: Plan; schedule: ScheduleResult | null }, source: Task, targets: readonly TaskId[], editor: Editor, dispatch: Dispatch,
): Problem | null {
  if (editor === 'assignees') {
    const people = Object.values(plan.assignments).filter((a) => a.taskId === source.id).map((a) => a.resourceId);
    return dispatch('assignToTasks', { taskIds: targets, resourceIds: people });
  }
  if (editor === 'predecessors') return dispatch('fillPredecessors', { sourceId: source.id, targetIds: targets });
  const text = editTextOf(editor, source, plan, schedule);
  const edits: UpdateTaskArgs[] = [];
  for (const id of targets) {
    const task = plan.tasks[id];
    if (!task) continue;
    if (editor === 'phase' || editor === 'priority' || editor === 'status') {
      const changes = choiceChanges(plan, editor, text);
      if ('message' in changes) return changes;
      edits.push({ id, changes });
      continue;
    }
    const edit = cellEdit(plan, schedule, task, editor, text);
    if ('message' in edit) return { message: edit.message, where: cellWhere(plan, task, editor) };
    if (edit.name !== 'updateTask') return { message: 'Fill down cannot copy this column.' };
    edits.push(edit.args);
  }
  return dispatch('updateTasks', { edits });
}

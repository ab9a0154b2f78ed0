/**
 * Board commands: move a card (status, order, lane and progress in one undoable edit) and edit
 * the workflow columns. Each edits one draft, so undo restores all of a drop at once.
 */
import { current, type Draft } from 'immer';
import type { ColumnId, TaskId } from '../model/ids';
import { phaseChoice, phaseOfTask, type ColumnCategory, type Plan, type Task, type WorkflowColumn } from '../model/plan';
import { priorityLevel, priorityValue } from '../model/priority';
import { rankBetween, ranksBetween } from '../model/rank';
import type { Problem } from '../model/result';
import { columnCards, isCard, orderedColumns } from '../board/columns';
import { boardPhases, reassigned, type LaneChange } from '../board/lanes';
import { rankAt, type CardPlacement } from '../board/placement';
import { progressAfterMove, progressDate, type ScheduledDates, type StartChoice } from '../board/progress-rules';
import { compileCalendar, parseWall } from '../calendar';
import type { LocalDateTime } from '../model/time';
import { taskCalendarId } from '../schedule/inputs';
import { defineCommand, type CommandContext, type PlanDraft } from './command';
import { placeCard, unwritten } from './card-placement';
import { taskLabel } from './outline-draft';
import { insertTask } from './task-commands';
import { setAssignees } from './team-commands';

export interface MoveCardArgs {
  readonly id: TaskId;
  readonly columnId: ColumnId;
  readonly placement: CardPlacement;
  /** A drag across swimlanes: the assignee, phase or priority changes with the move. */
  readonly lane?: LaneChange;
  /** The engine's dates of the card's task: a move to done records them as actual dates (MS Project's rule). */
  readonly scheduled?: ScheduledDates;
  /** The person's answer when the move would start the task before the schedule allows (start-check.ts). */
  readonly start?: StartChoice;
}

export const moveCard = defineCommand<MoveCardArgs>({
  name: 'moveCard',
  label: (args, plan) => {
    const task = plan.tasks[args.id];
    if (task && task.statusId !== args.columnId) return `Move card to ${plan.columns[args.columnId]?.name ?? 'column'}`;
    return args.lane ? 'Move card to lane' : 'Reorder card';
  },
  apply(draft, args, ctx) {
    const task = draft.tasks[args.id];
    if (!task) return { message: 'That card no longer exists.' };
    if (!isCard(task)) return { message: `${taskLabel(task)} is a summary task; move its subtasks instead.` };
    const column = draft.columns[args.columnId];
    if (!column) return { message: 'That column no longer exists.' };
    const fromCategory = draft.columns[task.statusId]?.category ?? 'not-started';
    placeCard(draft, unwritten(draft), args.id, args.columnId, args.placement);
    setStatus(draft, args.id, fromCategory, column, ctx, args);
    return args.lane ? applyLaneChange(draft, args.id, args.lane, ctx) : undefined;
  },
});

/**
 * Sets the status and lets progress follow it (progress-rules.ts). The one rule for a status
 * change, whether a card is dropped on the board or Status is changed in Task Information.
 */
export function setStatus(
  draft: PlanDraft, id: TaskId, from: ColumnCategory, column: WorkflowColumn, ctx: CommandContext,
  how: Pick<MoveCardArgs, 'scheduled' | 'start'> = {},
): void {
  const task = draft.tasks[id];
  if (!task) return;
  if (task.statusId !== column.id) task.statusId = column.id;
  const next = progressAfterMove(task, {
    from, to: column.category, date: progressDate(draft.project, ctx.now), project: draft.project,
    ...(how.scheduled ? { scheduled: how.scheduled } : {}), ...(how.start ? { choice: how.start } : {}),
  });
  if (from !== 'done' && column.category === 'done' && (how.start === 'anyway' || !how.scheduled)) {
    // Completed on other dates than the schedule's: the duration becomes the actual duration.
    const actual = actualDuration(unwritten(draft), task.id, next.actualStart, next.actualFinish);
    if (actual !== null && task.kind === 'task' && actual !== task.durationMinutes) task.durationMinutes = actual;
  }
  if (next.percentComplete !== task.percentComplete) task.percentComplete = next.percentComplete;
  if (next.actualStart !== task.actualStart) task.actualStart = next.actualStart;
  if (next.actualFinish !== task.actualFinish) task.actualFinish = next.actualFinish;
  // Absent rather than undefined, so an undone move leaves the task exactly as it was.
  if (next.reopenPercentComplete === undefined) delete task.reopenPercentComplete;
  else task.reopenPercentComplete = next.reopenPercentComplete;
}

/** Working minutes between the actual dates on the task's calendar; null when either is missing. */
function actualDuration(plan: Plan, id: TaskId, start: LocalDateTime | null, finish: LocalDateTime | null): number | null {
  const task = plan.tasks[id];
  if (!task || start === null || finish === null) return null;
  if (task.durationIsElapsed === true) return Math.max(0, parseWall(finish) - parseWall(start));
  const assignments = Object.values(plan.assignments).filter((a) => a.taskId === id);
  const calendar = compileCalendar(plan, taskCalendarId(plan, task, assignments) ?? plan.project.calendarId);
  return calendar.workingBetween(parseWall(start), parseWall(finish));
}

function applyLaneChange(draft: PlanDraft, id: TaskId, lane: LaneChange, ctx: CommandContext): Problem | undefined {
  const task = draft.tasks[id];
  if (!task) return undefined;
  switch (lane.mode) {
    case 'assignee': {
      const assigned = Object.values(current(draft).assignments).filter((a) => a.taskId === id).map((a) => a.resourceId);
      return setAssignees.apply(draft, { taskId: id, resourceIds: reassigned(assigned, lane) }, ctx);
    }
    case 'phase':
      return joinPhase(draft, task, lane.to);
    case 'priority':
      // Keep a finer value (650) when it already lies in the target level.
      if (priorityLevel(task.priority) !== lane.to) task.priority = priorityValue(lane.to);
      return undefined;
    default: {
      const never: never = lane;
      return never;
    }
  }
}

/**
 * Puts a card in a phase lane's phase, as the task table's Phase column would (phaseChoice). The
 * "No phase" lane clears the task's own phase; a subtask would then follow its summary into that
 * summary's lane, not the one it was dropped in, so that is refused with the summary named.
 */
function joinPhase(draft: PlanDraft, task: Draft<Task>, to: string | null): Problem | undefined {
  const where = `Card '${task.name}'`;
  const fields = phaseChoice(draft, to ?? '');
  if ('message' in fields) return { ...fields, where };
  if (fields.phase !== undefined && task.phase !== fields.phase) task.phase = fields.phase;
  if (fields.phaseId !== undefined && (task.phaseId ?? null) !== fields.phaseId) task.phaseId = fields.phaseId;
  if (to !== null) return undefined;
  const phases = boardPhases(draft);
  const inherited = phases.keyOf(task);
  if (inherited === null) return undefined;
  let summary = draft.tasks[task.parentId ?? ''];
  // The summary the phase comes from: the nearest one with a phase of its own.
  const hasOwnPhase = (t: Task): boolean => (Object.keys(draft.phases).length === 0 ? t.phase !== null : phaseOfTask(draft, { ...t, parentId: null }) !== null);
  for (let depth = 0; summary && !hasOwnPhase(summary) && depth < 1000; depth++) summary = draft.tasks[summary.parentId ?? ''];
  return {
    message: `It follows its summary '${summary?.name ?? ''}' into ${phases.labelOf(inherited) ?? 'its phase'}: take the summary out of that phase, or drop the card in another phase's lane.`,
    where,
  };
}

export interface AddCardArgs {
  /** Preset id (tests); otherwise the context makes one. */
  readonly id?: TaskId;
  readonly name: string;
  readonly columnId: ColumnId;
  /** Added inside a swimlane: the card takes the lane's assignee, phase or priority (joinLane). */
  readonly lane?: LaneChange;
}

/**
 * Quick add: a new card at the top of a column, its progress as if it had been moved there from
 * a not-started column, and its lane's value, in one undoable edit.
 */
export const addCard = defineCommand<AddCardArgs>({
  name: 'addCard',
  label: () => 'Add card',
  apply(draft, args, ctx) {
    const column = draft.columns[args.columnId];
    if (!column) return { message: 'That column no longer exists.' };
    const id = args.id ?? (ctx.newId() as TaskId);
    const boardRank = rankAt(columnCards(unwritten(draft), column.id), 0, id).rank;
    const progress = progressAfterMove(
      { percentComplete: 0, actualStart: null, actualFinish: null },
      { from: 'not-started', to: column.category, date: progressDate(draft.project, ctx.now), project: draft.project },
    );
    // A new card has no earlier progress to reopen at.
    const { reopenPercentComplete: _none, ...fields } = progress;
    const problem = insertTask.apply(draft, { id, name: args.name, fields: { statusId: column.id, boardRank, ...fields } }, ctx);
    if (problem) return problem;
    return args.lane ? applyLaneChange(draft, id, args.lane, ctx) : undefined;
  },
});

export interface AddColumnArgs {
  readonly id?: ColumnId;
  readonly name: string;
  readonly category: ColumnCategory;
  readonly color?: string;
  readonly wipLimit?: number | null;
  /** Insert after this column; omitted = at the right end. */
  readonly afterId?: ColumnId;
}

const CSS_COLOR = /^#[0-9a-f]{6}$/i;

function validateColumn(fields: Partial<Pick<WorkflowColumn, 'name' | 'color' | 'wipLimit'>>): Problem | undefined {
  if (fields.name !== undefined && !fields.name.trim()) return { message: 'A column needs a name.' };
  if (fields.color !== undefined && !CSS_COLOR.test(fields.color)) return { message: `'${fields.color}' is not a colour like #3b82f6.` };
  if (fields.wipLimit !== undefined && fields.wipLimit !== null && !(Number.isInteger(fields.wipLimit) && fields.wipLimit >= 1)) {
    return { message: 'A WIP limit is a whole number of at least 1 (or none).' };
  }
  return undefined;
}

/** A rank right after `afterId` among the columns (or at the end), leaving `movingId` out. */
function columnRankAfter(draft: PlanDraft, afterId: ColumnId | null | undefined, movingId?: ColumnId): string {
  const cols = orderedColumns(draft.columns).filter((c) => c.id !== movingId);
  const index = afterId === undefined ? cols.length - 1 : afterId === null ? -1 : cols.findIndex((c) => c.id === afterId);
  const before = cols[index]?.rank ?? null;
  const after = cols[index + 1]?.rank ?? null;
  return after !== null && before !== null && before >= after ? rankBetween(before, null) : rankBetween(before, after);
}

export const addColumn = defineCommand<AddColumnArgs>({
  name: 'addColumn',
  label: () => 'Add column',
  apply(draft, args, ctx) {
    const fields = { name: args.name.trim(), color: args.color ?? '#64748b', wipLimit: args.wipLimit ?? null };
    const problem = validateColumn(fields);
    if (problem) return problem;
    if (args.afterId !== undefined && !draft.columns[args.afterId]) return { message: 'The column to insert after no longer exists.' };
    const id = args.id ?? (ctx.newId() as ColumnId);
    if (draft.columns[id]) return { message: `A column with id ${id} already exists.` };
    draft.columns[id] = { id, ...fields, category: args.category, rank: columnRankAfter(draft, args.afterId) };
    return undefined;
  },
});

export type ColumnChanges = Partial<Pick<WorkflowColumn, 'name' | 'color' | 'wipLimit' | 'category'>>;

export const updateColumn = defineCommand<{ readonly id: ColumnId; readonly changes: ColumnChanges }>({
  name: 'updateColumn',
  label: ({ changes }) => {
    const keys = Object.keys(changes);
    if (keys.length !== 1) return 'Edit column';
    if (changes.name !== undefined) return 'Rename column';
    if (changes.color !== undefined) return 'Recolour column';
    if (changes.wipLimit !== undefined) return 'Change WIP limit';
    return 'Change column category';
  },
  apply(draft, { id, changes }) {
    const column = draft.columns[id];
    if (!column) return { message: 'That column no longer exists.' };
    const problem = validateColumn(changes);
    if (problem) return { ...problem, where: `Column '${column.name}'` };
    Object.assign(column, changes.name !== undefined ? { ...changes, name: changes.name.trim() } : changes);
    return undefined;
  },
});

export const moveColumn = defineCommand<{ readonly id: ColumnId; readonly afterId: ColumnId | null }>({
  name: 'moveColumn',
  label: () => 'Move column',
  apply(draft, { id, afterId }) {
    const column = draft.columns[id];
    if (!column) return { message: 'That column no longer exists.' };
    if (afterId === id) return undefined;
    if (afterId !== null && !draft.columns[afterId]) return { message: 'The column to move after no longer exists.' };
    column.rank = columnRankAfter(draft, afterId, id);
    return undefined;
  },
});

export interface DeleteColumnArgs {
  readonly id: ColumnId;
  /** Where the column's cards go; they keep their order, after the cards already there. */
  readonly moveCardsTo: ColumnId;
}

export const deleteColumn = defineCommand<DeleteColumnArgs>({
  name: 'deleteColumn',
  label: (args, plan) => `Delete column ${plan.columns[args.id]?.name ?? ''}`.trim(),
  apply(draft, args, ctx) {
    const column = draft.columns[args.id];
    if (!column) return { message: 'That column no longer exists.' };
    const target = draft.columns[args.moveCardsTo];
    if (!target || args.moveCardsTo === args.id) return { message: `Choose another column for the cards of '${column.name}'.` };
    // Read through current() once: walking the draft would make a proxy of every task, and a
    // current() per card copied the task table 400 times for a 400-card column (3 s).
    const before = current(draft);
    const cards = columnCards(before, args.id);
    const leftovers = Object.values(before.tasks).filter((t) => t.statusId === args.id && !isCard(t));
    // The cards keep their order, below the target column's last card.
    const ranks = ranksBetween(columnCards(before, target.id).at(-1)?.boardRank ?? null, null, cards.length);
    delete draft.columns[args.id];
    cards.forEach((card, i) => {
      const task = draft.tasks[card.id];
      const rank = ranks[i];
      if (task && rank !== undefined) task.boardRank = rank;
      setStatus(draft, card.id, column.category, target, ctx);
    });
    // Summary tasks are not cards but still carry a status; keep it pointing at a real column.
    for (const summary of leftovers) {
      const task = draft.tasks[summary.id];
      if (task) task.statusId = target.id;
    }
    return undefined;
  },
});

export const boardCommands = { moveCard, addCard, addColumn, updateColumn, moveColumn, deleteColumn } as const;

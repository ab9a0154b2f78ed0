import { describe, expect, it } from 'vitest';
import {
  addCard, addColumn, addResource, deleteColumn, insertTask, moveCard, moveColumn, runCommand, setAssignees, updateColumn,
  updateProject, updateTask,
} from '../../../../renderer/domain/commands';
import { columnCards, orderedColumns } from '../../../../renderer/domain/board';
import type { ColumnId, LocalDate, LocalDateTime, Plan, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

/** Default columns by name: Backlog, To do, In progress, Review, Done. */
function col(plan: Plan, name: string): ColumnId {
  const c = Object.values(plan.columns).find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c.id;
}

function boardPlan(): Plan {
  let plan = blankPlan();
  for (const name of ['Set up CI', 'Write spec', 'Design API']) plan = runOk(insertTask, plan, { id: `t-${name}` as TaskId, name }).plan;
  // Distinct ranks in the order above (insertTask puts every card at the same middle rank).
  const ranks = ['a', 'b', 'c'];
  ['Set up CI', 'Write spec', 'Design API'].forEach((name, i) => {
    plan = runOk(updateTask, plan, { id: taskByName(plan, name).id, changes: { boardRank: ranks[i] } }).plan;
  });
  return plan;
}

const names = (plan: Plan, column: string): string[] => columnCards(plan, col(plan, column)).map((t) => t.name);
const id = (plan: Plan, name: string): TaskId => taskByName(plan, name).id;

describe('moveCard', () => {
  it('reorders within a column by writing the moved card only', () => {
    const plan = boardPlan();
    const out = runOk(moveCard, plan, { id: id(plan, 'Design API'), columnId: col(plan, 'Backlog'), placement: { beforeId: id(plan, 'Set up CI') } });
    expect(names(out.plan, 'Backlog')).toEqual(['Design API', 'Set up CI', 'Write spec']);
    const touchedTasks = new Set(out.patches.filter((p) => p.path[0] === 'tasks').map((p) => p.path[1]));
    expect([...touchedTasks]).toEqual([id(plan, 'Design API')]);
    expect(out.label).toBe('Reorder card');
  });

  it('moves between columns at a position, and to the top/bottom', () => {
    let plan = boardPlan();
    plan = runOk(moveCard, plan, { id: id(plan, 'Set up CI'), columnId: col(plan, 'To do'), placement: { at: 'bottom' } }).plan;
    plan = runOk(moveCard, plan, { id: id(plan, 'Write spec'), columnId: col(plan, 'To do'), placement: { at: 'top' } }).plan;
    const out = runOk(moveCard, plan, { id: id(plan, 'Design API'), columnId: col(plan, 'To do'), placement: { afterId: id(plan, 'Write spec') } });
    expect(names(out.plan, 'To do')).toEqual(['Write spec', 'Design API', 'Set up CI']);
    expect(names(out.plan, 'Backlog')).toEqual([]);
    expect(out.label).toBe('Move card to To do');
  });

  it('entering a started column sets the actual start on the status date (or the edit date)', () => {
    let plan = boardPlan();
    const ci = id(plan, 'Set up CI');
    const started = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'In progress'), placement: { at: 'top' } }).plan;
    // testContext's now is 2026-03-02T08:00Z; the project's default start time is 09:00.
    expect(started.tasks[ci]).toMatchObject({ actualStart: '2026-03-02T09:00', percentComplete: 0, actualFinish: null });
    plan = runOk(updateProject, plan, { changes: { statusDate: '2026-03-10' as LocalDate } }).plan;
    const withStatus = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'Review'), placement: { at: 'top' } }).plan;
    expect(withStatus.tasks[ci]?.actualStart).toBe('2026-03-10T09:00');
  });

  it('keeps an existing actual start', () => {
    let plan = boardPlan();
    const ci = id(plan, 'Set up CI');
    plan = runOk(updateTask, plan, { id: ci, changes: { actualStart: '2026-02-20T10:00' as LocalDateTime, percentComplete: 30 } }).plan;
    const out = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'In progress'), placement: { at: 'top' } }).plan;
    expect(out.tasks[ci]).toMatchObject({ actualStart: '2026-02-20T10:00', percentComplete: 30 });
  });

  it('done completes the task and leaving done reopens it at its previous progress', () => {
    let plan = boardPlan();
    const ci = id(plan, 'Set up CI');
    plan = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'In progress'), placement: { at: 'top' } }).plan;
    plan = runOk(updateTask, plan, { id: ci, changes: { percentComplete: 40 } }).plan;
    const done = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'Done'), placement: { at: 'top' } }).plan;
    expect(done.tasks[ci]).toMatchObject({
      percentComplete: 100, actualStart: '2026-03-02T09:00', actualFinish: '2026-03-02T17:00', reopenPercentComplete: 40,
    });
    const reopened = runOk(moveCard, done, { id: ci, columnId: col(plan, 'Review'), placement: { at: 'top' } }).plan;
    expect(reopened.tasks[ci]).toMatchObject({ percentComplete: 40, actualStart: '2026-03-02T09:00', actualFinish: null });
    expect(reopened.tasks[ci]).not.toHaveProperty('reopenPercentComplete');
  });

  it('a card straight from Backlog to Done and back ends where it started', () => {
    const plan = boardPlan();
    const ci = id(plan, 'Set up CI');
    const done = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'Done'), placement: { at: 'top' } }).plan;
    expect(done.tasks[ci]).toMatchObject({ percentComplete: 100, actualStart: '2026-03-02T09:00' });
    const back = runOk(moveCard, done, { id: ci, columnId: col(plan, 'Backlog'), placement: { beforeId: id(plan, 'Write spec') } }).plan;
    expect({ ...back.tasks[ci], boardRank: 'x' }).toEqual({ ...plan.tasks[ci], boardRank: 'x' });
    expect(names(back, 'Backlog')).toEqual(['Set up CI', 'Write spec', 'Design API']);
  });

  it('changes assignee, phase or priority when dragged across lanes, in the same edit', () => {
    let plan = boardPlan();
    const ci = id(plan, 'Set up CI');
    const ana = 'r-ana' as ResourceId;
    const bo = 'r-bo' as ResourceId;
    const cy = 'r-cy' as ResourceId;
    for (const [rid, name] of [[ana, 'Ana'], [bo, 'Bo'], [cy, 'Cy']] as const) plan = runOk(addResource, plan, { id: rid, fields: { name } }).plan;
    plan = runOk(setAssignees, plan, { taskId: ci, resourceIds: [ana, cy] }, testContext('a')).plan;
    const out = runOk(moveCard, plan, {
      id: ci, columnId: col(plan, 'In progress'), placement: { at: 'top' }, lane: { mode: 'assignee', from: ana, to: bo },
    }, testContext('b'));
    const people = Object.values(out.plan.assignments).filter((a) => a.taskId === ci).map((a) => a.resourceId).sort();
    expect(people).toEqual([bo, cy]);
    expect(out.plan.tasks[ci]?.statusId).toBe(col(plan, 'In progress'));
    const phase = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'Backlog'), placement: { at: 'top' }, lane: { mode: 'phase', to: 'execution' } });
    expect(phase.plan.tasks[ci]?.phase).toBe('execution');
    const prio = runOk(moveCard, plan, { id: ci, columnId: col(plan, 'Backlog'), placement: { at: 'top' }, lane: { mode: 'priority', to: 'highest' } });
    expect(prio.plan.tasks[ci]?.priority).toBe(900);
  });

  it('renumbers the column only when neighbours share a rank', () => {
    let plan = blankPlan();
    for (const name of ['A', 'B', 'C']) plan = runOk(insertTask, plan, { id: `t-${name}` as TaskId, name }).plan;
    // insertTask gives every card the same rank; ids break the tie: A, B, C.
    const out = runOk(moveCard, plan, { id: id(plan, 'C'), columnId: col(plan, 'Backlog'), placement: { afterId: id(plan, 'A') } });
    expect(names(out.plan, 'Backlog')).toEqual(['A', 'C', 'B']);
  });

  it('refuses summaries, missing cards and missing columns', () => {
    let plan = boardPlan();
    plan = runOk(insertTask, plan, { id: 't-child' as TaskId, name: 'Child', parentId: id(plan, 'Set up CI') }).plan;
    const refused = runCommand(moveCard, plan, { id: id(plan, 'Set up CI'), columnId: col(plan, 'Done'), placement: { at: 'top' } }, testContext());
    expect(refused.ok).toBe(false);
    expect(runCommand(moveCard, plan, { id: 'nope' as TaskId, columnId: col(plan, 'Done'), placement: { at: 'top' } }, testContext()).ok).toBe(false);
    expect(runCommand(moveCard, plan, { id: id(plan, 'Child'), columnId: 'nope' as ColumnId, placement: { at: 'top' } }, testContext()).ok).toBe(false);
  });
});

describe('addCard', () => {
  it('adds a card at the top of a column with the column\'s progress, as one undoable edit', () => {
    const plan = boardPlan();
    const out = runOk(addCard, plan, { id: 't-new' as TaskId, name: ' Ship it ', columnId: col(plan, 'Backlog') });
    expect(names(out.plan, 'Backlog')).toEqual(['Ship it', 'Set up CI', 'Write spec', 'Design API']);
    expect(out.label).toBe('Add card');
    const done = runOk(addCard, plan, { id: 't-done' as TaskId, name: 'Shipped', columnId: col(plan, 'Done') }).plan.tasks['t-done'];
    // testContext's now is 2026-03-02T08:00Z; the project's default times are 09:00 and 17:00.
    expect(done).toMatchObject({ percentComplete: 100, actualStart: '2026-03-02T09:00', actualFinish: '2026-03-02T17:00' });
    expect(done).not.toHaveProperty('reopenPercentComplete');
    const started = runOk(addCard, plan, { id: 't-wip' as TaskId, name: 'Going', columnId: col(plan, 'In progress') }).plan.tasks['t-wip'];
    expect(started).toMatchObject({ percentComplete: 0, actualStart: '2026-03-02T09:00', actualFinish: null });
  });

  it('takes the lane\'s person, phase or priority', () => {
    let plan = boardPlan();
    const bo = 'r-bo' as ResourceId;
    plan = runOk(addResource, plan, { id: bo, fields: { name: 'Bo' } }).plan;
    const todo = col(plan, 'To do');
    const assigned = runOk(addCard, plan, { id: 't-a' as TaskId, name: 'A', columnId: todo, lane: { mode: 'assignee', from: null, to: bo } }, testContext('x')).plan;
    expect(Object.values(assigned.assignments).filter((a) => a.taskId === 't-a').map((a) => a.resourceId)).toEqual([bo]);
    const phased = runOk(addCard, plan, { id: 't-p' as TaskId, name: 'P', columnId: todo, lane: { mode: 'phase', to: 'closure' } }).plan;
    expect(phased.tasks['t-p']?.phase).toBe('closure');
    const urgent = runOk(addCard, plan, { id: 't-u' as TaskId, name: 'U', columnId: todo, lane: { mode: 'priority', to: 'highest' } }).plan;
    expect(urgent.tasks['t-u']?.priority).toBe(900);
  });

  it('refuses a missing column or an empty name, leaving the plan as it was', () => {
    const plan = boardPlan();
    expect(runCommand(addCard, plan, { name: 'X', columnId: 'nope' as ColumnId }, testContext()).ok).toBe(false);
    expect(runCommand(addCard, plan, { name: '  ', columnId: col(plan, 'Backlog') }, testContext()).ok).toBe(false);
  });
});

describe('column commands', () => {
  it('adds a column after another, renames, recolours and limits it', () => {
    let plan = blankPlan();
    plan = runOk(addColumn, plan, { id: 'c-qa' as ColumnId, name: ' QA ', category: 'started', afterId: col(plan, 'Review') }).plan;
    expect(orderedColumns(plan.columns).map((c) => c.name)).toEqual(['Backlog', 'To do', 'In progress', 'Review', 'QA', 'Done']);
    const renamed = runOk(updateColumn, plan, { id: 'c-qa' as ColumnId, changes: { name: 'Testing' } });
    expect(renamed.label).toBe('Rename column');
    plan = runOk(updateColumn, renamed.plan, { id: 'c-qa' as ColumnId, changes: { color: '#ff0000', wipLimit: 2 } }).plan;
    expect(plan.columns['c-qa']).toMatchObject({ name: 'Testing', color: '#ff0000', wipLimit: 2 });
    expect(runCommand(updateColumn, plan, { id: 'c-qa' as ColumnId, changes: { wipLimit: 0 } }, testContext()).ok).toBe(false);
    expect(runCommand(updateColumn, plan, { id: 'c-qa' as ColumnId, changes: { name: ' ' } }, testContext()).ok).toBe(false);
    expect(runCommand(updateColumn, plan, { id: 'c-qa' as ColumnId, changes: { color: 'red' } }, testContext()).ok).toBe(false);
  });

  it('reorders columns to the front, the middle and the end', () => {
    let plan = blankPlan();
    plan = runOk(moveColumn, plan, { id: col(plan, 'Done'), afterId: null }).plan;
    expect(orderedColumns(plan.columns).map((c) => c.name)).toEqual(['Done', 'Backlog', 'To do', 'In progress', 'Review']);
    plan = runOk(moveColumn, plan, { id: col(plan, 'Done'), afterId: col(plan, 'To do') }).plan;
    expect(orderedColumns(plan.columns).map((c) => c.name)).toEqual(['Backlog', 'To do', 'Done', 'In progress', 'Review']);
    plan = runOk(moveColumn, plan, { id: col(plan, 'Done'), afterId: col(plan, 'Review') }).plan;
    expect(orderedColumns(plan.columns).map((c) => c.name)).toEqual(['Backlog', 'To do', 'In progress', 'Review', 'Done']);
  });

  it('deletes a column, moving its cards (in order, after the cards there) to the chosen column', () => {
    let plan = boardPlan();
    plan = runOk(moveCard, plan, { id: id(plan, 'Design API'), columnId: col(plan, 'To do'), placement: { at: 'top' } }).plan;
    const out = runOk(deleteColumn, plan, { id: col(plan, 'Backlog'), moveCardsTo: col(plan, 'To do') });
    expect(out.plan.columns[col(plan, 'Backlog')]).toBeUndefined();
    expect(names(out.plan, 'To do')).toEqual(['Design API', 'Set up CI', 'Write spec']);
    expect(runCommand(deleteColumn, plan, { id: col(plan, 'Done'), moveCardsTo: col(plan, 'Done') }, testContext()).ok).toBe(false);
  });

  it('deletes a column of 400 cards: they keep their order with short ranks, and undo restores them', () => {
    let plan = blankPlan();
    for (let i = 0; i < 400; i++) {
      const result = runCommand(insertTask, plan, { id: `t-${String(i).padStart(3, '0')}` as TaskId, name: `Card ${String(i)}` }, testContext());
      if (!result.ok) throw new Error(result.error.message);
      plan = result.value.plan;
    }
    const backlogOrder = columnCards(plan, col(plan, 'Backlog')).map((t) => t.id);
    const out = runOk(deleteColumn, plan, { id: col(plan, 'Backlog'), moveCardsTo: col(plan, 'Review') });
    const moved = columnCards(out.plan, col(plan, 'Review'));
    expect(moved.map((t) => t.id)).toEqual(backlogOrder);
    expect(Math.max(...moved.map((t) => t.boardRank.length))).toBeLessThanOrEqual(8);
  });

  it('deleting a column into Done completes its cards', () => {
    const plan = boardPlan();
    const out = runOk(deleteColumn, plan, { id: col(plan, 'Backlog'), moveCardsTo: col(plan, 'Done') }).plan;
    expect(columnCards(out, col(plan, 'Done')).map((t) => t.percentComplete)).toEqual([100, 100, 100]);
  });
});

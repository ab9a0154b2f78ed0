import { describe, expect, it } from 'vitest';
import {
  activeFilterChips, boardLayout, categoryOfProgress, cardSlotAt, cellIds, cellKey, clearCriterion, columnCards, isBlocked, joinLane, laneChange, NO_FILTER, placementIndex,
  predecessorsByTask, progressAfterMove, rankAt, reassigned, resolveDrop, wipStatus, type BoardFilter,
} from '../../../../renderer/domain/board';
import { addLink, addResource, insertTask, setAssignees, updateTask } from '../../../../renderer/domain/commands';
import type { ColumnId, LinkId, LocalDate, LocalDateTime, Plan, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const today = '2026-03-05' as LocalDate;
const project = { defaultStartTime: '09:00', defaultFinishTime: '17:00' };
const at = (s: string) => s as LocalDateTime;

function plan3(): Plan {
  let plan = blankPlan();
  const specs = [
    { name: 'Set up CI', rank: 'a', finish: '2026-03-04T17:00', tags: ['infra'], priority: 900, phase: 'execution' as const },
    { name: 'Write spec', rank: 'b', finish: '2026-03-09T17:00', tags: ['docs'], priority: 500, phase: null },
    { name: 'Design API', rank: 'c', finish: '2026-04-01T17:00', tags: [], priority: 300, phase: 'planning' as const },
  ];
  for (const s of specs) {
    plan = runOk(insertTask, plan, {
      id: `t-${s.name}` as TaskId, name: s.name,
      fields: { boardRank: s.rank, finish: at(s.finish), tags: s.tags, priority: s.priority, phase: s.phase },
    }).plan;
  }
  return plan;
}

describe('the column category progress puts a task in, without a status', () => {
  it('is started for an actual start at 0 %, as MS Project reads it', () => {
    const of = (percentComplete: number, actualStart: string | null) => categoryOfProgress({ percentComplete, actualStart: actualStart === null ? null : at(actualStart) });
    expect([of(0, null), of(0, '2026-03-02T09:00'), of(40, null), of(100, null), of(100, '2026-03-02T09:00')])
      .toEqual(['not-started', 'started', 'started', 'done', 'done']);
  });
});

describe('placement', () => {
  const cards = [{ id: 'a' as TaskId, boardRank: 'a' }, { id: 'b' as TaskId, boardRank: 'b' }];
  it('finds the insertion index for each kind of placement', () => {
    expect(placementIndex(cards, { at: 'top' })).toBe(0);
    expect(placementIndex(cards, { at: 'bottom' })).toBe(2);
    expect(placementIndex(cards, { afterId: 'a' as TaskId })).toBe(1);
    expect(placementIndex(cards, { beforeId: 'a' as TaskId })).toBe(0);
    expect(placementIndex(cards, { beforeId: 'gone' as TaskId })).toBe(2);
  });
  it('ranks between neighbours, and renumbers only on a tie', () => {
    const { rank, renumbered } = rankAt(cards, 1, 'x' as TaskId);
    expect(rank > 'a' && rank < 'b').toBe(true);
    expect(renumbered).toBeUndefined();
    const tied = rankAt([{ id: 'a' as TaskId, boardRank: 'V' }, { id: 'b' as TaskId, boardRank: 'V' }], 1, 'x' as TaskId);
    expect([...(tied.renumbered?.keys() ?? [])]).toEqual(['a', 'x', 'b']);
  });
});

describe('progress rules', () => {
  const blank = { percentComplete: 0, actualStart: null, actualFinish: null };
  const move = (from: 'not-started' | 'started' | 'done', to: 'not-started' | 'started' | 'done') => ({ from, to, date: today, project });
  it('starts, completes and reopens', () => {
    expect(progressAfterMove(blank, move('not-started', 'started'))).toMatchObject({ actualStart: '2026-03-05T09:00' });
    const done = progressAfterMove({ ...blank, percentComplete: 25 }, move('not-started', 'done'));
    expect(done).toEqual({ percentComplete: 100, actualStart: '2026-03-05T09:00', actualFinish: '2026-03-05T17:00', reopenPercentComplete: 25 });
    expect(progressAfterMove(done, move('done', 'started'))).toEqual({
      percentComplete: 25, actualStart: '2026-03-05T09:00', actualFinish: null, reopenPercentComplete: undefined,
    });
  });
  it('reopening at 0 % into a not-started column clears the actual start; same category changes nothing', () => {
    const done = progressAfterMove(blank, move('not-started', 'done'));
    expect(progressAfterMove(done, move('done', 'not-started')).actualStart).toBeNull();
    expect(progressAfterMove(done, move('done', 'done'))).toBe(done);
  });
  it('never finishes before a late actual start', () => {
    const late = progressAfterMove({ ...blank, actualStart: at('2026-03-05T18:30') }, move('started', 'done'));
    expect(late.actualFinish).toBe('2026-03-05T18:30');
  });
});

describe('lanes', () => {
  it('turns a lane change into the field change', () => {
    expect(laneChange('none', 'all', 'all')).toBeNull();
    expect(laneChange('phase', 'none', 'planning')).toEqual({ mode: 'phase', to: 'planning' });
    expect(laneChange('phase', 'planning', 'none')).toEqual({ mode: 'phase', to: null });
    expect(laneChange('priority', 'low', 'high')).toEqual({ mode: 'priority', to: 'high' });
    expect(laneChange('assignee', 'none', 'r1')).toEqual({ mode: 'assignee', from: null, to: 'r1' });
    expect(laneChange('assignee', 'r1', 'none')).toEqual({ mode: 'assignee', from: 'r1', to: null });
  });
  it('gives a card added in a lane that lane\'s value, and nothing without lanes', () => {
    expect(joinLane('none', 'all')).toBeNull();
    expect(joinLane('assignee', 'r1')).toEqual({ mode: 'assignee', from: null, to: 'r1' });
    expect(joinLane('assignee', 'none')).toEqual({ mode: 'assignee', from: null, to: null });
    expect(joinLane('phase', 'closure')).toEqual({ mode: 'phase', to: 'closure' });
    expect(joinLane('phase', 'none')).toEqual({ mode: 'phase', to: null });
    expect(joinLane('priority', 'lowest')).toEqual({ mode: 'priority', to: 'lowest' });
  });
  it('swaps the lane person and keeps co-assignees', () => {
    const [a, b, c] = ['a', 'b', 'c'] as ResourceId[];
    expect(reassigned([a!, c!], { mode: 'assignee', from: a!, to: b! })).toEqual([b, c]);
    expect(reassigned([a!, c!], { mode: 'assignee', from: a!, to: null })).toEqual([c]);
    expect(reassigned([], { mode: 'assignee', from: null, to: b! })).toEqual([b]);
  });
});

describe('flags', () => {
  it('blocks on an unfinished FS predecessor and an unstarted SS predecessor', () => {
    let plan = plan3();
    const ci = taskByName(plan, 'Set up CI').id;
    const spec = taskByName(plan, 'Write spec').id;
    const api = taskByName(plan, 'Design API').id;
    plan = runOk(addLink, plan, { predecessorId: ci, successorId: spec, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
    plan = runOk(addLink, plan, { id: 'l-2' as LinkId, predecessorId: ci, successorId: api, type: 'SS', lagMinutes: 0, lagIsElapsed: false }).plan;
    const preds = predecessorsByTask(plan.links);
    expect(isBlocked(plan.tasks[spec]!, plan.tasks, preds.get(spec))).toBe(true);
    expect(isBlocked(plan.tasks[api]!, plan.tasks, preds.get(api))).toBe(true);
    plan = runOk(updateTask, plan, { id: ci, changes: { percentComplete: 50, actualStart: at('2026-03-02T09:00') } }).plan;
    expect(isBlocked(plan.tasks[spec]!, plan.tasks, preds.get(spec))).toBe(true);
    expect(isBlocked(plan.tasks[api]!, plan.tasks, preds.get(api))).toBe(false);
    plan = runOk(updateTask, plan, { id: ci, changes: { percentComplete: 100 } }).plan;
    expect(isBlocked(plan.tasks[spec]!, plan.tasks, preds.get(spec))).toBe(false);
  });
});

describe('board layout', () => {
  const layout = (plan: Plan, filter: BoardFilter = NO_FILTER, laneMode: 'none' | 'priority' | 'assignee' = 'none') =>
    boardLayout({ plan, schedule: null, laneMode, filter, today });
  const backlog = (plan: Plan) => Object.values(plan.columns).find((c) => c.name === 'Backlog')!.id;

  it('groups cards by column in rank order, leaving out summaries, with WIP counts', () => {
    let plan = plan3();
    plan = runOk(insertTask, plan, { id: 't-sub' as TaskId, name: 'Sub', parentId: taskByName(plan, 'Design API').id, fields: { boardRank: 'd' } }).plan;
    const l = layout(plan);
    expect(cellIds(l, 'all', backlog(plan))).toEqual(['t-Set up CI', 't-Write spec', 't-sub']);
    expect(l.columns.map((c) => c.total)).toEqual([3, 0, 0, 0, 0]);
    expect(wipStatus(6, { wipLimit: 5 })).toEqual({ label: '6/5', isOver: true });
    expect(wipStatus(5, { wipLimit: 5 })).toEqual({ label: '5/5', isOver: false });
  });

  it('flags late cards without a schedule', () => {
    const cards = layout(plan3()).cells.get(cellKey('all', backlog(plan3())))!;
    expect(cards.map((c) => c.flags.isLate)).toEqual([true, false, false]);
  });

  it('filters by text, tag, priority and due date, and lists the active criteria', () => {
    const plan = plan3();
    const ids = (f: Partial<BoardFilter>) => cellIds(layout(plan, { ...NO_FILTER, ...f }), 'all', backlog(plan));
    expect(ids({ text: 'SPEC' })).toEqual(['t-Write spec']);
    expect(ids({ tag: 'infra' })).toEqual(['t-Set up CI']);
    expect(ids({ priority: 'low' })).toEqual(['t-Design API']);
    expect(ids({ phase: 'planning' })).toEqual(['t-Design API']);
    expect(ids({ dueWithinDays: 7 })).toEqual(['t-Set up CI', 't-Write spec']);
    const filter = { ...NO_FILTER, text: 'ci', criticalOnly: true };
    expect(activeFilterChips(filter, String).map((c) => c.label)).toEqual(['Text: “ci”', 'Critical only']);
    expect(clearCriterion(filter, 'text')).toEqual({ ...NO_FILTER, criticalOnly: true });
    expect(layout(plan, { ...NO_FILTER, text: 'x' }).totalCount).toBe(3);
  });

  it('splits cards into lanes by priority and by first assignee', () => {
    let plan = plan3();
    expect(cellIds(layout(plan, NO_FILTER, 'priority'), 'highest', backlog(plan))).toEqual(['t-Set up CI']);
    plan = runOk(addResource, plan, { id: 'r-zoe' as ResourceId, fields: { name: 'Zoe' } }).plan;
    plan = runOk(setAssignees, plan, { taskId: taskByName(plan, 'Write spec').id, resourceIds: ['r-zoe' as ResourceId] }, testContext('a')).plan;
    const l = layout(plan, NO_FILTER, 'assignee');
    expect(l.lanes.map((x) => x.label)).toEqual(['Zoe', 'Unassigned']);
    expect(cellIds(l, 'r-zoe', backlog(plan))).toEqual(['t-Write spec']);
    expect(cellIds(l, 'none', backlog(plan))).toEqual(['t-Set up CI', 't-Design API']);
    const only = layout(plan, { ...NO_FILTER, assigneeId: '' }, 'none');
    expect(cellIds(only, 'all', backlog(plan))).toEqual(['t-Set up CI', 't-Design API']);
  });
});

describe('resolveDrop', () => {
  const plan = plan3();
  const backlog = Object.values(plan.columns).find((c) => c.name === 'Backlog')!.id;
  const todo = Object.values(plan.columns).find((c) => c.name === 'To do')!.id;
  const l = boardLayout({ plan, schedule: null, laneMode: 'none', filter: NO_FILTER, today });
  const src = (name: string) => ({ taskId: `t-${name}` as TaskId, columnId: backlog, laneKey: 'all' });
  const onCard = (name: string) => ({ kind: 'card' as const, ...src(name) });

  it('takes the slot of the card it is dropped on, in either direction', () => {
    expect(resolveDrop(l, 'none', src('Set up CI'), onCard('Design API'))).toMatchObject({
      placement: { afterId: 't-Design API' }, position: 3, count: 3, isNoop: false, lane: null,
    });
    expect(resolveDrop(l, 'none', src('Design API'), onCard('Set up CI'))).toMatchObject({ placement: { beforeId: 't-Set up CI' }, position: 1 });
    expect(resolveDrop(l, 'none', src('Design API'), onCard('Design API')).isNoop).toBe(true);
  });

  it('goes last when dropped on the end of a cell, counting itself in another column', () => {
    expect(resolveDrop(l, 'none', src('Set up CI'), { kind: 'end', columnId: todo, laneKey: 'all' })).toMatchObject({
      columnId: todo, placement: { at: 'bottom' }, position: 1, count: 1,
    });
    expect(resolveDrop(l, 'none', src('Design API'), { kind: 'end', columnId: backlog, laneKey: 'all' }).isNoop).toBe(true);
  });
});

describe('cardSlotAt (the card under a pointer, cards as tall as their content with an 8 px gap)', () => {
  // Three cards drawn from y = 0: 58 px (one line), 75 px (two lines), 58 px, each plus its 8 px gap.
  const slots = [{ index: 0, bottomPx: 66 }, { index: 1, bottomPx: 149 }, { index: 2, bottomPx: 215 }];
  it('finds the card a point falls on; the gap below a card belongs to it', () => {
    expect(cardSlotAt(0, slots, 3)).toBe(0);
    expect(cardSlotAt(30, slots, 3)).toBe(0);
    expect(cardSlotAt(62, slots, 3)).toBe(0);
    expect(cardSlotAt(66, slots, 3)).toBe(1);
    expect(cardSlotAt(140, slots, 3)).toBe(1);
    expect(cardSlotAt(149, slots, 3)).toBe(2);
  });
  it('takes the first card above the list (a lane cell\'s add button) and the end below the last card', () => {
    expect(cardSlotAt(-30, slots, 3)).toBe(0);
    expect(cardSlotAt(215, slots, 3)).toBeNull();
    expect(cardSlotAt(5000, slots, 3)).toBeNull();
  });
  it('counts from the cards drawn in a scrolled list: below the last one drawn is the next card, not the end', () => {
    const window = [{ index: 6, bottomPx: 120 }, { index: 7, bottomPx: 186 }];
    expect(cardSlotAt(100, window, 20)).toBe(6);
    expect(cardSlotAt(150, window, 20)).toBe(7);
    expect(cardSlotAt(300, window, 20)).toBe(8);
    expect(cardSlotAt(300, window, 8)).toBeNull();
  });
  it('has only the end in an empty cell, or where no card is drawn', () => {
    expect(cardSlotAt(0, [], 0)).toBeNull();
    expect(cardSlotAt(-10, [], 0)).toBeNull();
    expect(cardSlotAt(10, [], 5)).toBeNull();
  });
});

describe('card order of tasks added in the plan', () => {
  /** Ids that sort against the order typed, as random ids do: Task 1 gets 'r6', Task 6 gets 'r1'. */
  function typedInGrid(count: number): Plan {
    let plan = blankPlan();
    let after: TaskId | null = null;
    for (let i = 1; i <= count; i++) {
      const id = `r${String(count + 1 - i)}` as TaskId;
      plan = runOk(insertTask, plan, { id, name: `Task ${String(i)}`, ...(after ? { afterId: after } : {}) }).plan;
      after = id;
    }
    return plan;
  }
  const backlog = (plan: Plan): string[] => columnCards(plan, Object.values(plan.columns).find((c) => c.name === 'Backlog')?.id as ColumnId).map((t) => t.name);

  it('puts each task typed at the end of the plan after the last card of its column', () => {
    const plan = typedInGrid(6);
    expect(backlog(plan)).toEqual(['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5', 'Task 6']);
    const ranks = ['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5', 'Task 6'].map((n) => taskByName(plan, n).boardRank);
    expect(new Set(ranks).size).toBe(6);
    expect([...ranks].sort()).toEqual(ranks);
  });

  it('places a task inserted among the rows right after the card of the task above it', () => {
    const plan = typedInGrid(4);
    const above = runOk(insertTask, plan, { id: 'x1' as TaskId, name: 'Inserted above Task 3', beforeId: taskByName(plan, 'Task 3').id }).plan;
    expect(backlog(above)).toEqual(['Task 1', 'Task 2', 'Inserted above Task 3', 'Task 3', 'Task 4']);
    const first = runOk(insertTask, above, { id: 'x2' as TaskId, name: 'New first', beforeId: taskByName(above, 'Task 1').id }).plan;
    expect(backlog(first)[0]).toBe('New first');
    // A subtask of Task 2 comes after Task 2 (now a summary, not a card) and its earlier rows.
    const child = runOk(insertTask, first, { id: 'x3' as TaskId, name: 'Under Task 2', parentId: taskByName(first, 'Task 2').id }).plan;
    expect(backlog(child)).toEqual(['New first', 'Task 1', 'Under Task 2', 'Inserted above Task 3', 'Task 3', 'Task 4']);
  });

  it('shows cards of equal rank (older plans, other tools) in plan order, not by id', () => {
    let plan = typedInGrid(6);
    for (const task of Object.values(plan.tasks)) plan = runOk(updateTask, plan, { id: task.id, changes: { boardRank: 'V' } }).plan;
    expect(backlog(plan)).toEqual(['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5', 'Task 6']);
    const layout = boardLayout({ plan, schedule: null, laneMode: 'none', filter: NO_FILTER, today });
    const cell = [...layout.cells.values()][0] ?? [];
    expect(cell.map((c) => c.task.name)).toEqual(['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5', 'Task 6']);
  });
});

/**
 * The board's layout memory: a layout computed with the memory of earlier ones must equal one
 * computed from scratch, and must hand back the same objects (cards, cell arrays, lanes, tags)
 * where nothing changed, since the view skips rendering on identity.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boardLayout, cellKey, createLayoutMemory, NO_FILTER, orderedColumns, type BoardLayout, type LaneMode,
} from '../../../../renderer/domain/board';
import { addLink, addResource, insertTask, moveCard, runCommand, setAssignees, updateTask } from '../../../../renderer/domain/commands';
import type { LocalDate, Plan, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';

const today = '2026-03-05' as LocalDate;

function boardPlan(): Plan {
  let plan = blankPlan();
  plan = runOk(addResource, plan, { id: 'r-ana' as ResourceId, fields: { name: 'Ana' } }).plan;
  plan = runOk(addResource, plan, { id: 'r-bo' as ResourceId, fields: { name: 'Bo' } }).plan;
  for (let i = 0; i < 12; i++) {
    plan = runOk(insertTask, plan, { id: `t-${String(i)}` as TaskId, name: `Card ${String(i)}`, fields: { tags: i % 3 === 0 ? ['api'] : [], priority: (i * 170) % 1000 } }).plan;
  }
  return plan;
}

type Edit =
  | { kind: 'move'; card: number; column: number; onto: number }
  | { kind: 'rename'; card: number }
  | { kind: 'progress'; card: number; percent: number }
  | { kind: 'assign'; card: number; person: number }
  | { kind: 'link'; from: number; to: number }
  | { kind: 'tag'; card: number };

const card = fc.integer({ min: 0, max: 11 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), card, column: fc.integer({ min: 0, max: 4 }), onto: card }),
  fc.record({ kind: fc.constant('rename' as const), card }),
  fc.record({ kind: fc.constant('progress' as const), card, percent: fc.constantFrom(0, 40, 100) }),
  fc.record({ kind: fc.constant('assign' as const), card, person: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('link' as const), from: card, to: card }),
  fc.record({ kind: fc.constant('tag' as const), card }),
);

const id = (i: number) => `t-${String(i)}` as TaskId;

function apply(plan: Plan, edit: Edit): Plan {
  const ctx = testContext('e');
  switch (edit.kind) {
    case 'move': {
      const column = orderedColumns(plan.columns)[edit.column];
      if (!column) return plan;
      return runOk(moveCard, plan, { id: id(edit.card), columnId: column.id, placement: edit.onto === edit.card ? { at: 'top' } : { beforeId: id(edit.onto) } }, ctx).plan;
    }
    case 'rename': return runOk(updateTask, plan, { id: id(edit.card), changes: { name: `${plan.tasks[id(edit.card)]?.name ?? ''}!` } }).plan;
    case 'progress': return runOk(updateTask, plan, { id: id(edit.card), changes: { percentComplete: edit.percent } }).plan;
    case 'assign': {
      const people = [[], ['r-ana'], ['r-bo', 'r-ana']][edit.person] as ResourceId[];
      return runOk(setAssignees, plan, { taskId: id(edit.card), resourceIds: people }, ctx).plan;
    }
    case 'link': {
      const result = runCommand(addLink, plan, { predecessorId: id(edit.from), successorId: id(edit.to), type: 'FS', lagMinutes: 0, lagIsElapsed: false }, ctx);
      // A loop, a duplicate or a self-link is refused: the plan stays as it was.
      return result.ok ? result.value.plan : plan;
    }
    case 'tag': return runOk(updateTask, plan, { id: id(edit.card), changes: { tags: ['api', `t${String(edit.card)}`] } }).plan;
    default: {
      const never: never = edit;
      return never;
    }
  }
}

const layoutOf = (plan: Plan, laneMode: LaneMode, memory?: ReturnType<typeof createLayoutMemory>): BoardLayout =>
  boardLayout({ plan, schedule: null, laneMode, filter: NO_FILTER, today }, memory);

describe('board layout memory', () => {
  it('gives the same layout as a fresh computation after any sequence of edits', () => {
    fc.assert(fc.property(fc.constantFrom<LaneMode>('none', 'assignee', 'priority'), fc.array(editArb, { minLength: 1, maxLength: 12 }), (laneMode, edits) => {
      const memory = createLayoutMemory();
      let plan = boardPlan();
      expect(layoutOf(plan, laneMode, memory)).toEqual(layoutOf(plan, laneMode));
      for (const edit of edits) {
        plan = apply(plan, edit);
        expect(layoutOf(plan, laneMode, memory)).toEqual(layoutOf(plan, laneMode));
      }
    }), { numRuns: 60 });
  });

  it('keeps the cells, cards, lanes and tags a move did not touch, and renews those it did', () => {
    const memory = createLayoutMemory();
    const plan = boardPlan();
    const before = layoutOf(plan, 'none', memory);
    const [backlog, todo, doing] = orderedColumns(plan.columns);
    if (!backlog || !todo || !doing) throw new Error('the default workflow has five columns');
    const moved = runOk(moveCard, plan, { id: id(4), columnId: todo.id, placement: { at: 'top' } }, testContext('m')).plan;
    const after = layoutOf(moved, 'none', memory);
    const cell = (l: BoardLayout, columnId: typeof backlog.id) => l.cells.get(cellKey('all', columnId));
    expect(cell(after, backlog.id)).not.toBe(cell(before, backlog.id));
    expect(cell(after, todo.id)?.map((c) => c.task.id)).toEqual([id(4)]);
    // The other cards of the source column are the same objects, so their components skip rendering.
    expect(cell(after, backlog.id)?.[0]).toBe(cell(before, backlog.id)?.[0]);
    expect(after.lanes).toBe(before.lanes);
    expect(after.tags).toBe(before.tags);
    // A reorder inside another column leaves this one's array as it was.
    const again = layoutOf(runOk(moveCard, moved, { id: id(7), columnId: backlog.id, placement: { at: 'top' } }, testContext('n')).plan, 'none', memory);
    expect(cell(again, todo.id)).toBe(cell(after, todo.id));
    expect(cell(again, doing.id)).toBe(cell(after, doing.id));
  });
});

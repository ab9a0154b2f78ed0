/**
 * The incremental cost roll-up (issue #13) against a full costPlan: random priced plans, random
 * edits (durations, fixed costs and their accrual, progress, typed actual costs, renames, a
 * resource's rate, an outline move), each rescheduled by the incremental scheduler as the app
 * does. The roller must give exactly costPlan's figures (same additions in the same order), and
 * a table it handed out earlier must not change afterwards.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { produce, type Draft } from 'immer';
import { compileCalendars } from '../../../../renderer/domain/calendar';
import type { Plan, Task } from '../../../../renderer/domain/model';
import { costPlan, createCostRoller, type CostTable } from '../../../../renderer/domain/money';
import { createScheduler } from '../../../../renderer/domain/schedule';
import { generatePlan } from '../../../support/generate-plan';

type Edit =
  | { kind: 'duration'; task: number; hours: number }
  | { kind: 'fixed'; task: number; amount: number; accrual: 'start' | 'prorated' | 'end' }
  | { kind: 'progress'; task: number; pct: number }
  | { kind: 'actual'; task: number; amount: number | null }
  | { kind: 'rename'; task: number }
  | { kind: 'rate'; resource: number; rate: number }
  | { kind: 'move'; task: number; parent: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('duration' as const), task: fc.nat(), hours: fc.integer({ min: 1, max: 200 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('fixed' as const), task: fc.nat(), amount: fc.integer({ min: 0, max: 50_000 }), accrual: fc.constantFrom('start' as const, 'prorated' as const, 'end' as const) }), weight: 3 },
  fc.record({ kind: fc.constant('progress' as const), task: fc.nat(), pct: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('actual' as const), task: fc.nat(), amount: fc.option(fc.integer({ min: 0, max: 20_000 })) }),
  fc.record({ kind: fc.constant('rename' as const), task: fc.nat() }),
  fc.record({ kind: fc.constant('rate' as const), resource: fc.nat(), rate: fc.integer({ min: 10, max: 300 }) }),
  fc.record({ kind: fc.constant('move' as const), task: fc.nat(), parent: fc.nat() }),
);

const leavesOf = (plan: Plan): Task[] => {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  return Object.values(plan.tasks).filter((t) => !parents.has(t.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
};

function change(draft: Draft<Plan>, plan: Plan, edit: Edit): void {
  const ids = Object.keys(plan.tasks).sort();
  const pick = (k: number): Draft<Task> | undefined => draft.tasks[ids[k % ids.length] ?? ''];
  switch (edit.kind) {
    case 'duration': { const t = pick(edit.task); if (t && t.kind === 'task') t.durationMinutes = edit.hours * 60; return; }
    case 'fixed': { const t = pick(edit.task); if (t) { t.fixedCost = edit.amount; t.fixedCostAccrual = edit.accrual; } return; }
    case 'progress': { const t = pick(edit.task); if (t && t.kind !== 'summary') t.percentComplete = edit.pct; return; }
    case 'actual': { const t = pick(edit.task); if (t && t.kind !== 'summary') t.actualCost = edit.amount; return; }
    case 'rename': { const t = pick(edit.task); if (t) t.name = `${t.name}*`; return; }
    case 'rate': {
      const ids = Object.keys(plan.resources).sort();
      const r = draft.resources[ids[edit.resource % Math.max(1, ids.length)] ?? ''];
      if (r) r.costPerHour = edit.rate;
      return;
    }
    case 'move': {
      const leaves = leavesOf(plan);
      const leaf = leaves[edit.task % Math.max(1, leaves.length)];
      const summaries = Object.values(plan.tasks).filter((t) => t.kind === 'summary' && t.id !== leaf?.id);
      const parent = summaries[edit.parent % Math.max(1, summaries.length)];
      const t = leaf ? draft.tasks[leaf.id] : undefined;
      if (t && parent) t.parentId = parent.id;
      return;
    }
    default: { const never: never = edit; return never; }
  }
}

const data = (c: CostTable): unknown => ({ tasks: Object.fromEntries(c.tasks), assignments: Object.fromEntries(c.assignments), project: { ...c.project } });

describe('incremental cost roll-up', () => {
  it('equals a full costPlan after random edits, and earlier tables stay as they were', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(editArb, { minLength: 1, maxLength: 10 }), (seed, edits) => {
      let plan = generatePlan({ tasks: 150, seed, assignmentsPerLeaf: 1 });
      const scheduler = createScheduler();
      const roller = createCostRoller();
      const handedOut: { table: CostTable; expected: unknown }[] = [];
      const step = (): void => {
        const schedule = scheduler.schedule(plan);
        const cals = compileCalendars(plan);
        const expected = data(costPlan(plan, schedule, cals));
        const table = roller.cost(plan, schedule, cals);
        expect(data(table)).toEqual(expected);
        handedOut.push({ table, expected });
      };
      step();
      for (const edit of edits) {
        const before = plan;
        plan = produce(before, (draft) => { change(draft, before, edit); });
        step();
      }
      for (const { table, expected } of handedOut) expect(data(table)).toEqual(expected);
    }), { numRuns: 30 });
  }, 180_000);
});

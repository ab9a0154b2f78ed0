/**
 * The fast money paths give the very numbers the straightforward computation gave: on random
 * priced plans with progress (test/support/money-plans.ts), every figure of every task and of the
 * project is compared bit for bit (Object.is) with the reference in test/support/money-reference.ts.
 * Seeds are fixed, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../../../../renderer/domain/calendar';
import { costPlan, earnedValue, type CostFigures } from '../../../../renderer/domain/money';
import type { TaskId } from '../../../../renderer/domain/model';
import { moneyCase } from '../../../support/money-plans';
import { referenceCostPlan, referenceEarnedValue } from '../../../support/money-reference';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The first figure that differs, named, or null when every one is the same number. */
function firstDifference(a: ReadonlyMap<string, object>, b: ReadonlyMap<string, object>): string | null {
  if (a.size !== b.size) return `sizes ${String(a.size)} and ${String(b.size)}`;
  for (const [id, left] of a) {
    const right = b.get(id);
    if (!right) return `${id} missing`;
    const diff = differentField(left, right);
    if (diff) return `${id}.${diff}`;
  }
  return null;
}

function differentField(a: object, b: object): string | null {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x: unknown = (a as Record<string, unknown>)[k];
    const y: unknown = (b as Record<string, unknown>)[k];
    if (!Object.is(x, y)) return `${k}: ${String(x)} vs ${String(y)}`;
  }
  return null;
}

describe('earned value fast path', () => {
  it.each(SEEDS)('matches the reference computation bit for bit (seed %i)', (seed) => {
    const { plan, schedule, baseline, statusDate } = moneyCase(seed, 120 + seed * 23);
    const calendars = compileCalendars(plan);
    const costs = costPlan(plan, schedule, calendars);
    const fast = earnedValue({ plan, schedule, costs, baseline, statusDate, calendars });
    const reference = referenceEarnedValue({ plan, schedule, costs, baseline, statusDate, calendars });
    expect(firstDifference(fast.tasks, reference.tasks)).toBeNull();
    expect(differentField(fast.project, reference.project)).toBeNull();
    expect(fast.baselineNumber).toBe(reference.baselineNumber);
    // The cases measure something: money was planned, earned and spent.
    if (baseline) expect(reference.project.bac).toBeGreaterThan(0);
    expect(reference.project.ac + reference.project.etc).toBeGreaterThan(0);
  });
});

describe('cost roll-up fast path', () => {
  it.each(SEEDS)('prices every task, assignment and the project as the reference does, in the same order (seed %i)', (seed) => {
    const { plan, schedule } = moneyCase(seed, 120 + seed * 23);
    const calendars = compileCalendars(plan);
    const ownFast = new Map<TaskId, CostFigures>();
    const ownReference = new Map<TaskId, CostFigures>();
    const fast = costPlan(plan, schedule, calendars, ownFast);
    const reference = referenceCostPlan(plan, schedule, calendars, ownReference);
    expect(firstDifference(fast.tasks, reference.tasks)).toBeNull();
    expect([...fast.tasks.keys()]).toEqual([...reference.tasks.keys()]);
    expect(firstDifference(fast.assignments, reference.assignments)).toBeNull();
    expect([...fast.assignments.keys()]).toEqual([...reference.assignments.keys()]);
    expect(firstDifference(ownFast, ownReference)).toBeNull();
    expect(differentField(fast.project, reference.project)).toBeNull();
    expect(reference.project.actualCost).toBeGreaterThan(0);
  });
});

/**
 * The fast money paths give the very numbers the straightforward computation gave: on random
 * priced plans with progress (test/support/money-plans.ts), every figure of every task and of the
 * project is compared bit for bit (Object.is) with the reference in test/support/money-reference.ts.
 * Seeds are fixed, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../../../../renderer/domain/calendar';
import { costPlan, earnedValue, sCurve, weekSteps, type CostFigures, type SCurve } from '../../../../renderer/domain/money';
import { toWallMinutes, type LocalDate, type LocalDateTime, type TaskId, type WallMinutes } from '../../../../renderer/domain/model';
import { moneyCase } from '../../../support/money-plans';
import { referenceCostPlan, referenceEarnedValue, referenceSCurve } from '../../../support/money-reference';

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

describe('kept outlines follow edits', () => {
  it('measures a plan edited after a first measure (a task moved under another summary, an assignment dropped) as the reference does', () => {
    const { plan, schedule, baseline, statusDate } = moneyCase(5, 200);
    const calendars = compileCalendars(plan);
    earnedValue({ plan, schedule, costs: costPlan(plan, schedule, calendars), baseline, statusDate, calendars });
    const summaries = Object.values(plan.tasks).filter((t) => t.kind === 'summary');
    const moved = Object.values(plan.tasks).find((t) => t.kind === 'task' && t.parentId !== summaries[1]?.id);
    const target = summaries[1];
    if (!moved || !target) throw new Error('the case has no task to move');
    const dropped = Object.values(plan.assignments)[0];
    const edited = {
      ...plan,
      tasks: { ...plan.tasks, [moved.id]: { ...moved, parentId: target.id } },
      assignments: Object.fromEntries(Object.entries(plan.assignments).filter(([id]) => id !== dropped?.id)),
    };
    const costs = costPlan(edited, schedule, calendars);
    const reference = referenceCostPlan(edited, schedule, calendars);
    expect(firstDifference(costs.tasks, reference.tasks)).toBeNull();
    const fast = earnedValue({ plan: edited, schedule, costs, baseline, statusDate, calendars });
    const expected = referenceEarnedValue({ plan: edited, schedule, costs: reference, baseline, statusDate, calendars });
    expect(firstDifference(fast.tasks, expected.tasks)).toBeNull();
    expect(differentField(fast.project, expected.project)).toBeNull();
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

/** The first S-curve figure that differs (Object.is: the same number to the last bit), named, or null. */
function sCurveDifference(fast: SCurve, reference: SCurve): string | null {
  if (fast.points.length !== reference.points.length) return `${String(fast.points.length)} points, not ${String(reference.points.length)}`;
  for (let k = 0; k < reference.points.length; k++) {
    const diff = differentField(fast.points[k] ?? {}, reference.points[k] ?? {});
    if (diff) return `point ${String(k)}: ${diff}`;
  }
  return differentField({ statusAt: fast.statusAt, bac: fast.bac, eac: fast.eac }, { statusAt: reference.statusAt, bac: reference.bac, eac: reference.eac });
}

describe('S-curve fast path', () => {
  it.each(SEEDS)('gives every point of PV, EV, AC and forecast, BAC and EAC the reference gives, bit for bit (seed %i)', (seed) => {
    const { plan, schedule, baseline, statusDate } = moneyCase(seed, 120 + seed * 23);
    const calendars = compileCalendars(plan);
    const costs = costPlan(plan, schedule, calendars);
    const input = { plan, schedule, costs, baseline, statusDate, calendars };
    const reference = referenceSCurve(input);
    expect(sCurveDifference(sCurve(input), reference)).toBeNull();
    // The cases measure something: costs are spent before the status date and left after it.
    expect(reference.points.some((p) => (p.ac ?? 0) > 0)).toBe(true);
    expect(reference.points.some((p) => p.forecast !== null && p.forecast > (reference.points.find((q) => q.at === reference.statusAt)?.ac ?? 0))).toBe(true);
    if (baseline) expect(reference.points.some((p) => p.pv > 0 && p.pv < reference.bac)).toBe(true);
  });

  it('agrees at points given out of order, repeated and off the status date, and with the status date before or after the whole plan', () => {
    const { plan, schedule, baseline } = moneyCase(3, 180);
    const calendars = compileCalendars(plan);
    const costs = costPlan(plan, schedule, calendars);
    const at = (text: string): WallMinutes => toWallMinutes(text as LocalDateTime);
    const points = [at('2026-05-13T11:30'), at('2026-02-02T00:00'), at('2026-05-13T11:30'), at('2027-03-01T00:00'), at('2025-12-01T00:00'), at('2026-03-04T15:00')];
    for (const statusDate of ['2026-04-15', '2025-06-30', '2029-01-01'] as LocalDate[]) {
      for (const input of [{ plan, schedule, costs, baseline, statusDate, calendars, points }, { plan, schedule, costs, baseline, statusDate, calendars }, { plan, schedule, costs, baseline: null, statusDate }]) {
        expect(sCurveDifference(sCurve(input), referenceSCurve(input)), statusDate).toBeNull();
      }
    }
  });

  it('finds the earliest and latest baseline dates whatever form their texts take (a date alone, minutes, seconds)', () => {
    const { plan, schedule, baseline, statusDate } = moneyCase(3, 180);
    if (!baseline) throw new Error('the case has a baseline');
    const entries = Object.entries(baseline.tasks);
    // Leaves: a summary's span counts only when it has a cost of its own.
    const leaves = entries.filter(([id]) => schedule.tasks.get(id as TaskId)?.isSummary === false);
    const first = leaves.reduce((a, b) => (toWallMinutes(b[1].start) < toWallMinutes(a[1].start) ? b : a));
    const last = leaves.reduce((a, b) => (toWallMinutes(b[1].finish) > toWallMinutes(a[1].finish) ? b : a));
    // An imported baseline, before and after the schedule: the earliest start a date alone, the latest finish with seconds, others with ':00'.
    const tasks = Object.fromEntries(entries.map(([id, entry], i) => [id, {
      ...entry,
      start: (id === first[0] ? '2020-01-06' : i % 3 === 0 ? `${entry.start.slice(0, 16)}:00` : entry.start) as LocalDateTime,
      finish: (id === last[0] ? '2030-01-04T17:00:45' : i % 5 === 0 ? `${entry.finish.slice(0, 16)}:00` : entry.finish) as LocalDateTime,
    }]));
    const input = { plan, schedule, costs: costPlan(plan, schedule), baseline: { ...baseline, tasks }, statusDate };
    const reference = referenceSCurve(input);
    expect(reference.points[0]?.at).toBe(toWallMinutes('2020-01-06' as LocalDateTime));
    expect(reference.points.at(-1)?.at).toBe(toWallMinutes('2030-01-04T17:00:45' as LocalDateTime));
    expect(sCurveDifference(sCurve(input), reference)).toBeNull();
  });

  it('agrees on a short plan, drawn weekly', () => {
    const { plan, schedule, baseline, statusDate } = moneyCase(7, 12);
    const costs = costPlan(plan, schedule);
    const input = { plan, schedule, costs, baseline, statusDate };
    const reference = referenceSCurve(input);
    // Its weeks are among the points (with the days its actual spending begins and ends between them).
    const weeks = weekSteps(reference.points[0]?.at ?? 0, reference.points.at(-1)?.at ?? 0);
    expect(weeks.length).toBeGreaterThan(0);
    expect(weeks.every((week) => reference.points.some((p) => p.at === week))).toBe(true);
    expect(sCurveDifference(sCurve(input), reference)).toBeNull();
  });
});

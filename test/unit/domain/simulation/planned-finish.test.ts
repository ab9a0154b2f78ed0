/**
 * The chance of the plan's own finish, against hand-worked answers, and the tasks the plan takes at
 * their best case (which make that chance 0%). Three 5-day tasks in a chain from Monday 2 March
 * 2026 finish on Friday 20 March at 17:00. Tolerances are five standard errors of a share at the
 * runs used (√(p(1−p)/n)), so a failure means a wrong rule, not bad luck; every run is seeded.
 */
import { describe, expect, it } from 'vitest';
import type { Distribution, LocalDate, Plan, TaskId, ThreePointEstimate } from '../../../../renderer/domain/model';
import { simulate, tasksPlannedAtBestCase } from '../../../../renderer/domain/simulation';
import { basePlan, chain, withTask } from '../schedule/plan-kit';

const DAY = 480;
const est = (o: number, m: number, p: number, distribution: Distribution = 'triangular'): ThreePointEstimate =>
  ({ optimisticMinutes: o * DAY, mostLikelyMinutes: m * DAY, pessimisticMinutes: p * DAY, distribution });

/** Sets an estimate on the named tasks. */
function estimated(plan: Plan, names: readonly string[], estimate: ThreePointEstimate): Plan {
  const tasks = { ...plan.tasks };
  for (const name of names) tasks[name] = { ...tasks[name]!, estimate };
  return { ...plan, tasks };
}

const threeInAChain = (estimate: ThreePointEstimate): Plan => estimated(chain(basePlan(), ['a', 'b', 'c'], 5 * DAY), ['a', 'b', 'c'], estimate);

function summary(plan: Plan, iterations: number) {
  const r = simulate(plan, { iterations, seed: 3, risks: [] }, '2026-03-01T00:00:00Z');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the chance of the planned finish', () => {
  it('is 100% when every estimate is the planned duration: every run is the plan', () => {
    const s = summary(threeInAChain(est(5, 5, 5)), 500);
    expect(s.plannedFinish).toBe('2026-03-20T17:00');
    expect(s.plannedFinishChance).toBe(1);
  });

  it('is 0% when the plan is every task\'s optimistic estimate and the estimates reach past it', () => {
    // Each task is 5 d at best and up to 8 d: meeting Friday needs all three drawn at exactly 5 d.
    const s = summary(threeInAChain(est(5, 5, 8)), 5_000);
    expect(s.plannedFinishChance).toBe(0);
    expect(s.finish.p50 > s.plannedFinish).toBe(true);
  });

  it('is 0% when the plan is shorter than the optimistic estimate: no run can meet it', () => {
    const plan = estimated(chain(basePlan(), ['a'], DAY), ['a'], est(2, 4, 9));
    expect(summary(plan, 2_000).plannedFinishChance).toBe(0);
  });

  it('is (m − a)/(b − a) = 25% for one triangular task (4, 5, 8) planned at its most likely 5 d', () => {
    // σ of the share at 20,000 runs: √(0.25 · 0.75 / 20000) = 0.31 %.
    const plan = estimated(chain(basePlan(), ['a'], 5 * DAY), ['a'], est(4, 5, 8));
    expect(Math.abs(summary(plan, 20_000).plannedFinishChance - 0.25)).toBeLessThan(0.0155);
  });

  it('is 8.3% for three such tasks in a chain: the sum of three triangulars (4, 5, 8) at 15 d or less', () => {
    // P(X₁ + X₂ + X₃ ≤ 15), Xᵢ − 4 triangular on [0, 4] with mode 1, by numerical convolution: 0.0831.
    // (A normal approximation, mean 17 d and σ = √(3 · 13/18) = 1.47 d, gives Φ(−1.36) ≈ 0.087.)
    // σ of the share at 20,000 runs: √(0.083 · 0.917 / 20000) = 0.20 %.
    expect(Math.abs(summary(threeInAChain(est(4, 5, 8)), 20_000).plannedFinishChance - 0.0831)).toBeLessThan(0.01);
  });
});

describe('the chance of a planned finish mid-day counts the whole day, as the date shown reads', () => {
  // One task planned at 4.5 d from Monday 9:00 finishes on Friday 6 March at mid-day; its fifth
  // day ends at 17:00, so a run of 5 d or less finishes that Friday and a longer one the Monday after.
  const halfDayPlan = (estimate: ThreePointEstimate): Plan => estimated(chain(basePlan(), ['a'], 4.5 * DAY), ['a'], estimate);

  it('is 100% when every run finishes later the same Friday: uniform 4.5 to 5 d', () => {
    const s = summary(halfDayPlan(est(4.5, 4.75, 5, 'uniform')), 500);
    expect(s.plannedFinish.slice(0, 10)).toBe('2026-03-06');
    expect(s.plannedFinish < '2026-03-06T17:00').toBe(true);
    // Every run is later than the plan's instant: compared by instants, this read 0%.
    expect(s.finish.p50 > s.plannedFinish).toBe(true);
    expect(s.plannedFinishChance).toBe(1);
  });

  it('is P(X ≤ 5 d) = 50% for uniform 4.5 to 5.5 d: the runs that still finish on Friday', () => {
    // σ of the share at 4,000 runs: √(0.25 / 4000) = 0.79 %.
    const s = summary(halfDayPlan(est(4.5, 5, 5.5, 'uniform')), 4_000);
    expect(Math.abs(s.plannedFinishChance - 0.5)).toBeLessThan(0.04);
  });

  it('is the target date\'s chance when the target is the planned finish\'s day', () => {
    const plan = halfDayPlan(est(4.5, 5, 5.5, 'uniform'));
    const r = simulate(plan, { iterations: 1_000, seed: 3, risks: [], targetDate: '2026-03-06' as LocalDate }, '2026-03-01T00:00:00Z');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.target?.chance).toBe(r.value.plannedFinishChance);
  });
});

describe('tasksPlannedAtBestCase', () => {
  const names = (plan: Plan): string[] => tasksPlannedAtBestCase(plan, summary(plan, 500).criticality).map((t) => t.name);

  it('names the critical tasks planned at or below their optimistic estimate, in outline order', () => {
    expect(names(threeInAChain(est(5, 5, 8)))).toEqual(['a', 'b', 'c']);
    expect(names(estimated(chain(basePlan(), ['a'], DAY), ['a'], est(2, 4, 9)))).toEqual(['a']);
  });

  it('leaves out tasks with no spread, tasks planned above their optimistic estimate, finished and never-critical tasks', () => {
    expect(names(threeInAChain(est(5, 5, 5)))).toEqual([]);
    expect(names(threeInAChain(est(4, 5, 8)))).toEqual([]);
    // 'side' runs beside the chain and is one day long at worst: never critical.
    let plan = withTask(threeInAChain(est(5, 5, 8)), 'side', { durationMinutes: DAY / 2, estimate: est(0.5, 0.5, 1) });
    plan = { ...plan, tasks: { ...plan.tasks, b: { ...plan.tasks['b' as TaskId]!, percentComplete: 100 } } };
    expect(names(plan)).toEqual(['a', 'c']);
  });
});

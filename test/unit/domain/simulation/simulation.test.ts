/**
 * Statistical tests of the Monte Carlo simulation against analytic answers. Tolerances come from
 * the standard error of each statistic at the number of runs used (noted at each test), so a
 * failure means a wrong model, not bad luck: every run is seeded and therefore repeatable.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DAY, type Distribution, type Plan, type RiskId, type TaskId, type ThreePointEstimate } from '../../../../renderer/domain/model';
import { compilePlan } from '../../../../renderer/domain/schedule';
import { createSimulation, simulate, type RiskEvent } from '../../../../renderer/domain/simulation';
import { basePlan, withLink, withTask } from '../schedule/plan-kit';

const DAY = 480;
const est = (o: number, m: number, p: number, distribution: Distribution = 'triangular'): ThreePointEstimate =>
  ({ optimisticMinutes: o * DAY, mostLikelyMinutes: m * DAY, pessimisticMinutes: p * DAY, distribution });

function run(plan: Plan, iterations: number, seed = 7, risks: readonly RiskEvent[] = []) {
  const sim = createSimulation(plan, { iterations, seed, risks });
  sim.step(iterations);
  const work = Array.from(sim.tally.finishWork, (m) => m / DAY);
  const sorted = work.slice().sort((a, b) => a - b);
  return {
    sim, work, mean: work.reduce((a, b) => a + b, 0) / work.length,
    p: (q: number) => sorted[Math.ceil(q * sorted.length) - 1] ?? NaN,
  };
}

describe('one triangular task (2, 4, 9 days)', () => {
  const plan = withTask(basePlan(), 'a', { durationMinutes: 4 * DAY, estimate: est(2, 4, 9) });
  // Analytic: mean (2+4+9)/3 = 5 d; P80 solves 1 − (9−x)²/((9−2)(9−4)) = 0.8, x = 9 − √7 = 6.354 d.
  // σ = √(39/18) = 1.47 d: at 50,000 runs the mean's standard error is 0.0066 d (0.13 %) and P80's
  // is √(0.16/50000)/f(6.354) = 0.0119 d (0.19 %), so 1 % is over five standard errors.
  const r = run(plan, 50_000);
  it('has the analytic mean within 1 %', () => {
    expect(Math.abs(r.mean - 5) / 5).toBeLessThan(0.01);
  });
  it('has the analytic P80 within 1 %', () => {
    expect(Math.abs(r.p(0.8) - (9 - Math.sqrt(7))) / (9 - Math.sqrt(7))).toBeLessThan(0.01);
  });
  it('never finishes outside [2, 9] working days', () => {
    expect(Math.min(...r.work)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...r.work)).toBeLessThanOrEqual(9);
  });
});

describe('PERT-beta and uniform', () => {
  it('PERT (2, 4, 9) has mean (2 + 4·4 + 9)/6 = 4.5 d within 1 %', () => {
    // σ of PERT here ≈ (9−2)/6·... ≤ 1.2 d; 20,000 runs: SE ≤ 0.0085 d (0.2 %).
    const r = run(withTask(basePlan(), 'a', { durationMinutes: 4 * DAY, estimate: est(2, 4, 9, 'pert') }), 20_000);
    expect(Math.abs(r.mean - 4.5) / 4.5).toBeLessThan(0.01);
  });
  it('uniform (2, 4, 8) has mean 5 d within 1 %', () => {
    // σ = 6/√12 = 1.73 d; 20,000 runs: SE 0.012 d (0.25 %).
    const r = run(withTask(basePlan(), 'a', { durationMinutes: 4 * DAY, estimate: est(2, 4, 8, 'uniform') }), 20_000);
    expect(Math.abs(r.mean - 5) / 5).toBeLessThan(0.01);
  });
});

describe('networks', () => {
  it('a chain of five independent tasks has mean = the sum of the means', () => {
    let plan = basePlan();
    const names = ['a', 'b', 'c', 'd', 'e'];
    names.forEach((n, i) => {
      plan = withTask(plan, n, { durationMinutes: 4 * DAY, estimate: est(1 + i, 3 + i, 8 + i) });
      if (i > 0) plan = withLink(plan, names[i - 1] ?? '', n);
    });
    // Sum of means: Σ (12 + 3i)/3 over i = 0..4 = 20 + 10 = 30 d. σ of the sum = √(5 · 25/18 ...) ≈ 2.6 d;
    // 20,000 runs: SE 0.019 d (0.06 %); 1 % is far outside chance.
    const r = run(plan, 20_000);
    expect(Math.abs(r.mean - 30) / 30).toBeLessThan(0.01);
    // Every task of a chain is always critical.
    for (const n of names) expect(r.sim.tally.critical[r.sim.compiled.ids.indexOf(n as TaskId)]).toBe(20_000);
  });

  it('two parallel tasks finish with the distribution of their maximum', () => {
    // Two uniform(2, 8) d in parallel: E[max] = 2 + 6 · 2/3 = 6 d; P(max ≤ 5) = (1/2)² = 0.25.
    let plan = withTask(basePlan(), 'a', { durationMinutes: 4 * DAY, estimate: est(2, 5, 8, 'uniform') });
    plan = withTask(plan, 'b', { durationMinutes: 4 * DAY, estimate: est(2, 5, 8, 'uniform') });
    // σ(max) ≈ 1.41 d; 20,000 runs: SE 0.01 d. The share's SE is √(0.25·0.75/20000) = 0.003.
    const r = run(plan, 20_000);
    expect(Math.abs(r.mean - 6) / 6).toBeLessThan(0.01);
    expect(Math.abs(r.work.filter((w) => w <= 5).length / 20_000 - 0.25)).toBeLessThan(0.015);
    // Each is critical when it is the longer one: about half the runs each.
    for (const n of ['a', 'b']) {
      const share = (r.sim.tally.critical[r.sim.compiled.ids.indexOf(n as TaskId)] ?? 0) / 20_000;
      expect(Math.abs(share - 0.5)).toBeLessThan(0.02);
    }
  });

  it('a risk with probability 0.3 adding 10 days shifts the mean by 3 days and ~30 % of runs', () => {
    const plan = withTask(basePlan(), 'a', { durationMinutes: 5 * DAY });
    const risk: RiskEvent = { id: 'r1' as RiskId, name: 'Vendor late', probability: 0.3, impactMinutes: 10 * DAY, taskIds: ['a' as TaskId] };
    // Mean 5 + 0.3 · 10 = 8 d; the share of shifted runs has SE √(0.21/20000) = 0.0032.
    const r = run(plan, 20_000, 3, [risk]);
    expect(Math.abs(r.mean - 8)).toBeLessThan(0.1);
    expect(Math.abs(r.work.filter((w) => w > 5).length / 20_000 - 0.3)).toBeLessThan(0.015);
    expect(r.work.every((w) => w === 5 || w === 15)).toBe(true);
  });

  it('a task on a 4-day week maps working time to dates through its calendar', () => {
    const base = basePlan();
    const calId = base.project.calendarId;
    const cal = base.calendars[calId];
    if (!cal) throw new Error('no calendar');
    // Monday to Thursday only.
    const plan0: Plan = { ...base, calendars: { ...base.calendars, [calId]: { ...cal, workWeek: [[], DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, [], []] } } };
    const plan = withTask(plan0, 'a', { durationMinutes: 4 * DAY, estimate: est(2, 4, 9) });
    const r = run(plan, 20_000);
    expect(Math.abs(r.mean - 5) / 5).toBeLessThan(0.01);
    // Finishes fall Monday..Thursday, never on Friday (weekday 5) or the weekend.
    const days = new Set(Array.from(r.sim.tally.finishWall, (w) => new Date(w * 60_000).getUTCDay()));
    expect([...days].every((d) => d >= 1 && d <= 4)).toBe(true);
    // Working days 2-5, 9-12, 16 March: runs longer than 8 days (2.9 % of them, hundreds here)
    // end on Monday 16 March; on a 5-day week they would end on Thursday 12 March.
    const latest = Math.max(...r.sim.tally.finishWall);
    expect(new Date(latest * 60_000).toISOString().slice(0, 10)).toBe('2026-03-16');
  });
});

describe('determinism and summaries', () => {
  let plan = withTask(basePlan(), 'a', { durationMinutes: 4 * DAY, estimate: est(2, 4, 9) });
  plan = withTask(plan, 'm', { durationMinutes: 0, kind: 'milestone' });
  plan = withLink(plan, 'a', 'm');
  it('gives the same summary for the same seed, whatever the step sizes', () => {
    const a = simulate(plan, { iterations: 2000, seed: 42 }, '2026-12-02T00:00:00Z');
    const sim = createSimulation(plan, { iterations: 2000, seed: 42, risks: [] });
    for (let i = 0; i < 2000; i += 137) sim.step(137);
    const b = simulate(plan, { iterations: 2000, seed: 42 }, '2026-12-02T00:00:00Z');
    expect(a).toEqual(b);
    const once = createSimulation(plan, { iterations: 2000, seed: 42, risks: [] });
    once.step(2000);
    expect(Array.from(sim.tally.finishWall)).toEqual(Array.from(once.tally.finishWall));
    const c = simulate(plan, { iterations: 2000, seed: 43 }, '2026-12-02T00:00:00Z');
    expect(c.ok && a.ok && c.value.finish.mean !== a.value.finish.mean).toBe(true);
  });
  it('reports milestones, criticality and drivers', () => {
    const r = simulate(plan, { iterations: 2000, seed: 1, targetDate: '2026-03-09' as never }, '2026-12-02T00:00:00Z');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.milestones.map((m) => m.name)).toEqual(['m']);
    expect(r.value.milestones[0]?.p80).toBe(r.value.finish.p80);
    expect(r.value.criticality['a']).toBe(1);
    expect(r.value.drivers[0]).toMatchObject({ kind: 'task', name: 'a' });
    expect(r.value.drivers[0]?.correlation).toBeGreaterThan(0.99);
    expect(r.value.histogram.reduce((s, c) => s + c, 0)).toBe(2000);
    // Monday 2 March + 5 working days (Mon 9 March end of day) is after the 4-day mode: a chance between 0 and 1.
    expect(r.value.target?.chance).toBeGreaterThan(0.3);
    expect(r.value.target?.chance).toBeLessThan(0.8);
  });
});

describe('bad input is a message', () => {
  const plan = withTask(basePlan(), 'a', { durationMinutes: 4 * DAY, estimate: est(5, 4, 3) });
  it('refuses pessimistic below optimistic', () => {
    const r = simulate(plan, { iterations: 100, seed: 1 }, 'x');
    expect(r.ok ? '' : r.error.message).toMatch(/pessimistic estimate \(3 d\) is below the optimistic one \(5 d\)/);
  });
  it('refuses 1,000,000 iterations', () => {
    const r = simulate(withTask(basePlan(), 'a'), { iterations: 1_000_000, seed: 1 }, 'x');
    expect(r.ok ? '' : r.error.message).toBe('Iterations must be a whole number from 1 to 100,000, not 1,000,000.');
  });
  it('refuses a probability above 100 % and a risk on a deleted task', () => {
    const ok = withTask(basePlan(), 'a');
    const risk: RiskEvent = { id: 'r' as RiskId, name: 'R', probability: 6, impactMinutes: 1, taskIds: ['a' as TaskId] };
    expect(simulate(ok, { iterations: 10, seed: 1, risks: [risk] }, 'x')).toMatchObject({ ok: false });
    const gone = { ...risk, probability: 0.5, taskIds: ['zz' as TaskId] };
    const r = simulate(ok, { iterations: 10, seed: 1, risks: [gone] }, 'x');
    expect(r.ok ? '' : r.error.message).toMatch(/not in the plan/);
  });
});

describe('properties', () => {
  it('P50 <= P80 <= P90, all at or after the all-optimistic schedule', () => {
    const tri = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
      .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y) as [number, number, number]);
    fc.assert(fc.property(fc.array(tri, { minLength: 1, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 1000 }),
      (estimates, chained, seed) => {
        let plan = basePlan();
        let optimistic = basePlan();
        estimates.forEach(([o, m, p], i) => {
          const name = `t${String(i)}`;
          plan = withTask(plan, name, { durationMinutes: m * DAY, estimate: est(o, m, p) });
          optimistic = withTask(optimistic, name, { durationMinutes: o * DAY });
          if (i > 0 && chained[i]) { plan = withLink(plan, `t${String(i - 1)}`, name); optimistic = withLink(optimistic, `t${String(i - 1)}`, name); }
        });
        const r = simulate(plan, { iterations: 200, seed }, 'x');
        if (!r.ok) return false;
        const c = compilePlan(optimistic);
        const min = c.run(c.baseDuration, false).finishWall;
        const { p50, p80, p90 } = r.value.finish;
        const wall = (s: string) => Date.parse(`${s}Z`) / 60_000;
        return p50 <= p80 && p80 <= p90 && wall(p50) >= min;
      }), { numRuns: 60 });
  });
});

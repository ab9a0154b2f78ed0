/**
 * The mean finish is shown as a date: it is the mean of the runs' working time, placed on the
 * calendar, so it falls in working time (a run's finish at the end of a day stays on that day).
 * An average of wall instants counts nights and weekends as time: runs on a Friday afternoon and
 * the Monday morning after averaged to the Saturday between them.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, ThreePointEstimate } from '../../../../renderer/domain/model';
import { simulate } from '../../../../renderer/domain/simulation';
import { basePlan, withTask } from '../schedule/plan-kit';

const DAY = 480;

/** One task from Monday 2 March 2026 9:00, planned 5 d (to Friday 6 March 17:00), drawn uniformly between `low` and `high` days. */
function oneTask(low: number, high: number): Plan {
  const estimate: ThreePointEstimate = { optimisticMinutes: low * DAY, mostLikelyMinutes: ((low + high) / 2) * DAY, pessimisticMinutes: high * DAY, distribution: 'uniform' };
  return withTask(basePlan(), 'a', { durationMinutes: 5 * DAY, estimate });
}

function meanFinish(plan: Plan, iterations = 2_000): string {
  const r = simulate(plan, { iterations, seed: 5, risks: [] }, '2026-03-01T00:00:00Z');
  if (!r.ok) throw new Error(r.error.message);
  return r.value.finish.mean;
}

describe('the mean finish', () => {
  it('of runs on a Friday afternoon and the Monday morning after is the Friday, the mean of their work', () => {
    // Uniform 4.5 to 5.25 d: a mean of 4.875 d, an hour before Friday's 17:00 end (σ of the mean
    // at 2,000 runs: 0.75 d / √12 / √2000 = 2.3 min). Two runs in three finish on Friday, one in three
    // on Monday 9:00 to 11:00; the mean of those instants was Saturday 7 March, around noon.
    const mean = meanFinish(oneTask(4.5, 5.25));
    expect(mean.slice(0, 10)).toBe('2026-03-06');
    expect(mean >= '2026-03-06T15:30' && mean <= '2026-03-06T16:30', mean).toBe(true);
  });

  it('of runs that all finish by the end of a day\'s work is on that day, never at night or on the next', () => {
    // Uniform 4.5 to 5 d: every run finishes on Friday 6 March, 12:00 or later, the mean in between.
    expect(meanFinish(oneTask(4.5, 5)).slice(0, 10)).toBe('2026-03-06');
  });
});

/**
 * Where a task's planned duration lies against its three-point estimate, as the estimate table
 * flags it: below the optimistic, above the pessimistic, or inside (the ends included).
 */
import { describe, expect, it } from 'vitest';
import { plannedOutsideEstimate } from '../../../../renderer/domain/simulation';
import type { ThreePointEstimate } from '../../../../renderer/domain/model';

const DAY = 480;
const estimate = (o: number, m: number, p: number): ThreePointEstimate => ({ optimisticMinutes: o * DAY, mostLikelyMinutes: m * DAY, pessimisticMinutes: p * DAY, distribution: 'triangular' });
const task = (days: number, e?: ThreePointEstimate, kind: 'task' | 'summary' | 'milestone' = 'task') => ({ kind, durationMinutes: days * DAY, ...(e ? { estimate: e } : {}) });

describe('plannedOutsideEstimate', () => {
  it('is below when the plan is shorter than the best case, above when longer than the worst', () => {
    expect(plannedOutsideEstimate(task(1, estimate(2, 4, 9)))).toBe('below');
    expect(plannedOutsideEstimate(task(10, estimate(2, 3, 5)))).toBe('above');
  });

  it('is inside at either end of the range and anywhere between', () => {
    expect(plannedOutsideEstimate(task(2, estimate(2, 4, 9)))).toBeNull();
    expect(plannedOutsideEstimate(task(9, estimate(2, 4, 9)))).toBeNull();
    expect(plannedOutsideEstimate(task(5, estimate(2, 4, 9)))).toBeNull();
  });

  it('is never outside without an estimate, or for a summary or milestone (they are not drawn)', () => {
    expect(plannedOutsideEstimate(task(1))).toBeNull();
    expect(plannedOutsideEstimate(task(1, estimate(2, 4, 9), 'summary'))).toBeNull();
    expect(plannedOutsideEstimate(task(0, estimate(2, 4, 9), 'milestone'))).toBeNull();
  });
});

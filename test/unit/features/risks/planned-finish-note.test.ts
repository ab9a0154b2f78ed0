/**
 * The words under a 0% planned finish: how many runs met it, which tasks the plan takes at their
 * best case, and the P80 to commit to; nothing when the chance shown is more than 0%.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, ThreePointEstimate } from '../../../../renderer/domain/model';
import { simulate } from '../../../../renderer/domain/simulation';
import { plannedFinishNote } from '../../../../renderer/features/risks/planned-finish-note';
import { formatDate } from '../../../../renderer/features/shared/format';
import { basePlan, chain } from '../../domain/schedule/plan-kit';

const DAY = 480;

function withEstimates(names: readonly string[], days: readonly [number, number, number], plannedDays = 5): Plan {
  const plan = chain(basePlan(), names, plannedDays * DAY);
  const estimate: ThreePointEstimate = { optimisticMinutes: days[0] * DAY, mostLikelyMinutes: days[1] * DAY, pessimisticMinutes: days[2] * DAY, distribution: 'triangular' };
  return { ...plan, tasks: Object.fromEntries(Object.entries(plan.tasks).map(([id, t]) => [id, { ...t, estimate }])) };
}

function noteOf(plan: Plan): { note: string | null; p80: string } {
  const r = simulate(plan, { iterations: 2_000, seed: 5, risks: [] }, '2026-03-01T00:00:00Z');
  if (!r.ok) throw new Error(r.error.message);
  return { note: plannedFinishNote(plan, r.value), p80: formatDate(r.value.finish.p80) };
}

describe('plannedFinishNote', () => {
  it('names the tasks planned at their best case, in outline order (rank: the name here), and the P80', () => {
    const { note, p80 } = noteOf(withEstimates(['Design', 'Develop', 'Ship'], [5, 5, 8]));
    expect(note).toBe('None of the 2,000 runs finished by the planned finish: the plan gives \'Design\', \'Develop\' and \'Ship\' their optimistic '
      + `duration or less, so it is their best case, and any longer draw on the critical path moves the finish later. The P80, ${p80}, is a date 8 runs in 10 meet.`);
  });

  it('speaks of one task as one, and of a plan shorter than the optimistic estimate too', () => {
    const { note } = noteOf(withEstimates(['Build'], [2, 4, 9], 1));
    expect(note).toContain('the plan gives \'Build\' its optimistic duration or less, so it is its best case');
  });

  it('lists three names and counts the rest', () => {
    const { note } = noteOf(withEstimates(['a', 'b', 'c', 'd', 'e'], [5, 5, 8]));
    expect(note).toContain('the plan gives \'a\', \'b\', \'c\' and 2 more tasks their optimistic duration');
  });

  it('says nothing when runs meet the planned finish', () => {
    expect(noteOf(withEstimates(['a', 'b', 'c'], [4, 5, 8])).note).toBeNull();
    expect(noteOf(withEstimates(['a', 'b', 'c'], [5, 5, 5])).note).toBeNull();
  });
});

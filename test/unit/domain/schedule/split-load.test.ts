import { describe, expect, it } from 'vitest';
import type { AssignmentId, LocalDateTime, Plan, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { resourceLoad, scheduleProject } from '../../../../renderer/domain/schedule';
import { basePlan, withTask } from './plan-kit';

/**
 * W: 5 working days on Rita, split after 2 days for 3 days (Mon 2 – Tue 3 March, gap Wed 4 – Fri 6,
 * Mon 9 – Wed 11). G: 1 day on Rita on Wed 4 March, inside W's gap (start no earlier than).
 */
function splitPlan(): Plan {
  let plan = withTask(basePlan(), 'W', { durationMinutes: 2400, splits: [{ afterWorkMinutes: 960, gapMinutes: 1440 }] });
  plan = withTask(plan, 'G', { durationMinutes: 480, constraint: { type: 'SNET', date: '2026-03-04T09:00' as LocalDateTime } });
  const rita = {
    id: 'rita' as ResourceId, name: 'Rita', initials: 'R', role: '', email: '', type: 'work' as const, maxUnits: 1,
    costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null,
  };
  const assign = (id: string, task: string): Plan['assignments'][string] => ({ id: id as AssignmentId, taskId: task as TaskId, resourceId: rita.id, units: 1, workMinutes: null });
  return { ...plan, resources: { rita }, assignments: { a1: assign('a1', 'W'), a2: assign('a2', 'G') } };
}

describe('workload of a split task', () => {
  const plan = splitPlan();
  const schedule = scheduleProject(plan);

  it('puts no load in the gap: 8 h on each working day of the pieces, only G on Wednesday', () => {
    const [rita] = resourceLoad(plan, schedule, { granularity: 'day' });
    const work = Object.fromEntries((rita?.periods ?? []).map((p) => [p.start, p.workMinutes]));
    expect(work).toEqual({
      '2026-03-02': 480, '2026-03-03': 480, '2026-03-04': 480, '2026-03-05': 0, '2026-03-06': 0,
      '2026-03-07': 0, '2026-03-08': 0, '2026-03-09': 480, '2026-03-10': 480, '2026-03-11': 480,
    });
    expect(rita?.isOverAllocated).toBe(false);
  });

  it('sums weeks: W 2 days + G 1 day, then W 3 days', () => {
    const [rita] = resourceLoad(plan, schedule, { granularity: 'week' });
    expect(rita?.periods.map((p) => [p.start, p.workMinutes])).toEqual([['2026-03-02', 1440], ['2026-03-09', 1440]]);
  });

  it('raises no over-allocation issue for a task inside the gap', () => {
    expect(schedule.tasks.get('W' as TaskId)?.finish).toBe('2026-03-11T17:00');
    expect(schedule.issues.filter((i) => i.kind === 'over-allocation')).toEqual([]);
  });
});

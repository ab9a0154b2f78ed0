import { describe, expect, it } from 'vitest';
import type { AssignmentId, Plan, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { levelResources, resourceLoad, scheduleProject } from '../../../../renderer/domain/schedule';
import { basePlan, dates, withTask } from './plan-kit';

/** T1 (priority 800) and T2 (500), 1 day each in parallel, both 100 % on Rita; C (5d) gives them slack. */
function contested(): Plan {
  let plan = withTask(basePlan(), 'T1', { priority: 800 });
  plan = withTask(plan, 'T2', { priority: 500 });
  plan = withTask(plan, 'C', { durationMinutes: 2400 });
  const rita = {
    id: 'rita' as ResourceId, name: 'Rita', initials: 'R', role: '', email: '', type: 'work' as const, maxUnits: 1,
    costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null,
  };
  const assign = (id: string, task: string): Plan['assignments'][string] => ({ id: id as AssignmentId, taskId: task as TaskId, resourceId: rita.id, units: 1, workMinutes: null });
  return { ...plan, resources: { rita }, assignments: { a1: assign('a1', 'T1'), a2: assign('a2', 'T2') } };
}

describe('resource load', () => {
  const plan = contested();
  const schedule = scheduleProject(plan);

  it('adds up work per day against capacity and flags over-allocation', () => {
    const [rita] = resourceLoad(plan, schedule, { granularity: 'day' });
    expect(rita?.periods.slice(0, 2)).toEqual([
      { start: '2026-03-02', workMinutes: 960, capacityMinutes: 480, isOverAllocated: true },
      { start: '2026-03-03', workMinutes: 0, capacityMinutes: 480, isOverAllocated: false },
    ]);
    expect(rita?.periods).toHaveLength(5);
  });

  it('sums weeks from Monday', () => {
    const [rita] = resourceLoad(plan, schedule, { granularity: 'week' });
    expect(rita?.periods).toEqual([{ start: '2026-03-02', workMinutes: 960, capacityMinutes: 2400, isOverAllocated: true }]);
  });

  it('reports the over-allocation as an issue naming the tasks', () => {
    expect(schedule.issues).toEqual([{
      kind: 'over-allocation', taskIds: ['T1', 'T2'],
      message: "'Rita' is over-allocated on 2026-03-02 ('T1', 'T2'). Level resources, or change the assignments.",
      // The day apart, for a screen to write as it writes dates.
      messageParts: ["'Rita' is over-allocated ", 'on ', { date: '2026-03-02' }, " ('T1', 'T2'). Level resources, or change the assignments."],
    }]);
  });
});

describe('leveling', () => {
  it('delays the lower-priority task within its slack and the scheduler honours the delay', () => {
    const plan = contested();
    const changes = levelResources(plan, scheduleProject(plan));
    expect(changes).toEqual([{ taskId: 'T2', levelingDelayMinutes: 480, previousDelayMinutes: 0 }]);
    const leveled = { ...plan, tasks: { ...plan.tasks, T2: { ...plan.tasks.T2!, levelingDelayMinutes: 480 } } };
    const after = scheduleProject(leveled);
    expect(dates(after, 'T2')).toEqual(['2026-03-03T09:00', '2026-03-03T17:00']);
    expect(after.issues).toEqual([]);
    expect(levelResources(leveled, after)).toEqual([]);
  });

  it('delays the task with more slack first, whatever its priority', () => {
    let plan = contested();
    // T1 now precedes a 4-day task, so it has no slack and must keep its place.
    plan = withTask(plan, 'D', { durationMinutes: 1920 });
    plan = { ...plan, links: { l1: { id: 'l1' as never, predecessorId: 'T1' as TaskId, successorId: 'D' as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false } } };
    plan = { ...plan, tasks: { ...plan.tasks, T1: { ...plan.tasks.T1!, priority: 100 } } };
    expect(levelResources(plan, scheduleProject(plan))).toEqual([{ taskId: 'T2', levelingDelayMinutes: 480, previousDelayMinutes: 0 }]);
  });
});

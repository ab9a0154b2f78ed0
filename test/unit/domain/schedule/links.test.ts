import { describe, expect, it } from 'vitest';
import type { LinkType, LocalDateTime, TaskId } from '../../../../renderer/domain/model';
import { createScheduler, scheduleProject } from '../../../../renderer/domain/schedule';
import { basePlan, dates, row, withLink, withTask } from './plan-kit';

/** A (2 days, Mon 09:00 - Tue 17:00) -> B (1 day) on the default Mon-Fri 09:00-17:00 calendar. */
function pair(type: LinkType, lag: number, elapsed = false): [string, string] {
  let plan = withTask(basePlan(), 'A', { durationMinutes: 960 });
  plan = withTask(plan, 'B', { durationMinutes: 480 });
  plan = withLink(plan, 'A', 'B', type, lag, elapsed);
  const result = scheduleProject(plan);
  expect(dates(result, 'A')).toEqual(['2026-03-02T09:00', '2026-03-03T17:00']);
  return dates(result, 'B');
}

describe('link types with working and elapsed lags (hand-computed)', () => {
  it.each([
    ['FS', 0, false, '2026-03-04T09:00', '2026-03-04T17:00'],
    ['FS', 480, false, '2026-03-05T09:00', '2026-03-05T17:00'],
    ['FS', -480, false, '2026-03-03T09:00', '2026-03-03T17:00'],
    ['FS', 1440, true, '2026-03-05T09:00', '2026-03-05T17:00'],
    ['FS', -1440, true, '2026-03-03T09:00', '2026-03-03T17:00'],
    ['FS', 240, true, '2026-03-04T09:00', '2026-03-04T17:00'],
    ['SS', 0, false, '2026-03-02T09:00', '2026-03-02T17:00'],
    ['SS', 240, false, '2026-03-02T13:00', '2026-03-03T13:00'],
    ['SS', -480, false, '2026-03-02T09:00', '2026-03-02T17:00'],
    ['SS', 2880, true, '2026-03-04T09:00', '2026-03-04T17:00'],
    ['FF', 0, false, '2026-03-03T09:00', '2026-03-03T17:00'],
    ['FF', 480, false, '2026-03-04T09:00', '2026-03-04T17:00'],
    ['FF', -240, false, '2026-03-02T13:00', '2026-03-03T13:00'],
    ['FF', 1440, true, '2026-03-04T09:00', '2026-03-04T17:00'],
    ['SF', 0, false, '2026-03-02T09:00', '2026-03-02T17:00'],
    // A finish pinned by an SF link shows at the predecessor-side start instant (Wed 09:00, the
    // same working minute as Tue 17:00), as MS Project writes it: see mpxj_mspdirelations.xml,
    // Task 5 (SF from Task 4, Mon 08:00) finishing "2006-09-25T08:00", in msproject-dates.test.ts.
    // With a lag the finish is a computed instant, and MS Project shows a computed finish on a
    // non-working boundary at the end of the last working period: A's start Mon 09:00 + 16 h of
    // work = Tue 17:00 (not Wed 09:00, the same working minute); B (1 d) then runs Tue 09:00-17:00.
    ['SF', 960, false, '2026-03-03T09:00', '2026-03-03T17:00'],
    ['SF', -240, false, '2026-03-02T09:00', '2026-03-02T17:00'],
    // Mon 09:00 + 48 clock hours = Wed 09:00, shown as the finish Tue 17:00.
    ['SF', 2880, true, '2026-03-03T09:00', '2026-03-03T17:00'],
  ] as const)('%s lag %i (elapsed %s) puts B at %s - %s', (type, lag, elapsed, start, finish) => {
    expect(pair(type, lag, elapsed)).toEqual([start, finish]);
  });
});

describe('slack and the critical path', () => {
  // A (2d) -> B (1d), and C (5d) alone: C drives the finish (Fri 17:00), A and B have 2 days of slack.
  let plan = withTask(basePlan(), 'A', { durationMinutes: 960 });
  plan = withTask(plan, 'B', { durationMinutes: 480 });
  plan = withTask(plan, 'C', { durationMinutes: 2400 });
  plan = withLink(plan, 'A', 'B');
  const result = scheduleProject(plan);

  it('computes late dates and total/free slack', () => {
    expect(row(result, 'B')).toMatchObject({
      earlyStart: '2026-03-04T09:00', lateStart: '2026-03-06T09:00', lateFinish: '2026-03-06T17:00',
      totalSlackMinutes: 960, freeSlackMinutes: 960, isCritical: false,
    });
    expect(row(result, 'A')).toMatchObject({
      lateStart: '2026-03-04T09:00', lateFinish: '2026-03-05T17:00', totalSlackMinutes: 960, freeSlackMinutes: 0,
    });
    expect(row(result, 'C')).toMatchObject({ totalSlackMinutes: 0, isCritical: true });
  });

  it('reports the project finish, critical tasks and critical path length', () => {
    expect(result.projectStart).toBe('2026-03-02T09:00');
    expect(result.projectFinish).toBe('2026-03-06T17:00');
    expect(result.criticalTaskIds).toEqual(['C']);
    expect(result.criticalPathMinutes).toBe(2400);
  });
});

describe('milestones', () => {
  it('sits at its predecessor finish and its successor starts the next working morning', () => {
    let plan = withTask(basePlan(), 'A', { durationMinutes: 960 });
    plan = withTask(plan, 'M', { kind: 'milestone', durationMinutes: 0 });
    plan = withTask(plan, 'B', { durationMinutes: 480 });
    plan = withTask(plan, 'Kickoff', { kind: 'milestone', durationMinutes: 0 });
    plan = withLink(withLink(plan, 'A', 'M'), 'M', 'B');
    const result = scheduleProject(plan);
    expect(dates(result, 'M')).toEqual(['2026-03-03T17:00', '2026-03-03T17:00']);
    expect(row(result, 'M')).toMatchObject({ durationMinutes: 0, isMilestone: true, isCritical: true });
    expect(dates(result, 'B')).toEqual(['2026-03-04T09:00', '2026-03-04T17:00']);
    expect(dates(result, 'Kickoff')).toEqual(['2026-03-02T09:00', '2026-03-02T09:00']);
  });
});

describe('elapsed task durations (hand-computed)', () => {
  // 2026-03-06 is a Friday; the default calendar works Mon-Fri 09:00-17:00.
  const friday = '2026-03-06T09:00' as LocalDateTime;

  it('run round the clock through the weekend, and the successor waits for working time', () => {
    let plan = withTask(basePlan(friday), 'Cure', { durationMinutes: 2 * 1440, durationIsElapsed: true });
    plan = withTask(plan, 'Load', { durationMinutes: 480 });
    plan = withLink(plan, 'Cure', 'Load');
    const result = scheduleProject(plan);
    expect(dates(result, 'Cure')).toEqual(['2026-03-06T09:00', '2026-03-08T09:00']);
    expect(dates(result, 'Load')).toEqual(['2026-03-09T09:00', '2026-03-09T17:00']);
  });

  it('start at once after a predecessor that ends at night, with no wait for the working day', () => {
    let plan = withTask(basePlan(friday), 'Pour', { durationMinutes: 480 });
    plan = withTask(plan, 'Soak test', { durationMinutes: 48 * 60, durationIsElapsed: true });
    plan = withLink(plan, 'Pour', 'Soak test');
    const result = scheduleProject(plan);
    expect(dates(result, 'Soak test')).toEqual(['2026-03-06T17:00', '2026-03-08T17:00']);
  });

  it('reschedule incrementally exactly as a full pass does when the flag is switched', () => {
    let plan = withTask(basePlan(friday), 'Cure', { durationMinutes: 2 * 1440 });
    plan = withTask(plan, 'Load', { durationMinutes: 480 });
    plan = withLink(plan, 'Cure', 'Load');
    const scheduler = createScheduler();
    scheduler.schedule(plan);
    const cure = plan.tasks['Cure' as TaskId];
    if (!cure) throw new Error('no Cure task');
    const elapsed = { ...plan, tasks: { ...plan.tasks, Cure: { ...cure, durationIsElapsed: true } } };
    const incremental = scheduler.schedule(elapsed);
    expect([dates(incremental, 'Cure'), dates(incremental, 'Load')]).toEqual([dates(scheduleProject(elapsed), 'Cure'), dates(scheduleProject(elapsed), 'Load')]);
    expect(dates(incremental, 'Load')).toEqual(['2026-03-09T09:00', '2026-03-09T17:00']);
  });

  it('count the same minutes in working time when the flag is off', () => {
    const plan = withTask(basePlan(friday), 'Cure', { durationMinutes: 2 * 1440 });
    expect(dates(scheduleProject(plan), 'Cure')).toEqual(['2026-03-06T09:00', '2026-03-13T17:00']);
  });
});

/**
 * The dates progress records as actual dates when a status date has moved work not started by
 * then: where the plan had the task before that date moved it, so a kickoff marked done after the
 * status date was set is done on its planned days, and earned by the status date.
 */
import { describe, expect, it } from 'vitest';
import { addLink, insertTask, updateProject, updateTask } from '../../../../renderer/domain/commands';
import type { LocalDate, Plan, Task } from '../../../../renderer/domain/model';
import { asScheduledDates, scheduleProject } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const c = testContext('a');

/** Kickoff (2 days) then Requirements (3 days), from Monday 4 January 2027. */
function kickoffPlan(statusDate: LocalDate | null): Plan {
  let p = blankPlan('Status');
  p = runOk(updateProject, p, { changes: { start: '2027-01-04T09:00' as Task['start'] } }, c).plan;
  for (const [name, days] of [['Kickoff', 2], ['Requirements', 3]] as const) p = runOk(insertTask, p, { name, fields: { durationMinutes: days * 480 } }, c).plan;
  p = runOk(addLink, p, { predecessorId: taskByName(p, 'Kickoff').id, successorId: taskByName(p, 'Requirements').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }, c).plan;
  return statusDate === null ? p : runOk(updateProject, p, { changes: { statusDate } }, c).plan;
}

describe('dates as scheduled, for recording progress', () => {
  it('are the engine’s dates when the plan has no status date', () => {
    const p = kickoffPlan(null);
    const kickoff = taskByName(p, 'Kickoff');
    expect(asScheduledDates(p, scheduleProject(p), kickoff.id)).toEqual({ start: '2027-01-04T09:00', finish: '2027-01-05T17:00' });
  });

  it('are where the plan had a task not started before a status date moved it past that date', () => {
    const p = kickoffPlan('2027-01-20' as LocalDate);
    const schedule = scheduleProject(p);
    const kickoff = taskByName(p, 'Kickoff');
    // The engine moves the unstarted kickoff past the status date...
    expect(schedule.tasks.get(kickoff.id)?.start).toBe('2027-01-21T09:00');
    // ...but marked done, it happened as planned.
    expect(asScheduledDates(p, schedule, kickoff.id)).toEqual({ start: '2027-01-04T09:00', finish: '2027-01-05T17:00' });
    expect(asScheduledDates(p, schedule, taskByName(p, 'Requirements').id)).toEqual({ start: '2027-01-06T09:00', finish: '2027-01-08T17:00' });
  });

  it('record a kickoff marked 100% on its planned days, before the status date', () => {
    let p = kickoffPlan('2027-01-20' as LocalDate);
    const kickoff = taskByName(p, 'Kickoff');
    const scheduled = asScheduledDates(p, scheduleProject(p), kickoff.id);
    p = runOk(updateTask, p, { id: kickoff.id, changes: { percentComplete: 100 }, ...(scheduled ? { scheduled } : {}) }, c).plan;
    expect(taskByName(p, 'Kickoff')).toMatchObject({ actualStart: '2027-01-04T09:00', actualFinish: '2027-01-05T17:00' });
    // The work not started by the status date still starts after it.
    expect(scheduleProject(p).tasks.get(taskByName(p, 'Requirements').id)?.start).toBe('2027-01-21T09:00');
  });

  it('of a started task are the engine’s (its actual start holds it)', () => {
    let p = kickoffPlan('2027-01-20' as LocalDate);
    const kickoff = taskByName(p, 'Kickoff');
    p = runOk(updateTask, p, { id: kickoff.id, changes: { actualStart: '2027-01-05T09:00' as Task['start'], percentComplete: 50 } }, c).plan;
    const schedule = scheduleProject(p);
    const own = schedule.tasks.get(kickoff.id);
    expect(asScheduledDates(p, schedule, kickoff.id)).toEqual({ start: own?.start, finish: own?.finish });
  });
});

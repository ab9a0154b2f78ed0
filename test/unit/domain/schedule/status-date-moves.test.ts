/**
 * Which tasks a status date moved (Primavera's data date rule: work not started by then starts
 * after it), so the app can say so to a person who expected MS Project's rule (nothing moves).
 */
import { describe, expect, it } from 'vitest';
import { addLink, insertTask, updateProject, updateTask } from '../../../../renderer/domain/commands';
import type { LocalDate, Plan, Task } from '../../../../renderer/domain/model';
import { scheduleProject, statusDateMoves } from '../../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const c = testContext('m');

/** Design (2 days) then Build (3 days) then Test (1 day), from Monday 4 January 2027. */
function planOf(statusDate: LocalDate | null): Plan {
  let p = blankPlan('Moves');
  p = runOk(updateProject, p, { changes: { start: '2027-01-04T09:00' as Task['start'] } }, c).plan;
  for (const [name, days] of [['Design', 2], ['Build', 3], ['Test', 1]] as const) p = runOk(insertTask, p, { name, fields: { durationMinutes: days * 480 } }, c).plan;
  for (const [from, to] of [['Design', 'Build'], ['Build', 'Test']] as const) {
    p = runOk(addLink, p, { predecessorId: taskByName(p, from).id, successorId: taskByName(p, to).id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }, c).plan;
  }
  return statusDate === null ? p : runOk(updateProject, p, { changes: { statusDate } }, c).plan;
}

const ids = (p: Plan, ...names: string[]) => names.map((n) => taskByName(p, n).id);

describe('the tasks a status date moved', () => {
  it('are every unstarted task scheduled before a new status date, later', () => {
    // Build runs Wed 6 - Fri 8 Jan, Test Mon 11 Jan: a status date of Thu 7 Jan moves all three.
    const p = planOf('2027-01-07' as LocalDate);
    // Design and Build were due to start by then; Test, due Mon 11 Jan, follows Build.
    expect(statusDateMoves(p, null)).toEqual({ later: ids(p, 'Design', 'Build', 'Test'), held: ids(p, 'Design', 'Build'), earlier: [] });
  });

  it('leave out a started task and what its progress already holds after the status date', () => {
    // Design done on its planned days (Mon 4 - Tue 5 Jan) holds them; Build, from Wed 6 Jan, already
    // starts after a status date of Tue 5 Jan.
    let p = planOf(null);
    p = runOk(updateTask, p, { id: taskByName(p, 'Design').id, changes: { actualStart: '2027-01-04T09:00' as Task['start'], percentComplete: 100 } }, c).plan;
    p = runOk(updateProject, p, { changes: { statusDate: '2027-01-05' as LocalDate } }, c).plan;
    expect(statusDateMoves(p, null)).toEqual({ later: [], held: [], earlier: [] });
  });

  it('are only those the step between the old and the new status date moved', () => {
    // Under Thu 7 Jan all start Fri 8 Jan on; moved to Tue 12 Jan, every one moves again.
    const p = planOf('2027-01-12' as LocalDate);
    expect(statusDateMoves(p, '2027-01-07' as LocalDate).later).toEqual(ids(p, 'Design', 'Build', 'Test'));
    // A status date before the project starts moves nothing.
    expect(statusDateMoves(planOf('2027-01-01' as LocalDate), null)).toEqual({ later: [], held: [], earlier: [] });
  });

  it('start earlier when the status date is cleared', () => {
    const p = planOf(null);
    expect(statusDateMoves(p, '2027-01-07' as LocalDate)).toEqual({ later: [], held: [], earlier: ids(p, 'Design', 'Build', 'Test') });
  });

  it('leave the project start, and make the first task start after it (what the top bar shows)', () => {
    const moved = scheduleProject(planOf('2027-01-07' as LocalDate));
    expect([moved.projectStart, moved.firstTaskStart]).toEqual(['2027-01-04T09:00', '2027-01-08T09:00']);
    const planned = scheduleProject(planOf(null));
    expect([planned.projectStart, planned.firstTaskStart]).toEqual(['2027-01-04T09:00', '2027-01-04T09:00']);
    expect(scheduleProject(blankPlan('Empty')).firstTaskStart).toBeUndefined();
  });

  it('are the same from the schedule the session already has as from scheduling the plan again', () => {
    const p = planOf('2027-01-07' as LocalDate);
    expect(statusDateMoves(p, null, scheduleProject(p))).toEqual(statusDateMoves(p, null));
    // The schedule given is the one compared: a stale one (before the status date) shows no move.
    expect(statusDateMoves(p, null, scheduleProject(planOf(null)))).toEqual({ later: [], held: [], earlier: [] });
  });

  it('are none when the status date did not change', () => {
    const p = planOf('2027-01-07' as LocalDate);
    expect(statusDateMoves(p, '2027-01-07' as LocalDate)).toEqual({ later: [], held: [], earlier: [] });
  });
});

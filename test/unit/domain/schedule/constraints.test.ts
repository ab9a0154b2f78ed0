import { describe, expect, it } from 'vitest';
import type { ConstraintType, LocalDateTime, Plan } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { basePlan, dates, row, withLink, withTask } from './plan-kit';

/** A (2d, Mon-Tue) -> X (1d); C (5d) sets the project finish to Fri 03-06 17:00. */
function constrained(type: ConstraintType, date: string | null, extra: Partial<Plan['tasks'][string]> = {}): Plan {
  let plan = withTask(basePlan(), 'A', { durationMinutes: 960 });
  plan = withTask(plan, 'C', { durationMinutes: 2400 });
  plan = withTask(plan, 'X', { durationMinutes: 480, constraint: { type, date: date as LocalDateTime | null }, ...extra });
  return withLink(plan, 'A', 'X');
}

describe('the eight constraint types (hand-computed)', () => {
  it('ASAP starts after its predecessor with 2 days of slack', () => {
    const r = scheduleProject(constrained('ASAP', null));
    expect(dates(r, 'X')).toEqual(['2026-03-04T09:00', '2026-03-04T17:00']);
    expect(row(r, 'X').totalSlackMinutes).toBe(960);
  });

  it('ALAP is placed as late as the project finish allows', () => {
    const r = scheduleProject(constrained('ALAP', null));
    expect(dates(r, 'X')).toEqual(['2026-03-06T09:00', '2026-03-06T17:00']);
    expect(row(r, 'X').earlyStart).toBe('2026-03-04T09:00');
  });

  it('SNET later than the links moves the task; earlier does nothing', () => {
    expect(dates(scheduleProject(constrained('SNET', '2026-03-05T09:00')), 'X')).toEqual(['2026-03-05T09:00', '2026-03-05T17:00']);
    expect(dates(scheduleProject(constrained('SNET', '2026-03-02T09:00')), 'X')).toEqual(['2026-03-04T09:00', '2026-03-04T17:00']);
  });

  it('FNET pushes the finish', () => {
    expect(dates(scheduleProject(constrained('FNET', '2026-03-06T17:00')), 'X')).toEqual(['2026-03-06T09:00', '2026-03-06T17:00']);
  });

  it('SNLT and FNLT cut the slack', () => {
    const snlt = scheduleProject(constrained('SNLT', '2026-03-04T09:00'));
    expect(row(snlt, 'X')).toMatchObject({ start: '2026-03-04T09:00', totalSlackMinutes: 0, isCritical: true });
    const fnlt = scheduleProject(constrained('FNLT', '2026-03-05T17:00'));
    expect(row(fnlt, 'X')).toMatchObject({ start: '2026-03-04T09:00', lateFinish: '2026-03-05T17:00', totalSlackMinutes: 480 });
  });

  it('MSO and MFO pin the dates', () => {
    expect(dates(scheduleProject(constrained('MSO', '2026-03-05T09:00')), 'X')).toEqual(['2026-03-05T09:00', '2026-03-05T17:00']);
    expect(dates(scheduleProject(constrained('MFO', '2026-03-04T17:00')), 'X')).toEqual(['2026-03-04T09:00', '2026-03-04T17:00']);
  });

  it('a constraint that conflicts with a link wins, gives negative slack and is reported', () => {
    const r = scheduleProject(constrained('MSO', '2026-03-02T09:00'));
    expect(dates(r, 'X')).toEqual(['2026-03-02T09:00', '2026-03-02T17:00']);
    // A must finish by the end of Friday 02-27 to let X start Monday: 2 days too late.
    expect(row(r, 'A')).toMatchObject({ lateFinish: '2026-02-27T17:00', totalSlackMinutes: -960, isCritical: true });
    const issue = r.issues.find((i) => i.kind === 'constraint-conflict');
    expect(issue?.taskIds).toEqual(['X']);
    // The late task is named, with its own negative slack as the app writes durations; X's is 0.
    expect(issue?.message).toBe("Scheduling conflict: 'A' is 2d late for 'X' to start on 2026-03-02 09:00 (its 'must start on' constraint). "
      + "'X' keeps the constraint date and 'A' shows the negative slack: move the constraint, or shorten or unlink 'A'.");
  });

  it('a conflicting date on non-working time names the working time the task is kept at, as the table shows it', () => {
    // MFO Saturday 02-28 17:00 (a weekend): X finishes at the working time before it, Friday 02-27 17:00.
    const r = scheduleProject(constrained('MFO', '2026-02-28T17:00'));
    expect(dates(r, 'X')).toEqual(['2026-02-27T09:00', '2026-02-27T17:00']);
    expect(r.issues.find((i) => i.kind === 'constraint-conflict')?.message).toBe(
      "Scheduling conflict: 'A' is 3d late for 'X' to finish on 2026-02-28 17:00 (its 'must finish on' constraint; that is not working time, so 'X' finishes 2026-02-27 17:00). "
      + "'X' keeps the constraint and 'A' shows the negative slack: move the constraint, or shorten or unlink 'A'.");
  });

  it('a finish-no-later-than conflict names the predecessor late for it and by how many hours', () => {
    // X could finish Wed 03-04 17:00 at the earliest; FNLT Wed 12:00 leaves A 5 hours late.
    const r = scheduleProject(constrained('FNLT', '2026-03-04T12:00'));
    expect(row(r, 'A').totalSlackMinutes).toBe(-300);
    expect(r.issues.find((i) => i.kind === 'constraint-conflict')?.message)
      .toMatch(/^Scheduling conflict: 'A' is 5h late for 'X' to finish no later than 2026-03-04 12:00 \(its 'finish no later than' constraint\)\./);
  });

  it('a conflict the links did not cause says what else holds the task later', () => {
    // No predecessor: the status date (Thu 03-05) moves X's unstarted work past its MSO Mon 03-02.
    let plan = withTask(basePlan(), 'X', { durationMinutes: 480, constraint: { type: 'MSO', date: '2026-03-02T09:00' as LocalDateTime } });
    plan = { ...plan, project: { ...plan.project, statusDate: '2026-03-05' as Plan['project']['statusDate'] } };
    expect(scheduleProject(plan).issues.find((i) => i.kind === 'constraint-conflict')?.message)
      .toMatch(/^Scheduling conflict: 'X' cannot start on 2026-03-02 09:00 \(its 'must start on' constraint\): a summary's links, the status date /);
  });

  it('an SNLT that the links overrun keeps the constraint date with negative slack', () => {
    const r = scheduleProject(constrained('SNLT', '2026-03-03T09:00'));
    expect(row(r, 'X').start).toBe('2026-03-03T09:00');
    expect(row(r, 'A').totalSlackMinutes).toBe(-480);
    expect(r.issues.map((i) => i.kind)).toContain('constraint-conflict');
  });
});

describe('deadlines', () => {
  it('flags a missed deadline without moving the task, and counts it in slack', () => {
    const r = scheduleProject(constrained('ASAP', null, { deadline: '2026-03-04T12:00' as LocalDateTime }));
    expect(dates(r, 'X')).toEqual(['2026-03-04T09:00', '2026-03-04T17:00']);
    expect(row(r, 'X')).toMatchObject({ isLate: true, totalSlackMinutes: -300, isCritical: true });
    expect(r.issues).toContainEqual({
      kind: 'missed-deadline', taskIds: ['X'], message: "Task 'X' misses its deadline 2026-03-04 by 5 hours.",
      messageParts: ["Task 'X' misses its deadline ", { date: '2026-03-04' }, ' by 5 hours.'],
    });
  });

  it('a met deadline gives no issue and limits slack', () => {
    const r = scheduleProject(constrained('ASAP', null, { deadline: '2026-03-05T17:00' as LocalDateTime }));
    expect(row(r, 'X')).toMatchObject({ isLate: false, totalSlackMinutes: 480 });
    expect(r.issues).toEqual([]);
  });
});

/**
 * Every schedule warning that names a day carries it apart (ScheduleIssue.messageParts), so the
 * warnings panel writes it as the app writes dates while the message, which the command line
 * prints, keeps ISO. Dates hand-computed on the plan-kit calendar (Mon-Fri 09:00-17:00).
 */
import { describe, expect, it } from 'vitest';
import type { LocalDateTime, Plan } from '../../../../renderer/domain/model';
import { scheduleProject, type ScheduleIssue } from '../../../../renderer/domain/schedule';
import { basePlan, withLink, withTask } from './plan-kit';

/** A (2d, Mon 03-02 - Tue 03-03) -> X (1d), with X's own fields. */
function afterTwoDays(fields: Partial<Plan['tasks'][string]>): Plan {
  const plan = withTask(withTask(basePlan(), 'A', { durationMinutes: 960 }), 'X', { durationMinutes: 480, ...fields });
  return withLink(plan, 'A', 'X');
}

function onlyIssue(plan: Plan, kind: ScheduleIssue['kind']): ScheduleIssue {
  const found = scheduleProject(plan).issues.filter((i) => i.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as ScheduleIssue;
}

/** The parts joined with ISO days, as the command line reads them. */
const joinedInIso = (issue: ScheduleIssue): string => (issue.messageParts ?? []).map((p) => (typeof p === 'string' ? p : p.date)).join('');

describe('schedule warnings name their days apart', () => {
  it('a missed deadline: the deadline day', () => {
    // X runs Wed 03-04 09:00-17:00; the deadline is that day at noon.
    const issue = onlyIssue(afterTwoDays({ deadline: '2026-03-04T12:00' as LocalDateTime }), 'missed-deadline');
    expect(issue.messageParts).toEqual(["Task 'X' misses its deadline ", { date: '2026-03-04' }, ' by 5 hours.']);
    expect(issue.message).toBe("Task 'X' misses its deadline 2026-03-04 by 5 hours.");
    expect(joinedInIso(issue)).toBe(issue.message);
  });

  it('a constraint conflict: the constraint day, its time of day kept as text', () => {
    const issue = onlyIssue(afterTwoDays({ constraint: { type: 'MSO', date: '2026-03-02T09:00' as LocalDateTime } }), 'constraint-conflict');
    expect(issue.messageParts?.slice(0, 3)).toEqual(["Scheduling conflict: 'A' is 2d late for 'X' to start on ", { date: '2026-03-02' }, ' 09:00']);
    expect(issue.message).toMatch(/^Scheduling conflict: 'A' is 2d late for 'X' to start on 2026-03-02 09:00 /);
    expect(joinedInIso(issue)).toBe(issue.message);
  });

  it('a link an actual start breaks: the day it started and the first day the link allows', () => {
    const issue = onlyIssue(afterTwoDays({ actualStart: '2026-03-03T09:00' as LocalDateTime }), 'violated-link');
    expect(issue.messageParts).toEqual([
      "Task 'X' started on ", { date: '2026-03-03' }, ", before its FS link from 'A' allows (start ",
      { date: '2026-03-04' }, ' or later). Check the actual dates or the link.',
    ]);
    expect(issue.message).toBe("Task 'X' started on 2026-03-03, before its FS link from 'A' allows (start 2026-03-04 or later). Check the actual dates or the link.");
  });

  it('a link an actual finish breaks: the day it finished and the first finish the link allows', () => {
    // A finish-to-finish link: X may finish no earlier than A, Tue 03-03 17:00.
    const plan = withLink(withTask(withTask(basePlan(), 'A', { durationMinutes: 960 }), 'X', {
      durationMinutes: 480, actualStart: '2026-03-02T09:00' as LocalDateTime, actualFinish: '2026-03-02T17:00' as LocalDateTime, percentComplete: 100,
    }), 'A', 'X', 'FF');
    const issue = onlyIssue(plan, 'violated-link');
    expect(issue.messageParts).toEqual([
      "Task 'X' finished on ", { date: '2026-03-02' }, ", before its FF link from 'A' allows (finish ",
      { date: '2026-03-03' }, ' or later). Check the actual dates or the link.',
    ]);
    expect(joinedInIso(issue)).toBe(issue.message);
  });

  it('a warning that names no day has no parts', () => {
    const plan = withLink(withLink(withTask(withTask(basePlan(), 'A'), 'B'), 'A', 'B'), 'B', 'A');
    const issue = onlyIssue(plan, 'cycle');
    expect(issue.messageParts).toBeUndefined();
  });
});

/**
 * The simulation follows the engine's rules: with every estimate collapsed to its most likely
 * value (optimistic = most likely = pessimistic) each iteration is the plan itself, so every
 * P-value of the finish and of each milestone must be the engine's own date (scheduleProject),
 * for each link type, lags (working, negative, elapsed), constraints and a 4-day-week calendar.
 * Hand-worked dates are given for the small plans so a shared mistake cannot hide.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DAY, type CalendarId, type LinkType, type LocalDateTime, type Plan, type Task, type TaskId,
} from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { simulate } from '../../../../renderer/domain/simulation';
import { generatePlan } from '../../../support/generate-plan';
import { basePlan, row, withLink, withTask } from '../schedule/plan-kit';

const DAY = 480;

/** Every leaf with a duration gets the estimate (d, d, d). */
function collapsed(plan: Plan): Plan {
  const parents = new Set(Object.values(plan.tasks).map((t) => t.parentId));
  const tasks: Record<string, Task> = {};
  for (const t of Object.values(plan.tasks)) {
    const leaf = !parents.has(t.id) && t.kind !== 'milestone' && t.durationMinutes > 0;
    const d = t.durationMinutes;
    tasks[t.id] = leaf ? { ...t, estimate: { optimisticMinutes: d, mostLikelyMinutes: d, pessimisticMinutes: d, distribution: 'pert' } } : t;
  }
  return { ...plan, tasks };
}

/** Simulates the collapsed plan and checks every P-value against the engine; returns the finish. */
function expectEngineDates(plan: Plan, skipMilestone: (t: Task) => boolean = () => false): { finish: string; milestones: Record<string, string> } {
  const p = collapsed(plan);
  const engine = scheduleProject(p);
  const r = simulate(p, { iterations: 300, seed: 11, risks: [] }, 'test');
  if (!r.ok) throw new Error(r.error.message);
  const s = r.value;
  for (const v of [s.finish.p50, s.finish.p80, s.finish.p90, s.finish.mean, s.plannedFinish]) expect(v).toBe(engine.projectFinish);
  const milestones: Record<string, string> = {};
  for (const m of s.milestones) {
    const task = p.tasks[m.taskId]!;
    if (skipMilestone(task)) continue;
    const finish = engine.tasks.get(m.taskId)!.finish;
    expect([task.name, m.p50, m.p80, m.p90, m.planned]).toEqual([task.name, finish, finish, finish, finish]);
    milestones[task.name] = finish;
  }
  return { finish: s.finish.p80, milestones };
}

const FOUR_DAY = 'four-day' as CalendarId;

function withFourDayCalendar(plan: Plan): Plan {
  const project = plan.calendars[plan.project.calendarId]!;
  const week = [[], DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, DEFAULT_DAY, [], []] as const;
  return { ...plan, calendars: { ...plan.calendars, [FOUR_DAY]: { ...project, id: FOUR_DAY, name: '4-day week', baseCalendarId: null, workWeek: week } } };
}

describe('estimates collapsed to the most likely: the engine dates', () => {
  // Monday 2 March 2026, 09:00-17:00 days.
  const linked = (type: LinkType, lag: number, elapsed = false): Plan => {
    let p = withTask(basePlan(), 'a', { durationMinutes: 3 * DAY });
    p = withTask(p, 'b', { durationMinutes: 2 * DAY });
    p = withTask(p, 'm', { kind: 'milestone', durationMinutes: 0 });
    p = withLink(p, 'a', 'b', type, lag, elapsed);
    return withLink(p, 'b', 'm');
  };
  it.each([
    // a: Mon 2 - Wed 4 March 17:00.
    ['FS', 0, false, '2026-03-06T17:00'], // b Thu-Fri
    ['FS', DAY, false, '2026-03-09T17:00'], // one working day's lag: b Fri-Mon
    ['FS', -DAY, false, '2026-03-05T17:00'], // lead of a day: b Wed-Thu
    ['FS', 2 * 1440, true, '2026-03-10T17:00'], // 2 elapsed days: Wed 17:00 to Fri 17:00, b Mon-Tue
    ['SS', DAY, false, '2026-03-04T17:00'], // b starts Tue, ends Wed
    ['FF', 0, false, '2026-03-04T17:00'], // b finishes with a
    ['SF', 3 * DAY, false, '2026-03-04T17:00'], // b finishes 3 days after a starts
  ] as const)('%s link, lag %d (elapsed %s)', (type, lag, elapsed, finish) => {
    expect(expectEngineDates(linked(type, lag, elapsed)).milestones['m']).toBe(finish);
  });

  it('constraints: SNET, FNLT, MSO and MFO', () => {
    let p = withTask(basePlan(), 'a', { durationMinutes: 2 * DAY, constraint: { type: 'SNET', date: '2026-03-10T09:00' as LocalDateTime } });
    p = withTask(p, 'b', { durationMinutes: DAY, constraint: { type: 'MFO', date: '2026-03-20T17:00' as LocalDateTime } });
    p = withTask(p, 'c', { durationMinutes: 2 * DAY, constraint: { type: 'FNLT', date: '2026-03-05T17:00' as LocalDateTime } });
    p = withTask(p, 'd', { durationMinutes: DAY, constraint: { type: 'MSO', date: '2026-03-16T09:00' as LocalDateTime } });
    p = withTask(p, 'm', { kind: 'milestone', durationMinutes: 0 });
    p = withLink(withLink(withLink(p, 'a', 'm'), 'c', 'd'), 'd', 'm');
    const { finish, milestones } = expectEngineDates(p);
    // a: Tue 10 - Wed 11; d: Mon 16; m after d; the MFO task b ends the project on Fri 20 March.
    expect(milestones['m']).toBe('2026-03-16T17:00');
    expect(finish).toBe('2026-03-20T17:00');
  });

  it('a 4-day-week task calendar and a summary with a link', () => {
    let p = withFourDayCalendar(basePlan());
    p = withTask(p, 'phase', {});
    p = withTask(p, 'a', { parentId: 'phase' as TaskId, durationMinutes: 5 * DAY, calendarId: FOUR_DAY });
    p = withTask(p, 'b', { parentId: 'phase' as TaskId, durationMinutes: 2 * DAY });
    p = withTask(p, 'm', { kind: 'milestone', durationMinutes: 0 });
    p = withLink(withLink(p, 'a', 'b'), 'phase', 'm');
    const { milestones } = expectEngineDates(p);
    // a on Mon-Thu: 2, 3, 4, 5, 9 March (Fri 6 off); b Tue 10 - Wed 11; m after the phase.
    expect(milestones['m']).toBe('2026-03-11T17:00');
    expect(row(scheduleProject(collapsed(p)), 'a').finish).toBe('2026-03-09T17:00');
  });

  it('a generated 1,000-task plan: every link type, lags, constraints, summaries with links', () => {
    // ALAP milestones are shown at their as-late-as-possible date; the simulation reports early dates.
    const { milestones } = expectEngineDates(generatePlan({ tasks: 1000, seed: 4 }), (t) => t.constraint.type === 'ALAP');
    expect(Object.keys(milestones).length).toBeGreaterThan(10);
  });
});

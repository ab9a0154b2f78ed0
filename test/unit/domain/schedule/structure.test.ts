import { describe, expect, it } from 'vitest';
import {
  STANDARD_DAY, standardWorkWeek,
  type AssignmentId, type CalendarId, type Link, type LinkId, type LocalDate, type LocalDateTime, type Plan, type ResourceId, type TaskId,
} from '../../../../renderer/domain/model';
import { createScheduler, describeCycle, findLinkCycle, scheduleProject } from '../../../../renderer/domain/schedule';
import { basePlan, chain, dates, row, withLink, withTask } from './plan-kit';

const T = (s: string): TaskId => s as TaskId;

/** P (1d) -> S { s1 (1d) -> s2 (2d) } -> Q (1d); s1 is 50 % done. */
function summaryPlan(): Plan {
  let plan = withTask(basePlan(), 'P');
  plan = withTask(plan, 'S', { kind: 'summary' });
  plan = withTask(plan, 's1', { parentId: T('S'), percentComplete: 50 });
  plan = withTask(plan, 's2', { parentId: T('S'), durationMinutes: 960 });
  plan = withTask(plan, 'Q');
  return withLink(withLink(withLink(plan, 'P', 'S'), 's1', 's2'), 'S', 'Q');
}

describe('summary tasks', () => {
  it('apply their links to children and roll up dates, duration and progress', () => {
    const r = scheduleProject(summaryPlan());
    expect(dates(r, 's1')).toEqual(['2026-03-03T09:00', '2026-03-03T17:00']);
    expect(dates(r, 's2')).toEqual(['2026-03-04T09:00', '2026-03-05T17:00']);
    expect(row(r, 'S')).toMatchObject({
      start: '2026-03-03T09:00', finish: '2026-03-05T17:00', durationMinutes: 1440, isSummary: true, isCritical: true,
    });
    // Weighted by duration (no work assigned): 50 % of 1 day out of 3 days.
    expect(row(r, 'S').percentComplete).toBeCloseTo(16.67, 2);
    expect(dates(r, 'Q')).toEqual(['2026-03-06T09:00', '2026-03-06T17:00']);
    expect(r.criticalTaskIds).toEqual(['P', 's1', 's2', 'Q']);
  });

  it('weights summary progress by work when there is work', () => {
    let plan = summaryPlan();
    plan = { ...plan, resources: { r: resource('r', 1, null) } };
    plan = { ...plan, assignments: { a1: assign('a1', 's1', 'r', 1), a2: assign('a2', 's2', 'r', 0.25) } };
    // s1: 480 work at 50 %, s2: 240 work at 0 % -> 33.33 %.
    const r = scheduleProject(plan);
    expect(row(r, 'S').percentComplete).toBeCloseTo(33.33, 2);
    expect(row(r, 'S').workMinutes).toBe(720);
  });
});

describe('manual tasks and progress', () => {
  it('keeps a manual task on its dates and lets it drive successors', () => {
    let plan = withTask(basePlan(), 'A', { durationMinutes: 960 });
    plan = withTask(plan, 'M', { schedulingMode: 'manual', start: '2026-03-09T09:00' as LocalDateTime, finish: '2026-03-09T17:00' as LocalDateTime });
    plan = withTask(plan, 'B');
    plan = withLink(withLink(plan, 'A', 'M'), 'M', 'B');
    const r = scheduleProject(plan);
    expect(dates(r, 'M')).toEqual(['2026-03-09T09:00', '2026-03-09T17:00']);
    expect(dates(r, 'B')).toEqual(['2026-03-10T09:00', '2026-03-10T17:00']);
  });

  it('keeps actuals and moves unfinished work after the status date', () => {
    let plan = withTask(basePlan(), 'Done', { actualStart: '2026-03-02T09:00' as LocalDateTime, actualFinish: '2026-03-02T17:00' as LocalDateTime, percentComplete: 100 });
    plan = withTask(plan, 'Half', { durationMinutes: 1920, actualStart: '2026-03-02T09:00' as LocalDateTime, percentComplete: 25 });
    plan = withTask(plan, 'Waiting');
    const r = scheduleProject(plan, { statusDate: '2026-03-03' as LocalDate });
    expect(dates(r, 'Done')).toEqual(['2026-03-02T09:00', '2026-03-02T17:00']);
    // 1 of 4 days done on Monday; the other 3 resume Wednesday, after the status date.
    expect(row(r, 'Half')).toMatchObject({ start: '2026-03-02T09:00', finish: '2026-03-06T17:00', isLate: true });
    expect(row(r, 'Waiting')).toMatchObject({ start: '2026-03-04T09:00', isLate: true });
    expect(row(r, 'Done').isLate).toBe(false);
  });

  it('never marks a 100 %-complete task critical, as MS Project does not', () => {
    // Done (Mon) -> Next (Tue): both have zero slack, but finished work can no longer delay anything.
    let plan = withTask(basePlan(), 'Done', { actualStart: '2026-03-02T09:00' as LocalDateTime, actualFinish: '2026-03-02T17:00' as LocalDateTime, percentComplete: 100 });
    plan = withLink(withTask(plan, 'Next'), 'Done', 'Next');
    const r = scheduleProject(plan);
    expect(row(r, 'Done')).toMatchObject({ totalSlackMinutes: 0, isCritical: false });
    expect(row(r, 'Next')).toMatchObject({ totalSlackMinutes: 0, isCritical: true });
    expect(r.criticalTaskIds).toEqual(['Next']);
  });
});

function resource(id: string, maxUnits: number, calendarId: string | null): Plan['resources'][string] {
  return {
    id: id as ResourceId, name: id.toUpperCase(), initials: id, role: '', email: '', type: 'work', maxUnits,
    costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0, calendarId: calendarId as CalendarId | null,
  };
}

function assign(id: string, task: string, res: string, units: number): Plan['assignments'][string] {
  return { id: id as AssignmentId, taskId: T(task), resourceId: res as ResourceId, units, workMinutes: null };
}

describe('calendars in scheduling', () => {
  it('uses lunch breaks and skips holidays', () => {
    const plan = chain(basePlan(), ['a', 'b']);
    const cal = plan.calendars[plan.project.calendarId]!;
    const calendars = { [cal.id]: { ...cal, workWeek: standardWorkWeek(STANDARD_DAY), exceptions: [{ name: 'Holiday', from: '2026-03-03' as LocalDate, to: '2026-03-03' as LocalDate, isWorking: false, intervals: [], recurrence: null }] } };
    const r = scheduleProject({ ...plan, calendars });
    expect(dates(r, 'a')).toEqual(['2026-03-02T09:00', '2026-03-02T18:00']);
    expect(dates(r, 'b')).toEqual(['2026-03-04T09:00', '2026-03-04T18:00']);
  });

  it('schedules a task on its only resource\'s part-time calendar', () => {
    let plan = withTask(basePlan(), 'Review');
    const mornings = [{ startMinute: 540, endMinute: 780 }];
    const partTime = { id: 'pt' as CalendarId, name: 'Mornings', baseCalendarId: plan.project.calendarId, workWeek: standardWorkWeek(mornings), exceptions: [] };
    plan = { ...plan, calendars: { ...plan.calendars, pt: partTime }, resources: { ana: resource('ana', 0.5, 'pt') }, assignments: { a: assign('a', 'Review', 'ana', 1) } };
    const r = scheduleProject(plan);
    expect(dates(r, 'Review')).toEqual(['2026-03-02T09:00', '2026-03-03T13:00']);
    expect(row(r, 'Review').workMinutes).toBe(480);
  });
});

describe('loops', () => {
  const plan = withLink(summaryPlan(), 's2', 'Q');

  it('finds the loop a new link would close, through links and the outline', () => {
    // Shortest loop: P -> S (spans s2) -> s2 -> Q.
    expect(findLinkCycle(plan, T('Q'), T('P'))).toEqual(['Q', 'P', 'S', 's2', 'Q']);
    expect(findLinkCycle(plan, T('S'), T('s1'))).toEqual(['S', 's1', 'S']);
    expect(findLinkCycle(plan, T('s1'), T('S'))).toEqual(['s1', 'S', 's1']);
    expect(findLinkCycle(plan, T('P'), T('P'))).toEqual(['P', 'P']);
    expect(findLinkCycle(plan, T('P'), T('Q'))).toBeNull();
    expect(describeCycle(plan, ['Q', 'P', 'S', 'Q'].map(T))).toBe("'Q' → 'P' → 'S' → 'Q'");
  });

  /** The tasks as rows in this order (plan-kit ranks them by name), as an imported file lists them. */
  const inRows = (plan: Plan, names: readonly string[]): Plan => ({
    ...plan, tasks: { ...plan.tasks, ...Object.fromEntries(names.map((n, i) => [n, { ...plan.tasks[n]!, rank: `r${String(i + 10)}` }])) },
  });

  it('schedules an imported plan with a loop and reports the loop', () => {
    let looped = inRows(chain(basePlan(), ['Design', 'Build', 'Test']), ['Design', 'Build', 'Test']);
    looped = withLink(looped, 'Test', 'Design');
    const r = scheduleProject(looped);
    const issue = r.issues.find((i) => i.kind === 'cycle');
    expect(issue?.message).toBe("Tasks form a loop: #1 'Design' → #2 'Build' → #3 'Test' → #1 'Design'. The link from #3 'Test' to #1 'Design' is ignored until one of these links is removed.");
    expect(dates(r, 'Test')).toEqual(['2026-03-04T09:00', '2026-03-04T17:00']);
  });

  it('ignores the link of a loop that reaches back up the outline, whatever the links\' ids (a file opens the same way every time)', () => {
    const looped = inRows(withLink(chain(basePlan(), ['Design', 'Build', 'Test']), 'Test', 'Design'), ['Design', 'Build', 'Test']);
    // The same plan with the ids an import would give it in any order: the backward link first, then last.
    const relabel = (order: readonly string[]): Plan => {
      const links = Object.values(looped.links);
      const relabelled = links.map((l, i): Link => ({ ...l, id: (order[i] ?? l.id) as LinkId }));
      return { ...looped, links: Object.fromEntries(relabelled.map((l) => [l.id, l])) };
    };
    for (const ids of [['x3', 'x2', 'x1'], ['x1', 'x2', 'x3'], ['x2', 'x3', 'x1']]) {
      const issue = scheduleProject(relabel(ids)).issues.find((i) => i.kind === 'cycle');
      expect(issue?.message).toBe("Tasks form a loop: #1 'Design' → #2 'Build' → #3 'Test' → #1 'Design'. The link from #3 'Test' to #1 'Design' is ignored until one of these links is removed.");
    }
  });

  it('keeps its choice when a row is added elsewhere, and re-decides as a fresh schedule does when a row of the loop moves', () => {
    // A -> B -> C -> A in rows A, B, C: C -> A goes back up, and is ignored.
    const rows = ['A', 'B', 'C'];
    const looped = inRows(withLink(chain(basePlan(), rows), 'C', 'A'), rows);
    // Which link, whatever rows its tasks are in now.
    const ignored = (plan: Plan): string | undefined => scheduleProject(plan).issues.find((i) => i.kind === 'cycle')?.message.replace(/^.*The link from /, '').replace(/#\d+ /g, '');
    expect(ignored(looped)).toBe("'C' to 'A' is ignored until one of these links is removed.");
    const withRowBetween = inRows(withTask(looped, 'New'), ['A', 'New', 'B', 'C']);
    expect(ignored(withRowBetween)).toBe("'C' to 'A' is ignored until one of these links is removed.");
    // C moved to the top (rows C, A, B): now B -> C goes back up. The session's scheduler, which
    // keeps its network across edits, ignores the same link as a fresh schedule of the moved plan.
    const moved = inRows(looped, ['C', 'A', 'B']);
    expect(ignored(moved)).toBe("'B' to 'C' is ignored until one of these links is removed.");
    const session = createScheduler();
    session.schedule(looped);
    const again = session.schedule({ ...looped, tasks: moved.tasks });
    expect(again.issues.find((i) => i.kind === 'cycle')?.message).toBe(scheduleProject(moved).issues.find((i) => i.kind === 'cycle')?.message);
    expect([...again.tasks.entries()]).toEqual([...scheduleProject(moved).tasks.entries()]);
  });

  it('names each task of the loop with its row in the task table, where the links to remove are typed', () => {
    // Rows: 1 Kickoff, 2 Phase (a summary), 3 Build and 4 Test under it, 5 Ship; Build -> Test -> Ship -> Build.
    let plan = inRows(withTask(withTask(chain(basePlan(), ['Build', 'Test', 'Ship']), 'Kickoff'), 'Phase'), ['Kickoff', 'Phase', 'Build', 'Test', 'Ship']);
    plan = { ...plan, tasks: { ...plan.tasks, Build: { ...plan.tasks['Build']!, parentId: T('Phase') }, Test: { ...plan.tasks['Test']!, parentId: T('Phase') } } };
    const issue = scheduleProject(withLink(plan, 'Ship', 'Build')).issues.find((i) => i.kind === 'cycle');
    expect(issue?.message).toBe("Tasks form a loop: #3 'Build' → #4 'Test' → #5 'Ship' → #3 'Build'. The link from #5 'Ship' to #3 'Build' is ignored until one of these links is removed.");
  });

  it('reports links to missing tasks instead of failing', () => {
    const r = scheduleProject(withLink(chain(basePlan(), ['a']), 'a', 'gone'));
    expect(r.issues).toEqual([{ kind: 'invalid-link', taskIds: ['a'], message: "A link from 'a' to a deleted task is ignored because a task is missing." }]);
  });
});

describe('a corrupt outline', () => {
  it('cuts parent loops into a tree and schedules every task with real dates', () => {
    let plan = withTask(basePlan(), 'L0', { parentId: T('Y') });
    // Y -> X -> Z -> Y loop, met first from L0 (so Y is cut to the top), M its own parent, Q <-> R.
    plan = withTask(plan, 'X', { parentId: T('Z') });
    plan = withTask(plan, 'Y', { parentId: T('X') });
    plan = withTask(plan, 'Z', { parentId: T('Y') });
    plan = withTask(plan, 'W', { parentId: T('Y'), durationMinutes: 960 });
    plan = withTask(plan, 'M', { parentId: T('M') });
    plan = withTask(plan, 'Q', { parentId: T('R') });
    plan = withTask(plan, 'R', { parentId: T('Q') });
    const r = scheduleProject(plan);
    expect(r.tasks.size).toBe(8);
    for (const [, s] of r.tasks) expect(`${s.start} ${s.finish} ${s.lateStart} ${s.lateFinish}`).toMatch(/^(2026-03-0\d\S+ ?){4}$/);
    const summaries = [...r.tasks].filter(([, s]) => s.isSummary).map(([id]) => id).sort();
    expect(summaries).toEqual(['Q', 'Y', 'Z']);
    expect(row(r, 'Y')).toMatchObject({ start: '2026-03-02T09:00', finish: '2026-03-03T17:00', durationMinutes: 960 });
    // X was Y's parent only through the loop: now a leaf under Z.
    expect(row(r, 'X').isSummary).toBe(false);
    expect(dates(r, 'Z')).toEqual(dates(r, 'X'));
  });
});

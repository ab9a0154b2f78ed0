/**
 * Where a bar's done work ends: its % complete of the task's working time, on its calendar, not of
 * the bar's width; and a task whose remaining work resumes after the status date is drawn in two
 * pieces, as MS Project draws it.
 */
import { describe, expect, it } from 'vitest';
import { toWallMinutes, type LocalDate, type LocalDateTime, type TaskId } from '../../../../renderer/domain/model';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { buildRows } from '../../../../renderer/features/gantt/gantt-rows';
import { basePlan, withLink, withTask } from '../../domain/schedule/plan-kit';

const at = (t: string): number => toWallMinutes(t as LocalDateTime);
const rowsOf = (plan: ReturnType<typeof basePlan>) => buildRows(plan, scheduleProject(plan), { isCollapsed: () => false, baseline: null });

describe('a Gantt row\'s done work', () => {
  it('ends after the working time done, not at that share of a bar that spans a weekend', () => {
    // Prep 4 d Mon 2 - Thu 5 March; Docs 2 d Fri 6 - Mon 9, half done: done at Friday 17:00, not on Sunday.
    let plan = withTask(basePlan(), 'Prep', { durationMinutes: 4 * 480 });
    plan = withTask(plan, 'Docs', { durationMinutes: 2 * 480, percentComplete: 50 });
    plan = withLink(plan, 'Prep', 'Docs');
    const docs = rowsOf(plan).find((r) => r.id === ('Docs' as TaskId));
    expect([docs?.startMinutes, docs?.finishMinutes]).toEqual([at('2026-03-06T09:00'), at('2026-03-09T17:00')]);
    expect(docs?.progressMinutes).toBe(at('2026-03-06T17:00'));
    expect(docs?.segments).toBeNull();
  });

  it('splits a bar whose remaining work resumes after the status date, the done part filled', () => {
    // Docs 2 d from Mon 2 March, half done; status date Wed 4: the day left resumes Thu 5.
    let plan = withTask(basePlan(), 'Docs', { durationMinutes: 2 * 480, percentComplete: 50 });
    plan = { ...plan, project: { ...plan.project, statusDate: '2026-03-04' as LocalDate } };
    const docs = rowsOf(plan).find((r) => r.id === ('Docs' as TaskId));
    expect(docs?.segments).toEqual([
      { startMinutes: at('2026-03-02T09:00'), finishMinutes: at('2026-03-02T17:00') },
      { startMinutes: at('2026-03-05T09:00'), finishMinutes: at('2026-03-05T17:00') },
    ]);
    expect(docs?.progressMinutes).toBe(at('2026-03-02T17:00'));
  });

  it('keeps one piece when the work done reaches the status date, and fills none or all at 0 and 100 %', () => {
    let plan = withTask(basePlan(), 'Docs', { durationMinutes: 2 * 480, percentComplete: 50 });
    plan = withTask(plan, 'Idle', { durationMinutes: 480 });
    plan = withTask(plan, 'Done', { durationMinutes: 480, percentComplete: 100 });
    plan = { ...plan, project: { ...plan.project, statusDate: '2026-03-02' as LocalDate } };
    const rows = rowsOf(plan);
    const docs = rows.find((r) => r.id === ('Docs' as TaskId));
    expect(docs?.segments).toBeNull();
    expect(docs?.progressMinutes).toBe(at('2026-03-02T17:00'));
    const idle = rows.find((r) => r.id === ('Idle' as TaskId));
    expect(idle?.progressMinutes).toBe(idle?.startMinutes);
    const done = rows.find((r) => r.id === ('Done' as TaskId));
    expect(done?.progressMinutes).toBe(done?.finishMinutes);
  });
});

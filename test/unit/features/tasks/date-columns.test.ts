// @vitest-environment happy-dom
/**
 * The task table's date columns widen for a date written with a four-digit year (date-columns.ts),
 * found among the dates its shown columns hold, without walking every task on each edit when the
 * schedule lies within 2000–2099.
 */
import { describe, expect, it } from 'vitest';
import { insertTask, updateTask } from '../../../../renderer/domain/commands';
import type { LocalDateTime, Plan } from '../../../../renderer/domain/model';
import type { ScheduleResult } from '../../../../renderer/domain/schedule';
import { fullYearsFromKey, fullYearsKey, tableFullYears, withDateWidths } from '../../../../renderer/features/tasks/date-columns';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

function twoTasks(): Plan {
  const context = testContext();
  const one = runOk(insertTask, blankPlan('Decommissioning'), { name: 'Decommission' }, context).plan;
  return runOk(insertTask, one, { name: 'Archive' }, context).plan;
}

/** A schedule as the engine gives it, from the project's start and finish and each task's dates. */
function scheduleOf(plan: Plan, span: readonly [string, string], dates: Readonly<Record<string, readonly [string, string]>> = {}): ScheduleResult {
  const tasks = new Map(Object.values(plan.tasks).map((t) => [t.id, { start: dates[t.name]?.[0] ?? t.start, finish: dates[t.name]?.[1] ?? t.finish }]));
  return { projectStart: span[0], projectFinish: span[1], tasks } as unknown as ScheduleResult;
}

const DEFAULT = new Set(['name', 'duration', 'start', 'finish']);

describe('the task table’s years written in full', () => {
  it('are none for a schedule within 2000–2099, whatever the tasks hold in columns not shown', () => {
    const plan = twoTasks();
    const late = runOk(updateTask, plan, { id: taskByName(plan, 'Archive').id, changes: { deadline: '2101-03-09T17:00' as LocalDateTime } }).plan;
    expect(tableFullYears(late, scheduleOf(late, ['2026-03-02T09:00', '2027-01-04T17:00']), DEFAULT)).toEqual({});
    // Shown, the deadline's year counts.
    expect(tableFullYears(late, scheduleOf(late, ['2026-03-02T09:00', '2027-01-04T17:00']), new Set([...DEFAULT, 'deadline']))).toEqual({ deadline: [2101] });
  });

  it('count a constraint\'s date while the Constraint column is shown', () => {
    const plan = twoTasks();
    const constrained = runOk(updateTask, plan, {
      id: taskByName(plan, 'Archive').id, changes: { constraint: { type: 'FNET', date: '2105-09-26T17:00' as LocalDateTime } },
    }).plan;
    const schedule = scheduleOf(constrained, ['2026-03-02T09:00', '2027-01-04T17:00']);
    expect(tableFullYears(constrained, schedule, DEFAULT)).toEqual({});
    expect(tableFullYears(constrained, schedule, new Set([...DEFAULT, 'constraint']))).toEqual({ constraint: [2105] });
  });

  it('are the years of each column’s scheduled dates outside the century, each once and in order', () => {
    const plan = twoTasks();
    const schedule = scheduleOf(plan, ['1999-12-30T09:00', '2101-09-30T17:00'], {
      Decommission: ['2101-09-29T09:00', '2101-09-30T17:00'], Archive: ['1999-12-30T09:00', '2000-01-03T17:00'],
    });
    expect(tableFullYears(plan, schedule, DEFAULT)).toEqual({ start: [1999, 2101], finish: [2101] });
    expect(tableFullYears(null, schedule, DEFAULT)).toEqual({});
  });

  it('leave the columns as they are without a canvas to measure with, and with no such year', () => {
    const columns = [{ key: 'start', width: 130 }, { key: 'name', width: 280 }];
    expect(withDateWidths(columns, document, {})).toBe(columns);
    // No canvas here (happy-dom): nothing measured, nothing widened.
    expect(withDateWidths(columns, document, { start: [2101] })).toEqual(columns);
    const withConstraint = [...columns, { key: 'constraint', width: 170 }];
    expect(withDateWidths(withConstraint, document, {})).toBe(withConstraint);
  });

  it('read back from their key as they were', () => {
    const byColumn = { start: [1999, 2101], constraint: [1999] };
    expect(fullYearsFromKey(fullYearsKey(byColumn))).toEqual(byColumn);
    expect(fullYearsFromKey(fullYearsKey({}))).toEqual({});
  });
});

// @vitest-environment happy-dom
/**
 * Each of the task table's date columns is as wide as its own dates need (date-columns.ts): a
 * constraint dated 1999 widens the Constraint column, not Start and Finish. happy-dom has no
 * canvas, so text is measured by a stand-in of 7 px a character (a file of its own: the widths
 * measured are kept per window, and the other file's tests measure with no canvas at all).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { insertTask, updateTask } from '../../../../renderer/domain/commands';
import type { LocalDateTime, Plan } from '../../../../renderer/domain/model';
import type { ScheduleResult } from '../../../../renderer/domain/schedule';
import { tableFullYears, withDateWidths } from '../../../../renderer/features/tasks/date-columns';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const PX_PER_CHARACTER = 7;

beforeAll(() => {
  const context = { font: '', measureText: (text: string) => ({ width: text.length * PX_PER_CHARACTER }) };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
});

function constrainedIn1999(): Plan {
  const context = testContext();
  const plan = runOk(insertTask, blankPlan('Migration'), { name: 'Cut over' }, context).plan;
  return runOk(updateTask, plan, {
    id: taskByName(plan, 'Cut over').id, changes: { constraint: { type: 'SNET', date: '1999-12-30T09:00' as LocalDateTime } },
  }).plan;
}

const scheduleOf = (plan: Plan): ScheduleResult => ({
  projectStart: '2026-03-02T09:00', projectFinish: '2026-03-02T17:00',
  tasks: new Map(Object.values(plan.tasks).map((t) => [t.id, { start: '2026-03-02T09:00', finish: '2026-03-02T17:00' }])),
}) as unknown as ScheduleResult;

describe('the task table’s date columns', () => {
  it('widen the Constraint column for a constraint dated 1999, and leave Start and Finish as they were', () => {
    const plan = constrainedIn1999();
    const columns = [{ key: 'name', width: 280 }, { key: 'start', width: 130 }, { key: 'finish', width: 130 }, { key: 'constraint', width: 170 }];
    const widths = Object.fromEntries(withDateWidths(columns, document, tableFullYears(plan, scheduleOf(plan), new Set(columns.map((c) => c.key)))).map((c) => [c.key, c.width]));
    expect(widths).toMatchObject({ name: 280, start: 130, finish: 130 });
    // "Start no earlier than " and "Thu, Dec 30, 1999" (its weekday, month and day the widest of 1999's): wider than 170.
    expect(widths.constraint).toBeGreaterThan(170);
    // Shown with the same constraint in 2027, the Constraint column is narrower: its year is written with two digits.
    const in2027 = runOk(updateTask, plan, {
      id: taskByName(plan, 'Cut over').id, changes: { constraint: { type: 'SNET', date: '2027-12-30T09:00' as LocalDateTime } },
    }).plan;
    const twoDigit = withDateWidths(columns, document, tableFullYears(in2027, scheduleOf(in2027), new Set(columns.map((c) => c.key))));
    expect(twoDigit.find((c) => c.key === 'constraint')?.width).toBe((widths.constraint ?? 0) - 2 * PX_PER_CHARACTER);
  });

  it('widen Start and Finish for their own dates in 1999', () => {
    const plan = constrainedIn1999();
    const columns = [{ key: 'start', width: 130 }, { key: 'finish', width: 130 }];
    const schedule = { ...scheduleOf(plan), projectStart: '1999-12-30T09:00' } as ScheduleResult;
    const tasks = new Map([...schedule.tasks].map(([id]) => [id, { start: '1999-12-30T09:00', finish: '2026-03-02T17:00' }]));
    const widened = withDateWidths(columns, document, tableFullYears(plan, { ...schedule, tasks } as unknown as ScheduleResult, new Set(['start', 'finish'])));
    expect(widened.map((c) => c.width)).toEqual([expect.any(Number), 130]);
    expect(widened[0]?.width).toBeGreaterThan(130);
  });
});

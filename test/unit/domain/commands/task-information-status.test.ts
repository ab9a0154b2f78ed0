/**
 * Status changed in Task Information follows the board's rule (one rule, not two): progress and
 * actual dates as a card move gives them, with the person's answer to a start before the schedule.
 */
import { describe, expect, it } from 'vitest';
import { editTaskInformation, insertTask, moveCard, runCommand } from '../../../../renderer/domain/commands';
import type { ColumnId, LocalDateTime, Plan, TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, testContext } from '../../../support/plan-builder';

function col(plan: Plan, name: string): ColumnId {
  const c = Object.values(plan.columns).find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c.id;
}

const T = 't-api' as TaskId;
const plan = runOk(insertTask, blankPlan(), { id: T, name: 'API' }).plan;
const scheduled = { start: '2026-03-09T09:00' as LocalDateTime, finish: '2026-03-13T17:00' as LocalDateTime };

describe('Status in Task Information', () => {
  it('gives the same task as the same board move, for In progress and Done', () => {
    for (const [name, extra] of [['In progress', {}], ['Done', { scheduled }]] as const) {
      const viaBoard = runOk(moveCard, plan, { id: T, columnId: col(plan, name), placement: { at: 'top' }, ...extra }, testContext('b')).plan.tasks[T];
      const viaDialog = runOk(editTaskInformation, plan, { taskId: T, changes: {}, status: { columnId: col(plan, name), ...extra } }, testContext('d')).plan.tasks[T];
      const { boardRank: _a, ...board } = viaBoard ?? {};
      const { boardRank: _b, ...dialog } = viaDialog ?? {};
      expect(dialog).toEqual(board);
    }
  });

  it('"Keep the scheduled date" starts it on the scheduled start; "Start anyway" on the status date', () => {
    const kept = runOk(editTaskInformation, plan, { taskId: T, changes: {}, status: { columnId: col(plan, 'In progress'), scheduled, start: 'scheduled' } }).plan.tasks[T];
    expect(kept?.actualStart).toBe('2026-03-09T09:00');
    // testContext's clock reads 2026-03-02: started anyway, the task started then.
    const anyway = runOk(editTaskInformation, plan, { taskId: T, changes: {}, status: { columnId: col(plan, 'In progress'), scheduled, start: 'anyway' } }).plan.tasks[T];
    expect(anyway?.actualStart).toBe('2026-03-02T09:00');
  });

  it('done records the scheduled dates as actual, unless the dialog sets them; one undo restores all', () => {
    const done = runOk(editTaskInformation, plan, { taskId: T, changes: {}, status: { columnId: col(plan, 'Done'), scheduled } }).plan.tasks[T];
    expect(done).toMatchObject({ percentComplete: 100, actualStart: '2026-03-09T09:00', actualFinish: '2026-03-13T17:00' });
    const typed = runOk(editTaskInformation, plan, {
      taskId: T, changes: { actualFinish: '2026-03-12T17:00' as LocalDateTime }, status: { columnId: col(plan, 'Done'), scheduled },
    }).plan.tasks[T];
    expect(typed?.actualFinish).toBe('2026-03-12T17:00');
  });

  it('refuses a status column that does not exist, saying where', () => {
    const out = runCommand(editTaskInformation, plan, { taskId: T, changes: {}, status: { columnId: 'nope' as ColumnId } }, testContext());
    expect(out.ok || out.error).toEqual({ message: 'That status column no longer exists.', where: "Task 'API', Status" });
  });

  it('a % complete typed in the dialog records the scheduled dates as actual, as in the grid', () => {
    const started = runOk(editTaskInformation, plan, { taskId: T, changes: { percentComplete: 30 }, scheduled }).plan.tasks[T];
    expect(started).toMatchObject({ percentComplete: 30, actualStart: '2026-03-09T09:00', actualFinish: null });
    const finished = runOk(editTaskInformation, plan, { taskId: T, changes: { percentComplete: 100 }, scheduled }).plan.tasks[T];
    expect(finished).toMatchObject({ actualStart: '2026-03-09T09:00', actualFinish: '2026-03-13T17:00' });
    // New predecessors in the same edit may move the task: the dates read before it are not recorded.
    const relinked = runOk(editTaskInformation, plan, { taskId: T, changes: { percentComplete: 30 }, predecessors: [], scheduled }).plan.tasks[T];
    expect(relinked).toMatchObject({ percentComplete: 30, actualStart: null });
  });
});

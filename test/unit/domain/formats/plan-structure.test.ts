/**
 * repairStructure copies a task only when a repair changes it: the input plan is never changed,
 * a plan that needs no repair keeps its own records, and a repaired one shares every task the
 * repairs left alone (a large file's gate check no longer copies 10,000 tasks to change none).
 */
import { describe, expect, it } from 'vitest';
import { MAX_OUTLINE_DEPTH } from '../../../../renderer/domain/formats/plan-bounds';
import { repairStructure } from '../../../../renderer/domain/formats/plan-structure';
import { emptyPlan, newTask, sequentialIds, type LocalDateTime, type Plan, type Task, type TaskId } from '../../../../renderer/domain/model';

const dt = (s: string): LocalDateTime => s as LocalDateTime;

function planOf(tasks: readonly Partial<Task>[]): Plan {
  const base = emptyPlan({ name: 'P', start: dt('2026-03-02T09:00'), now: '2026-03-01T12:00:00.000Z', newId: sequentialIds('p') });
  const column = Object.values(base.columns)[0]!.id;
  const made = tasks.map((t, i) => newTask({
    id: `t${String(i + 1)}` as TaskId, name: `T${String(i + 1)}`, parentId: null, rank: 'V', start: dt('2026-03-02T09:00'),
    finish: dt('2026-03-02T17:00'), statusId: column, boardRank: 'V', ...t,
  }));
  return Object.freeze({ ...base, tasks: Object.freeze(Object.fromEntries(made.map((t) => [t.id, Object.freeze(t)]))) });
}

describe('repairStructure', () => {
  it('keeps the tasks record of a plan that needs no repair', () => {
    const plan = planOf([{}, { parentId: 't1' as TaskId }, {}]);
    const repaired = repairStructure({ ...plan, tasks: { ...plan.tasks, t1: { ...plan.tasks.t1!, kind: 'summary' } } });
    if (!repaired.ok) throw new Error(repaired.problem.message);
    expect(repaired.warnings).toEqual([]);
    const again = repairStructure(repaired.plan);
    if (!again.ok) throw new Error(again.problem.message);
    expect(again.plan.tasks).toBe(repaired.plan.tasks);
  });

  it('copies only the tasks it repairs, leaving the input as it was', () => {
    // t2's parent is missing; t3 is under t1, which is therefore made a summary.
    const plan = planOf([{}, { parentId: 'gone' as TaskId }, { parentId: 't1' as TaskId }, {}]);
    const repaired = repairStructure(plan);
    if (!repaired.ok) throw new Error(repaired.problem.message);
    expect(repaired.plan.tasks.t2?.parentId).toBeNull();
    expect(repaired.plan.tasks.t1?.kind).toBe('summary');
    expect(plan.tasks.t2?.parentId).toBe('gone');
    expect(plan.tasks.t1?.kind).toBe('task');
    expect(repaired.plan.tasks.t3).toBe(plan.tasks.t3);
    expect(repaired.plan.tasks.t4).toBe(plan.tasks.t4);
    expect(Object.keys(repaired.plan.tasks)).toEqual(['t1', 't2', 't3', 't4']);
    expect(repaired.warnings).toEqual([
      "1 task had a missing parent and was placed at the top level ('T2').",
      '1 task with subtasks became a summary.',
    ]);
  });

  // The outline is first checked by walking each task's parents at most MAX_OUTLINE_DEPTH steps;
  // only a plan where that fails gets the exact walk. These pin the edge between the two.
  const chain = (levels: number): Partial<Task>[] =>
    Array.from({ length: levels + 1 }, (_, i) => ({ parentId: i === 0 ? null : (`t${String(i)}` as TaskId), kind: i < levels ? 'summary' : 'task' }));

  it(`admits an outline exactly ${String(MAX_OUTLINE_DEPTH)} levels deep as it is`, () => {
    const plan = planOf(chain(MAX_OUTLINE_DEPTH));
    const repaired = repairStructure(plan);
    if (!repaired.ok) throw new Error(repaired.problem.message);
    expect(repaired.warnings).toEqual([]);
    expect(repaired.plan.tasks).toBe(plan.tasks);
  });

  it('refuses one level deeper, naming the first task below the limit', () => {
    const repaired = repairStructure(planOf(chain(MAX_OUTLINE_DEPTH + 1)));
    expect(repaired.ok).toBe(false);
    if (repaired.ok) return;
    expect(repaired.problem.where).toBe(`tasks['t${String(MAX_OUTLINE_DEPTH + 2)}'].parentId`);
  });

  it('cuts a parent loop hanging under a deep chain, and keeps the chain', () => {
    // t1..t50 is a chain; t51 and t52 are each other's parents (a loop off to the side).
    const tasks = [...chain(49), { parentId: 't52' as TaskId }, { parentId: 't51' as TaskId }];
    const repaired = repairStructure(planOf(tasks));
    if (!repaired.ok) throw new Error(repaired.problem.message);
    expect(repaired.plan.tasks.t52?.parentId).toBeNull();
    expect(repaired.plan.tasks.t51?.parentId).toBe('t52');
    expect(repaired.plan.tasks.t50?.parentId).toBe('t49');
    expect(repaired.warnings).toEqual([
      "1 task was under its own subtask (a parent loop) and was placed at the top level ('T52').",
      '1 task with subtasks became a summary.',
    ]);
  });
});

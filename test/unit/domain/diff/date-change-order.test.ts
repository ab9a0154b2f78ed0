/**
 * A compare lists moved dates in the plan's row order, as its task table lists the tasks: it went
 * by task id, so a plan typed Design, Backend, Frontend read UAT, Design, User docs, … (a new
 * user's second hour).
 */
import { describe, expect, it } from 'vitest';
import { addLink, insertTask } from '../../../../renderer/domain/commands';
import type { TaskId } from '../../../../renderer/domain/model';
import { diffPlans, visibleChanges } from '../../../../renderer/domain/diff';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

describe('dates moved between two plans', () => {
  it('come in the first plan\'s row order, whatever the tasks\' ids', () => {
    let plan = blankPlan('Order');
    // Ids that sort the other way round from the rows.
    for (const [id, name] of [['z', 'Design'], ['m', 'Build'], ['a', 'Test']] as const) {
      const last = Object.values(plan.tasks).at(-1);
      plan = runOk(insertTask, plan, { id: id as TaskId, name, ...(last ? { afterId: last.id } : {}), fields: { durationMinutes: 480 } }).plan;
    }
    for (const [from, to] of [['z', 'm'], ['m', 'a']] as const) {
      plan = runOk(addLink, plan, { predecessorId: from as TaskId, successorId: to as TaskId, type: 'FS', lagMinutes: 0, lagIsElapsed: false }, testContext(`link-${from}-`)).plan;
    }
    const design = taskByName(plan, 'Design');
    const longer = { ...plan, tasks: { ...plan.tasks, [design.id]: { ...design, durationMinutes: 3 * 480 } } };
    const rows = visibleChanges(diffPlans(plan, longer)).filter((r) => r.category === 'dates');
    expect(rows.map((r) => `${r.what} ${r.field}`)).toEqual([
      "task 'Design' scheduled finish", "task 'Build' scheduled start", "task 'Build' scheduled finish", "task 'Test' scheduled start", "task 'Test' scheduled finish",
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { indentTasks, insertTask } from '../../../../renderer/domain/commands';
import type { Plan } from '../../../../renderer/domain/model';
import { tableRows } from '../../../../renderer/features/tasks/table-rows';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

/** Build > (API > (Auth), UI), Release */
function outlinePlan(): Plan {
  const ctx = testContext('t');
  let plan = blankPlan();
  for (const name of ['Build', 'API', 'Auth', 'UI', 'Release']) plan = runOk(insertTask, plan, { name }, ctx).plan;
  plan = runOk(indentTasks, plan, { ids: ['API', 'Auth', 'UI'].map((n) => taskByName(plan, n).id) }, ctx).plan;
  return runOk(indentTasks, plan, { ids: [taskByName(plan, 'Auth').id] }, ctx).plan;
}

const shown = (plan: Plan, collapsed: readonly string[]): string[] =>
  tableRows(plan, null, new Set(collapsed.map((n) => taskByName(plan, n).id))).map((r) => `${String(r.rowNumber)} ${r.outline.task.name}`);

describe('task table rows', () => {
  it('numbers rows by the full outline and hides only the collapsed subtrees', () => {
    const plan = outlinePlan();
    expect(shown(plan, [])).toEqual(['1 Build', '2 API', '3 Auth', '4 UI', '5 Release']);
    expect(shown(plan, ['API'])).toEqual(['1 Build', '2 API', '4 UI', '5 Release']);
    expect(shown(plan, ['Build'])).toEqual(['1 Build', '5 Release']);
    // A collapsed row inside a collapsed subtree stays hidden; its siblings after it come back.
    expect(shown(plan, ['Build', 'API'])).toEqual(['1 Build', '5 Release']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { addLink, addResource, addRisk, indentTasks, insertTask, raiseIssue, setAssignees, updateRisk } from '../../../../renderer/domain/commands';
import type { IssueId, Plan, RiskId } from '../../../../renderer/domain/model';
import { riskMarkers, tasksAtRiskWithSummaries } from '../../../../renderer/domain/raid';
import { scheduleProject, ScheduleTable } from '../../../../renderer/domain/schedule';
import { predecessorText } from '../../../../renderer/features/tasks/cell-text';
import { assigneesByTask, filterTableRows, tableRows } from '../../../../renderer/features/tasks/table-rows';
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

  it('reads a row\'s schedule and predecessors only when a cell asks, and then as the schedule and the links say', () => {
    const ctx = testContext('l');
    let plan = outlinePlan();
    plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Auth').id, successorId: taskByName(plan, 'UI').id, type: 'FS', lagMinutes: 480, lagIsElapsed: false }, ctx).plan;
    const schedule = scheduleProject(plan);
    const reads = vi.spyOn(ScheduleTable.prototype, 'get');
    try {
      // Unpriced, as the table builds them when no Work or Cost column is shown (the default).
      const rows = tableRows(plan, schedule, new Set(), false);
      // Building the rows built no TaskSchedule: a 10,000-row table shows a few dozen of them.
      expect(reads).not.toHaveBeenCalled();
      const ui = rows.find((r) => r.outline.task.name === 'UI');
      expect(ui?.schedule).toBe(schedule.tasks.get(taskByName(plan, 'UI').id));
      expect(ui?.predecessors).toBe('3FS+1d');
      for (const row of rows) expect(row.predecessors).toBe(predecessorText(plan, row.outline.task.id));
    } finally {
      reads.mockRestore();
    }
  });
});

describe('task table filters', () => {
  /** Auth (under API under Build) carries a risk, Release an issue. */
  function atRiskPlan(): Plan {
    const ctx = testContext('r');
    let plan = outlinePlan();
    plan = runOk(addRisk, plan, { id: 'r1' as RiskId, fields: { title: 'Vendor late', probability: 4, impact: 4, taskIds: [taskByName(plan, 'Auth').id] } }, ctx).plan;
    return runOk(raiseIssue, plan, { id: 'i1' as IssueId, fields: { title: 'Build server down', priority: 'high', taskIds: [taskByName(plan, 'Release').id] } }, ctx).plan;
  }
  const keepOf = (plan: Plan): ReadonlySet<string> => tasksAtRiskWithSummaries(plan, riskMarkers(plan).keys());
  const names = (plan: Plan, query: string | null, keep: ReadonlySet<string> | null, collapsed: readonly string[] = []): string[] =>
    filterTableRows(tableRows(plan, null, new Set(collapsed.map((n) => taskByName(plan, n).id))), query, keep).map((r) => `${String(r.rowNumber)} ${r.outline.task.name}`);

  it('"Tasks at risk" keeps the tasks at risk and, for context, their summaries, with their own row numbers', () => {
    const plan = atRiskPlan();
    expect(names(plan, null, keepOf(plan))).toEqual(['1 Build', '2 API', '3 Auth', '5 Release']);
  });

  it('follows the register: a closed risk takes its task and summaries out', () => {
    const plan = runOk(updateRisk, atRiskPlan(), { id: 'r1' as RiskId, changes: { status: 'closed' } }, testContext('u')).plan;
    expect(names(plan, null, keepOf(plan))).toEqual(['5 Release']);
  });

  it('with Find too, a row must match both; a collapsed summary still hides its tasks', () => {
    const plan = atRiskPlan();
    expect(names(plan, 'a', keepOf(plan))).toEqual(['2 API', '3 Auth', '5 Release']);
    expect(names(plan, 'BUILD', keepOf(plan))).toEqual(['1 Build']);
    // "ui" is in UI and in Build: UI is not at risk, Build is the summary of a task that is.
    expect(names(plan, 'ui', keepOf(plan))).toEqual(['1 Build']);
    expect(names(plan, null, keepOf(plan), ['API'])).toEqual(['1 Build', '2 API', '5 Release']);
  });

  it('without a filter gives the rows back as they are', () => {
    const rows = tableRows(atRiskPlan(), null, new Set());
    expect(filterTableRows(rows, null, null)).toBe(rows);
    expect(filterTableRows(rows, '  ', null)).toBe(rows);
  });

  it('prices the rows for the Work and Cost columns only when asked (a table showing neither skips it)', () => {
    const plan = outlinePlan();
    const schedule = scheduleProject(plan);
    const priced = tableRows(plan, schedule, new Set());
    const unpriced = tableRows(plan, schedule, new Set(), false);
    expect(priced.map((r) => typeof r.workMinutes)).toEqual(Array<string>(5).fill('number'));
    expect(priced.map((r) => typeof r.cost)).toEqual(Array<string>(5).fill('number'));
    expect(unpriced.map((r) => [r.workMinutes, r.cost])).toEqual(Array<null[]>(5).fill([null, null]));
    expect(unpriced.map((r) => r.schedule)).toEqual(priced.map((r) => r.schedule));
  });
});

describe('a task\'s people', () => {
  it('are listed in the team\'s order, whatever order the assignments are read back in', () => {
    const ctx = testContext('p');
    let plan = runOk(insertTask, blankPlan(), { name: 'Build' }, ctx).plan;
    for (const name of ['Ana Lopez', 'Raj Patel', 'Mei Chen']) plan = runOk(addResource, plan, { fields: { name } }, ctx).plan;
    const id = (name: string): never => Object.values(plan.resources).find((r) => r.name === name)?.id as never;
    const build = taskByName(plan, 'Build').id;
    plan = runOk(setAssignees, plan, { taskId: build, resourceIds: [id('Mei Chen'), id('Ana Lopez')] }, ctx).plan;
    // As storage hands them back: the assignments in reverse of the order they were made.
    const reread = { ...plan, assignments: Object.fromEntries(Object.entries(plan.assignments).reverse()) };
    for (const p of [plan, reread]) expect(assigneesByTask(p).get(build)?.map((a) => a.name)).toEqual(['Ana Lopez', 'Mei Chen']);
  });
});

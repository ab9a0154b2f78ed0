/** A phase set on a summary applies to its subtasks unless they set their own. */
import { describe, expect, it } from 'vitest';
import { boardLayout, cellKey, createLayoutMemory, NO_FILTER, orderedColumns } from '../../../../renderer/domain/board';
import { indentTasks, insertTask, updateTask } from '../../../../renderer/domain/commands';
import { effectivePhase, ownPhaseFor, type LocalDate, type Plan } from '../../../../renderer/domain/model';
import { createScheduler } from '../../../../renderer/domain/schedule';
import { buildRows, createRowCache } from '../../../../renderer/features/gantt/gantt-rows';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

/** Build (summary, phase Execution) > API, Deploy (own phase Closure) > Smoke test; Retro at the top level. */
function phasedPlan(): Plan {
  const ctx = testContext('t');
  let plan = blankPlan();
  for (const name of ['Build', 'API', 'Deploy', 'Smoke test', 'Retro']) plan = runOk(insertTask, plan, { name }, ctx).plan;
  plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'API').id, taskByName(plan, 'Deploy').id] }, ctx).plan;
  plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'Smoke test').id] }, ctx).plan;
  plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'Smoke test').id] }, ctx).plan;
  plan = runOk(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { phase: 'execution' } }, ctx).plan;
  return runOk(updateTask, plan, { id: taskByName(plan, 'Deploy').id, changes: { phase: 'closure' } }, ctx).plan;
}

const phaseOf = (plan: Plan, name: string) => effectivePhase(plan.tasks, taskByName(plan, name));

describe('effective phase', () => {
  it('inherits from the nearest summary with a phase, and a subtask own phase wins', () => {
    const plan = phasedPlan();
    expect(taskByName(plan, 'Smoke test').parentId).toBe(taskByName(plan, 'Deploy').id);
    expect(['Build', 'API', 'Deploy', 'Smoke test', 'Retro'].map((n) => phaseOf(plan, n))).toEqual(['execution', 'execution', 'closure', 'closure', null]);
    // Clearing the summary's phase clears what its subtasks inherit, not what they set.
    const cleared = runOk(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { phase: null } }).plan;
    expect(['API', 'Deploy'].map((n) => phaseOf(cleared, n))).toEqual([null, 'closure']);
  });

  it('says what a subtask should store to show a phase: nothing when it would inherit it', () => {
    const plan = phasedPlan();
    const build = taskByName(plan, 'Build').id;
    expect(ownPhaseFor(plan.tasks, build, 'execution')).toBeNull();
    expect(ownPhaseFor(plan.tasks, build, 'planning')).toBe('planning');
    expect(ownPhaseFor(plan.tasks, null, 'planning')).toBe('planning');
  });

  it('is what the board lanes by phase and the phase filter use', () => {
    const plan = phasedPlan();
    const today = '2026-03-02' as LocalDate;
    const first = orderedColumns(plan.columns)[0]!.id;
    const layout = boardLayout({ plan, schedule: null, laneMode: 'phase', filter: NO_FILTER, today });
    expect(layout.cells.get(cellKey('execution', first))?.map((c) => c.task.name)).toEqual(['API']);
    expect(layout.cells.get(cellKey('closure', first))?.map((c) => [c.task.name, c.phase])).toEqual([['Smoke test', 'closure']]);
    const filtered = boardLayout({ plan, schedule: null, laneMode: 'none', filter: { ...NO_FILTER, phase: 'execution' }, today });
    expect(filtered.visibleCount).toBe(1);
    // With layout memory, a change on the summary alone moves its subtasks' cards.
    const memory = createLayoutMemory();
    boardLayout({ plan, schedule: null, laneMode: 'phase', filter: NO_FILTER, today }, memory);
    const moved = runOk(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { phase: 'planning' } }).plan;
    const after = boardLayout({ plan: moved, schedule: null, laneMode: 'phase', filter: NO_FILTER, today }, memory);
    expect(after.cells.get(cellKey('planning', first))?.map((c) => c.task.name)).toEqual(['API']);
  });

  it('is what colour-by-phase reads in the Gantt, also after the summary alone changes', () => {
    const plan = phasedPlan();
    const cache = createRowCache();
    const options = { isCollapsed: () => false, baseline: null };
    // Through the incremental scheduler, so the second build takes the patching path.
    const scheduler = createScheduler();
    expect(buildRows(plan, scheduler.schedule(plan), options, cache).map((r) => [r.name, r.phase])).toEqual([
      ['Build', 'execution'], ['API', 'execution'], ['Deploy', 'closure'], ['Smoke test', 'closure'], ['Retro', null],
    ]);
    const moved = runOk(updateTask, plan, { id: taskByName(plan, 'Build').id, changes: { phase: 'planning' } }).plan;
    expect(buildRows(moved, scheduler.schedule(moved), options, cache).find((r) => r.name === 'API')?.phase).toBe('planning');
  });
});

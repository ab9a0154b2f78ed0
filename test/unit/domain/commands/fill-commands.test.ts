import { describe, expect, it } from 'vitest';
import { fillPredecessors, insertTask, runCommand, setPredecessors } from '../../../../renderer/domain/commands';
import type { Plan, TaskId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

function chain(names: readonly string[]): Plan {
  const ctx = testContext('t');
  let plan = blankPlan();
  for (const name of names) plan = runOk(insertTask, plan, { name }, ctx).plan;
  return plan;
}

const linksOf = (plan: Plan): string[] => Object.values(plan.links)
  .map((l) => `${plan.tasks[l.predecessorId]?.name ?? '?'}>${plan.tasks[l.successorId]?.name ?? '?'} ${l.type}${String(l.lagMinutes)}`).sort();

describe('fill down predecessors (Ctrl+D on the Predecessors column)', () => {
  it("gives every target row the source row's predecessors, types and lags, as one undoable edit", () => {
    const plan = chain(['Design', 'Spec', 'API', 'UI', 'Docs']);
    const id = (n: string): TaskId => taskByName(plan, n).id;
    const linked = runOk(setPredecessors, plan, { taskId: id('API'), predecessors: [
      { predecessorId: id('Design'), type: 'FS', lagMinutes: 480, lagIsElapsed: false },
      { predecessorId: id('Spec'), type: 'SS', lagMinutes: 0, lagIsElapsed: false },
    ] }).plan;
    // runOk checks that the inverse restores the plan exactly: one step undoes every row.
    const filled = runOk(fillPredecessors, linked, { sourceId: id('API'), targetIds: [id('UI'), id('Docs')] }, testContext('f'));
    expect(linksOf(filled.plan)).toEqual([
      'Design>API FS480', 'Design>Docs FS480', 'Design>UI FS480', 'Spec>API SS0', 'Spec>Docs SS0', 'Spec>UI SS0',
    ]);
    expect(filled.label).toBe('Fill down predecessors (2 rows)');
  });

  it('replaces what the targets had, and clears them when the source has none', () => {
    const plan = chain(['A', 'B', 'C']);
    const id = (n: string): TaskId => taskByName(plan, n).id;
    const linked = runOk(setPredecessors, plan, { taskId: id('C'), predecessors: [{ predecessorId: id('A'), type: 'FF', lagMinutes: 0, lagIsElapsed: false }] }).plan;
    const cleared = runOk(fillPredecessors, linked, { sourceId: id('B'), targetIds: [id('C')] });
    expect(linksOf(cleared.plan)).toEqual([]);
  });

  it('refuses a row that would become its own predecessor or close a loop, naming it, and changes nothing', () => {
    const plan = chain(['A', 'B', 'C']);
    const id = (n: string): TaskId => taskByName(plan, n).id;
    const linked = runOk(setPredecessors, plan, { taskId: id('A'), predecessors: [{ predecessorId: id('C'), type: 'FS', lagMinutes: 0, lagIsElapsed: false }] }).plan;
    const self = runCommand(fillPredecessors, linked, { sourceId: id('A'), targetIds: [id('B'), id('C')] }, testContext('s'));
    expect(self.ok).toBe(false);
    expect(self.ok || self.error).toEqual({ message: "'C' cannot be its own predecessor: fill down stops above it.", where: "Task 'C'" });
    const loopPlan = runOk(setPredecessors, linked, { taskId: id('B'), predecessors: [{ predecessorId: id('A'), type: 'FS', lagMinutes: 0, lagIsElapsed: false }] }, testContext('p')).plan;
    // C -> A -> B; filling C with B's predecessor (A) would close A -> C -> A.
    const loop = runCommand(fillPredecessors, loopPlan, { sourceId: id('B'), targetIds: [id('C')] }, testContext('q'));
    expect(loop.ok).toBe(false);
  });
});

/**
 * Baselines 0..10 as commands (runOk checks each inverse restores the plan). The plan: Ana at 100/h
 * on Design (5 days = 40 h = 4,000) and Build (5 days = 4,000), both under the summary Phase
 * (8,000). The calendar is Mon-Fri 09:00-17:00; the project starts Mon 2 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { clearBaseline, indentTasks, renameBaseline, saveBaseline, updateTaskCosts } from '../../../../renderer/domain/commands';
import { runCommand } from '../../../../renderer/domain/commands/command';
import type { Plan, TaskId } from '../../../../renderer/domain/model';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

function plan3(): Plan {
  let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
  plan = withTask(withTask(withTask(plan, 'Phase'), 'Design'), 'Build');
  plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
  return runOk(indentTasks, plan, { ids: [taskByName(plan, 'Design').id, taskByName(plan, 'Build').id] as TaskId[] }).plan;
}

const baseline = (plan: Plan, number: number) => Object.values(plan.baselines).find((b) => b.number === number);
const id = (plan: Plan, name: string) => taskByName(plan, name).id;

describe('baselines 0..10', () => {
  it('saves the whole plan into any number with its cost, keeping the name when saved again', () => {
    let plan = runOk(saveBaseline, plan3(), { number: 7 }).plan;
    expect(baseline(plan, 7)).toMatchObject({ name: 'Baseline 7', savedAt: '2026-03-02T08:00:00.000Z' });
    expect(baseline(plan, 7)?.tasks[id(plan, 'Phase')]?.cost).toBe(8000);
    plan = runOk(renameBaseline, plan, { number: 7, name: 'Signed off' }).plan;
    plan = runOk(saveBaseline, plan, { number: 7 }, { ...testContext('again'), now: '2026-03-09T10:00:00.000Z' }).plan;
    expect(baseline(plan, 7)).toMatchObject({ name: 'Signed off', savedAt: '2026-03-09T10:00:00.000Z' });
    expect(runCommand(saveBaseline, plan, { number: 11 }, testContext()).ok).toBe(false);
  });

  it('saves the selected tasks only, other tasks keep what the baseline held, and rolls up to summaries on request', () => {
    let plan = runOk(saveBaseline, plan3(), { number: 1 }).plan;
    // Design gains a fixed cost of 500: Design 4,500, Phase 8,500.
    plan = runOk(updateTaskCosts, plan, { id: id(plan, 'Design'), changes: { fixedCost: 500 } }).plan;
    const selected = runOk(saveBaseline, plan, { number: 1, taskIds: [id(plan, 'Design')] }).plan;
    expect(baseline(selected, 1)?.tasks[id(plan, 'Design')]?.cost).toBe(4500);
    expect(baseline(selected, 1)?.tasks[id(plan, 'Build')]?.cost).toBe(4000);
    expect(baseline(selected, 1)?.tasks[id(plan, 'Phase')]?.cost).toBe(8000);
    const rolled = runOk(saveBaseline, plan, { number: 1, taskIds: [id(plan, 'Design')], rollUp: true }).plan;
    expect(baseline(rolled, 1)?.tasks[id(plan, 'Phase')]?.cost).toBe(8500);
    expect(runCommand(saveBaseline, plan, { number: 1, taskIds: [] }, testContext()).ok).toBe(false);
  });

  it('clears the selected tasks of a baseline, or all of it; clearing what is not saved is refused', () => {
    let plan = runOk(saveBaseline, plan3(), { number: 0 }).plan;
    plan = runOk(clearBaseline, plan, { number: 0, taskIds: [id(plan, 'Build')] }).plan;
    expect(Object.keys(baseline(plan, 0)?.tasks ?? {}).sort()).toEqual([id(plan, 'Design'), id(plan, 'Phase')].sort());
    plan = runOk(clearBaseline, plan, { number: 0 }).plan;
    expect(baseline(plan, 0)).toBeUndefined();
    expect(runCommand(clearBaseline, plan, { number: 0 }, testContext())).toMatchObject({ ok: false, error: { message: 'Baseline is not saved.' } });
  });
});

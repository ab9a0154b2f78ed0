import { describe, expect, it } from 'vitest';
import { runCommand, setBudget, setResourceRates, updateAssignmentCosts, updateTaskCosts } from '../../../../renderer/domain/commands';
import type { LocalDateTime, ResourceId } from '../../../../renderer/domain/model';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const rate = (from: string, costPerHour: number) => ({ from: from as LocalDateTime, costPerHour, overtimeCostPerHour: 0, costPerUse: 0 });

describe('money commands', () => {
  it('sets and clears the project budget and reserves, undoably', () => {
    const out = runOk(setBudget, blankPlan(), { taskId: null, budget: 120000, contingencyReserve: 8000, managementReserve: 5000 });
    expect(out.plan.project).toMatchObject({ budget: 120000, contingencyReserve: 8000, managementReserve: 5000 });
    expect(runOk(setBudget, out.plan, { taskId: null, budget: null }).plan.project.budget).toBeUndefined();
  });

  it('names the field a person changed in its Undo label, though the Costs view sends the budget with each reserve', () => {
    const budgeted = runOk(setBudget, blankPlan(), { taskId: null, budget: 120000 });
    expect(budgeted.label).toBe('Set project budget');
    // The Costs view's Contingency field, 2500 typed: the budget goes along unchanged.
    const contingency = runOk(setBudget, budgeted.plan, { taskId: null, budget: 120000, contingencyReserve: 2500 });
    expect(contingency.label).toBe('Set contingency reserve');
    expect(contingency.plan.project).toMatchObject({ budget: 120000, contingencyReserve: 2500 });
    expect(runOk(setBudget, contingency.plan, { taskId: null, budget: 120000, managementReserve: 4000 }).label).toBe('Set management reserve');
    // A reserve typed before any budget: the budget stays cleared (null), so only the reserve changed.
    expect(runOk(setBudget, blankPlan(), { taskId: null, budget: null, contingencyReserve: 2500 }).label).toBe('Set contingency reserve');
    expect(runOk(setBudget, budgeted.plan, { taskId: null, budget: null }).label).toBe('Set project budget');
    expect(runOk(setBudget, blankPlan(), { taskId: null, budget: 5000, contingencyReserve: 800, managementReserve: 300 }).label).toBe('Set project budget and reserves');
  });

  it('refuses a negative budget, naming the field', () => {
    const result = runCommand(setBudget, blankPlan(), { taskId: null, budget: -1 }, testContext());
    expect(result).toEqual({ ok: false, error: { message: 'Project budget: budget must be zero or more.' } });
  });

  it('refuses a budget or reserve above what a plan file may hold (plan-bounds MAX_MONEY)', () => {
    const result = runCommand(setBudget, blankPlan(), { taskId: null, budget: 1, contingencyReserve: 1e25 }, testContext());
    expect(result).toEqual({ ok: false, error: { message: 'Project budget: contingency reserve must be at most 1,000,000,000,000.' } });
    expect(runOk(setBudget, blankPlan(), { taskId: null, budget: 1e12 }).plan.project.budget).toBe(1e12);
  });

  it('refuses rate changes out of order and keeps the old rates', () => {
    const plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    const result = runCommand(setResourceRates, plan, { id: 'ana' as ResourceId, rateChanges: [rate('2026-06-01T09:00', 120), rate('2026-05-01T09:00', 130)] }, testContext());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("'Ana''s rate from 2026-05-01T09:00 is not after the rate from 2026-06-01T09:00");
    const ok = runOk(setResourceRates, plan, { id: 'ana' as ResourceId, rateChanges: [rate('2026-05-01T09:00', 120)] });
    expect(ok.plan.resources['ana']?.rateChanges).toHaveLength(1);
  });

  it('keeps an actual cost typed on a task that has not started, marking it started on its scheduled start in the same step', () => {
    const plan = withTask(blankPlan(), 'Build');
    const build = taskByName(plan, 'Build');
    expect([build.actualStart, build.percentComplete, plan.columns[build.statusId]?.category]).toEqual([null, 0, 'not-started']);
    const scheduled = { start: '2026-03-04T09:00' as LocalDateTime, finish: '2026-03-10T17:00' as LocalDateTime };
    // runOk checks that one undo takes the cost and the start back together.
    const out = runOk(updateTaskCosts, plan, { id: build.id, changes: { actualCost: 500 }, scheduled });
    const started = out.plan.tasks[build.id];
    expect(started).toMatchObject({ actualCost: 500, actualStart: '2026-03-04T09:00', percentComplete: 0 });
    expect(out.plan.columns[started?.statusId ?? '']?.category).toBe('started');
    expect(out.label).toBe('Enter actuals');
  });

  it('marks a task started only when actuals are typed: clearing an actual cost or a fixed cost leaves it not started', () => {
    const plan = withTask(blankPlan(), 'Build');
    const id = taskByName(plan, 'Build').id;
    const scheduled = { start: '2026-03-04T09:00' as LocalDateTime, finish: '2026-03-10T17:00' as LocalDateTime };
    expect(runOk(updateTaskCosts, plan, { id, changes: { actualCost: null }, scheduled }).plan.tasks[id]?.actualStart).toBeNull();
    expect(runOk(updateTaskCosts, plan, { id, changes: { fixedCost: 900 }, scheduled }).plan.tasks[id]?.actualStart).toBeNull();
  });

  it('refuses an actual cost on a task that has not started when the engine\'s dates are not given (its stored start may be old)', () => {
    const plan = withTask(blankPlan(), 'Build');
    const result = runCommand(updateTaskCosts, plan, { id: taskByName(plan, 'Build').id, changes: { actualCost: 500 } }, testContext());
    expect(result).toEqual({ ok: false, error: { message: "Task 'Build' has not started: give it an actual start or % complete before entering actual cost or work." } });
  });

  it('keeps the actual start of a task already started when an actual cost is typed', () => {
    const plan = withTask(blankPlan(), 'Build', { actualStart: '2026-03-03T09:00' as LocalDateTime });
    const id = taskByName(plan, 'Build').id;
    const scheduled = { start: '2026-03-04T09:00' as LocalDateTime, finish: '2026-03-10T17:00' as LocalDateTime };
    expect(runOk(updateTaskCosts, plan, { id, changes: { actualCost: 500 }, scheduled }).plan.tasks[id]).toMatchObject({ actualCost: 500, actualStart: '2026-03-03T09:00' });
  });

  it('takes a fixed cost and, once started, actuals', () => {
    const plan = withTask(blankPlan(), 'Build', { percentComplete: 10 });
    const id = taskByName(plan, 'Build').id;
    const out = runOk(updateTaskCosts, plan, { id, changes: { fixedCost: 900, fixedCostAccrual: 'start', actualCost: 300 } });
    expect(out.plan.tasks[id]).toMatchObject({ fixedCost: 900, fixedCostAccrual: 'start', actualCost: 300 });
    expect(out.label).toBe('Enter actuals');
  });

  it('edits an assignment\'s amount and refuses negative units', () => {
    let plan = withPerson(blankPlan(), 'cloud', { name: 'Cloud spend', type: 'cost' });
    plan = assign(withTask(plan, 'Host'), 'Host', 'cloud');
    const id = Object.keys(plan.assignments)[0] as Parameters<typeof updateAssignmentCosts.apply>[1]['id'];
    expect(runOk(updateAssignmentCosts, plan, { id, changes: { costAmount: 2500 } }).plan.assignments[id]?.costAmount).toBe(2500);
    const bad = runCommand(updateAssignmentCosts, plan, { id, changes: { units: -2 } }, testContext());
    expect(bad.ok ? '' : bad.error.message).toBe("Cloud spend on 'Host': units must be zero or more.");
  });
});

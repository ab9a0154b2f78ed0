/**
 * A summary task's own fixed cost (MS Project allows one on a summary row) in the money over time,
 * worked by hand. Calendar Mon-Fri 09:00-17:00. Phase (a summary with a $1,000 fixed cost) holds
 * Design (Mon 2 - Fri 6 March 2026) and Build (Design FS: Mon 9 - Fri 13 March), one person at
 * $100/h full time on each: $4,000 apiece, so the plan costs $9,000.
 */
import { describe, expect, it } from 'vitest';
import { addLink, indentTasks } from '../../../../renderer/domain/commands';
import type { Baseline, BaselineId, CostAccrual, LocalDate, LocalDateTime, Plan, Task, TaskId } from '../../../../renderer/domain/model';
import { baselineEntries, cashFlow, costPlan, earnedValue, sCurve } from '../../../../renderer/domain/money';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

function phasePlan(accrual: CostAccrual): { plan: Plan; baseline: Baseline } {
  let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
  plan = withTask(withTask(withTask(plan, 'Phase', { fixedCost: 1000, fixedCostAccrual: accrual }), 'Design'), 'Build');
  plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'Design').id, taskByName(plan, 'Build').id] as TaskId[] }).plan;
  plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Build').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
  plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
  const schedule = scheduleProject(plan);
  const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(schedule, costPlan(plan, schedule)) };
  return { plan, baseline };
}

function edit(plan: Plan, name: string, changes: Partial<Task>): Plan {
  const task = taskByName(plan, name);
  return { ...plan, tasks: { ...plan.tasks, [task.id]: { ...task, ...changes } } };
}

/** What the Cost summary (earned value) and the S-curve show for the plan at the status date. */
function measured(plan: Plan, baseline: Baseline, statusDate: LocalDate) {
  const schedule = scheduleProject(plan);
  const costs = costPlan(plan, schedule);
  const evm = earnedValue({ plan, schedule, costs, baseline, statusDate });
  const curve = sCurve({ plan, schedule, costs, baseline, statusDate });
  const atStatus = curve.points.find((p) => p.at === curve.statusAt);
  return { schedule, costs, evm: evm.project, curve, atStatus, last: curve.points.at(-1) };
}

describe("a summary's own fixed cost on the S-curve", () => {
  it('is in the forecast, which ends at the bottom-up EAC, with nothing done yet', () => {
    const { plan, baseline } = phasePlan('prorated');
    const { costs, curve, last } = measured(plan, baseline, '2026-02-23' as LocalDate);
    expect(costs.project.cost).toBe(9000);
    expect(last?.forecast).toBeCloseTo(9000, 6);
    expect(last?.pv).toBeCloseTo(9000, 6);
    expect(curve.eac).toBe(9000);
  });

  it('is spent on the actual cost line over the summary\'s span as it is done, the rest in the forecast', () => {
    // Design done, Build 40 % done at Wed 11 March: Phase is 70 % done, so $700 of its prorated
    // $1,000 is actual. AC = 4,000 + 1,600 + 700 = 6,300; the forecast still ends at 9,000.
    let { plan } = phasePlan('prorated');
    const { baseline } = phasePlan('prorated');
    plan = edit(plan, 'Design', { percentComplete: 100, actualStart: '2026-03-02T09:00' as LocalDateTime, actualFinish: '2026-03-06T17:00' as LocalDateTime });
    plan = edit(plan, 'Build', { percentComplete: 40, actualStart: '2026-03-09T09:00' as LocalDateTime });
    const { costs, evm, atStatus, last } = measured(plan, baseline, '2026-03-11' as LocalDate);
    expect(costs.tasks.get(taskByName(plan, 'Phase').id)).toMatchObject({ actualCost: 6300, remainingCost: 2700 });
    expect(evm.ac).toBeCloseTo(6300, 6);
    expect(atStatus?.ac).toBeCloseTo(6300, 6);
    expect(atStatus?.forecast).toBeCloseTo(6300, 6);
    // Earned: 4,000 + 1,600 of the leaves and 70 % of Phase's own baselined 1,000.
    expect(evm.ev).toBeCloseTo(6300, 6);
    expect(atStatus?.ev).toBeCloseTo(6300, 6);
    expect(last?.forecast).toBeCloseTo(9000, 6);
  });
});

describe("a summary's own fixed cost in earned value", () => {
  it('is not spent or earned by a status date before the work starts, and is still to complete', () => {
    // Design marked 50 % done, the status date a week before the start: Phase has started, so its
    // start-accrued $1,000 is actual cost recorded, but for work after the status date.
    const { plan: agreed, baseline } = phasePlan('start');
    const plan = edit(agreed, 'Design', { percentComplete: 50 });
    const { costs, evm, atStatus, last } = measured(plan, baseline, '2026-02-23' as LocalDate);
    expect(costs.tasks.get(taskByName(plan, 'Phase').id)).toMatchObject({ cost: 9000, actualCost: 3000 });
    expect(evm).toMatchObject({ ac: 0, ev: 0 });
    expect(evm.etc).toBeCloseTo(9000, 6);
    expect(atStatus).toMatchObject({ ac: 0, ev: 0, forecast: 0 });
    expect(last?.forecast).toBeCloseTo(9000, 6);
  });
});

describe("a summary's own fixed cost in the cash flow", () => {
  it('is in the month its accrual puts it, under its phase and as fixed cost by person', () => {
    const { plan } = phasePlan('end');
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    const byPhase = cashFlow(plan, schedule, costs, { groupOfTask: () => 'all' }, '2026-02-23' as LocalDate);
    expect(byPhase.values[0]?.reduce((a, b) => a + b, 0)).toBeCloseTo(9000, 6);
    const byPerson = cashFlow(plan, schedule, costs, 'person', '2026-02-23' as LocalDate);
    const fixed = byPerson.values[byPerson.groups.indexOf('(fixed cost)')] ?? [];
    // All of it at Phase's finish, Fri 13 March: the March column.
    expect(fixed[0]).toBeCloseTo(1000, 6);
    expect(fixed.slice(1).every((v) => Math.abs(v) < 1e-9)).toBe(true);
  });
});

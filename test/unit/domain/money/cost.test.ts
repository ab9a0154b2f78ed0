/**
 * Cost roll-up, worked by hand. The test plan's calendar is Mon-Fri 09:00-17:00 (8 h a day) and the
 * project starts Mon 2026-03-02 09:00, so a 5-day task runs Mon 2 to Fri 6 March.
 */
import { describe, expect, it } from 'vitest';
import { indentTasks } from '../../../../renderer/domain/commands';
import type { LocalDateTime, Plan, Resource, ResourceId, TaskId } from '../../../../renderer/domain/model';
import { costPlan, rateProblem } from '../../../../renderer/domain/money';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

const costOf = (plan: Plan, name: string) => {
  const costs = costPlan(plan, scheduleProject(plan));
  const figures = costs.tasks.get(taskByName(plan, name).id);
  if (!figures) throw new Error(`no cost for ${name}`);
  return figures;
};

describe('cost of work', () => {
  it('prices each part of the work at the rate in force when it is worked', () => {
    // 40 h over Mon-Fri. $100/h until Wed 4 March 09:00, $120/h from then:
    // Mon + Tue = 16 h x 100 = 1,600; Wed..Fri = 24 h x 120 = 2,880; total 4,480.
    let plan = withPerson(blankPlan(), 'ana', {
      name: 'Ana', costPerHour: 100,
      rateChanges: [{ from: '2026-03-04T09:00' as LocalDateTime, costPerHour: 120, overtimeCostPerHour: 0, costPerUse: 0 }],
    });
    plan = assign(withTask(plan, 'Build'), 'Build', 'ana');
    expect(costOf(plan, 'Build')).toMatchObject({ cost: 4480, workMinutes: 40 * 60, actualCost: 0, remainingCost: 4480 });
  });

  it('adds the cost per use once, at the start', () => {
    // 40 h x 50 = 2,000, plus 150 per use.
    let plan = withPerson(blankPlan(), 'raj', { name: 'Raj', costPerHour: 50, costPerUse: 150 });
    plan = assign(withTask(plan, 'Test'), 'Test', 'raj');
    expect(costOf(plan, 'Test')).toMatchObject({ cost: 2150, costAtStart: 150 });
  });

  it('charges the cost per use per unit assigned, as MS Project does', () => {
    // Raj at half time on a 5-day task: 40 h x 0.5 = 20 h x 50 = 1,000, plus 150 per use x 0.5 = 75.
    let plan = withPerson(blankPlan(), 'raj', { name: 'Raj', costPerHour: 50, costPerUse: 150 });
    plan = assign(withTask(plan, 'Test'), 'Test', 'raj');
    const [id, a] = Object.entries(plan.assignments)[0] ?? [];
    if (!id || !a) throw new Error('no assignment');
    plan = { ...plan, assignments: { [id]: { ...a, units: 0.5 } } };
    expect(costOf(plan, 'Test')).toMatchObject({ cost: 1075, costAtStart: 75, workMinutes: 20 * 60 });
  });

  it('follows % complete for actual work and cost unless actuals are typed', () => {
    // 40 % of 40 h = 16 h worked: 16 x 100 = 1,600 actual, 2,400 remaining.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = assign(withTask(plan, 'Build', { percentComplete: 40, actualStart: '2026-03-02T09:00' as LocalDateTime }), 'Build', 'ana');
    expect(costOf(plan, 'Build')).toMatchObject({ cost: 4000, actualCost: 1600, remainingCost: 2400, actualWorkMinutes: 16 * 60 });
    // A typed actual cost of 2,000 replaces the computed 1,600; the remaining 2,400 stands: cost 4,400.
    const typed = { ...plan, tasks: { ...plan.tasks, [taskByName(plan, 'Build').id]: { ...taskByName(plan, 'Build'), actualCost: 2000 } } };
    expect(costOf(typed, 'Build')).toMatchObject({ cost: 4400, actualCost: 2000, remainingCost: 2400 });
  });

  it('raises the work when more actual work was typed than planned', () => {
    // Planned 40 h; 50 h typed as actual: work 50 h, nothing remaining, cost 50 x 100.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = assign(withTask(plan, 'Build', { percentComplete: 100, actualWorkMinutes: 50 * 60 }), 'Build', 'ana');
    expect(costOf(plan, 'Build')).toMatchObject({ cost: 5000, workMinutes: 50 * 60, remainingWorkMinutes: 0, remainingCost: 0 });
  });
});

describe('fixed cost accrual', () => {
  const planAt = (accrual: 'start' | 'prorated' | 'end', percentComplete: number): Plan =>
    withTask(blankPlan(), 'Licence', { fixedCost: 1000, fixedCostAccrual: accrual, percentComplete, actualStart: percentComplete > 0 ? '2026-03-02T09:00' as LocalDateTime : null });

  it('is all actual once started when accrued at the start', () => {
    expect(costOf(planAt('start', 40), 'Licence')).toMatchObject({ cost: 1000, actualCost: 1000, remainingCost: 0, costAtStart: 1000 });
  });

  it('is actual in proportion to progress when prorated', () => {
    // 40 % of 1,000.
    expect(costOf(planAt('prorated', 40), 'Licence')).toMatchObject({ cost: 1000, actualCost: 400, remainingCost: 600 });
  });

  it('is actual only when finished when accrued at the end', () => {
    expect(costOf(planAt('end', 40), 'Licence')).toMatchObject({ actualCost: 0, costAtEnd: 1000 });
    expect(costOf(planAt('end', 100), 'Licence')).toMatchObject({ actualCost: 1000 });
  });
});

describe('material and cost resources', () => {
  it('prices material by the unit and cost resources by their amount', () => {
    // 3 servers x 2,500 + 100 per use = 7,600; travel 1,200. Task total 8,800.
    let plan = withPerson(blankPlan(), 'srv', { name: 'Servers', type: 'material', costPerHour: 2500, costPerUse: 100, materialLabel: 'server' });
    plan = withPerson(plan, 'trv', { name: 'Travel', type: 'cost' });
    plan = assign(withTask(plan, 'Rack'), 'Rack', 'srv', 'trv');
    const assignments = Object.values(plan.assignments).map((a) =>
      a.resourceId === ('srv' as ResourceId) ? { ...a, units: 3 } : { ...a, costAmount: 1200 });
    plan = { ...plan, assignments: Object.fromEntries(assignments.map((a) => [a.id, a])) };
    expect(costOf(plan, 'Rack')).toMatchObject({ cost: 8800, workMinutes: 0 });
  });
});

describe('roll-up', () => {
  it('adds children and the summary\'s own fixed cost into the summary and the project', () => {
    // Design: 40 h x 100 = 4,000; Build: 40 h x 100 = 4,000; Phase fixed cost 500: 8,500.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = withTask(withTask(withTask(plan, 'Phase', { fixedCost: 500 }), 'Design'), 'Build');
    plan = runOk(indentTasks, plan, { ids: [taskByName(plan, 'Design').id, taskByName(plan, 'Build').id] as TaskId[] }).plan;
    plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
    const costs = costPlan(plan, scheduleProject(plan));
    expect(costs.tasks.get(taskByName(plan, 'Phase').id)?.cost).toBe(8500);
    expect(costs.project.cost).toBe(8500);
    expect(costs.project.workMinutes).toBe(80 * 60);
  });
});

describe('rate checks', () => {
  const person = (fields: Partial<Resource>): Resource => ({
    id: 'p' as ResourceId, name: 'Ana', initials: 'A', role: '', email: '', type: 'work', maxUnits: 1,
    costPerHour: 100, overtimeCostPerHour: 0, costPerUse: 0, calendarId: null, ...fields,
  });

  it('refuses a negative rate, naming the person', () => {
    expect(rateProblem(person({ costPerHour: -5 }))?.message).toContain("'Ana' has a negative rate");
  });

  it('refuses a rate change not after the one before it, naming both dates', () => {
    const change = (from: string) => ({ from: from as LocalDateTime, costPerHour: 1, overtimeCostPerHour: 0, costPerUse: 0 });
    const message = rateProblem(person({ rateChanges: [change('2026-05-01T09:00'), change('2026-04-01T09:00')] }))?.message;
    expect(message).toContain('from 2026-04-01T09:00 is not after the rate from 2026-05-01T09:00');
  });

  it('accepts increasing dates', () => {
    expect(rateProblem(person({}))).toBeNull();
  });
});

/**
 * Earned value worked by hand. Calendar Mon-Fri 09:00-17:00; the project starts Mon 2 March 2026.
 * Design: Mon 2 - Fri 6 March; Build (Design FS): Mon 9 - Fri 13 March. One person at $100/h,
 * full time, so each task is 40 h = $4,000 and BAC = $8,000. Status date: Wed 11 March.
 */
import { describe, expect, it } from 'vitest';
import { addLink } from '../../../../renderer/domain/commands';
import type { Baseline, BaselineId, LocalDate, LocalDateTime, Plan, Task } from '../../../../renderer/domain/model';
import { baselineEntries, costPlan, deriveEarnedValue, earnedValue, sCurve } from '../../../../renderer/domain/money';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

const STATUS = '2026-03-11' as LocalDate;

function agreedPlan(): { plan: Plan; baseline: Baseline } {
  let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
  plan = withTask(withTask(plan, 'Design'), 'Build');
  plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Build').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
  plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
  const schedule = scheduleProject(plan);
  const baseline: Baseline = {
    id: 'b0' as BaselineId, number: 0, name: 'Baseline', savedAt: '2026-03-01T00:00:00Z',
    tasks: baselineEntries(schedule, costPlan(plan, schedule)),
  };
  return { plan, baseline };
}

function progressed(plan: Plan, name: string, changes: Partial<Task>): Plan {
  const task = taskByName(plan, name);
  return { ...plan, tasks: { ...plan.tasks, [task.id]: { ...task, ...changes } } };
}

describe('earned value at the status date', () => {
  it('matches the hand-worked example', () => {
    const { plan: agreed, baseline } = agreedPlan();
    expect(baseline.tasks[taskByName(agreed, 'Build').id]).toMatchObject({ start: '2026-03-09T09:00', finish: '2026-03-13T17:00', cost: 4000 });
    // Design is done but cost $4,500 (typed); Build is 40 % done (16 h of 40 h, so $1,600 actual).
    let plan = progressed(agreed, 'Design', { percentComplete: 100, actualStart: '2026-03-02T09:00' as LocalDateTime, actualFinish: '2026-03-06T17:00' as LocalDateTime, actualCost: 4500 });
    plan = progressed(plan, 'Build', { percentComplete: 40, actualStart: '2026-03-09T09:00' as LocalDateTime });
    plan = { ...plan, project: { ...plan.project, statusDate: STATUS } };
    const schedule = scheduleProject(plan);
    const evm = earnedValue({ plan, schedule, costs: costPlan(plan, schedule), baseline, statusDate: STATUS });
    const p = evm.project;
    // BAC = 4,000 + 4,000.
    expect(p.bac).toBe(8000);
    // PV: Design fully planned by Wed 11 (4,000); Build planned Mon-Wed = 3 of 5 days = 2,400. PV = 6,400.
    expect(p.pv).toBeCloseTo(6400, 6);
    // EV = 4,000 x 100 % + 4,000 x 40 % = 5,600.
    expect(p.ev).toBeCloseTo(5600, 6);
    // AC = 4,500 typed + 16 h x 100 = 6,100.
    expect(p.ac).toBeCloseTo(6100, 6);
    // SV = 5,600 - 6,400 = -800; CV = 5,600 - 6,100 = -500.
    expect(p.sv).toBeCloseTo(-800, 6);
    expect(p.cv).toBeCloseTo(-500, 6);
    // SPI = 5,600 / 6,400 = 0.875; CPI = 5,600 / 6,100 = 0.918033.
    expect(p.spi).toBeCloseTo(0.875, 6);
    expect(p.cpi).toBeCloseTo(0.918033, 6);
    // EAC (CPI) = 8,000 / 0.918033 = 8,000 x 6,100 / 5,600 = 8,714.29; ETC (CPI) = 8,714.29 - 6,100 = 2,614.29; VAC = -714.29.
    expect(p.eacCpi).toBeCloseTo(8714.2857, 3);
    expect(p.etcCpi).toBeCloseTo(2614.2857, 3);
    expect(p.vacCpi).toBeCloseTo(-714.2857, 3);
    // Bottom-up: ETC = Build's remaining 24 h x 100 = 2,400; EAC = 6,100 + 2,400 = 8,500; VAC = -500.
    expect(p.etc).toBeCloseTo(2400, 6);
    expect(p.eacBottomUp).toBeCloseTo(8500, 6);
    expect(p.vacBottomUp).toBeCloseTo(-500, 6);
    // TCPI = (8,000 - 5,600) / (8,000 - 6,100) = 2,400 / 1,900 = 1.263158.
    expect(p.tcpi).toBeCloseTo(1.263158, 6);
    // Per task: Build alone. PV 2,400, EV 1,600, AC 1,600: SPI 0.667, CPI 1.
    const buildBase = evm.tasks.get(taskByName(plan, 'Build').id);
    const build = buildBase && deriveEarnedValue(buildBase);
    expect(build).toMatchObject({ bac: 4000 });
    expect(build?.pv).toBeCloseTo(2400, 6);
    expect(build?.spi).toBeCloseTo(2 / 3, 6);
    expect(build?.cpi).toBeCloseTo(1, 6);
  });

  it('uses physical % complete for tasks measured that way', () => {
    const { plan: agreed, baseline } = agreedPlan();
    // Build 40 % complete by duration but only 25 % physically: EV = 4,000 x 25 % = 1,000.
    const plan = progressed(agreed, 'Build', { percentComplete: 40, earnedValueMethod: 'physical', physicalPercentComplete: 25 });
    const schedule = scheduleProject(plan);
    const evm = earnedValue({ plan, schedule, costs: costPlan(plan, schedule), baseline, statusDate: STATUS });
    expect(evm.tasks.get(taskByName(plan, 'Build').id)?.ev).toBeCloseTo(1000, 6);
  });

  it('time-phases a start-accrued fixed cost at the baseline start', () => {
    // A 5-day task Mon 2 - Fri 6 with a 1,000 licence accrued at start and 40 h at 100 (4,000):
    // by the end of Tue 3 the plan had incurred 1,000 + 2/5 x 4,000 = 2,600.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = assign(withTask(plan, 'Setup', { fixedCost: 1000, fixedCostAccrual: 'start' }), 'Setup', 'ana');
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(schedule, costs) };
    const evm = earnedValue({ plan, schedule, costs, baseline, statusDate: '2026-03-03' as LocalDate });
    expect(evm.project.pv).toBeCloseTo(2600, 6);
  });

  it('has no ratios where nothing was planned or spent yet', () => {
    const figures = deriveEarnedValue({ bac: 1000, pv: 0, ev: 0, ac: 0, etc: 1000 });
    expect(figures).toMatchObject({ spi: null, cpi: null, eacCpi: null, eacBottomUp: 1000, tcpi: 1 });
  });

  it('measures nothing against a missing baseline but still counts actual cost', () => {
    const { plan: agreed } = agreedPlan();
    const plan = progressed(agreed, 'Design', { percentComplete: 50 });
    const schedule = scheduleProject(plan);
    const evm = earnedValue({ plan, schedule, costs: costPlan(plan, schedule), baseline: null, statusDate: STATUS });
    // Half of Design's 40 h worked: AC = 20 h x 100.
    expect(evm.project).toMatchObject({ bac: 0, pv: 0, ev: 0, ac: 2000, cpi: null, spi: null, eacCpi: null, tcpi: null });
  });
});

/** Earned value's EV and AC and the S-curve's at its status point: the Cost summary shows the first, the chart draws the second. */
function actualCostShown(plan: Plan, baseline: Baseline, statusDate: LocalDate): {
  ev: number; ac: number; etc: number; eac: number; chartEv: number | null; chartAc: number | null; chartForecast: number | null;
} {
  const schedule = scheduleProject(plan);
  const costs = costPlan(plan, schedule);
  const evm = earnedValue({ plan, schedule, costs, baseline, statusDate });
  const curve = sCurve({ plan, schedule, costs, baseline, statusDate });
  const atStatus = curve.points.find((p) => p.at === curve.statusAt);
  return {
    ev: evm.project.ev, ac: evm.project.ac, etc: evm.project.etc, eac: costs.project.cost,
    chartEv: atStatus?.ev ?? null, chartAc: atStatus?.ac ?? null, chartForecast: atStatus?.forecast ?? null,
  };
}

describe('actual cost and earned value at the status date, in the summary and on the S-curve', () => {
  it('is nothing with the status date before the work starts, the recorded actual still to be spent', () => {
    const { plan: agreed, baseline } = agreedPlan();
    // Design half done and $900 typed, the status date a week before the project's start (Mon 2 March).
    const plan = progressed(agreed, 'Design', { percentComplete: 50, actualCost: 900 });
    const shown = actualCostShown(plan, baseline, '2026-02-23' as LocalDate);
    expect(shown).toMatchObject({ ev: 0, ac: 0, chartEv: 0, chartAc: 0, chartForecast: 0 });
    // Cost as scheduled: 900 + Design's remaining 2,000 + Build's 4,000 = 6,900, all of it still to be spent.
    expect(shown.eac).toBeCloseTo(6900, 6);
    expect(shown.etc).toBeCloseTo(6900, 6);
  });

  it('is the share of the actual span worked by the end of the status day when the actual finish is after it', () => {
    const { plan: agreed, baseline } = agreedPlan();
    // Design recorded Mon 2 - Fri 6 March at $4,500; status date Wed 4: 24 of its 40 working hours, 3/5 x 4,500.
    const plan = progressed(agreed, 'Design', {
      percentComplete: 100, actualStart: '2026-03-02T09:00' as LocalDateTime, actualFinish: '2026-03-06T17:00' as LocalDateTime, actualCost: 4500,
    });
    const shown = actualCostShown(plan, baseline, '2026-03-04' as LocalDate);
    expect(shown.ac).toBeCloseTo(2700, 6);
    expect(shown.chartAc).toBe(shown.ac);
    expect(shown.chartForecast).toBe(shown.ac);
    // Earned the same way: 3/5 of Design's baselined 4,000.
    expect(shown.ev).toBeCloseTo(2400, 6);
    expect(shown.chartEv).toBe(shown.ev);
    expect(shown.ac + shown.etc).toBeCloseTo(shown.eac, 6);
  });

  it('leaves ETC as Remaining (cost less all actual recorded, the Cost table\'s column) plus the actual recorded for after the status date', () => {
    // The Cost summary shows Remaining and names ETC apart in its note: 2,000 + 4,000 remaining and the 900 not yet spent.
    const { plan: agreed, baseline } = agreedPlan();
    const plan = progressed(agreed, 'Design', { percentComplete: 50, actualCost: 900 });
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    const evm = earnedValue({ plan, schedule, costs, baseline, statusDate: '2026-02-23' as LocalDate }).project;
    const rows = ['Design', 'Build'].map((name) => costs.tasks.get(taskByName(plan, name).id)?.remainingCost ?? NaN);
    expect(costs.project.remainingCost).toBeCloseTo(rows.reduce((a, b) => a + b, 0), 6);
    expect(costs.project.remainingCost).toBeCloseTo(6000, 6);
    expect(evm.etc).toBeCloseTo(costs.project.remainingCost + costs.project.actualCost - evm.ac, 6);
    expect(evm.etc).toBeCloseTo(6900, 6);
  });

  it('is all of it once the status date is past the work recorded', () => {
    const { plan: agreed, baseline } = agreedPlan();
    const plan = progressed(agreed, 'Design', { percentComplete: 50, actualStart: '2026-03-02T09:00' as LocalDateTime, actualCost: 900 });
    const shown = actualCostShown(plan, baseline, STATUS);
    expect(shown).toMatchObject({ ev: 2000, ac: 900, chartEv: 2000, chartAc: 900 });
  });
});

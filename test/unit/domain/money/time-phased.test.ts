/** The S-curve and cash flow, worked by hand on the earned-value example and a task across a month end. */
import { describe, expect, it } from 'vitest';
import { addLink } from '../../../../renderer/domain/commands';
import type { Baseline, BaselineId, LocalDate, LocalDateTime, Plan, Task } from '../../../../renderer/domain/model';
import { toWallMinutes } from '../../../../renderer/domain/model';
import { baselineEntries, cashFlow, costPlan, isStatusAfterCurve, isStatusBeforeCurve, monthEnds, sCurve, sCurvePoints } from '../../../../renderer/domain/money';
import { scheduleProject } from '../../../../renderer/domain/schedule';
import { assign, withPerson, withTask } from '../../../support/cost-plan';
import { blankPlan, runOk, taskByName } from '../../../support/plan-builder';

const STATUS = '2026-03-11' as LocalDate;

function edit(plan: Plan, name: string, changes: Partial<Task>): Plan {
  const task = taskByName(plan, name);
  return { ...plan, tasks: { ...plan.tasks, [task.id]: { ...task, ...changes } } };
}

describe('S-curve', () => {
  it('ends PV at BAC, EV and AC at the status-date figures, and the forecast at the bottom-up EAC', () => {
    // The earned-value example: BAC 8,000; at Wed 11 March PV 6,400, EV 5,600, AC 6,100; EAC 8,500.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = withTask(withTask(plan, 'Design'), 'Build');
    plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Build').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
    plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
    const agreed = scheduleProject(plan);
    const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(agreed, costPlan(plan, agreed)) };
    plan = edit(plan, 'Design', { percentComplete: 100, actualStart: '2026-03-02T09:00' as LocalDateTime, actualFinish: '2026-03-06T17:00' as LocalDateTime, actualCost: 4500 });
    plan = edit(plan, 'Build', { percentComplete: 40, actualStart: '2026-03-09T09:00' as LocalDateTime });
    plan = { ...plan, project: { ...plan.project, statusDate: STATUS } };
    const schedule = scheduleProject(plan);
    const curve = sCurve({ plan, schedule, costs: costPlan(plan, schedule), baseline, statusDate: STATUS });
    const atStatus = curve.points.find((p) => p.at === curve.statusAt);
    expect(atStatus?.pv).toBeCloseTo(6400, 6);
    expect(atStatus?.ev).toBeCloseTo(5600, 6);
    expect(atStatus?.ac).toBeCloseTo(6100, 6);
    expect(atStatus?.forecast).toBeCloseTo(6100, 6);
    const last = curve.points.at(-1);
    expect(last?.pv).toBeCloseTo(8000, 6);
    expect(last?.forecast).toBeCloseTo(8500, 6);
    expect(last?.ev).toBeNull();
    expect(curve).toMatchObject({ bac: 8000, eac: 8500 });
    // Cumulative curves never fall.
    for (let i = 1; i < curve.points.length; i++) expect(curve.points[i]?.pv ?? 0).toBeGreaterThanOrEqual(curve.points[i - 1]?.pv ?? 0);
  });
});

describe('S-curve with the status date before the project starts', () => {
  it('has nothing earned or spent by the status date, and the forecast rising from nothing to the bottom-up EAC', () => {
    // Design then Build, 5 days of Ana at 100/h each (4,000 apiece, BAC 8,000), from Mon 2 March;
    // the status date is Fri 20 February, yet Design is marked 50 % done (2,000 spent on paper).
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = withTask(withTask(plan, 'Design'), 'Build');
    plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Build').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
    plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
    const agreed = scheduleProject(plan);
    const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(agreed, costPlan(plan, agreed)) };
    const early = '2026-02-20' as LocalDate;
    plan = { ...edit(plan, 'Design', { percentComplete: 50 }), project: { ...plan.project, statusDate: early } };
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    const curve = sCurve({ plan, schedule, costs, baseline, statusDate: early });
    expect(curve).toMatchObject({ bac: 8000, eac: 8000 });
    expect(curve.points[0]).toEqual({ at: curve.statusAt, pv: 0, ev: 0, ac: 0, forecast: 0 });
    // No EV or AC after the status date, so no line of them runs on past it.
    expect(curve.points.slice(1).every((p) => p.ev === null && p.ac === null)).toBe(true);
    // The 2,000 marked as spent is in the forecast, which ends at EAC as the level line does.
    expect(curve.points.at(-1)?.forecast).toBeCloseTo(8000, 6);
    for (let i = 1; i < curve.points.length; i++) expect(curve.points[i]?.forecast ?? 0).toBeGreaterThanOrEqual(curve.points[i - 1]?.forecast ?? 0);
    // Nothing is spent from the status date to Mon 2 March, so the forecast is level up to that day
    // and rises from the start, not across the idle week to the 2,000 marked at Design's start.
    const startDay = curve.points.find((p) => p.at === toWallMinutes('2026-03-02T00:00' as LocalDateTime));
    expect(startDay).toEqual({ at: toWallMinutes('2026-03-02T00:00' as LocalDateTime), pv: 0, ev: null, ac: null, forecast: 0 });
    expect(curve.points.find((p) => p.at === toWallMinutes('2026-03-02T09:00' as LocalDateTime))?.forecast).toBeCloseTo(2000, 6);
    expect(isStatusBeforeCurve(curve)).toBe(false);
  });

  it('begins at the start\'s day, not at a status date weeks before it, and says the status date is before the curve', () => {
    // The same plan with the status date Fri 6 February (its end = Sat 7 00:00), 23 days before
    // Mon 2 March: farther back than two weeks and a quarter of the plan's two weeks.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = withTask(withTask(plan, 'Design'), 'Build');
    plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Build').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
    plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(schedule, costs) };
    const curve = sCurve({ plan, schedule, costs, baseline, statusDate: '2026-02-06' as LocalDate });
    expect(curve.points[0]).toEqual({ at: toWallMinutes('2026-03-02T00:00' as LocalDateTime), pv: 0, ev: null, ac: null, forecast: 0 });
    expect(curve.points.some((p) => p.at === curve.statusAt)).toBe(false);
    expect(isStatusBeforeCurve(curve)).toBe(true);
    // The forecast still ends at the bottom-up EAC, PV at BAC.
    expect(curve.points.at(-1)).toMatchObject({ at: toWallMinutes('2026-03-13T17:00' as LocalDateTime), pv: 8000, forecast: 8000 });
  });
  it('ends at the finish, not at a status date months after it, and says the status date is after the curve', () => {
    // The same plan, Mon 2 to Fri 13 March, with the status date Wed 30 September: the axis to it
    // was six and a half months of flat lines after two weeks of plan.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = withTask(withTask(plan, 'Design'), 'Build');
    plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Build').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
    plan = assign(assign(plan, 'Design', 'ana'), 'Build', 'ana');
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    const baseline: Baseline = { id: 'b' as BaselineId, number: 0, name: 'Baseline', savedAt: '', tasks: baselineEntries(schedule, costs) };
    const curve = sCurve({ plan, schedule, costs, baseline, statusDate: '2026-09-30' as LocalDate });
    expect(curve.points.at(-1)).toMatchObject({ at: toWallMinutes('2026-03-13T17:00' as LocalDateTime), pv: 8000 });
    expect(curve.points.some((p) => p.at === curve.statusAt)).toBe(false);
    expect(isStatusAfterCurve(curve)).toBe(true);
    expect(isStatusBeforeCurve(curve)).toBe(false);
    // A status date a week after the finish is still drawn: the last point.
    const nearAfter = sCurve({ plan, schedule, costs, baseline, statusDate: '2026-03-20' as LocalDate });
    expect(nearAfter.points.at(-1)?.at).toBe(nearAfter.statusAt);
    expect(isStatusAfterCurve(nearAfter)).toBe(false);
  });
});

describe('cash flow', () => {
  it('splits a task across a month end by its working days', () => {
    // 25 working days from Mon 2 March: 22 in March (2-31), 3 in April (1-3). 200 h x 100 = 20,000:
    // March 17,600, April 2,400.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100 });
    plan = assign(withTask(plan, 'Migrate', { durationMinutes: 25 * 480, phase: 'execution' }), 'Migrate', 'ana');
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    const byPhase = cashFlow(plan, schedule, costs, { groupOfTask: (t) => t.phase ?? '' }, STATUS);
    expect(byPhase.groups).toEqual(['execution']);
    expect(byPhase.periodEnds).toEqual([toWallMinutes('2026-04-01' as LocalDate), toWallMinutes('2026-05-01' as LocalDate)]);
    expect(byPhase.values[0]?.[0]).toBeCloseTo(17600, 6);
    expect(byPhase.values[0]?.[1]).toBeCloseTo(2400, 6);
    const byPerson = cashFlow(plan, schedule, costs, 'person', STATUS);
    expect(byPerson.groups).toEqual(['Ana']);
    expect((byPerson.values[0] ?? []).reduce((a, b) => a + b, 0)).toBeCloseTo(20000, 6);
  });

  it('lists month ends that cover the span', () => {
    const ends = monthEnds(toWallMinutes('2026-12-15' as LocalDate), toWallMinutes('2027-02-01' as LocalDate));
    expect(ends).toEqual(['2027-01-01', '2027-02-01'].map((d) => toWallMinutes(d as LocalDate)));
  });

  it('leaves out a group that costs nothing: no empty (fixed cost) series beside people', () => {
    // Ana 3 days x 8 h x 100/h = 2,400 on each of three tasks, no fixed cost anywhere: by person
    // there is Ana alone, although 2,400 + 2,400 + 2,400 summed in floating point need not be exact.
    let plan = withPerson(blankPlan(), 'ana', { name: 'Ana', costPerHour: 100.1 });
    for (const name of ['A', 'B', 'C']) plan = assign(withTask(plan, name, { durationMinutes: 3 * 480 }), name, 'ana');
    const schedule = scheduleProject(plan);
    const byPerson = cashFlow(plan, schedule, costPlan(plan, schedule), 'person', STATUS);
    expect(byPerson.groups).toEqual(['Ana']);
    // With a fixed cost of 500 on A, the group appears, holding just that.
    const withFixed = edit(plan, 'A', { fixedCost: 500 });
    const again = cashFlow(withFixed, schedule, costPlan(withFixed, schedule), 'person', STATUS);
    expect(again.groups).toEqual(['(fixed cost)', 'Ana']);
    expect((again.values[0] ?? []).reduce((a, b) => a + b, 0)).toBeCloseTo(500, 6);
  });
});

describe('S-curve points', () => {
  const at = (text: string): number => toWallMinutes(text as LocalDateTime);
  it('are weekly for a short plan and end at its finish, not at the end of the month', () => {
    // Mon 2 March 09:00 to Wed 18 March 17:00, status Tue 10 March (its end = Wed 11 00:00):
    // the start, Mon 9 and Mon 16 (7-day steps from 2 March), the status instant and the finish.
    const points = sCurvePoints(at('2026-03-02T09:00'), at('2026-03-18T17:00'), at('2026-03-11T00:00'));
    expect(points).toEqual(['2026-03-02T09:00', '2026-03-09T00:00', '2026-03-11T00:00', '2026-03-16T00:00', '2026-03-18T17:00'].map(at));
  });

  it('begin the start\'s day too when the status date is before it, so the curves run level until then', () => {
    // Status Fri 20 February (its end = Sat 21 00:00), plan Mon 2 March 09:00 to Fri 13 March 17:00.
    const points = sCurvePoints(at('2026-03-02T09:00'), at('2026-03-13T17:00'), at('2026-02-21T00:00'));
    expect(points).toEqual(['2026-02-21T00:00', '2026-03-02T00:00', '2026-03-02T09:00', '2026-03-09T00:00', '2026-03-13T17:00'].map(at));
  });

  it('leave off a status date weeks before the start: they begin at the start\'s day', () => {
    // Status Fri 6 February (its end = Sat 7 00:00), 23 days before the plan of Mon 2 March 09:00 to Fri 13 March 17:00.
    const points = sCurvePoints(at('2026-03-02T09:00'), at('2026-03-13T17:00'), at('2026-02-07T00:00'));
    expect(points).toEqual(['2026-03-02T00:00', '2026-03-02T09:00', '2026-03-09T00:00', '2026-03-13T17:00'].map(at));
  });

  it('keep a status date as far before a long plan as a quarter of its span', () => {
    // A year's plan from Mon 4 January 2027: six weeks before (status Sun 22 November 2026, its end
    // = Mon 23 00:00) is within a quarter of it, so the status instant is still the first point.
    const points = sCurvePoints(at('2027-01-04T09:00'), at('2027-12-31T17:00'), at('2026-11-23T00:00'));
    expect(points[0]).toBe(at('2026-11-23T00:00'));
    expect(points[1]).toBe(at('2027-01-04T00:00'));
  });

  it('keep a status date up to two weeks after the finish, and leave off one months after it: they end at the finish', () => {
    // Plan Mon 2 March 09:00 to Fri 13 March 17:00; status Fri 20 March (its end = Sat 21 00:00), then Wed 30 September.
    expect(sCurvePoints(at('2026-03-02T09:00'), at('2026-03-13T17:00'), at('2026-03-21T00:00')).at(-1)).toBe(at('2026-03-21T00:00'));
    const points = sCurvePoints(at('2026-03-02T09:00'), at('2026-03-13T17:00'), at('2026-10-01T00:00'));
    expect(points).toEqual(['2026-03-02T09:00', '2026-03-09T00:00', '2026-03-13T17:00'].map(at));
  });

  it('are month ends for a longer plan, then the finish', () => {
    // 15 Jan to 20 May: Feb 1, Mar 1, Apr 1, May 1, then 20 May 17:00 (no 1 June).
    const points = sCurvePoints(at('2026-01-15T09:00'), at('2026-05-20T17:00'), at('2026-01-15T09:00'));
    expect(points).toEqual(['2026-01-15T09:00', '2026-02-01T00:00', '2026-03-01T00:00', '2026-04-01T00:00', '2026-05-01T00:00', '2026-05-20T17:00'].map(at));
  });
});

/**
 * A purchase already paid: Licences (5 days, no planned cost) with 12,000 typed as its actual cost,
 * begun Wed 15 April 2026, in a plan of three years drawn by the month (Build, 300,000 fixed,
 * 700 days after Design), the status date Wed 30 September. `planned` is a fixed cost Licences
 * was planned at (the actual typed differs); `isPaidInADay`: the purchase is recorded done on
 * the 15th.
 */
function purchasePlan(options: { planned?: number; isPaidInADay?: boolean } = {}): { plan: Plan; statusDate: LocalDate } {
  const statusDate = '2026-09-30' as LocalDate;
  let plan = withTask(blankPlan(), 'Design', { fixedCost: 20_000, durationMinutes: 60 * 480 });
  plan = withTask(plan, 'Build', { fixedCost: 300_000, durationMinutes: 700 * 480 });
  plan = withTask(plan, 'Licences', { durationMinutes: 5 * 480, ...(options.planned ? { fixedCost: options.planned } : {}) });
  plan = runOk(addLink, plan, { predecessorId: taskByName(plan, 'Design').id, successorId: taskByName(plan, 'Build').id, type: 'FS', lagMinutes: 0, lagIsElapsed: false }).plan;
  plan = edit(plan, 'Licences', {
    actualCost: 12_000, actualStart: '2026-04-15T09:00' as LocalDateTime,
    ...(options.isPaidInADay ? { percentComplete: 100, actualFinish: '2026-04-15T17:00' as LocalDateTime } : {}),
  });
  return { plan: { ...plan, project: { ...plan.project, statusDate } }, statusDate };
}

const day = (text: string): number => toWallMinutes(`${text}T00:00` as LocalDateTime);

describe('actual cost on the S-curve where it was spent', () => {
  it('draws a purchase paid on 15 April as a step that day, not AC climbing across April', () => {
    const { plan, statusDate } = purchasePlan({ isPaidInADay: true });
    const schedule = scheduleProject(plan);
    const curve = sCurve({ plan, schedule, costs: costPlan(plan, schedule), baseline: null, statusDate });
    const acAt = (text: string): number | null | undefined => curve.points.find((p) => p.at === day(text))?.ac;
    // Nothing spent up to the midnight it was paid, all of it by the next: a month's points alone
    // had 1 April at 0 and 1 May at 12,000, a line rising over the whole of April.
    expect([acAt('2026-04-01'), acAt('2026-04-15'), acAt('2026-04-16'), acAt('2026-05-01')]).toEqual([0, 0, 12_000, 12_000]);
    expect(curve.points.filter((p) => p.at < day('2026-04-15')).every((p) => p.ac === 0 && p.forecast === null)).toBe(true);
    // The forecast starts at the status date from what was spent, and ends at the cost as scheduled.
    const firstForecast = curve.points.find((p) => p.forecast !== null);
    expect(firstForecast).toMatchObject({ at: curve.statusAt, ac: 12_000, forecast: 12_000 });
    expect(curve.points.at(-1)?.forecast).toBeCloseTo(332_000, 6);
  });

  it('spreads an actual cost begun on 15 April over its working days to the status date, from that day', () => {
    const { plan, statusDate } = purchasePlan();
    const schedule = scheduleProject(plan);
    const curve = sCurve({ plan, schedule, costs: costPlan(plan, schedule), baseline: null, statusDate });
    const spending = curve.points.filter((p) => p.ac !== null && p.ac > 0);
    const begins = curve.points[curve.points.indexOf(spending[0] ?? curve.points[0]!) - 1];
    expect(begins).toMatchObject({ at: day('2026-04-15'), ac: 0 });
    // Rising by working time: 12 of the 121 working days from Wed 15 April to Wed 30 September by 1 May.
    expect(curve.points.find((p) => p.at === day('2026-05-01'))?.ac).toBeCloseTo((12_000 * 12) / 121, 6);
    expect(curve.points.find((p) => p.at === curve.statusAt)).toMatchObject({ ac: 12_000, forecast: 12_000 });
  });
});

describe('actual cost in the cash flow where it was spent', () => {
  const months = (flow: ReturnType<typeof cashFlow>, group: string): Record<string, number> => {
    const values = flow.values[flow.groups.indexOf(group)] ?? [];
    return Object.fromEntries(flow.periodEnds.flatMap((end, i) => {
      const amount = Math.round((values[i] ?? 0) * 100) / 100;
      const month = new Date((end - 1440) * 60_000).toISOString().slice(0, 7);
      return amount === 0 ? [] : [[month, amount]];
    }));
  };

  it('puts a purchase paid on 15 April in April, by phase and as the fixed cost by person', () => {
    const { plan, statusDate } = purchasePlan({ isPaidInADay: true });
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    expect(months(cashFlow(plan, schedule, costs, { groupOfTask: (t) => t.name }, statusDate), 'Licences')).toEqual({ '2026-04': 12_000 });
    expect(months(cashFlow(plan, schedule, costs, 'person', statusDate), '(fixed cost)')['2026-04']).toBeCloseTo(12_000, 6);
  });

  it('spends an actual cost begun on 15 April from April to September, and what was planned beyond it after the status date', () => {
    // Planned at 3,000, 12,000 typed: the 12,000 was spent by the status date, the 3,000 remains
    // for the days the schedule puts after it (Thu 1 to Wed 7 October). The whole cost was spread
    // from April into October before, as if some of the money paid were still to come.
    const { plan, statusDate } = purchasePlan({ planned: 3_000 });
    const schedule = scheduleProject(plan);
    const costs = costPlan(plan, schedule);
    expect(costs.tasks.get(taskByName(plan, 'Licences').id)).toMatchObject({ actualCost: 12_000, remainingCost: 3_000 });
    const licences = months(cashFlow(plan, schedule, costs, { groupOfTask: (t) => t.name }, statusDate), 'Licences');
    const byStatus = Object.entries(licences).filter(([month]) => month <= '2026-09');
    expect(byStatus.map(([month]) => month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
    expect(byStatus.reduce((sum, [, amount]) => sum + amount, 0)).toBeCloseTo(12_000, 1);
    expect(licences['2026-10']).toBeCloseTo(3_000, 6);
    expect(Object.keys(licences).filter((month) => month > '2026-10')).toEqual([]);
  });
});

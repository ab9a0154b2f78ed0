/**
 * MSPDI money round trip, on the hand-made fixture test/fixtures/mspdi/costs.xml (its header works
 * the costs out by hand): rates over time, per-use costs, material and cost resources, fixed costs
 * with accruals, typed actuals, Baseline and Baseline 10, and BCWS/BCWP/ACWP at the status date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveBaseline } from '../../../../renderer/domain/commands/baseline-commands';
import { runCommand } from '../../../../renderer/domain/commands/command';
import { exportMspdi, importMspdi } from '../../../../renderer/domain/formats/msproject';
import { sequentialIds, type LocalDate, type Plan, type Task, type TaskId } from '../../../../renderer/domain/model';
import { costPlan, leafCosts } from '../../../../renderer/domain/money';
import { scheduleProject } from '../../../../renderer/domain/schedule';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const fixture = readFileSync(path.join(repoRoot, 'test/fixtures/mspdi/costs.xml'), 'utf8');

function load(text: string): { plan: Plan; warnings: readonly string[] } {
  const read = importMspdi(text, { newId: sequentialIds('k'), now: '2026-03-01T12:00:00.000Z' });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const byName = (plan: Plan, name: string): Task => {
  const task = Object.values(plan.tasks).find((t) => t.name === name);
  if (!task) throw new Error(`no task ${name}`);
  return task;
};

const ctx = { newId: sequentialIds('z'), now: '2026-03-01T12:00:00.000Z' };

/** The fixture with Baseline and Baseline 10 saved, Design done at a typed actual cost of 3,000, status Wed 4 March. */
function progressed(): Plan {
  let plan = load(fixture).plan;
  for (const number of [0, 10]) {
    const saved = runCommand(saveBaseline, plan, { number }, ctx);
    if (!saved.ok) throw new Error(saved.error.message);
    plan = saved.value.plan;
  }
  const design = byName(plan, 'Design');
  return {
    ...plan,
    project: { ...plan.project, statusDate: '2026-03-04' as LocalDate },
    tasks: { ...plan.tasks, [design.id]: { ...design, percentComplete: 100, actualStart: design.start, actualFinish: design.finish, actualCost: 3000 } },
  };
}

/** The text of every <tag> of the first element matching `open` (e.g. the task named Design). */
function fieldsOf(xml: string, marker: string, tags: readonly string[]): Record<string, string | undefined> {
  const at = xml.indexOf(marker);
  const end = xml.indexOf('</Task>', at);
  const body = xml.slice(at, end);
  return Object.fromEntries(tags.map((tag) => [tag, new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body)?.[1]]));
}

describe('MSPDI money import', () => {
  const { plan, warnings } = load(fixture);

  it('reads rates over time from table A, in hundredths for per-use costs, and names tables B-E', () => {
    const ana = Object.values(plan.resources).find((r) => r.name === 'Ana');
    expect(ana).toMatchObject({
      costPerHour: 100, costPerUse: 30,
      rateChanges: [{ from: '2026-03-04T08:00', costPerHour: 150, overtimeCostPerHour: 0, costPerUse: 30 }],
    });
    expect(warnings).toContain("Cost rate tables B-E of 'Ana' were not imported (1 row(s)): Plotline uses one rate table, A.");
  });

  it('reads fixed costs with their accrual and a cost resource amount', () => {
    expect(byName(plan, 'Phase')).toMatchObject({ fixedCost: 100, fixedCostAccrual: 'start' });
    expect(byName(plan, 'Build')).toMatchObject({ fixedCost: 50, fixedCostAccrual: 'end' });
    expect(byName(plan, 'Design').fixedCost).toBeUndefined();
    const travel = Object.values(plan.assignments).find((a) => plan.resources[a.resourceId]?.name === 'Travel');
    expect(travel?.costAmount).toBe(250);
  });

  it('keeps a file actual only where it is not what the rates compute (a typed value)', () => {
    // Design 50 % done: computed actual work = 36 h x 0.5 = 18 h; the file says 20 h (typed) and a
    // computed actual cost for 18 h would be 2,830 x ... ; a typed 999.00 differs from anything computed.
    const typed = fixture
      .replace('<Name>Design</Name>', '<Name>Design</Name><PercentComplete>50</PercentComplete><ActualStart>2026-03-02T08:00:00</ActualStart><ActualWork>PT20H0M0S</ActualWork><ActualCost>99900</ActualCost>')
      .replace('<Name>Build</Name>', '<Name>Build</Name><ActualWork>PT0H0M0S</ActualWork><ActualCost>0</ActualCost>');
    const read = load(typed).plan;
    expect(byName(read, 'Design')).toMatchObject({ actualWorkMinutes: 20 * 60, actualCost: 999 });
    // Build's zeros are what Plotline computes for an unstarted task: nothing is pinned.
    expect(byName(read, 'Build').actualCost).toBeUndefined();
    expect(byName(read, 'Build').actualWorkMinutes).toBeUndefined();
  });

  it('keeps a non-zero actual stated for an unstarted task, which Plotline would compute as zero', () => {
    // Build has no progress: its computed actual cost and work are 0, so 1,200.00 and 3 h were typed.
    const typed = fixture.replace('<Name>Build</Name>', '<Name>Build</Name><ActualWork>PT3H0M0S</ActualWork><ActualCost>120000</ActualCost>');
    const build = byName(load(typed).plan, 'Build');
    expect(build).toMatchObject({ actualWorkMinutes: 3 * 60, actualCost: 1200 });
    expect(build.actualStart).toBeNull();
  });

  it('keeps zero actuals stated for a task under way, whose computed actuals are not zero', () => {
    // Design 50 % done: 18 h of actual work computed, so the file's 0 h was typed. With 0 h typed, the
    // computed actual cost is still Ana's 30.00 per use, incurred once a task has started: the 0 was typed too.
    const typed = fixture.replace('<Name>Design</Name>', '<Name>Design</Name><PercentComplete>50</PercentComplete><ActualWork>PT0H0M0S</ActualWork><ActualCost>0</ActualCost>');
    const design = byName(load(typed).plan, 'Design');
    expect(design.actualStart).toBeNull();
    expect(design.actualWorkMinutes).toBe(0);
    expect(design.actualCost).toBe(0);
  });
});

describe('pricing only the leaves asked for (leafCosts)', () => {
  it('gives each leaf and its assignments the figures the whole plan\'s pricing gives them', () => {
    const plan = progressed();
    const schedule = scheduleProject(plan);
    const whole = costPlan(plan, schedule);
    const ids = Object.keys(plan.tasks) as TaskId[];
    const leaves = leafCosts(plan, schedule, ids);
    const leafIds = ids.filter((id) => schedule.tasks.get(id)?.isSummary === false);
    // Design and Build under the summary Phase, which leafCosts leaves out (its figures are a roll-up).
    expect(leafIds.map((id) => plan.tasks[id]?.name).sort()).toEqual(['Build', 'Design']);
    expect(ids.length).toBe(3);
    expect([...leaves.tasks.keys()].sort()).toEqual([...leafIds].sort());
    for (const id of leafIds) expect(leaves.tasks.get(id)).toEqual(whole.tasks.get(id));
    expect(leaves.assignments).toEqual(whole.assignments);
    // Design's typed actual cost is among them, so the comparison covers a typed value too.
    expect(leaves.tasks.get(byName(plan, 'Design').id)?.actualCost).toBe(3000);
  });
});

describe('MSPDI money export and round trip', () => {
  const plan = progressed();
  const xml = exportMspdi(plan, { now: '2026-03-05T10:00:00.000Z' });

  it('writes computed Cost, actuals, remaining and earned value in hundredths', () => {
    // Design done at a typed 3,000 (its rates say 3,435): cost = actual = 3,000, nothing remains.
    // The status date's end (Wed 17:00) is Design's baseline finish: PV = BAC = 3,435; EV = 100 % x BAC.
    expect(fieldsOf(xml, '<Name>Design</Name>', ['Cost', 'ActualCost', 'RemainingCost', 'ACWP', 'BCWS', 'BCWP', 'FixedCostAccrual'])).toEqual({
      Cost: '300000', ActualCost: '300000', RemainingCost: '0', ACWP: '300000', BCWS: '343500', BCWP: '343500', FixedCostAccrual: '2',
    });
    expect(fieldsOf(xml, '<Name>Build</Name>', ['Cost', 'FixedCost', 'FixedCostAccrual'])).toEqual({ Cost: '36000', FixedCost: '5000', FixedCostAccrual: '3' });
    const flat = xml.replace(/>\s+</g, '><');
    expect(flat).toContain('<Rate><RatesFrom>2026-03-04T08:00:00</RatesFrom><RatesTo>2049-12-31T23:59:00</RatesTo><RateTable>0</RateTable><StandardRate>150</StandardRate>');
    expect(flat).toContain('<RatesTo>2026-03-04T07:59:00</RatesTo>');
  });

  it('reads back the same costs, rates, actuals and both baselines', () => {
    const again = load(xml).plan;
    const before = costPlan(plan, scheduleProject(plan));
    const after = costPlan(again, scheduleProject(again));
    for (const name of ['Phase', 'Design', 'Build']) {
      expect(after.tasks.get(byName(again, name).id)?.cost).toBeCloseTo(before.tasks.get(byName(plan, name).id)?.cost ?? -1, 2);
    }
    expect(after.project.cost).toBeCloseTo(before.project.cost, 2);
    // Design's typed 3,000 and the Phase's fixed cost of 100, accrued at its start (it has started).
    expect(after.project.actualCost).toBeCloseTo(3100, 2);
    expect(byName(again, 'Design').actualCost).toBe(3000);
    expect(Object.values(again.resources).find((r) => r.name === 'Ana')?.rateChanges).toEqual(Object.values(plan.resources).find((r) => r.name === 'Ana')?.rateChanges);
    const baselines = Object.values(again.baselines).map((b) => [b.number, b.tasks[byName(again, 'Design').id]?.cost]);
    expect(baselines.sort()).toEqual([[0, 3435], [10, 3435]]);
  });
});

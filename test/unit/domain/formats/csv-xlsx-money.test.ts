/**
 * Money columns of the task table (issue 13): a plan with fixed costs, actuals, a budget and a
 * baseline exports to CSV and to a workbook, re-imports, and exports the same numbers again; a
 * negative cost or text in a money column is a warning naming its row and column.
 *
 * The plan, worked by hand (Ana costs EUR 100 per hour, days are 8 h):
 * - Design, 2d with Ana at 100 %: 16 h x 100 = 1,600. 50 % complete -> actual work 8 h; actual cost
 *   typed by hand as 900 (computed would be 800); remaining 8 h x 100 = 800; cost 900 + 800 = 1,700.
 * - Build, 3d when baselined: 24 h x 100 + fixed 500 = 2,900 (baseline); then 4d: 32 h x 100 + 500 = 3,700.
 * - Release (summary of both): cost 1,700 + 3,700 = 5,400; baseline 1,600 + 2,900 = 4,500; budget 6,000.
 */
import { describe, expect, it } from 'vitest';
import {
  addResource, indentTasks, insertTask, saveBaseline, setAssignees, setBudget, updateProject, updateTask, updateTaskCosts,
} from '../../../../renderer/domain/commands';
import {
  CSV_COLUMNS, exportTasksCsv, importCsv, importXlsx, parseCsv, planToWorkbook, type WorkbookData,
} from '../../../../renderer/domain/formats';
import { readWorkbook, writeWorkbook } from '../../../../renderer/domain/formats/xlsx/excel-io';
import { planWithScheduledDates } from '../../../../renderer/domain/schedule';
import { sequentialIds, type Plan, type ResourceId } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const ctx = () => ({ newId: sequentialIds('m'), now: '2026-03-01T08:00:00.000Z' });

function costedPlan(): Plan {
  const c = testContext('t');
  let p = runOk(updateProject, blankPlan('Costed'), { changes: { currency: 'EUR' } }, c).plan;
  const add = (name: string, durationMinutes: number) => {
    p = runOk(insertTask, p, { name, fields: { durationMinutes } }, c).plan;
  };
  add('Release', 480);
  add('Design', 960);
  add('Build', 1440);
  p = runOk(indentTasks, p, { ids: [taskByName(p, 'Design').id, taskByName(p, 'Build').id] }, c).plan;
  p = runOk(addResource, p, { id: 'ana' as ResourceId, fields: { name: 'Ana', costPerHour: 100 } }, c).plan;
  p = runOk(setAssignees, p, { taskId: taskByName(p, 'Design').id, resourceIds: ['ana' as ResourceId] }, c).plan;
  p = runOk(setAssignees, p, { taskId: taskByName(p, 'Build').id, resourceIds: ['ana' as ResourceId] }, c).plan;
  p = runOk(updateTaskCosts, p, { id: taskByName(p, 'Build').id, changes: { fixedCost: 500, fixedCostAccrual: 'start' } }, c).plan;
  p = runOk(setBudget, p, { taskId: taskByName(p, 'Release').id, budget: 6000 }, c).plan;
  p = runOk(updateTask, p, { id: taskByName(p, 'Design').id, changes: { percentComplete: 50 } }, c).plan;
  p = runOk(saveBaseline, p, { number: 0 }, c).plan;
  p = runOk(updateTaskCosts, p, { id: taskByName(p, 'Design').id, changes: { actualCost: 900 } }, c).plan;
  p = runOk(updateTask, p, { id: taskByName(p, 'Build').id, changes: { durationMinutes: 1920 } }, c).plan;
  return p;
}

const MONEY_HEADERS = [
  'Fixed cost (EUR)', 'Fixed cost accrual', 'Cost (EUR)', 'Actual cost (EUR)', 'Actual work (hours)', 'Remaining cost (EUR)', 'Budget (EUR)', 'Baseline cost (EUR)',
];
/** Columns a CSV carries as input; Cost and Remaining cost are computed from rates, which a CSV has no place for. */
const CSV_INPUT_HEADERS = MONEY_HEADERS.filter((h) => !/^(Cost|Remaining cost) /.test(h));

/** Name -> the cells under the given headers. */
function table(rows: readonly (readonly unknown[])[], headers: readonly string[]): Record<string, unknown[]> {
  const header = (rows[0] ?? []).map(String);
  const name = header.indexOf('Name');
  return Object.fromEntries(rows.slice(1).map((r) => [String(r[name]).trim(), headers.map((h) => r[header.indexOf(h)] ?? null)]));
}

function csvMoney(plan: Plan, headers = MONEY_HEADERS): Record<string, unknown[]> {
  const parsed = parseCsv(exportTasksCsv(plan, { columns: CSV_COLUMNS }));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return table(parsed.value.rows, headers);
}

function sheetMoney(workbook: WorkbookData): Record<string, unknown[]> {
  return table(workbook.sheets[0]?.rows ?? [], MONEY_HEADERS);
}

describe('money columns in CSV', () => {
  it('exports the hand-worked figures in the project currency', () => {
    expect(csvMoney(costedPlan())).toEqual({
      Release: ['', '', '5400', '900', '8', '4500', '6000', '4500'],
      Design: ['', '', '1700', '900', '8', '800', '', '1600'],
      Build: ['500', 'start', '3700', '0', '0', '3700', '', '2900'],
    });
  });

  it('re-imports with the same fixed costs, accruals, actuals, budgets and baseline costs', () => {
    const plan = costedPlan();
    const back = importCsv(exportTasksCsv(plan, { columns: CSV_COLUMNS }), ctx(), { planName: 'Costed' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([]);
    expect(back.value.plan.project.currency).toBe('EUR');
    expect(taskByName(back.value.plan, 'Build')).toMatchObject({ fixedCost: 500, fixedCostAccrual: 'start' });
    expect(taskByName(back.value.plan, 'Release').budget).toBe(6000);
    // The file's 900 is not what a rate-less CSV plan computes, so it is kept as typed.
    expect(taskByName(back.value.plan, 'Design').actualCost).toBe(900);
    expect(back.value.warnings).toEqual([expect.stringMatching(/^Baseline cost of 3 task\(s\) went into “Baseline”/)]);
    expect(csvMoney(back.value.plan, CSV_INPUT_HEADERS)).toEqual(csvMoney(plan, CSV_INPUT_HEADERS));
  });

  it('names the row and column of a negative cost and of text in a money column, and imports the rest of the row', () => {
    const text = 'Name,Fixed cost (USD),Actual cost (USD),Budget,Fixed cost accrual,Actual work\nDesign,-50,lots,"1,250.50",sometimes,-3\nBuild,75,,,end,\n';
    const back = importCsv(text, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([
      "row 2, column 2 (Fixed cost (USD)): '-50' is negative; a fixed cost cannot be below 0, so the cell was left out.",
      "row 2, column 3 (Actual cost (USD)): 'lots' is not an amount of money; the cell was left out.",
      "row 2, column 5 (Fixed cost accrual): 'sometimes' is not an accrual (start, prorated or end); prorated was used.",
      "row 2, column 6 (Actual work): '-3' is negative; actual work cannot be below 0, so the cell was left out.",
    ]);
    const design = taskByName(back.value.plan, 'Design');
    expect(design.fixedCost).toBeUndefined();
    expect(design.budget).toBe(1250.5);
    expect(taskByName(back.value.plan, 'Build')).toMatchObject({ fixedCost: 75, fixedCostAccrual: 'end' });
    expect(back.value.plan.project.currency).toBe('USD');
  });
});

describe('money columns in a workbook', () => {
  it('exports numbers and re-imports with every money column the same, Cost included (the People sheet carries the rates)', async () => {
    const plan = costedPlan();
    const first = planToWorkbook(planWithScheduledDates(plan));
    expect(sheetMoney(first)).toEqual({
      Release: [null, null, 5400, 900, 8, 4500, 6000, 4500],
      Design: [null, null, 1700, 900, 8, 800, null, 1600],
      Build: [500, 'start', 3700, 0, 0, 3700, null, 2900],
    });
    const read = await readWorkbook(await writeWorkbook(first), 'costed.xlsx');
    if (!read.ok) throw new Error(read.error.message);
    const back = importXlsx(read.value, ctx(), { planName: 'Costed' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.plan.project.currency).toBe('EUR');
    expect(taskByName(back.value.plan, 'Design').actualCost).toBe(900);
    // With Ana's rate back, Design's computed actual work (8 h) is not kept as typed.
    expect(taskByName(back.value.plan, 'Design').actualWorkMinutes).toBeUndefined();
    expect(sheetMoney(planToWorkbook(planWithScheduledDates(back.value.plan)))).toEqual(sheetMoney(first));
  });

  it('names the sheet row and column of a negative budget and of text in a money column', () => {
    const workbook: WorkbookData = { sheets: [{ name: 'Tasks', rows: [['Name', 'Budget (USD)', 'Baseline cost (USD)'], ['Design', -5, 'n/a'], ['Build', 10, 20]] }] };
    const back = importXlsx(workbook, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings.slice(0, 2)).toEqual([
      "row 2, column 2 (Budget (USD)): '-5' is negative; a budget cannot be below 0, so the cell was left out.",
      "row 2, column 3 (Baseline cost (USD)): 'n/a' is not an amount of money; the cell was left out.",
    ]);
    expect(taskByName(back.value.plan, 'Build').budget).toBe(10);
    expect(taskByName(back.value.plan, 'Design').budget).toBeUndefined();
  });
});

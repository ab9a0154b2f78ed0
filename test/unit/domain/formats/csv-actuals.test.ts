/**
 * Actual start and Actual finish in CSV and Excel files: a started or done task's dates go out
 * with the rows and come back, under Plotline's headers and MS Project's and Excel's ("Actual
 * Start"), in the date forms Start and Finish read; a cell that gives no usable actual date is a
 * warning with its row and column, and the row's other cells are kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans, visibleChanges } from '../../../../renderer/domain/diff';
import {
  CSV_COLUMNS, exportTasksCsv, guessMapping, identityNotCarried, importCsv, importPlanFile, importXlsx, planToWorkbook,
} from '../../../../renderer/domain/formats';
import { MONEY_COLUMNS, moneyHeader } from '../../../../renderer/domain/formats/csv/csv-money';
import { readWorkbook, writeWorkbook } from '../../../../renderer/domain/formats/xlsx/excel-io';
import { sequentialIds, type LocalDateTime, type Plan, type Task } from '../../../../renderer/domain/model';
import { insertTask, updateTask } from '../../../../renderer/domain/commands';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const ctx = () => ({ newId: sequentialIds('csv'), now: '2026-03-01T08:00:00.000Z' });
const at = (text: string) => text as LocalDateTime;

/** Design done (2 to 3 March), Build started on 4 March at 13:00 and 40% through, Test not started. */
function progressPlan(): Plan {
  const c = testContext('t');
  let p = blankPlan('Actuals');
  for (const name of ['Design', 'Build', 'Test']) p = runOk(insertTask, p, { name, fields: { durationMinutes: 960 } }, c).plan;
  const set = (name: string, changes: Partial<Task>) => {
    p = runOk(updateTask, p, { id: taskByName(p, name).id, changes }, c).plan;
  };
  set('Design', { percentComplete: 100, actualStart: at('2026-03-02T09:00'), actualFinish: at('2026-03-03T17:00') });
  set('Build', { percentComplete: 40, actualStart: at('2026-03-04T13:00') });
  return p;
}

/** Each task's actual dates, "Name: start → finish", '-' for none. */
const actuals = (p: Plan): string[] => Object.values(p.tasks).map((t) => `${t.name}: ${t.actualStart ?? '-'} → ${t.actualFinish ?? '-'}`).sort();

function read(text: string): ReturnType<typeof importCsv> & { ok: true } {
  const back = importCsv(text, ctx());
  if (!back.ok) throw new Error(back.error.message);
  return back;
}

describe('Actual start and Actual finish', () => {
  it('are written by the CSV export and read back to the minute', () => {
    const plan = progressPlan();
    expect(actuals(plan)).toEqual(['Build: 2026-03-04T13:00 → -', 'Design: 2026-03-02T09:00 → 2026-03-03T17:00', 'Test: - → -']);
    const text = exportTasksCsv(plan, { columns: ['name', 'percentComplete', 'actualStart', 'actualFinish'], bom: false });
    expect(text).toBe('Name,% Complete,Actual start,Actual finish\r\nDesign,100,2026-03-02T09:00,2026-03-03T17:00\r\nBuild,40,2026-03-04T13:00,\r\nTest,0,,\r\n');
    expect(CSV_COLUMNS).toContain('actualStart');
    const back = read(exportTasksCsv(plan, { columns: CSV_COLUMNS }));
    expect(back.value.warnings).toEqual([]);
    expect(actuals(back.value.plan)).toEqual(actuals(plan));
  });

  it('survive an Excel round trip as date cells', async () => {
    const plan = progressPlan();
    const workbook = await readWorkbook(await writeWorkbook(planToWorkbook(plan)), 'actuals.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    const header = workbook.value.sheets[0]!.rows[0]!;
    expect(header.slice(-3)).toEqual(['Actual start', 'Actual finish', 'Tags']);
    const back = importXlsx(workbook.value, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual([]);
    expect(actuals(back.value.plan)).toEqual(actuals(plan));
  });

  it('are recognised under MS Project\'s and Excel\'s headers, in the date forms Start and Finish read', () => {
    expect(guessMapping(['Task Name', 'Start', 'Actual Start', 'Actual Finish', 'Finish'])).toMatchObject({ name: 0, start: 1, actualStart: 2, actualFinish: 3, finish: 4 });
    expect(guessMapping(['Name', 'Actual start date', 'Actual end date'])).toMatchObject({ actualStart: 1, actualFinish: 2 });
    // Day first, as the actual dates show (25/02): the file's order is read from every date column.
    const dayFirst = read('Task Name,Duration,Actual Start,Actual Finish\nDesign,2d,25/02/2026,26/02/2026 17:00\nBuild,3d,02/03/2026 13:00,\n');
    expect(dayFirst.value.warnings).toEqual([]);
    expect(actuals(dayFirst.value.plan)).toEqual(['Build: 2026-03-02T13:00 → -', 'Design: 2026-02-25T09:00 → 2026-02-26T17:00']);
    const jira = read('Summary,Actual Start\nDesign,12/Mar/26 5:00 PM\n');
    expect(actuals(jira.value.plan)).toEqual(['Design: 2026-03-12T17:00 → -']);
  });

  it('that do not read, or finish without or before a start, are warnings naming the cell; the rest of the row is kept', () => {
    const back = read([
      'Name,Duration,% Complete,Actual start,Actual finish',
      'Design,2d,100,2026-02-30,2026-03-03',
      'Build,3d,50,2026-03-04,yesterday',
      'Test,1d,100,,2026-03-05',
      'Docs,4d,100,2026-03-06 09:00,2026-03-05 17:00',
      'Ship,1d,0,2301-01-05,',
    ].join('\n'));
    expect(back.value.rowErrors).toEqual([]);
    expect(back.value.warnings).toEqual([
      "row 2, column 4 (Actual start): '2026-02-30' is not a real date: there is no such day in the calendar; the task is read without an actual start or finish.",
      "row 3, column 5 (Actual finish): 'yesterday' is not a date: write it as 2027-03-01 or 2027-03-01 09:00; the task is read without an actual finish.",
      "row 4, column 5 (Actual finish): '2026-03-05' is an actual finish without an actual start; type the task's Actual start too. The task is read as not started.",
      "row 5, column 5 (Actual finish): '2026-03-05 17:00' is before the actual start ('2026-03-06 09:00'); the task is read as started, not finished.",
      "row 6, column 4 (Actual start): '2301-01-05' is outside the years Plotline plans: 1900 to 2200; the task is read without an actual start.",
    ]);
    expect(actuals(back.value.plan)).toEqual([
      'Build: 2026-03-04T09:00 → -', 'Design: - → -', 'Docs: 2026-03-06T09:00 → -', 'Ship: - → -', 'Test: - → -',
    ]);
    // Nothing else on those rows is lost.
    const kept = (name: string) => {
      const t = taskByName(back.value.plan, name);
      return `${String(t.durationMinutes / 480)}d ${String(t.percentComplete)}%`;
    };
    expect(['Design', 'Build', 'Test', 'Docs', 'Ship'].map(kept)).toEqual(['2d 100%', '3d 50%', '1d 100%', '4d 100%', '1d 0%']);
  });
});

describe('a task with an actual start and no Status', () => {
  const column = (plan: Plan, name: string): string => plan.columns[taskByName(plan, name).statusId]?.name ?? '';

  it('is in progress at 0 %, as MS Project reads it, in a CSV and in a workbook', async () => {
    const text = 'Name,Duration,% Complete,Actual start\nDesign,2d,0,2026-03-02\nBuild,3d,0,\nTest,1d,40,\nShip,1d,100,2026-03-03\n';
    const csv = read(text).value.plan;
    expect(['Design', 'Build', 'Test', 'Ship'].map((name) => column(csv, name))).toEqual(['In progress', 'Backlog', 'In progress', 'Done']);
    const back = importXlsx({ sheets: [{ name: 'Tasks', rows: text.trim().split('\n').map((line) => line.split(',')) }] }, ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(column(back.value.plan, 'Design')).toBe('In progress');
  });
});

describe('a row with an actual finish and no % complete', () => {
  const column = (plan: Plan, name: string): string => plan.columns[taskByName(plan, name).statusId]?.name ?? '';

  it('is a done task, as an actual finish typed in MS Project makes it; a % complete written is kept', () => {
    const text = [
      'Name,Duration,% Complete,Actual start,Actual finish',
      'Design,2d,,2026-03-02,2026-03-03', 'Build,3d,60,2026-03-04,2026-03-06', 'Test,1d,,2026-03-09,',
    ].join('\n');
    const plan = read(text).value.plan;
    const progress = (name: string): string => `${String(taskByName(plan, name).percentComplete)}% ${column(plan, name)}`;
    expect(['Design', 'Build', 'Test'].map(progress)).toEqual(['100% Done', '60% In progress', '0% In progress']);
    // Without a % complete column at all, the same.
    const bare = read('Name,Actual start,Actual finish\nDesign,2026-03-02,2026-03-03\n').value.plan;
    expect([taskByName(bare, 'Design').percentComplete, column(bare, 'Design')]).toEqual([100, 'Done']);
    // An actual finish the row cannot keep (no actual start) does not finish the task.
    const refused = read('Name,Actual finish\nDesign,2026-03-03\n').value.plan;
    expect([taskByName(refused, 'Design').percentComplete, column(refused, 'Design')]).toEqual([0, 'Backlog']);
  });
});

describe('the sample plan against its own CSV copy', () => {
  const sample = readFileSync(path.resolve(import.meta.dirname, '../../../../assets/sample-plan.plotline'), 'utf8');

  it('lists no actual start or finish as lost, and, given back the status date and holidays it has no place for, no date moves', () => {
    const opened = importPlanFile('sample-plan.plotline', sample, ctx());
    if (!opened.ok) throw new Error(opened.error.message);
    const plan = opened.value.plan;
    const copy = importPlanFile('copy.csv', exportTasksCsv(plan, { columns: CSV_COLUMNS }), { newId: sequentialIds('copy'), now: '2026-12-01T08:00:00.000Z' });
    if (!copy.ok) throw new Error(copy.error.message);
    const notCarried = { b: identityNotCarried('.csv') };
    const listed = (b: Plan): string[] => visibleChanges(diffPlans(plan, b, { notCarried })).map((r) => `${r.what}: ${r.field}`);
    const started = Object.values(plan.tasks).filter((t) => t.actualStart !== null).length;
    expect(started).toBeGreaterThan(20);
    expect(listed(copy.value.plan).filter((row) => /actual(Start|Finish)/.test(row))).toEqual([]);
    // A CSV has no place for the project's status date (after which started tasks' remaining work is
    // scheduled) nor its holidays: the copy is read on a standard calendar with no status date, and its
    // started tasks' dates move for that. Given those back, no task's scheduled dates move.
    const holidays = Object.values(plan.calendars)[0]!.exceptions;
    const read = copy.value.plan;
    const given: Plan = {
      ...read, project: { ...read.project, statusDate: plan.project.statusDate },
      calendars: Object.fromEntries(Object.entries(read.calendars).map(([id, c]) => [id, { ...c, exceptions: holidays }])),
    };
    expect(listed(given).filter((row) => /scheduled (start|finish)|actual(Start|Finish)/.test(row))).toEqual([]);
  });
});

describe('the column order of exports', () => {
  // The columns of a CSV and a Tasks sheet written before Actual start, Actual finish and Tags existed.
  const earlierCsv = ['WBS', 'Name', 'Outline level', 'Type', 'Start', 'Finish', 'Duration', '% Complete', 'Priority', 'Predecessors', 'Resources', 'Phase', 'Status', 'Board order', 'Deadline', 'Notes'];
  const earlierSheet = ['ID', 'WBS', 'Name', 'Outline level', 'Start', 'Finish', 'Duration', 'Milestone', '% Complete', 'Priority', 'Predecessors', 'Resources', 'Phase', 'Status', 'Board order', 'Constraint', 'Constraint date', 'Deadline', 'Mode', 'Notes'];

  it('keeps every column of an earlier export where it was, the actual dates and tags after them', async () => {
    const plan = progressPlan();
    const csvHeader = exportTasksCsv(plan, { columns: CSV_COLUMNS, bom: false }).split('\r\n')[0]!.split(',');
    expect(csvHeader.slice(0, earlierCsv.length)).toEqual(earlierCsv);
    // The money columns, as an earlier export with them ticked had them, then the later columns.
    expect(csvHeader.slice(earlierCsv.length, -3)).toEqual(MONEY_COLUMNS.map((c) => moneyHeader(c, plan.project.currency)));
    expect(csvHeader.slice(-3)).toEqual(['Actual start', 'Actual finish', 'Tags']);
    const workbook = await readWorkbook(await writeWorkbook(planToWorkbook(plan)), 'order.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    const sheetHeader = workbook.value.sheets[0]!.rows[0]!;
    expect(sheetHeader.slice(0, earlierSheet.length)).toEqual(earlierSheet);
    expect(sheetHeader.slice(-3)).toEqual(['Actual start', 'Actual finish', 'Tags']);
  });

  it('does not matter to the import, which reads columns by their headers', () => {
    const rows = [['Design', '2d', '100', '2026-03-02 09:00', '2026-03-03 17:00', 'api;ux', 'Kick-off'], ['Build', '3d', '40', '2026-03-04 13:00', '', '', '']];
    const csv = (order: readonly number[]) => [['Name', 'Duration', '% Complete', 'Actual start', 'Actual finish', 'Tags', 'Notes'], ...rows]
      .map((r) => order.map((i) => r[i]).join(',')).join('\n');
    const besideProgress = read(csv([0, 1, 2, 3, 4, 5, 6])).value.plan;
    const atTheEnd = read(csv([0, 1, 2, 6, 3, 4, 5])).value.plan;
    const facts = (p: Plan) => Object.values(p.tasks).map((t) => `${t.name} ${String(t.percentComplete)}% ${t.actualStart ?? '-'} → ${t.actualFinish ?? '-'} [${t.tags.join(' ')}] ${t.notes}`).sort();
    expect(facts(besideProgress)).toEqual(['Build 40% 2026-03-04T13:00 → - [] ', 'Design 100% 2026-03-02T09:00 → 2026-03-03T17:00 [api ux] Kick-off']);
    expect(facts(atTheEnd)).toEqual(facts(besideProgress));
  });
});

describe('the project start a table has no row for', () => {
  it('is the earliest start of the tasks not yet started, so a task started early moves none of the others up', () => {
    // The plan starts Mon 14 Dec; API was started early, on Mon 7 Dec; UI follows API's start by a day.
    const csv = [
      'WBS,Name,Start,Duration,Actual start,Predecessors',
      '1,Build,2026-12-07T09:00,6d,,',
      '1.1,API,2026-12-07T09:00,6d,2026-12-07T09:00,',
      '1.2,UI,2026-12-14T09:00,3d,,2SS+1d',
      '2,Docs,2026-12-14T09:00,1d,,',
    ].join('\n');
    const read = importCsv(csv, ctx());
    if (!read.ok) throw new Error(read.error.message);
    const { plan, schedule } = read.value;
    // Not API's actual start (then UI moved up to Tue 8 Dec), nor its summary's.
    expect(plan.project.start).toBe('2026-12-14T09:00');
    expect(schedule?.tasks.get(taskByName(plan, 'UI').id)?.start).toBe('2026-12-14T09:00');
    // With every task started, the earliest start of all.
    const started = importCsv('Name,Start,Duration,Actual start\nAPI,2026-12-07T09:00,6d,2026-12-07T09:00\n', ctx());
    expect(started.ok && started.value.plan.project.start).toBe('2026-12-07T09:00');
  });
});

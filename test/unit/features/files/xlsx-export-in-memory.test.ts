/**
 * The Excel export as the app's browser build writes it: ExcelJS's browser bundle (what Vite
 * bundles, the package's "browser" entry) has no stream writer, so writeWorkbook builds the
 * workbook in memory (excel-io.ts, writeInMemory), a path the command line and the other tests,
 * on ExcelJS's Node build, never take. Read back with the app's own reader, on the same bundle.
 */
import { describe, expect, it, vi } from 'vitest';
import { importXlsx, XLSX_TASK_HEADERS } from '../../../../renderer/domain/formats';
import { readWorkbook } from '../../../../renderer/domain/formats/xlsx/excel-io';
import { insertTask } from '../../../../renderer/domain/commands';
import { outlineRows, sequentialIds, type LocalDateTime, type Plan, type TaskId } from '../../../../renderer/domain/model';
import { writePlanWorkbook } from '../../../../renderer/features/files/xlsx-export-job';
import { blankPlan, runOk } from '../../../support/plan-builder';

vi.mock('exceljs', async () => {
  // A CommonJS bundle: its exports arrive as the default export (types/exceljs-browser.d.ts).
  const browser = await import('exceljs/dist/exceljs.min.js');
  return { default: browser.default };
});

/** Made out of outline order (Launch first, Design last), so the rows' order is the writer's doing. */
function phasedPlan(): Plan {
  let plan = blankPlan('Relaunch');
  plan = runOk(insertTask, plan, { id: 'launch' as TaskId, name: 'Launch', fields: { kind: 'milestone', durationMinutes: 0 } }).plan;
  plan = runOk(insertTask, plan, { id: 'phase' as TaskId, name: 'Phase one', beforeId: 'launch' as TaskId }).plan;
  plan = runOk(insertTask, plan, { id: 'build' as TaskId, name: 'Build', parentId: 'phase' as TaskId, fields: { deadline: '2026-03-20T17:00' as LocalDateTime } }).plan;
  return runOk(insertTask, plan, { id: 'design' as TaskId, name: 'Design', beforeId: 'build' as TaskId }).plan;
}

describe('the Excel export written in memory (the browser build\'s ExcelJS)', () => {
  it('takes the in-memory path: the bundle has no stream writer', async () => {
    const excel = (await import('exceljs')).default as { stream?: unknown; Workbook?: unknown };
    expect(excel.Workbook).toBeDefined();
    expect(excel.stream).toBeUndefined();
  });

  it('writes the header in row 1, bold and frozen, the tasks in outline order below it, and dates as date cells', async () => {
    const bytes = await writePlanWorkbook(phasedPlan());
    const book = await readWorkbook(bytes, 'relaunch.xlsx');
    if (!book.ok) throw new Error(book.error.message);
    expect(book.value.sheets.map((s) => s.name)).toEqual(['Tasks', 'People', 'Assignments']);
    const rows = book.value.sheets[0]?.rows ?? [];
    const header = rows[0] ?? [];
    expect(header.slice(0, XLSX_TASK_HEADERS.length)).toEqual([...XLSX_TASK_HEADERS]);
    const column = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((row) => [row[column('ID')], row[column('WBS')], row[column('Name')], row[column('Outline level')]])).toEqual([
      [1, '1', 'Phase one', 1], [2, '1.1', 'Design', 2], [3, '1.2', 'Build', 2], [4, '2', 'Launch', 1],
    ]);
    // The plan starts on Monday 2 March 2026 at 09:00; Build's deadline is the one typed.
    expect(rows[2]?.[column('Start')]).toEqual({ date: '2026-03-02T09:00' });
    expect(rows[3]?.[column('Deadline')]).toEqual({ date: '2026-03-20T17:00' });

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const tasks = workbook.getWorksheet('Tasks');
    expect(tasks?.getCell('A1').font?.bold).toBe(true);
    expect(tasks?.getCell('A2').font?.bold).toBeFalsy();
    expect(tasks?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('reads back through the import as the same outline, with the deadline', async () => {
    const book = await readWorkbook(await writePlanWorkbook(phasedPlan()), 'relaunch.xlsx');
    if (!book.ok) throw new Error(book.error.message);
    const back = importXlsx(book.value, { newId: sequentialIds('x'), now: '2026-03-01T08:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(outlineRows(back.value.plan.tasks).map((r) => [r.task.name, r.depth, r.task.deadline])).toEqual([
      ['Phase one', 0, null], ['Design', 1, null], ['Build', 1, '2026-03-20T17:00'], ['Launch', 0, null],
    ]);
  });
});

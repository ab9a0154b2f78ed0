import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../../../renderer/domain/formats';
import { readWorkbook } from '../../../../renderer/domain/formats/xlsx/excel-io';
import { outlineRows, sequentialIds } from '../../../../renderer/domain/model';
import { writePlanWorkbookOffThread } from '../../../../renderer/features/files/xlsx-export-job';
import { samplePlan } from '../../domain/formats/sample-plan';

describe('the Excel export job (in-thread where no Worker exists, as under Node)', () => {
  it('writes a workbook that reads back with every task, in outline order', async () => {
    const plan = samplePlan();
    const bytes = await writePlanWorkbookOffThread(plan);
    expect(bytes.ok).toBe(true);
    if (!bytes.ok) return;
    const book = await readWorkbook(bytes.value, 'plan.xlsx');
    if (!book.ok) throw new Error(book.error.message);
    expect(book.value.sheets.map((s) => s.name)).toEqual(['Tasks', 'People', 'Assignments']);
    const back = importXlsx(book.value, { newId: sequentialIds('x'), now: '2026-03-01T12:00:00.000Z' });
    if (!back.ok) throw new Error(back.error.message);
    expect(outlineRows(back.value.plan.tasks).map((r) => r.task.name)).toEqual(outlineRows(plan.tasks).map((r) => r.task.name));
  });
});

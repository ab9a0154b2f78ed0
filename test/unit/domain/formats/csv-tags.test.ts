/**
 * Tasks' tags through a CSV or an Excel workbook: the Tags column (also read as Jira's and
 * Linear's "Labels"), a list split at ';' or ',' as spreadsheets write lists, each tag once.
 */
import { describe, expect, it } from 'vitest';
import { insertTask } from '../../../../renderer/domain/commands';
import { exportTasksCsv, guessMapping, importCsv, importXlsx, parseCsv, planToWorkbook } from '../../../../renderer/domain/formats';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';

const ctx = () => ({ newId: sequentialIds('copy'), now: '2026-03-01T08:00:00.000Z' });

function tagged(): Plan {
  const c = testContext('t');
  let p = blankPlan('Tags');
  p = runOk(insertTask, p, { name: 'Payment API', fields: { tags: ['payments', 'api'] } }, c).plan;
  return runOk(insertTask, p, { name: 'Docs', fields: { tags: [] } }, c).plan;
}

const tagsOf = (p: Plan) => Object.fromEntries(Object.values(p.tasks).map((t) => [t.name, t.tags]));

describe('tags in a table', () => {
  it('writes a Tags column and reads it back from a CSV', () => {
    const text = exportTasksCsv(tagged(), { columns: ['wbs', 'name', 'tags'], bom: false });
    expect(text.split('\r\n')[1]).toBe('1,Payment API,payments;api');
    const read = importCsv(text, ctx());
    if (!read.ok) throw new Error(read.error.message);
    expect(tagsOf(read.value.plan)).toEqual({ 'Payment API': ['payments', 'api'], Docs: [] });
  });

  it('reads a Labels column with commas, spaces and repeats as each tag once', () => {
    const text = 'Summary,Labels\r\nLogin page,"frontend, auth; frontend"\r\nCleanup,\r\n';
    const header = parseCsv(text);
    if (!header.ok) throw new Error(header.error.message);
    expect(guessMapping(header.value.rows[0] ?? []).tags).toBe(1);
    const read = importCsv(text, ctx());
    if (!read.ok) throw new Error(read.error.message);
    expect(taskByName(read.value.plan, 'Login page').tags).toEqual(['frontend', 'auth']);
    expect(taskByName(read.value.plan, 'Cleanup').tags).toEqual([]);
  });

  it('keeps tags through an Excel workbook', () => {
    const read = importXlsx(planToWorkbook(tagged()), ctx());
    if (!read.ok) throw new Error(read.error.message);
    expect(tagsOf(read.value.plan)).toEqual({ 'Payment API': ['payments', 'api'], Docs: [] });
  });
});

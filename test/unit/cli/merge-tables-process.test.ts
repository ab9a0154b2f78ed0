/**
 * `plotline merge` run as a process on three copies of one spreadsheet (CSV, then .xlsx): a table
 * carries no project id and no task ids, and each read spreads fresh ranks over its rows, so only
 * what the people typed may count. Base: Design 2d, Build 3d, Test 1d. Ours makes Design 4 days
 * and inserts Review after it; theirs makes Test 2 days and adds Ship at the end.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlotline, type CliRun } from '../../support/plotline-process';

const root = path.resolve(import.meta.dirname, '../../..');
let dir = '';

const plotline = (...args: string[]): CliRun => runPlotline(root, args);
const file = (name: string): string => path.join(dir, name);

/** Name and duration of each row of a CSV the command line wrote (WBS, Name, ..., Duration). */
function rows(name: string): string[][] {
  const [header = '', ...lines] = readFileSync(file(name), 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => line.split(',')).map((cells) => [cells[columns.indexOf('Name')] ?? '', cells[columns.indexOf('Duration')] ?? '']);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plotline-merge-tables-'));
  writeFileSync(file('base.csv'), 'Name,Duration\nDesign,2d\nBuild,3d\nTest,1d\n');
  writeFileSync(file('ours.csv'), 'Name,Duration\nDesign,4d\nReview,1d\nBuild,3d\nTest,1d\n');
  writeFileSync(file('theirs.csv'), 'Name,Duration\nDesign,2d\nBuild,3d\nTest,2d\nShip,1d\n');
  writeFileSync(file('theirs-design.csv'), 'Name,Duration\nDesign,3d\nBuild,3d\nTest,2d\n');
  // The same copies as workbooks, as the command line writes them.
  for (const name of ['base', 'ours', 'theirs']) {
    const run = plotline('convert', file(`${name}.csv`), file(`${name}.xlsx`));
    if (run.code !== 0) throw new Error(run.stderr);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOTH_EDITS = [['Design', '4d'], ['Review', '1d'], ['Build', '3d'], ['Test', '2d'], ['Ship', '1d']];

describe('plotline merge of three copies of one spreadsheet', () => {
  it('CSV: writes both copies\' edits in the rows\' order and exits 0; the made-up project id and ranks are no conflict', () => {
    const run = plotline('merge', file('base.csv'), file('ours.csv'), file('theirs.csv'), '-o', file('merged.csv'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Merged 2 changes from theirs.csv into ours.csv: ${file('merged.csv')}\n`);
    expect(rows('merged.csv')).toEqual(BOTH_EDITS);
  });

  it('Excel: the same, though each workbook\'s project is also named after its file', () => {
    const run = plotline('merge', file('base.xlsx'), file('ours.xlsx'), file('theirs.xlsx'), '-o', file('merged-xlsx.csv'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(rows('merged-xlsx.csv')).toEqual(BOTH_EDITS);
  });

  it('still refuses a real conflict, naming the task and the field, and only that one', () => {
    const run = plotline('merge', file('base.csv'), file('ours.csv'), file('theirs-design.csv'), '-o', file('conflict.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^plotline merge: 1 conflict; nothing written\. .*\n {2}field:tasks\/[^:]+\/durationMinutes: Both copies changed the duration of task 'Design'\.\n$/);
    expect(() => readFileSync(file('conflict.csv'))).toThrow();
  });

  it('diff of two copies lists the inserted row alone, not the rows below it as moved, nor the project', () => {
    for (const [a, b] of [['base.csv', 'ours.csv'], ['base.xlsx', 'ours.xlsx']] as const) {
      const run = plotline('diff', file(a), file(b), '--format', 'json');
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as { changes: { category: string; what: string; field: string }[] };
      // Changes come in the order of the tasks' ids, which each read makes up: sorted here by task.
      expect(out.changes.filter((c) => c.category !== 'dates').map((c) => [c.what, c.field]).sort()).toEqual([
        ["task 'Design'", 'duration'], ["task 'Review'", 'added'],
      ]);
    }
  });

  it('diff --base lists that conflict alone, as the merge meets it', () => {
    const run = plotline('diff', file('ours.csv'), file('theirs-design.csv'), '--base', file('base.csv'), '--format', 'json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { conflicts: { message: string }[] };
    expect(out.conflicts.map((c) => c.message)).toEqual(["Both copies changed the duration of task 'Design'."]);
  });
});

/**
 * --sheet on every command that reads plan files, run as a process (node bin/plotline.mjs) on a
 * workbook whose first sheet is a cover page and whose second holds the tasks: without --sheet
 * the cover is read and refused (it has no Name column); with --sheet Tasks each command reads
 * the tasks, as convert and schedule always could.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../renderer/domain/formats/xlsx/excel-io';
import { runPlotline, type CliRun } from '../../support/plotline-process';

let dir = '';

const plotline = (...args: string[]): CliRun => runPlotline(dir, args);
const file = (name: string): string => path.join(dir, name);
const COVER_REFUSED = /Sheet 'Cover' has no "Name" column in row 1/;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'plotline-sheet-'));
  writeFileSync(file('two.xlsx'), await writeWorkbook({ sheets: [
    { name: 'Cover', rows: [['Relaunch plan'], ['Owner: Ana']] },
    { name: 'Tasks', rows: [['Name', 'Start', 'Duration'], ['Design', '2027-03-01', '2d'], ['Build', '2027-03-03', '3d']] },
  ] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--sheet NAME on the commands that compare, merge and sum plans', () => {
  it('diff reads the named sheet of each workbook', () => {
    const refused = plotline('diff', 'two.xlsx', 'two.xlsx');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(COVER_REFUSED);
    const run = plotline('diff', 'two.xlsx', 'two.xlsx', '--sheet', 'Tasks', '--format', 'json');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: [] });
  });

  it('merge reads the named sheet of BASE, OURS and THEIRS', () => {
    expect(plotline('merge', 'two.xlsx', 'two.xlsx', 'two.xlsx', '-o', 'cover.plotline').stderr).toMatch(COVER_REFUSED);
    // Each read of a workbook gives its project a new id, which merge sees as both copies changing it.
    const run = plotline('merge', 'two.xlsx', 'two.xlsx', 'two.xlsx', '-o', 'merged.plotline', '--sheet', 'Tasks', '--prefer', 'ours');
    expect([run.code, run.stderr]).toEqual([0, '']);
    const merged = JSON.parse(readFileSync(file('merged.plotline'), 'utf8')) as { project: { tasks: Record<string, { name: string }> } };
    expect(Object.values(merged.project.tasks).map((t) => t.name).sort()).toEqual(['Build', 'Design']);
  });

  it('portfolio reads the named sheet of every FILE', () => {
    expect(plotline('portfolio', 'two.xlsx').stderr).toMatch(COVER_REFUSED);
    const run = plotline('portfolio', 'two.xlsx', '--sheet', 'Tasks', '--format', 'json');
    expect([run.code, run.stderr]).toEqual([0, '']);
    const { projects } = JSON.parse(run.stdout) as { projects: { start: string; finish: string }[] };
    expect(projects.map((p) => [p.start.slice(0, 10), p.finish.slice(0, 10)])).toEqual([['2027-03-01', '2027-03-03']]);
  });

  it('new reads the named sheet of a workbook template', () => {
    expect(plotline('new', '--template', 'two.xlsx', '--start', '2027-04-05', 'cover-new.plotline').stderr).toMatch(COVER_REFUSED);
    const run = plotline('new', '--template', 'two.xlsx', '--sheet', 'Tasks', '--start', '2027-04-05', 'new.plotline');
    expect([run.code, run.stderr]).toEqual([0, '']);
    const plan = JSON.parse(readFileSync(file('new.plotline'), 'utf8')) as { project: { tasks: Record<string, { name: string }> } };
    expect(Object.values(plan.project.tasks).map((t) => t.name).sort()).toEqual(['Build', 'Design']);
  });

  it('says in each command\'s help that it takes --sheet', () => {
    for (const command of ['diff', 'merge', 'portfolio', 'new']) {
      expect(plotline(command, '--help').stdout).toMatch(/^ {2}--sheet NAME +the \.xlsx sheet to read \(default: the first\)$/m);
    }
  });
});

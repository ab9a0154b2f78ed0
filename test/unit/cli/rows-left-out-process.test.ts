/**
 * Every command that reads a plan file, run as a process (node bin/plotline.mjs) on a CSV whose
 * third line has an impossible date (30 February): the output still comes, the row is named in a
 * warning, a closing line names the file and how many rows it lost, and the exit status is 3, so a
 * script can tell the result lacks a task. The same CSV without that error exits 0.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlotline, type CliRun } from '../../support/plotline-process';

let dir = '';

const plotline = (...args: string[]): CliRun => runPlotline(dir, args);

const file = (name: string): string => path.join(dir, name);
const ROW_WARNING = /^warning: bad\.csv: row 3, column 3 \(Start\): '2026-02-30' is not a real date: there is no such day in the calendar\.$/m;
const closing = (command: string, output: string, consequence = ''): string =>
  `plotline ${command}: ${output} without 1 input row of bad.csv that could not be read (the warnings above name each row and why)${consequence}.\n`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plotline-rows-'));
  writeFileSync(file('good.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,3d,2026-03-04\nTest,1d,2026-03-09\n');
  writeFileSync(file('bad.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,3d,2026-02-30\nTest,1d,2026-03-09\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a command reading a CSV with a row it cannot read', () => {
  it('schedule prints the other rows, then says the schedule lacks one row of bad.csv, and exits 3', () => {
    const run = plotline('schedule', 'bad.csv');
    expect(run.code).toBe(3);
    expect(run.stdout.split('\n').slice(1, -1).map((row) => row.split(',')[3])).toEqual(['Design', 'Test']);
    expect(run.stderr).toMatch(ROW_WARNING);
    expect(run.stderr.endsWith(closing('schedule', 'the schedule is printed'))).toBe(true);
    const clean = plotline('schedule', 'good.csv');
    expect([clean.code, clean.stderr]).toEqual([0, '']);
  });

  it('evm prints its figures, then the closing line, and exits 3', () => {
    const run = plotline('evm', 'bad.csv', '--status-date', '2026-03-04');
    expect(run.code).toBe(3);
    expect(run.stdout.split('\n').slice(1, -1).map((row) => row.split(',')[3])).toEqual(['Design', 'Test', '(project)']);
    expect(run.stderr).toMatch(ROW_WARNING);
    expect(run.stderr.endsWith(closing('evm', 'the earned value is printed'))).toBe(true);
    expect(plotline('evm', 'good.csv', '--status-date', '2026-03-04').code).toBe(0);
  });

  it('simulate prints its result, then the closing line, and exits 3', () => {
    const run = plotline('simulate', 'bad.csv', '--iterations', '50', '--seed', '7', '--format', 'json');
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toHaveProperty('finish.p50');
    expect(run.stderr).toMatch(ROW_WARNING);
    expect(run.stderr.endsWith(closing('simulate', 'the simulation is printed'))).toBe(true);
    expect(plotline('simulate', 'good.csv', '--iterations', '50', '--seed', '7').code).toBe(0);
  });

  it('report writes the report, then says it lacks one row of bad.csv, and exits 3', () => {
    const run = plotline('report', 'bad.csv', '--status-date', '2026-03-04', '--audience', 'team', '-o', 'bad.md');
    expect(run.code).toBe(3);
    expect(readFileSync(file('bad.md'), 'utf8')).toMatch(/^# /);
    expect(run.stderr).toMatch(ROW_WARNING);
    expect(run.stderr.endsWith(closing('report', 'bad.md is written'))).toBe(true);
    const plan = plotline('report', 'bad.csv', '--plan-document', '--status-date', '2026-03-04', '-o', 'plan.md');
    expect(plan.code).toBe(3);
    expect(plan.stderr.endsWith(closing('report', 'plan.md is written'))).toBe(true);
    expect(plotline('report', 'good.csv', '--status-date', '2026-03-04', '-o', 'good.md').code).toBe(0);
  });

  it('portfolio prints every project, then names the file that lost a row, and exits 3', () => {
    const run = plotline('portfolio', 'good.csv', 'bad.csv', '--format', 'json');
    expect(run.code).toBe(3);
    expect((JSON.parse(run.stdout) as { projects: unknown[] }).projects).toHaveLength(2);
    expect(run.stderr).toMatch(ROW_WARNING);
    expect(run.stderr.endsWith(closing('portfolio', 'the portfolio is printed'))).toBe(true);
    expect(plotline('portfolio', 'good.csv', 'good.csv').code).toBe(0);
  });

  it('new from a CSV template writes the plan, then the closing line, and exits 3', () => {
    const run = plotline('new', '--template', 'bad.csv', '--start', '2027-01-04', 'new.plotline');
    expect(run.code).toBe(3);
    expect(existsSync(file('new.plotline'))).toBe(true);
    expect(run.stderr.endsWith(closing('new', 'new.plotline is written'))).toBe(true);
    expect(plotline('new', '--template', 'good.csv', '--start', '2027-01-04', 'new-good.plotline').code).toBe(0);
  });

  it('diff shows the skipped task as removed, and its closing line says that task may be a row still in bad.csv', () => {
    const run = plotline('diff', 'good.csv', 'bad.csv');
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^\| removed \| task 'Build' \|/m);
    expect(run.stderr).toMatch(ROW_WARNING);
    expect(run.stderr.endsWith(closing('diff', 'the comparison is printed', ': a task shown as removed may be one of those rows, still in bad.csv'))).toBe(true);
    expect(plotline('diff', 'good.csv', 'good.csv').code).toBe(0);
  });

  it('diff with the row lost on the earlier side (A, or BASE) says a task shown as added may be that row', () => {
    const twoWay = plotline('diff', 'bad.csv', 'good.csv', '--format', 'json');
    expect(twoWay.code).toBe(3);
    expect(twoWay.stderr.endsWith(closing('diff', 'the comparison is printed', ': a task shown as added may be one of those rows, still in bad.csv'))).toBe(true);
    const threeWay = plotline('diff', 'good.csv', 'good.csv', '--base', 'bad.csv');
    expect(threeWay.code).toBe(3);
    expect(threeWay.stdout).toMatch(/^\| added \| task 'Build' \|/m);
    expect(threeWay.stderr.endsWith(closing('diff', 'the comparison is printed', ': a task shown as added may be one of those rows, still in bad.csv'))).toBe(true);
  });
});

/**
 * `--locale` on the command line, run as a process (node bin/plotline.mjs): a CSV the app exported
 * with "Dates in my locale's format" under de-DE and ko-KR ('01.03.2027, 09:00', '2027. 3. 1. AM
 * 9:00') goes through `plotline convert --locale` to a .plotline file with the same tasks, dates,
 * durations and percent complete, to the minute; every command that reads plan files takes the
 * option; a locale that is no BCP 47 tag or that the platform has no dates for is a usage mistake.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLink, insertTask, updateTask } from '../../../renderer/domain/commands';
import { parsePlotline } from '../../../renderer/domain/formats';
import { writeWorkbook } from '../../../renderer/domain/formats/xlsx/excel-io';
import type { LocalDateTime, Plan } from '../../../renderer/domain/model';
import { planWithScheduledDates } from '../../../renderer/domain/schedule';
import { buildExport, DEFAULT_CSV_COLUMNS, localeDateFormatter } from '../../../renderer/features/files/export-plan';
import { blankPlan, runOk, taskByName, testContext } from '../../support/plan-builder';

const root = path.resolve(import.meta.dirname, '../../..');
let dir = '';

function plotline(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/plotline.mjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const file = (name: string): string => path.join(dir, name);

/** Workshop (7 h, half done) -> Build (4 days) -> Review (9 h, a PM finish) -> Sign-off; every day of March 2027 at or below the 12th, so only the locale says day or month first. */
function smallPlan(): Plan {
  const c = testContext('l');
  let plan = { ...blankPlan('Locale'), project: { ...blankPlan('Locale').project, start: '2027-03-01T09:00' as LocalDateTime } };
  for (const [name, durationMinutes] of [['Workshop', 420], ['Build', 1920], ['Review', 540], ['Sign-off', 0]] as const) {
    plan = runOk(insertTask, plan, { name, fields: { durationMinutes, kind: durationMinutes === 0 ? 'milestone' : 'task' } }, c).plan;
  }
  plan = runOk(updateTask, plan, { id: taskByName(plan, 'Workshop').id, changes: { percentComplete: 50 } }, c).plan;
  const names = ['Workshop', 'Build', 'Review', 'Sign-off'];
  for (let i = 1; i < names.length; i++) {
    const link = { predecessorId: taskByName(plan, names[i - 1]!).id, successorId: taskByName(plan, names[i]!).id, type: 'FS' as const, lagMinutes: 0, lagIsElapsed: false };
    plan = runOk(addLink, plan, link, c).plan;
  }
  return plan;
}

/** What a person compares, to the minute. */
const facts = (plan: Plan) => Object.values(planWithScheduledDates(plan).tasks)
  .map((t) => ({ name: t.name, kind: t.kind, start: t.start, finish: t.finish, durationMinutes: t.durationMinutes, percentComplete: t.percentComplete }))
  .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));

/** The CSV the app's Export writes with "Dates in my locale's format" in `locale`. */
function exportedCsv(plan: Plan, locale: string): string {
  return String(buildExport(plan, { format: 'csv', columns: DEFAULT_CSV_COLUMNS, localeDates: true }, { now: '2027-02-26T08:00:00.000Z', formatDate: localeDateFormatter(locale) }).data);
}

function readBack(name: string): Plan {
  const read = parsePlotline(readFileSync(file(name), 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value.plan;
}

const plan = smallPlan();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plotline-locale-'));
  writeFileSync(file('de.csv'), exportedCsv(plan, 'de-DE'));
  writeFileSync(file('ko.csv'), exportedCsv(plan, 'ko-KR'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plotline convert --locale', () => {
  it('de-DE: reads the app\'s export back to the same tasks, dates, durations and percent complete', () => {
    expect(readFileSync(file('de.csv'), 'utf8')).toContain(',"01.03.2027, 09:00",');
    const run = plotline('convert', 'de.csv', 'de.plotline', '--locale', 'de-DE');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(facts(readBack('de.plotline'))).toEqual(facts(plan));
    // Without it, 01.03.2027 reads as 1 March or as January 3: the file is refused, not guessed, and the refusal says what answers it.
    const guess = plotline('convert', 'de.csv', 'de-guess.plotline');
    expect(guess.code).toBe(1);
    expect(guess.stderr).toMatch(/can be read as 2 March or as February 3: choose how this file writes dates\. Give the locale the file's dates are written in: --locale en-GB \(day first\) or en-US \(month first\)\.\n$/);
  });

  it('ko-KR: reads the app\'s export back to the same tasks, dates, durations and percent complete', () => {
    expect(readFileSync(file('ko.csv'), 'utf8')).toMatch(/,"?2027\. 3\. 1\. (AM|오전) 9:00"?,/);
    const run = plotline('convert', 'ko.csv', 'ko.plotline', '--locale', 'ko-KR');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(facts(readBack('ko.plotline'))).toEqual(facts(plan));
    // Without it every dated row is left out: written without them, exit 3.
    expect(plotline('convert', 'ko.csv', 'ko-guess.plotline').code).toBe(3);
  });

  it('ko-KR as Chromium writes it (오전, 오후), as a CSV from the desktop app holds it', () => {
    writeFileSync(file('ko-chromium.csv'), 'Name,Start,Finish,Duration\nKickoff,"2027. 3. 1. 오전 9:00","2027. 3. 1. 오후 1:00",4h\n');
    const run = plotline('convert', 'ko-chromium.csv', 'ko-chromium.plotline', '--locale', 'ko-KR', '--no-schedule');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(Object.values(readBack('ko-chromium.plotline').tasks).map((t) => [t.name, t.start, t.finish])).toEqual([['Kickoff', '2027-03-01T09:00', '2027-03-01T13:00']]);
  });

  it('reads an .xlsx whose dates are text in the locale\'s format, as a sheet pasted from such a CSV holds them', async () => {
    writeFileSync(file('de.xlsx'), await writeWorkbook({ sheets: [{
      name: 'Tasks', columns: ['Name', 'Start', 'Duration'].map((header) => ({ header, width: 20 })), rows: [['Name', 'Start', 'Duration'], ['Kickoff', '02.03.2027, 13:30', '4h']],
    }] }));
    const run = plotline('convert', 'de.xlsx', 'de-xlsx.plotline', '--locale', 'de-DE', '--no-schedule');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(Object.values(readBack('de-xlsx.plotline').tasks).map((t) => [t.name, t.start])).toEqual([['Kickoff', '2027-03-02T13:30']]);
  });
});

describe('--locale on every command that reads plan files', () => {
  it('is taken by each of them, and reads the de-DE file they would otherwise refuse', () => {
    const runs: Record<string, string[]> = {
      validate: ['validate', 'de.csv'],
      schedule: ['schedule', 'de.csv'],
      evm: ['evm', 'de.csv', '--status-date', '2027-03-02'],
      simulate: ['simulate', 'de.csv', '--iterations', '20'],
      report: ['report', 'de.csv', '--status-date', '2027-03-02', '-o', 'de.md'],
      portfolio: ['portfolio', 'de.csv'],
      diff: ['diff', 'de.csv', 'de.csv'],
      merge: ['merge', 'de.csv', 'de.csv', 'de.csv', '-o', 'de-merged.plotline', '--prefer', 'ours'],
      new: ['new', '--template', 'de.csv', '--start', '2027-04-05', 'de-new.plotline'],
    };
    const codes = (locale: string[]) => Object.fromEntries(Object.entries(runs).map(([name, args]) => [name, plotline(...args, ...locale).code]));
    const refused = Object.fromEntries(Object.keys(runs).map((name) => [name, 1]));
    expect(codes([])).toEqual(refused);
    expect(codes(['--locale', 'de-DE'])).toEqual(Object.fromEntries(Object.keys(runs).map((name) => [name, 0])));
  });

  it('refuses a tag that is not BCP 47, or a locale without dates, with exit 2 and what to write', () => {
    const underscore = plotline('validate', 'de.csv', '--locale', 'de_DE');
    expect(underscore.code).toBe(2);
    expect(underscore.stderr).toBe("plotline validate: --locale 'de_DE' is not a BCP 47 language tag; write it as language-REGION, e.g. de-DE or ko-KR (de-DE). See plotline validate --help.\n");
    const unknown = plotline('diff', 'de.csv', 'de.csv', '--locale', 'xx-YY');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("plotline diff: --locale 'xx-YY' is not a locale Plotline knows dates for; give a language it has, e.g. de-DE, ko-KR or ar-EG. See plotline diff --help.\n");
    expect(plotline('convert', 'de.csv', 'x.plotline', '--locale', 'xx-YY').code).toBe(2);
    expect(plotline('convert', 'de.csv', 'x.plotline', '--locale=').code).toBe(2);
  });
});

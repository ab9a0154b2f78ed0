/**
 * `--locale` on the command line, run as a process (node bin/plotline.mjs): a CSV the app exported
 * with "Dates in my locale's format" under de-DE and ko-KR ('01.03.2027, 09:00', '2027. 3. 1. AM
 * 9:00') goes through `plotline convert --locale` to a .plotline file with the same tasks, dates,
 * durations and percent complete, to the minute; every command that reads plan files takes the
 * option; a locale that is no BCP 47 tag or that the platform has no dates for is a usage mistake.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlotline } from '../../../renderer/domain/formats';
import { writeWorkbook } from '../../../renderer/domain/formats/xlsx/excel-io';
import type { LocalDateTime, Plan } from '../../../renderer/domain/model';
import { buildExport, DEFAULT_CSV_COLUMNS, localeDateFormatter } from '../../../renderer/features/files/export-plan';
import { runPlotline, type CliRun } from '../../support/plotline-process';
import { localePlan, scheduledFacts } from '../../support/locale-plan';

let dir = '';

const plotline = (...args: string[]): CliRun => runPlotline(dir, args);

const file = (name: string): string => path.join(dir, name);

const facts = scheduledFacts;

/** The CSV the app's Export writes with "Dates in my locale's format" in `locale`. */
function exportedCsv(plan: Plan, locale: string): string {
  return String(buildExport(plan, { format: 'csv', columns: DEFAULT_CSV_COLUMNS, localeDates: true }, { now: '2027-02-26T08:00:00.000Z', formatDate: localeDateFormatter(locale) }).data);
}

function readBack(name: string): Plan {
  const read = parsePlotline(readFileSync(file(name), 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  return read.value.plan;
}

const plan = localePlan({ start: '2027-03-01T09:00' as LocalDateTime, buildMinutes: 1920 });

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
    // Eighteen processes one after another: ~9 s on a quiet machine, past the default 20 s on a loaded one (a CI run timed out).
  }, 120_000);

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

/**
 * The `plotline` command line run as a process (node bin/plotline.mjs, as `npx plotline` runs it):
 * exit codes, stdout and stderr on hand-made fixtures in test/fixtures/cli, plus every file of the
 * interop corpus in ../shared/fixtures/interop when it is there. Expected dates are worked out by
 * hand from the fixture: a Monday-Friday 08:00-12:00 + 13:00-17:00 calendar from Mon 2 Mar 2026.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPlotline, type CliRun } from '../../support/plotline-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlanFile } from '../../../renderer/domain/formats';
import { outlineRows, sequentialIds, type LocalDateTime } from '../../../renderer/domain/model';
import { readWorkbook, writeWorkbook } from '../../../renderer/domain/formats/xlsx/excel-io';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/cli');
const corpus = process.env.PLOTLINE_INTEROP_DIR ?? path.resolve(root, '../shared/fixtures/interop');
const hasCorpus = existsSync(corpus);
let out = '';

interface Run { readonly code: number | null; readonly stdout: string; readonly stderr: string }

const plotline = (...args: string[]): CliRun => runPlotline(root, args);

const fixture = (name: string): string => path.join(fixtures, name);
const temp = (name: string): string => path.join(out, name);

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'plotline-cli-'));
  // The first run builds the bundle when it is stale; later runs measure only the command.
  expect(plotline('--version').code).toBe(0);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('plotline --help and --version', () => {
  it('lists every command and prints the package version', () => {
    const help = plotline('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: plotline <command>/);
    for (const name of ['convert', 'schedule', 'validate']) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(plotline('--version').stdout.trim()).toBe(pkg.version);
  });

  it('has help for each command, and refuses an unknown command or option with exit 2', () => {
    for (const name of ['convert', 'schedule', 'validate']) {
      const help = plotline(name, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: plotline ${name} IN`));
    }
    const unknown = plotline('publish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'publish'/);
    const option = plotline('schedule', fixture('chain.xml'), '--colour');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--colour'/);
  });
});

describe('plotline schedule', () => {
  it('prints one CSV row per task with the author UIDs and IDs, seconds, slack in minutes and criticality', () => {
    const run = plotline('schedule', fixture('chain.xml'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // Design 2d from Mon 08:00 ends Tue 17:00; Build (FS) takes Wed; Write notes (1d, unlinked)
    // could slip two working days (960 min) before it delays the Wednesday finish.
    expect(run.stdout.split('\n')).toEqual([
      'uid,id,wbs,name,start,finish,total_slack_minutes,critical',
      '7,1,1,Design,2026-03-02T08:00:00,2026-03-03T17:00:00,0,true',
      '9,2,2,Build,2026-03-04T08:00:00,2026-03-04T17:00:00,0,true',
      '12,3,3,Write notes,2026-03-02T08:00:00,2026-03-02T17:00:00,960,false',
      '',
    ]);
  });

  it('prints JSON, and a status date moves unfinished work after it', () => {
    const run = plotline('schedule', fixture('chain.xml'), '--format', 'json', '--status-date', '2026-03-06');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { uid: string; start: string; finish: string; critical: boolean }[];
    expect(rows.map((r) => r.uid)).toEqual(['7', '9', '12']);
    // Nothing has started by the end of Fri 6 Mar (a status date counts to the end of its day), so
    // Design starts on the next working morning, Mon 9 Mar, and Build follows on Wednesday.
    expect(rows[0]).toMatchObject({ start: '2026-03-09T08:00:00', finish: '2026-03-10T17:00:00' });
    expect(rows[1]).toMatchObject({ start: '2026-03-11T08:00:00', finish: '2026-03-11T17:00:00', critical: true });
  });

  it('convert --status-date writes the dates scheduled at that status date, as schedule prints them', () => {
    const run = plotline('convert', fixture('chain.xml'), temp('status.plotline'), '--status-date', '2026-03-06');
    expect(run.code).toBe(0);
    const file = JSON.parse(readFileSync(temp('status.plotline'), 'utf8')) as { project: { tasks: Record<string, { name: string; start: string; finish: string }> } };
    const byName = new Map(Object.values(file.project.tasks).map((t) => [t.name, [t.start, t.finish]]));
    // As in the schedule test above: nothing started by the end of Fri 6 Mar, so Design runs Mon 9 - Tue 10 and Build on Wed 11.
    expect(byName.get('Design')).toEqual(['2026-03-09T08:00', '2026-03-10T17:00']);
    expect(byName.get('Build')).toEqual(['2026-03-11T08:00', '2026-03-11T17:00']);
  });

  it('refuses a bad --format or --status-date with exit 2', () => {
    expect(plotline('schedule', fixture('chain.xml'), '--format', 'xml').stderr).toMatch(/--format must be csv or json/);
    const date = plotline('schedule', fixture('chain.xml'), '--status-date', '2026-02-30');
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/--status-date '2026-02-30' is not a date/);
  });

  it('reports skipped CSV rows on stderr, each with its row, and exits 3 after printing the others', () => {
    const run = plotline('schedule', fixture('tasks.csv'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^warning: tasks\.csv: row 6, column 1 \(Name\): a task needs a name$/m);
    expect(run.stderr).toMatch(/^plotline schedule: the schedule is printed without 1 input row of tasks\.csv that could not be read \(the warnings above name each row and why\)\.\n$/m);
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
  });
});

describe('plotline validate', () => {
  it('says a good file is valid on stdout (exit 0)', () => {
    const run = plotline('validate', fixture('chain.xml'));
    expect(run).toMatchObject({ code: 0, stdout: 'chain.xml: valid (3 tasks, 0 people)\n', stderr: '' });
  });

  it('refuses a broken XML file with the line and column (exit 1)', () => {
    const run = plotline('validate', fixture('broken.xml'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('plotline validate: broken.xml: XML error at line 9:37: expected </Name> but found </Task>\n');
  });

  it('refuses a loop among links, naming the tasks (exit 1)', () => {
    const run = plotline('validate', fixture('loop.xml'));
    expect(run.code).toBe(1);
    // The link ignored is the one reaching back up the outline (QA, row 2, to Deploy, row 1), on every run.
    expect(run.stderr).toBe("plotline validate: 'loop.xml' is not scheduled as its author wrote it: Tasks form a loop: #1 'Deploy' → #2 'QA' → #1 'Deploy'. The link from #2 'QA' to #1 'Deploy' is ignored until one of these links is removed.\n");
  });

  it('refuses a loop among a CSV\'s links once, naming each task by its row in the file (exit 1)', () => {
    writeFileSync(temp('loop.csv'), 'ID,Name,Duration,Predecessors\n1,Plan,1d,\n2,Design,2d,4\n3,Review,1d,\n4,Build,3d,2\n');
    const run = plotline('validate', temp('loop.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("plotline validate: 'loop.csv' is not scheduled as its author wrote it: Tasks form a loop: row 3 'Design' → row 5 'Build' → row 3 'Design'. The link from row 5 'Build' to row 3 'Design' is ignored until one of these links is removed.\n");
  });

  it('says a CSV that loses rows on import is not valid (exit 1), naming each row; blank rows lose nothing', () => {
    const run = plotline('validate', fixture('bad-rows.csv'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^warning: bad-rows\.csv: row 3, column 3 \(Start\): '2026-02-30' is not a real date: there is no such day in the calendar\.$/m);
    expect(run.stderr).toMatch(/^warning: bad-rows\.csv: row 4, column 2 \(Duration\): 'five days' is not a duration$/m);
    expect(run.stderr).toMatch(/^plotline validate: bad-rows\.csv: not valid: 2 of 4 rows cannot be read and would be left out \(the warnings above name each row and why\)\.\n$/m);
    writeFileSync(temp('blank-rows.csv'), 'Name,Start\nDesign,2026-03-02\n,\n\nBuild,2026-03-03\n');
    const blank = plotline('validate', temp('blank-rows.csv'));
    expect(blank).toMatchObject({ code: 0, stdout: 'blank-rows.csv: valid (2 tasks, 0 people, 1 warning on stderr)\n' });
    expect(blank.stderr).toBe('warning: blank-rows.csv: 1 blank row(s) were skipped.\n');
  });

  it('refuses a renamed zip that is not a workbook, and a file that is not a zip at all', () => {
    const docx = plotline('validate', fixture('renamed-docx.xlsx'));
    expect(docx.code).toBe(1);
    expect(docx.stderr).toMatch(/'renamed-docx\.xlsx' is a zip archive with no worksheets: it is not an Excel workbook/);
    const text = plotline('validate', fixture('tasks.csv').replace('tasks.csv', 'chain.xml'), '--sheet', 'x');
    expect(text.code).toBe(0);
  });
});

describe('plotline convert', () => {
  it('converts MSPDI to .plotline, .xml, .csv, .ics and .xlsx (exit 0), and the .plotline reads back with the same schedule', () => {
    for (const ext of ['plotline', 'xml', 'csv', 'ics', 'xlsx']) {
      const run = plotline('convert', fixture('chain.xml'), temp(`chain.${ext}`));
      expect(run.code, `${ext}: ${run.stderr}`).toBe(0);
      expect(statSync(temp(`chain.${ext}`)).size).toBeGreaterThan(100);
    }
    expect(plotline('schedule', temp('chain.plotline')).stdout).toBe(plotline('schedule', fixture('chain.xml')).stdout);
    // The MSPDI export keeps the author's UIDs (7, 9, 12) and IDs, and the link by UID.
    const xml = readFileSync(temp('chain.xml'), 'utf8');
    expect([...xml.matchAll(/<Task>\s*<UID>(\d+)<\/UID>\s*<ID>(\d+)<\/ID>/g)].map((m) => `${m[1] ?? ''}/${m[2] ?? ''}`)).toEqual(['7/1', '9/2', '12/3']);
    expect(xml).toContain('<PredecessorUID>7</PredecessorUID>');
  });

  it('names what the target format cannot carry on stderr', () => {
    const run = plotline('convert', fixture('chain.xml'), temp('chain-warn.csv'));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: chain-warn\.csv: not written to \.csv: 1 calendar \(working hours/m);
    // A file that cannot be written is refused alone: no word of what it would have left out.
    const unwritable = plotline('convert', fixture('chain.xml'), temp('no-such-folder/chain-warn.csv'));
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/^plotline convert: Cannot write '.*chain-warn\.csv'/);
    expect(unwritable.stderr).not.toMatch(/not written to/);
  });

  it('writes an .xlsx whose dates are dates and durations numbers, which converts back to the same schedule', async () => {
    expect(plotline('convert', fixture('chain.xml'), temp('round.xlsx')).code).toBe(0);
    const workbook = await readWorkbook(readFileSync(temp('round.xlsx')), 'round.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    expect(workbook.value.sheets.map((s) => s.name)).toEqual(['Tasks', 'People', 'Assignments']);
    const [header, design] = workbook.value.sheets[0]?.rows ?? [];
    const at = (name: string) => design?.[header?.indexOf(name) ?? -1];
    expect(at('Start')).toEqual({ date: '2026-03-02T08:00' });
    expect(at('Duration')).toBe(2);
    // The .xlsx carries no calendar, so it reads back on 09:00-17:00; the durations and links hold.
    const back = plotline('schedule', temp('round.xlsx'));
    expect(back.code).toBe(0);
    expect(back.stdout.split('\n').slice(1, 4).map((l) => l.split(',').slice(1, 6).join(','))).toEqual([
      '1,1,Design,2026-03-02T09:00:00,2026-03-03T17:00:00',
      '2,2,Build,2026-03-04T09:00:00,2026-03-04T17:00:00',
      '3,3,Write notes,2026-03-02T09:00:00,2026-03-02T17:00:00',
    ]);
  });

  it('writes .gan (GanttProject) with the same tasks and dates, naming on stderr what .gan cannot hold', () => {
    const gan = plotline('convert', fixture('chain.xml'), temp('out.gan'));
    expect(gan.code).toBe(0);
    expect(readFileSync(temp('out.gan'), 'utf8')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<project name=/);
    expect(gan.stderr).toMatch(/^warning: out\.gan: not written to \.gan: \d+ day\(s\) of the week with working hours other than 09:00-17:00/m);
    // Same names and days; the times are GanttProject's whole days (09:00-17:00) instead of the fixture's 08:00-17:00.
    const days = (run: Run): string[] => run.stdout.trim().split('\n').slice(1).map((l) => {
      const [, , , name = '', start = '', finish = ''] = l.split(',');
      return `${name} ${start.slice(0, 10)}..${finish.slice(0, 10)}`;
    });
    expect(days(plotline('schedule', temp('out.gan')))).toEqual(days(plotline('schedule', fixture('chain.xml'))));
    expect(days(plotline('schedule', temp('out.gan')))).toEqual(['Design 2026-03-02..2026-03-03', 'Build 2026-03-04..2026-03-04', 'Write notes 2026-03-02..2026-03-02']);
  });

  it('writes a CSV with an unreadable row without that row and exits 3, naming the row on stderr', () => {
    writeFileSync(temp('one-bad-row.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,3d,2026-02-30\nTest,1d,2026-03-09\n');
    const run = plotline('convert', temp('one-bad-row.csv'), temp('one-bad-row.plotline'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^warning: one-bad-row\.csv: row 3, column 3 \(Start\): '2026-02-30' is not a real date: there is no such day in the calendar\.$/m);
    expect(run.stderr).toMatch(/^plotline convert: one-bad-row\.plotline is written without 1 input row of one-bad-row\.csv that could not be read \(the warnings above name each row and why\)\.\n$/m);
    const file = JSON.parse(readFileSync(temp('one-bad-row.plotline'), 'utf8')) as { project: { tasks: Record<string, { name: string }> } };
    expect(Object.values(file.project.tasks).map((t) => t.name).sort()).toEqual(['Design', 'Test']);
  });

  it('writes a CSV with a row dated past 2200 without that row and exits 3, as for any unreadable row', () => {
    writeFileSync(temp('far-row.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,3d,2301-01-05\nTest,1d,2026-03-09\n');
    const run = plotline('convert', temp('far-row.csv'), temp('far-row.plotline'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^warning: far-row\.csv: row 3, column 3 \(Start\): '2301-01-05' is outside the years Plotline plans: 1900 to 2200\.$/m);
    expect(run.stderr).toMatch(/^plotline convert: far-row\.plotline is written without 1 input row of far-row\.csv that could not be read \(the warnings above name each row and why\)\.\n$/m);
    const file = JSON.parse(readFileSync(temp('far-row.plotline'), 'utf8')) as { project: { tasks: Record<string, { name: string }> } };
    expect(Object.values(file.project.tasks).map((t) => t.name).sort()).toEqual(['Design', 'Test']);
  });

  it('writes a CSV with a row lasting over 20 years without that row and exits 3, as for any unreadable row', () => {
    writeFileSync(temp('long-row.csv'), 'Name,Duration,Start\nDesign,2d,2026-03-02\nBuild,30000d,2026-03-04\nTest,1d,2026-03-09\n');
    const run = plotline('convert', temp('long-row.csv'), temp('long-row.plotline'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^warning: long-row\.csv: row 3, column 2 \(Duration\): '30000d' is too long: a task can last at most 21,915 working days\.$/m);
    expect(run.stderr).toMatch(/^plotline convert: long-row\.plotline is written without 1 input row of long-row\.csv that could not be read \(the warnings above name each row and why\)\.\n$/m);
    const file = JSON.parse(readFileSync(temp('long-row.plotline'), 'utf8')) as { project: { tasks: Record<string, { name: string }> } };
    expect(Object.values(file.project.tasks).map((t) => t.name).sort()).toEqual(['Design', 'Test']);
  });

  it('exits 0 for a clean CSV, though a blank row is skipped and .ics cannot carry its people', () => {
    writeFileSync(temp('clean.csv'), 'Name,Duration,Start,Resource Names\nDesign,2d,2026-03-02,Ana\n,,,\nTest,1d,2026-03-09,Ana\n');
    const run = plotline('convert', temp('clean.csv'), temp('clean.ics'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('warning: clean.csv: 1 blank row(s) were skipped.\nwarning: clean.ics: not written to .ics: 1 person.\nwarning: clean.ics: not written to .ics: 2 assignments.\n');
    expect(readFileSync(temp('clean.ics'), 'utf8').match(/^SUMMARY:.*$/gm)).toEqual(['SUMMARY:Design', 'SUMMARY:Test']);
  });

  it('refuses an unknown extension with exit 2, and writes nothing', () => {
    const run = plotline('convert', fixture('chain.xml'), temp('out.pdf'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write 'out\.pdf'/);
    expect(existsSync(temp('out.pdf'))).toBe(false);
  });

  it('refuses bad input with exit 1, naming the file and the line, and writes no partial file', () => {
    const run = plotline('convert', fixture('broken.xml'), temp('broken.plotline'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.xml: XML error at line 9:37/);
    expect(existsSync(temp('broken.plotline'))).toBe(false);
  });

  it('refuses an .xlsx with merged header cells, and one of 100,000 rows, saying where', async () => {
    const merged = await writeWorkbook({ sheets: [{ name: 'Plan', rows: [['Task', null, 'Start'], ['Design', 'x', { date: '2026-03-02T09:00' as LocalDateTime }]] }] });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(merged).buffer);
    book.worksheets[0]?.mergeCells('A1:B1');
    writeFileSync(temp('merged.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
    const run = plotline('convert', temp('merged.xlsx'), temp('merged.plotline'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Sheet 'Plan', cells A1:B1: the header row has merged cells/);
    expect(existsSync(temp('merged.plotline'))).toBe(false);

    const rows = [['Name', 'Duration'], ...Array.from({ length: 100_000 }, (_, i) => [`Task ${String(i + 1)}`, 1])];
    writeFileSync(temp('huge.xlsx'), await writeWorkbook({ sheets: [{ name: 'Tasks', rows }] }));
    const huge = plotline('convert', temp('huge.xlsx'), temp('huge.plotline'));
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(/Sheet 'Tasks' has 100,000 rows below its header; Plotline imports up to 50,000 tasks from one sheet \(row 50,002|row 50002/);
    expect(existsSync(temp('huge.plotline'))).toBe(false);
  }, 120_000);
});

if (!hasCorpus) it.skip(`interop corpus skipped: ${corpus} is missing (it lives next to the repo in ../shared)`, () => undefined);

describe.skipIf(!hasCorpus)('the interop corpus through the command line', () => {
  const files = hasCorpus ? ['mspdi', 'gan'].flatMap((sub) => readdirSync(path.join(corpus, sub)).map((name) => path.join(sub, name))) : [];

  // One process per file (the machine is shared): convert to .xlsx, then read the workbook here.
  it.each(files)('%s converts to .xlsx with every task, in outline order', async (file) => {
    const input = path.join(corpus, file);
    const output = temp(`${path.basename(file)}.xlsx`);
    const run = plotline('convert', input, output);
    expect(run.code, run.stderr).toBe(0);
    const imported = importPlanFile(path.basename(file), readFileSync(input, 'utf8'), { newId: sequentialIds('c'), now: '2026-01-01T00:00:00Z' });
    if (!imported.ok) throw new Error(imported.error.message);
    const workbook = await readWorkbook(readFileSync(output), output);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const names = outlineRows(imported.value.plan.tasks).map((r) => r.task.name);
    expect(workbook.value.sheets[0]?.rows.slice(1).map((row) => row[2] ?? '')).toEqual(names);
  }, 60_000);
});

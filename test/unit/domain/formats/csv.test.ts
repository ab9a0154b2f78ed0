import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvRowsToPlan, exportTasksCsv, formatCsvCell, guessMapping, importCsv, parseCsv,
} from '../../../../renderer/domain/formats/csv';
import { sequentialIds } from '../../../../renderer/domain/model';
import { samplePlan } from './sample-plan';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const ctx = () => ({ newId: sequentialIds('c'), now: '2026-03-01T12:00:00.000Z' });

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, newlines in quotes, CRLF, a BOM and ; detection', () => {
    const result = parseCsv(readFileSync(path.join(repoRoot, 'test/fixtures/csv/tasks-semicolon.csv'), 'utf8'));
    expect(result.ok && result.value.delimiter).toBe(';');
    const rows = result.ok ? result.value.rows : [];
    expect(rows[0]).toEqual(['Name', 'Start', 'Duration', '% Complete', 'Outline level', 'Notes']);
    expect(rows[1]?.[5]).toBe('Line one\r\nline "two"; with semicolon');
    expect(rows).toHaveLength(6);
    expect(parseCsv('a,b\n1,2').ok && parseCsv('a,b\n1,2')).toMatchObject({ value: { delimiter: ',', rows: [['a', 'b'], ['1', '2']] } });
  });

  it('reports an unclosed quote with its row', () => {
    const result = parseCsv('a,b\n1,"oops\n');
    expect(result.ok || result.error.message).toBe('Row 2: a quoted cell is never closed.');
  });
});

describe('CSV export', () => {
  it('writes chosen columns with the caller\'s date format, RFC 4180 quoting and CRLF', () => {
    const csv = exportTasksCsv(samplePlan(), { columns: ['wbs', 'name', 'start', 'duration', 'predecessors', 'resources', 'notes'], formatDate: (d) => d.slice(8, 10) + '/' + d.slice(5, 7) + '/' + d.slice(0, 4) });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFWBS,Name,Start,Duration,Predecessors,Resources,Notes');
    expect(csv).toContain('\r\n1,Design,02/03/2026,3d,,,"Line one\nline two, with; commas"\r\n');
    expect(csv).toContain('1.1,Spec ✍ Müller,02/03/2026,2d,,Ada[50%],');
    // Predecessors name rows by ID (their position, as MS Project does): Spec is row 2, Review row 3.
    expect(csv).toContain('1.2,Review,04/03/2026,1d,2FS+1d,,');
    expect(csv).toContain('2,Launch,05/03/2026,0d,3SS-4h;2FF+2ed,,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes an elapsed duration in elapsed units, and reads it back as one', () => {
    const plan = samplePlan();
    const elapsed = { ...plan, tasks: { ...plan.tasks, t3: { ...plan.tasks.t3!, durationMinutes: 2880, durationIsElapsed: true } } };
    const csv = exportTasksCsv(elapsed, { columns: ['name', 'start', 'duration'], formatDate: (d) => d.slice(0, 10) });
    expect(csv).toContain('\r\nReview,2026-03-04,2ed\r\n');
    const back = importCsv(csv.replace('\uFEFF', ''), ctx());
    if (!back.ok) throw new Error(back.error.message);
    const review = Object.values(back.value.plan.tasks).find((t) => t.name === 'Review');
    expect(review).toMatchObject({ durationMinutes: 2880, durationIsElapsed: true, start: '2026-03-04T09:00', finish: '2026-03-06T09:00' });
  });

  it('neutralises formula injection', () => {
    for (const evil of ['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) expect(formatCsvCell(evil).replace(/^"/, '')).toMatch(/^'/);
    expect(formatCsvCell('=1,2')).toBe('"\'=1,2"');
    expect(formatCsvCell('plain')).toBe('plain');
  });
});

describe('CSV import', () => {
  it('maps columns to tasks with nesting and per-row error messages', () => {
    const result = importCsv(readFileSync(path.join(repoRoot, 'test/fixtures/csv/tasks-semicolon.csv'), 'utf8'), ctx());
    if (!result.ok) throw new Error(result.error.message);
    const { plan, rowErrors } = result.value;
    expect(rowErrors).toEqual(["row 4, column 3 (Duration): '3x' is not a duration", "row 5, column 2 (Start): '2026-02-30' is not a real date: there is no such day in the calendar."]);
    const tasks = Object.values(plan.tasks);
    expect(tasks.map((t) => t.name)).toEqual(['Design', 'Spec', 'Launch']);
    expect(tasks[0]).toMatchObject({ kind: 'summary', durationMinutes: 1440, percentComplete: 50, start: '2026-03-02T09:00', finish: '2026-03-04T17:00' });
    expect(tasks[1]).toMatchObject({ parentId: tasks[0]!.id, percentComplete: 100 });
    expect(tasks[2]).toMatchObject({ kind: 'milestone', start: '2026-03-09T17:00' });
  });

  it('names the row, the column number and the header in every per-cell message, as a spreadsheet shows the cell', () => {
    const header = 'Task name,Begin,End,Duration,Original estimate,% Complete,Priority,Level,Phase,Parent,Depends on,Assignees';
    const rows = [
      'Design,2026-03-02,,1d,,,,,,,,',
      ',2026-03-02,,,,,,,,,,',
      'Build,2026-03-02,,3x,,,,,,,,',
      'Test,,,,lots,,,,,,,',
      'Docs,,,,,150%,,,,,,',
      'Ops,,,,,,high,,,,,',
      'Ship,,,,,,,0,,,,',
      'Tune,,,,,,,,Later,,,',
      'Late,2026-03-05,2026-03-02,,,,,,,,,',
      'Plan,,,,,,,,,PAY-9,1FS+2x;99,Ana[0%]',
    ];
    const back = importCsv([header, ...rows].join('\n'), ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([
      'row 3, column 1 (Task name): a task needs a name',
      "row 4, column 4 (Duration): '3x' is not a duration",
      "row 5, column 5 (Original estimate): 'lots' is not a number of seconds",
      "row 6, column 6 (% Complete): '150%' is not a number from 0 to 100",
      "row 7, column 7 (Priority): 'high' is not a number from 0 to 1000",
      "row 8, column 8 (Level): '0' is not a number from 1 to 100",
      "row 9, column 9 (Phase): 'Later' is not a phase (initiation, planning, execution, monitoring, closure)",
      "row 10, column 3 (End): '2026-03-02' is before the start",
    ]);
    expect(back.value.warnings).toEqual(expect.arrayContaining([
      "row 11, column 10 (Parent): 'PAY-9' is not a row of this file; the task stays where its outline puts it.",
      "row 11, column 11 (Depends on): '1FS+2x' is not a predecessor such as 3FS+2d; the link is left out.",
      "row 11, column 11 (Depends on): '99' is not a row of this file; the link from it is left out.",
      "row 11, column 12 (Assignees): 'Ana[0%]' is not a name with optional units such as Ana[50%]; left out.",
    ]));
  });

  it('skips a row dated outside 1900-2200, ISO or not, as it skips 30 February, and keeps the rest of the file', () => {
    const header = 'Name,Start,Duration,Deadline';
    const rows = ['Design,2026-03-02,1d,', 'Far,2301-01-05,1d,', 'Old,,1d,1850-06-01', 'Long,2200-12-29,10d,', 'Far too,05/01/2301,1d,', 'Build,2026-03-03,2d,'];
    const back = importCsv([header, ...rows].join('\n'), ctx(), { dateOrder: 'dmy' });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([
      "row 3, column 2 (Start): '2301-01-05' is outside the years Plotline plans: 1900 to 2200.",
      "row 4, column 4 (Deadline): '1850-06-01' is outside the years Plotline plans: 1900 to 2200.",
      "row 5, column 3 (Duration): '10d' from 2200-12-29 09:00 would finish on 2201-01-09 17:00, outside the years Plotline plans: 1900 to 2200.",
      "row 6, column 2 (Start): '05/01/2301' is outside the years Plotline plans: 1900 to 2200.",
    ]);
    expect(Object.values(back.value.plan.tasks).map((t) => t.name)).toEqual(['Design', 'Build']);
    expect(back.value.warnings).toContain('4 row(s) were skipped because of errors.');
  });

  it('skips a row lasting longer than a task can (20 years) with its cell, and keeps the rest of the file', () => {
    const header = 'Name,Duration,Original estimate';
    const rows = ['Design,2d,', 'Long,30000d,', 'Longer,9000ed,', 'Estimated,,999999999', 'Build,3d,'];
    const back = importCsv([header, ...rows].join('\n'), ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.rowErrors).toEqual([
      "row 3, column 2 (Duration): '30000d' is too long: a task can last at most 21,915 working days.",
      "row 4, column 2 (Duration): '9000ed' is too long: a task can last at most 7,305 elapsed days (20 years).",
      "row 5, column 3 (Original estimate): '999999999' is too long: a task can last at most 631,152,000 seconds of work.",
    ]);
    expect(Object.values(back.value.plan.tasks).map((t) => t.name)).toEqual(['Design', 'Build']);
    expect(back.value.warnings).toContain('3 row(s) were skipped because of errors.');
  });

  it('leaves out a link whose lag is longer than a plan holds, naming its cell, and keeps both tasks', () => {
    const back = importCsv('Name,Duration,Predecessors\nDesign,2d,\nBuild,1d,1FS+30000d\nTest,1d,2SS-9000ed\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toEqual(expect.arrayContaining([
      "row 3, column 3 (Predecessors): '1FS+30000d' has too long a lag: a lag can be at most 21,915 working days, ahead or back; the link is left out.",
      "row 4, column 3 (Predecessors): '2SS-9000ed' has too long a lag: a lag can be at most 7,305 elapsed days (20 years), ahead or back; the link is left out.",
    ]));
    expect(Object.values(back.value.plan.tasks).map((t) => t.name)).toEqual(['Design', 'Build', 'Test']);
    expect(Object.keys(back.value.plan.links)).toHaveLength(0);
  });

  it('names a loop among the links by each task\'s file row as well as its name, so it can be found in the spreadsheet', () => {
    const back = importCsv('ID,Name,Duration,Predecessors\n1,Plan,1d,\n2,Design,2d,4\n3,Review,1d,\n4,Build,3d,2\n', ctx());
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.warnings).toContain(
      "Tasks form a loop: row 3 'Design' → row 5 'Build' → row 3 'Design'. The link from row 5 'Build' to row 3 'Design' is ignored until one of these links is removed.");
  });

  it('names the field, not a task\'s cell, as the column\'s header of a file without a header row', () => {
    const back = csvRowsToPlan([['Design', '1d'], ['Build', '3x']], { name: 0, duration: 1 }, ctx(), { hasHeader: false });
    expect(back.ok && back.value.rowErrors).toEqual(["row 2, column 2 (Duration): '3x' is not a duration"]);
  });

  it('skips a row of empty cells as a blank line, not a row error; predecessors still count it as a row', () => {
    const result = importCsv('Name,Duration,Predecessors\nDesign,2d,\n,,\nBuild,1d,1\nTest,1d,3\n', ctx());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.rowErrors).toEqual([]);
    expect(result.value.warnings).toContain('1 blank row(s) were skipped.');
    const name = (id: string) => result.value.plan.tasks[id]?.name;
    expect(Object.values(result.value.plan.links).map((l) => `${String(name(l.predecessorId))}>${String(name(l.successorId))}`).sort()).toEqual(['Build>Test', 'Design>Build']);
  });

  it('guesses a mapping from headers and uses a caller date parser', () => {
    expect(guessMapping(['Task Name', 'Begin', 'End date', 'Progress'])).toEqual({ name: 0, start: 1, finish: 2, percentComplete: 3 });
    const parseDate = (s: string) => {
      const m = /^(\d\d)\.(\d\d)\.(\d{4})$/.exec(s);
      return m ? (`${m[3]!}-${m[2]!}-${m[1]!}T09:00` as never) : null;
    };
    const result = csvRowsToPlan([['X', '02.03.2026', '1w']], { name: 0, start: 1, duration: 2 }, ctx(), { parseDate, hasHeader: false });
    expect(result.ok && Object.values(result.value.plan.tasks)[0]).toMatchObject({ start: '2026-03-02T09:00', finish: '2026-03-06T17:00', durationMinutes: 2400 });
    expect(csvRowsToPlan([], {}, ctx()).ok).toBe(false);
  });
});

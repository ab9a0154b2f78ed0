import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRowsToPlan } from '../../../../renderer/domain/formats';
import { sequentialIds } from '../../../../renderer/domain/model';
import { assignColumn, fieldOfColumn, initialMapping, previewOf, PREVIEW_COLUMNS } from '../../../../renderer/features/files/csv-mapping';
import { jobFor, runFileJob } from '../../../../renderer/features/files/file-jobs';
import { parseOffThread } from '../../../../renderer/features/files/parse-off-thread';

const header = ['Task', 'Begin', 'Length', 'Remarks'];

describe('CSV mapping state', () => {
  it('starts from the header guess', () => {
    const mapping = initialMapping(header);
    expect(mapping).toEqual({ name: 0, start: 1 });
    expect(fieldOfColumn(mapping, 0)).toBe('name');
    expect(fieldOfColumn(mapping, 2)).toBeNull();
  });

  it('keeps one column per field and one field per column', () => {
    let mapping = initialMapping(header);
    mapping = assignColumn(mapping, 2, 'duration');
    expect(mapping).toEqual({ name: 0, start: 1, duration: 2 });
    mapping = assignColumn(mapping, 3, 'name');
    expect(mapping).toEqual({ name: 3, start: 1, duration: 2 });
    mapping = assignColumn(mapping, 1, 'notes');
    expect(mapping).toEqual({ name: 3, notes: 1, duration: 2 });
    expect(assignColumn(mapping, 2, null)).toEqual({ name: 3, notes: 1 });
  });

  it('previews the header and first rows, padded to the widest row', () => {
    const rows = [['a', 'b'], ['1'], ['2', '3', '4'], ['5'], ['6'], ['7'], ['8']];
    expect(previewOf(rows, 2)).toEqual({ header: ['a', 'b', ''], body: [['1', '', ''], ['2', '3', '4']], totalColumns: 3 });
  });

  it('previews a bounded sample of a very wide file, and says how wide it was', () => {
    const wide = [Array.from({ length: 5000 }, (_, i) => `C${String(i)}`), Array.from({ length: 5000 }, () => 'x')];
    const started = performance.now();
    const preview = previewOf(wide);
    expect(performance.now() - started).toBeLessThan(200);
    expect(preview.header).toHaveLength(PREVIEW_COLUMNS);
    expect(preview.body[0]).toHaveLength(PREVIEW_COLUMNS);
    expect(preview.totalColumns).toBe(5000);
  });

  it('turns a mapped file into tasks with per-row errors', async () => {
    const text = readFileSync('test/fixtures/csv/tasks-semicolon.csv', 'utf8');
    const { format, job } = jobFor('tasks.csv', text, '2026-03-02T08:00:00.000Z');
    expect(format).toBe('csv');
    const parsed = await parseOffThread<'csv'>(job as Extract<typeof job, { kind: 'csv' }>, { fileName: 'tasks.csv' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const mapping = initialMapping(parsed.value.rows[0] ?? []);
    const result = csvRowsToPlan(parsed.value.rows, mapping, { newId: sequentialIds('c'), now: '2026-03-02T08:00:00.000Z' });
    expect(result.ok && result.value.rowErrors).toEqual(["row 4, column 3 (Duration): '3x' is not a duration", "row 5, column 2 (Start): '2026-02-30' is not a real date: there is no such day in the calendar."]);
  });
});

describe('file jobs', () => {
  it('opens the MS Project fixture as a plan and refuses a malformed file with where it broke', () => {
    const xml = readFileSync('test/fixtures/mspdi/features.xml', 'utf8');
    const plan = runFileJob<'plan'>({ kind: 'plan', fileName: 'features.xml', text: xml, now: '2026-03-02T08:00:00.000Z' });
    expect(plan.ok && plan.value.summary.tasks).toBeGreaterThan(0);
    const broken = runFileJob<'plan'>({ kind: 'plan', fileName: 'broken.xml', text: '<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task>', now: '2026-03-02T08:00:00.000Z' });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error.message.length).toBeGreaterThan(10);
  });

  it('sends .ics files to the holiday importer', () => {
    const text = readFileSync('test/fixtures/ics/holidays.ics', 'utf8');
    const { format, job } = jobFor('holidays.ics', text, '2026-03-02T08:00:00.000Z');
    expect(format).toBe('ical');
    const result = runFileJob<'holidays'>(job as Extract<typeof job, { kind: 'holidays' }>);
    expect(result.ok && result.value.exceptions.map((e) => e.name)).toContain('New Year');
  });
});

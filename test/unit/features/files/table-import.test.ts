/**
 * Issue 19: a CSV/XLSX import does work in proportion to what a person can use. The mapping
 * preview gets a bounded sample (PREVIEW_ROWS x PREVIEW_COLUMNS) of any table, however wide or
 * long; a table past MAX_TABLE_ROWS is refused as soon as reading passes the limit; files over
 * 10 MB ask first and over 50 MB are refused; and the worker conversation ends with a message on
 * a timeout or a Cancel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../../../renderer/domain/formats';
import { MAX_TABLE_ROWS, PREVIEW_COLUMNS, PREVIEW_ROWS, sampleSentence, sizeRule } from '../../../../renderer/features/files/import-limits';
import { TableImportHost, type TableRequest } from '../../../../renderer/features/files/table-import';
import {
  CANCELLED, startTableSession, type TableMessage, type TableWorkerReply, type WorkerLike,
} from '../../../../renderer/features/files/table-session';

const NOW = '2026-03-02T08:00:00.000Z';
const MB = 1024 * 1024;

function wideCsv(columns: number, rows: number): string {
  const header = Array.from({ length: columns }, (_, i) => (i === 0 ? 'Name' : `Extra ${String(i)}`)).join(',');
  const row = (n: number) => [`Task ${String(n)}`, ...Array.from({ length: columns - 1 }, (_, i) => String(i))].join(',');
  return [header, ...Array.from({ length: rows }, (_, n) => row(n + 1))].join('\n');
}

describe('the bounded sample', () => {
  it('gives the preview 5 rows of 40 columns from a 5,000-column CSV, with the true size, and checks every row', async () => {
    const host = new TableImportHost();
    const opened = await host.handle({ op: 'open', source: { kind: 'csv', fileName: 'wide.csv', text: wideCsv(5000, 20) } }, () => undefined);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.header).toHaveLength(PREVIEW_COLUMNS);
    expect(opened.value.header.slice(0, 2)).toEqual(['Name', 'Extra 1']);
    expect(opened.value.body).toHaveLength(PREVIEW_ROWS);
    expect(opened.value.body.every((r) => r.length === PREVIEW_COLUMNS)).toBe(true);
    expect(opened.value).toMatchObject({ totalRows: 20, totalColumns: 5000 });
    const check = await host.handle({ op: 'check', mapping: { name: 0 }, planName: 'wide', now: NOW }, () => undefined);
    expect(check.result.ok && check.result.value.taskCount).toBe(20);
    const plan = await host.handle({ op: 'plan' }, () => undefined);
    expect(plan.ok && Object.values(plan.value.tasks).map((t) => t.name).sort().slice(0, 2)).toEqual(['Task 1', 'Task 10']);
  });

  it('says in words what the sample is', () => {
    expect(sampleSentence(5, 20, 40, 5000)).toBe('The preview shows the first 5 of 20 rows and the first 40 of 5,000 columns (only these can be mapped); every row is checked in the background.');
    expect(sampleSentence(1, 1, 2, 2)).toBe('The preview shows all 1 row and all 2 columns; every row is checked in the background.');
  });

  it('keeps only the columns that can be mapped while counting them all, and stops one row past the row limit', () => {
    const parsed = parseCsv('a,b,c,d\n1,2,3,4,5\n6\n7\n', undefined, { maxColumns: 2, maxRows: 2 });
    expect(parsed).toEqual({ ok: true, value: { rows: [['a', 'b'], ['1', '2']], delimiter: ',', widestRow: 5, isTruncated: true } });
    const progress: number[] = [];
    parseCsv(`Name\n${`${'x'.repeat(100)}\n`.repeat(6_000)}`, undefined, { onProgress: (f) => progress.push(f) });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((f, i) => f > 0 && f < 1 && (i === 0 || f > (progress[i - 1] ?? 0)))).toBe(true);
  });

  it(`refuses a CSV with more than ${MAX_TABLE_ROWS.toLocaleString('en-US')} rows with the first row past the limit, without reading the rest`, async () => {
    const text = `Name\n${'Task\n'.repeat(MAX_TABLE_ROWS + 1)}${'never read,'.repeat(10).concat('\n').repeat(200_000)}`;
    const started = performance.now();
    const opened = await new TableImportHost().handle({ op: 'open', source: { kind: 'csv', fileName: 'long.csv', text } }, () => undefined);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(opened).toEqual({
      ok: false,
      error: {
        message: "'long.csv' has more than 50,000 rows below its header; Plotline imports up to 50,000 tasks from one table (row 50,002 is the first past the limit). Split the file and import the parts.",
        where: 'row 50002',
      },
    });
  });
});

describe('the size rule', () => {
  it('reads up to 10 MB, asks above it, and refuses above 50 MB, saying the sizes', () => {
    expect(sizeRule('plan.csv', 10 * MB)).toEqual({ kind: 'read' });
    const ask = sizeRule('big.csv', 10 * MB + 1);
    expect(ask).toMatchObject({ kind: 'ask', sizeMb: '10' });
    expect(ask.kind === 'ask' && ask.message).toBe('“big.csv” is 10 MB, more than the 10 MB Plotline opens without asking. Reading it runs in the background with a Cancel button; Plotline reads up to 50,000 rows of a table and stops any read that takes over 20 s, with a message.');
    expect(sizeRule('huge.csv', 45 * MB)).toMatchObject({ kind: 'ask', sizeMb: '45' });
    expect(sizeRule('vast.csv', 50 * MB)).toMatchObject({ kind: 'ask' });
    expect(sizeRule('vast.csv', 200 * MB)).toEqual({ kind: 'refuse', message: '“vast.csv” is 200 MB; Plotline opens files up to 50 MB.' });
  });
});

/** A worker that runs the host as import-worker.ts does, or never answers (a runaway read). */
class StubWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<TableWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  isTerminated = false;
  private readonly host = new TableImportHost();
  constructor(private readonly answers: boolean) {}
  postMessage(message: TableMessage): void {
    if (!this.answers) return;
    const send = (data: TableWorkerReply) => { if (!this.isTerminated) this.onmessage?.({ data } as MessageEvent<TableWorkerReply>); };
    void this.host.handle(message.request, (progress) => send({ id: message.id, progress }))
      .then((result) => send({ id: message.id, reply: JSON.stringify(result) }));
  }
  terminate(): void { this.isTerminated = true; }
}

const open = (text: string): Extract<TableRequest, { op: 'open' }> => ({ op: 'open', source: { kind: 'csv', fileName: 'tasks.csv', text } });

describe('the import worker conversation', () => {
  afterEach(() => vi.useRealTimers());

  it('answers through the worker with progress on the way', async () => {
    const worker = new StubWorker(true);
    const session = startTableSession({ fileName: 'tasks.csv', startWorker: () => worker });
    const progress: (number | null)[] = [];
    // 2,000 names of 200 characters: 400 K characters, past the first progress step (256 K).
    const opened = await session.request(open(`Name\n${`${'x'.repeat(200)}\n`.repeat(2_000)}`), (p) => progress.push(p));
    expect(opened.ok && opened.value.totalRows).toBe(2_000);
    expect(progress.length).toBeGreaterThan(0);
    const check = await session.request({ op: 'check', mapping: { name: 0 }, planName: 'tasks', now: NOW });
    expect(check.result.ok && check.result.value.taskCount).toBe(2_000);
  });

  it('stops a read that runs past the time limit, ends the worker, and says so', async () => {
    vi.useFakeTimers();
    const worker = new StubWorker(false);
    const session = startTableSession({ fileName: 'slow.csv', startWorker: () => worker, timeoutMs: 20_000 });
    const pending = session.request(open('Name\nA\n'));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await pending).toEqual({
      ok: false,
      error: {
        message: "Reading 'slow.csv' took longer than 20 s, so Plotline stopped. The file may be damaged or far larger than a task list usually is; split it and import the parts.",
        where: 'the whole file',
      },
    });
    expect(worker.isTerminated).toBe(true);
    const after = await session.request({ op: 'check', mapping: { name: 0 }, planName: 'slow', now: NOW });
    expect(after.result.ok).toBe(false);
  });

  it('Cancel ends the worker at once and answers the running request as cancelled', async () => {
    const worker = new StubWorker(false);
    const session = startTableSession({ fileName: 'big.csv', startWorker: () => worker });
    const pending = session.request(open('Name\nA\n'));
    session.cancel();
    expect(await pending).toEqual({ ok: false, error: { message: 'The import was cancelled.', where: CANCELLED } });
    expect(worker.isTerminated).toBe(true);
  });
});

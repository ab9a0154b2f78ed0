import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeJobReply, decodeJobResult, encodeJobResult, headOf, jobFor, replyToJob, runFileJob } from '../../../../renderer/features/files/file-jobs';
import { dropSpareWorker, IDLE_WORKER_MS, parseOffThread, warmUpParser } from '../../../../renderer/features/files/parse-off-thread';

/** A worker that never answers (a runaway parse), fails to start, or answers as import-worker.ts does. */
class StubWorker {
  static last: StubWorker | null = null;
  static started = 0;
  static failToStart = false;
  static answers = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  isTerminated = false;
  jobs = 0;
  warmUps = 0;
  constructor(readonly url: URL) {
    StubWorker.last = this;
    StubWorker.started++;
  }
  postMessage(job: Parameters<typeof runFileJob>[0] | { warmUp: true }): void {
    if ('warmUp' in job) {
      this.warmUps++;
      return;
    }
    this.jobs++;
    if (StubWorker.failToStart) queueMicrotask(() => this.onerror?.({ preventDefault: () => undefined }));
    if (StubWorker.answers) queueMicrotask(() => replyToJob(job, runFileJob(job), (text) => this.onmessage?.({ data: text } as MessageEvent)));
  }
  terminate(): void { this.isTerminated = true; }
}

afterEach(() => {
  dropSpareWorker();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  StubWorker.failToStart = false;
  StubWorker.answers = false;
  StubWorker.started = 0;
});

describe('parseOffThread', () => {
  it('stops a parse that runs past the time limit and says so', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', StubWorker);
    const pending = parseOffThread<'csv'>({ kind: 'csv', text: 'a,b' }, { fileName: 'huge.csv', timeoutMs: 20_000 });
    expect(StubWorker.last?.url.pathname).toMatch(/import-worker\.ts$/);
    await vi.advanceTimersByTimeAsync(20_000);
    const result = await pending;
    expect(!result.ok && result.error.message).toBe("Reading 'huge.csv' took longer than 20 s, so Plotline stopped. The file may be damaged or far larger than a plan file usually is.");
    expect(StubWorker.last?.isTerminated).toBe(true);
  });

  it('parses in the page when the worker cannot start', async () => {
    StubWorker.failToStart = true;
    vi.stubGlobal('Worker', StubWorker);
    const result = await parseOffThread<'csv'>({ kind: 'csv', text: 'a,b\n1,2' }, { fileName: 'small.csv' });
    expect(result.ok && result.value.rows).toEqual([['a', 'b'], ['1', '2']]);
    expect(StubWorker.last?.isTerminated).toBe(true);
  });

  it('keeps a worker that answered for the next job, started early by warmUpParser, and lets it go when idle', async () => {
    vi.useFakeTimers();
    StubWorker.answers = true;
    vi.stubGlobal('Worker', StubWorker);
    warmUpParser();
    const warm = StubWorker.last;
    const first = await parseOffThread<'csv'>({ kind: 'csv', text: 'a,b\n1,2' }, { fileName: 'one.csv' });
    const second = await parseOffThread<'csv'>({ kind: 'csv', text: 'c\n3' }, { fileName: 'two.csv' });
    expect(first.ok && first.value.rows).toEqual([['a', 'b'], ['1', '2']]);
    expect(second.ok && second.value.rows).toEqual([['c'], ['3']]);
    expect(StubWorker.started).toBe(1);
    expect(warm?.warmUps).toBe(1);
    expect(warm?.jobs).toBe(2);
    expect(warm?.isTerminated).toBe(false);
    await vi.advanceTimersByTimeAsync(IDLE_WORKER_MS);
    expect(warm?.isTerminated).toBe(true);
  });

  it('hands on a plan file\'s head as soon as the worker sends it, then the plan', async () => {
    StubWorker.answers = true;
    vi.stubGlobal('Worker', StubWorker);
    const text = readFileSync(new URL('../../../fixtures/gan/features.gan', import.meta.url), 'utf8');
    const heard: string[] = [];
    const pending = parseOffThread<'plan'>({ kind: 'plan', fileName: 'features.gan', text, now: '2026-03-01T12:00:00.000Z' }, {
      fileName: 'features.gan', onHead: (head) => heard.push(`head: ${head.projectName}, ${String(head.summary.tasks)} tasks`),
    });
    const result = await pending;
    expect(heard).toHaveLength(1);
    expect(result.ok && `head: ${result.value.plan.project.name}, ${String(result.value.summary.tasks)} tasks`).toBe(heard[0]);
    // A job that is not a plan file has no head.
    const csv = await parseOffThread<'csv'>({ kind: 'csv', text: 'a\n1' }, { fileName: 'one.csv', onHead: () => heard.push('csv head') });
    expect(csv.ok).toBe(true);
    expect(heard).toHaveLength(1);
  });

  it('never reuses a worker that was stopped for taking too long', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', StubWorker);
    const slow = parseOffThread<'csv'>({ kind: 'csv', text: 'a' }, { fileName: 'slow.csv', timeoutMs: 1_000 });
    const stopped = StubWorker.last;
    await vi.advanceTimersByTimeAsync(1_000);
    await slow;
    StubWorker.answers = true;
    const next = await parseOffThread<'csv'>({ kind: 'csv', text: 'b' }, { fileName: 'next.csv' });
    expect(next.ok).toBe(true);
    expect(StubWorker.started).toBe(2);
    expect(StubWorker.last).not.toBe(stopped);
  });
});

function withoutSchedule<T extends { readonly schedule?: unknown }>(value: T): Omit<T, 'schedule'> {
  const { schedule: _schedule, ...rest } = value;
  return rest;
}

describe('the worker reply', () => {
  const fixture = (path: string): string => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');

  it.each(['mspdi/features.xml', 'gan/features.gan', 'native/plotline-v1.plotline', 'csv/tasks-semicolon.csv', 'ics/holidays.ics'])(
    'carries the parse of %s to the page unchanged', (path) => {
      const { job } = jobFor(path.split('/')[1] ?? path, fixture(path), '2026-03-01T12:00:00.000Z');
      if (job.kind === 'xlsx') throw new Error('text fixtures make text jobs');
      const result = runFileJob(job);
      expect(result.ok).toBe(true);
      // Strict: an undefined-valued key or a non-JSON value (Date, Map) would not survive the trip.
      // The import gate's schedule (Maps) is left behind on purpose: the page schedules the plan itself.
      const sent = result.ok && 'schedule' in result.value ? { ...result, value: withoutSchedule(result.value) } : result;
      expect(decodeJobResult(encodeJobResult(result))).toStrictEqual(sent);
    });

  it('sends a plan file\'s head first, what the summary shows, then the plan; other jobs and failures send the result alone', () => {
    const replies = (path: string, text = fixture(path)): string[] => {
      const { job } = jobFor(path.split('/')[1] ?? path, text, '2026-03-01T12:00:00.000Z');
      const sent: string[] = [];
      if (job.kind === 'xlsx') throw new Error('text fixtures make text jobs');
      replyToJob(job, runFileJob(job), (reply) => sent.push(reply));
      return sent;
    };
    const [head, whole, ...more] = replies('native/plotline-v1.plotline');
    expect(more).toEqual([]);
    const result = whole === undefined ? null : decodeJobReply<'plan'>(whole);
    if (!result || !('result' in result) || !result.result.ok) throw new Error('no plan sent');
    expect(head === undefined ? null : decodeJobReply<'plan'>(head)).toStrictEqual({ head: headOf(result.result.value) });
    expect(headOf(result.result.value)).toMatchObject({ projectName: result.result.value.plan.project.name, resources: result.result.value.plan.resources });
    expect(replies('csv/tasks-semicolon.csv').map((reply) => 'result' in decodeJobReply(reply))).toEqual([true]);
    const broken = replies('plan.plotline', '{"format": "plotline", "version": 1,').map((reply) => decodeJobReply<'plan'>(reply));
    expect(broken).toHaveLength(1);
    expect(broken[0] && 'result' in broken[0] && broken[0].result.ok).toBe(false);
  });

  it('arrives with one constraint object per distinct constraint and one empty tags array, as a plan read from storage does', () => {
    const { job } = jobFor('chain.xml', fixture('cli/chain.xml'), '2026-03-01T12:00:00.000Z');
    if (job.kind !== 'plan') throw new Error('a plan fixture makes a plan job');
    const sent = runFileJob<'plan'>(job);
    const reply = decodeJobReply<'plan'>(encodeJobResult(sent));
    if (!('result' in reply) || !reply.result.ok || !sent.ok) throw new Error('no plan sent');
    const tasks = Object.values(reply.result.value.plan.tasks);
    // Equal to what the worker read, task for task.
    expect(reply.result.value.plan).toStrictEqual(sent.value.plan);
    const asap = tasks.filter((task) => task.constraint.type === 'ASAP');
    expect(asap.length).toBeGreaterThan(1);
    expect(new Set(asap.map((task) => task.constraint)).size).toBe(1);
    const untagged = tasks.filter((task) => task.tags.length === 0);
    expect(untagged.length).toBeGreaterThan(1);
    expect(new Set(untagged.map((task) => task.tags)).size).toBe(1);
    // Shared, so frozen: a change made in place fails instead of reaching every task.
    expect(Object.isFrozen(asap[0]?.constraint)).toBe(true);
  });

  it('is not scheduled in the worker when nothing there needs it: the page schedules the plan before showing it', () => {
    const scheduled = (path: string): boolean => {
      const { job } = jobFor(path.split('/')[1] ?? path, fixture(path), '2026-03-01T12:00:00.000Z');
      if (job.kind !== 'plan') throw new Error('a plan fixture makes a plan job');
      const result = runFileJob<'plan'>(job);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.schedule !== undefined;
    };
    expect(scheduled('gan/features.gan')).toBe(false);
    // MS Project XML prices the plan to tell typed actual costs from computed ones, so its reader schedules it.
    expect(scheduled('mspdi/features.xml')).toBe(true);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseOffThread } from '../../../../renderer/features/files/parse-off-thread';

/** A worker that never answers (a runaway parse), or fails to start. */
class StubWorker {
  static last: StubWorker | null = null;
  static failToStart = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  isTerminated = false;
  constructor(readonly url: URL) { StubWorker.last = this; }
  postMessage(): void {
    if (StubWorker.failToStart) queueMicrotask(() => this.onerror?.({ preventDefault: () => undefined }));
  }
  terminate(): void { this.isTerminated = true; }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  StubWorker.failToStart = false;
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
});

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshotStore, isMuchSmaller, snapshotIdFor, snapshotsToDelete, type SnapshotStore } from '../../../electron/main/snapshots';

let root: string;
let clock: Date;
let store: SnapshotStore;
const request = (taskCount: number, extra: { force?: boolean; projectId?: string } = {}) => ({
  projectId: extra.projectId ?? 'proj-1',
  projectName: 'Website relaunch',
  taskCount,
  text: `{"tasks":${String(taskCount)}}`,
  ...(extra.force === undefined ? {} : { force: extra.force }),
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plotline-snapshots-'));
  clock = new Date('2026-03-10T12:00:00.000Z');
  store = createSnapshotStore(root, () => clock);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('snapshotsToDelete', () => {
  const day = (id: string) => id.slice(0, 10);
  it('keeps the newest N and then the newest of each older day', () => {
    const ids = ['2026-03-05-c', '2026-03-05-b', '2026-03-04-c', '2026-03-04-b', '2026-03-04-a', '2026-03-03-b', '2026-03-03-a'];
    expect(snapshotsToDelete(ids, 2, day)).toEqual(['2026-03-04-b', '2026-03-04-a', '2026-03-03-a']);
  });
  it('deletes nothing under the limit', () => {
    expect(snapshotsToDelete(['2026-03-05-b', '2026-03-05-a'], 20, day)).toEqual([]);
  });
});

describe('isMuchSmaller', () => {
  it('refuses below half the newest task count only', () => {
    expect(isMuchSmaller(49, 100)).toBe(true);
    expect(isMuchSmaller(50, 100)).toBe(false);
    expect(isMuchSmaller(0, null)).toBe(false);
  });
});

describe('snapshot store', () => {
  it('writes <projectId>/<timestamp>.plotline and lists it with name, count and size', async () => {
    const result = await store.write(request(10));
    expect(result).toMatchObject({ written: true, snapshot: { id: snapshotIdFor(clock), projectName: 'Website relaunch', taskCount: 10, sizeBytes: 12 } });
    expect((await readdir(join(root, 'proj-1'))).sort()).toEqual(['2026-03-10T12-00-00-000Z.plotline', 'index.json']);
    const [listed] = await store.list(null);
    expect(listed).toMatchObject({ projectId: 'proj-1', createdAt: '2026-03-10T12:00:00.000Z', taskCount: 10 });
    const read = await store.read({ projectId: 'proj-1', id: listed!.id });
    expect(read).toMatchObject({ kind: 'opened', file: { text: '{"tasks":10}' } });
  });

  it('refuses a plan with less than half the tasks of the newest snapshot unless forced', async () => {
    await store.write(request(100));
    clock = new Date(clock.getTime() + 60_000);
    expect(await store.write(request(40))).toEqual({ written: false, reason: 'much-smaller', newestTaskCount: 100, taskCount: 40 });
    expect(await store.list('proj-1')).toHaveLength(1);
    expect(await store.write(request(40, { force: true }))).toMatchObject({ written: true });
    expect(await store.write(request(50))).toMatchObject({ written: true });
  });

  it('keeps the newest 20 and thins older ones to one per day', async () => {
    // 3 days x 10 snapshots an hour apart, then 20 more on the last day.
    for (let dayIndex = 0; dayIndex < 3; dayIndex++) {
      for (let hour = 0; hour < 10; hour++) {
        clock = new Date(Date.UTC(2026, 2, 1 + dayIndex, 8 + hour));
        await store.write(request(10));
      }
    }
    expect(await store.list('proj-1')).toHaveLength(20 + 1);
    const ids = (await store.list('proj-1')).map((s) => s.createdAt);
    expect(ids[0]).toBe('2026-03-03T17:00:00.000Z');
    // Days 3 and 2 fill the newest 20; of day 1 only its last snapshot survives.
    expect(ids.at(-1)).toBe('2026-03-01T17:00:00.000Z');
    const files = (await readdir(join(root, 'proj-1'))).filter((f) => f.endsWith('.plotline'));
    expect(files).toHaveLength(21);
  });

  it('keeps a snapshot the person took, with its label, when the automatic ones around it are thinned', async () => {
    clock = new Date(Date.UTC(2026, 2, 1, 8));
    const taken = await store.write({ ...request(10), label: 'Before re-baseline' });
    expect(taken).toMatchObject({ written: true, snapshot: { label: 'Before re-baseline' } });
    // The same day's later automatic snapshots, then 20 more the next day: day 1 keeps its last one, and the one taken.
    for (let hour = 1; hour < 5; hour++) {
      clock = new Date(Date.UTC(2026, 2, 1, 8 + hour));
      await store.write(request(10));
    }
    for (let hour = 0; hour < 20; hour++) {
      clock = new Date(Date.UTC(2026, 2, 2, 0, hour));
      await store.write(request(10));
    }
    const day1 = (await store.list('proj-1')).filter((s) => s.createdAt.startsWith('2026-03-01'));
    expect(day1.map((s) => [s.createdAt, s.label])).toEqual([['2026-03-01T12:00:00.000Z', undefined], ['2026-03-01T08:00:00.000Z', 'Before re-baseline']]);
    // An empty label still marks a snapshot taken by hand.
    expect(await store.write({ ...request(10), label: '' })).toMatchObject({ written: true, snapshot: { label: '' } });
  });

  it('gives same-millisecond snapshots distinct ids', async () => {
    const a = await store.write(request(5));
    const b = await store.write(request(5));
    expect(a.written && b.written && a.snapshot.id !== b.snapshot.id).toBe(true);
  });

  it('lists several projects newest first and rejects unsafe project ids', async () => {
    await store.write(request(3, { projectId: 'a' }));
    clock = new Date(clock.getTime() + 1000);
    await store.write(request(4, { projectId: 'b' }));
    expect((await store.list(null)).map((s) => s.projectId)).toEqual(['b', 'a']);
    await expect(store.write(request(1, { projectId: '../x' }))).rejects.toThrow('Invalid project id');
    await expect(store.read({ projectId: 'a', id: '../../etc/passwd' })).rejects.toThrow('Invalid snapshot id');
  });

  it('forgets the label and task count of a snapshot the total-size cap deleted', async () => {
    // Room for about three 12-byte snapshots: the fourth write deletes the oldest, one taken by hand.
    const capped = createSnapshotStore(root, () => clock, 40);
    const taken = await capped.write({ ...request(10, { projectId: 'a' }), label: 'Before re-baseline' });
    clock = new Date(clock.getTime() + 1000);
    await capped.write(request(11, { projectId: 'a' }));
    clock = new Date(clock.getTime() + 1000);
    await capped.write(request(12, { projectId: 'b' }));
    clock = new Date(clock.getTime() + 1000);
    await capped.write(request(13, { projectId: 'b' }));
    if (!taken.written) throw new Error('The taken snapshot was not written');
    expect((await capped.list('a')).map((s) => s.id)).not.toContain(taken.snapshot.id);
    const index = JSON.parse(await readFile(join(root, 'a', 'index.json'), 'utf8')) as { taskCounts: Record<string, number>; labels: Record<string, string> };
    expect(index.labels).toEqual({});
    expect(Object.keys(index.taskCounts)).toEqual([(await capped.list('a'))[0]?.id]);
  });

  it('reports a missing snapshot as a value', async () => {
    expect(await store.read({ projectId: 'a', id: '2026-01-01T00-00-00-000Z' })).toMatchObject({ kind: 'failed' });
  });
});

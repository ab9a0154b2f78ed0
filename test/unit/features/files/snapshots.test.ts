import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertTask } from '../../../../renderer/domain/commands';
import { sequentialIds, type Plan } from '../../../../renderer/domain/model';
import { isSnapshotDue, SNAPSHOT_INTERVAL_MS } from '../../../../renderer/features/files/snapshot-policy';
import { keepSnapshots, takeSnapshot } from '../../../../renderer/features/files/use-snapshots';
import { knownLineage, stampRevision } from '../../../../renderer/features/merge/lineage-store';
import { findCommonAncestor } from '../../../../renderer/domain/diff';
import type { SnapshotWriteRequest, SnapshotWriteResult } from '../../../../renderer/platform';
import { createMemorySnapshots, type SnapshotStorage } from '../../../../renderer/platform/browser-platform';
import { createSessionStore } from '../../../../renderer/store';
import { blankPlan, runOk, taskByName, testContext } from '../../../support/plan-builder';
import { MemoryStorage } from '../../../support/memory-persistence';

describe('when a snapshot is due', () => {
  const last = { revision: 3, atMs: 1_000 };
  it('never without an edit since the last one', () => {
    for (const trigger of ['timer', 'switch', 'hidden', 'closing'] as const) expect(isSnapshotDue(trigger, 3, last, 1e12)).toBe(false);
  });
  it('on the timer only after the interval; on switch, hide and close at once', () => {
    expect(isSnapshotDue('timer', 4, last, 1_000 + SNAPSHOT_INTERVAL_MS - 1)).toBe(false);
    expect(isSnapshotDue('timer', 4, last, 1_000 + SNAPSHOT_INTERVAL_MS)).toBe(true);
    for (const trigger of ['switch', 'hidden', 'closing'] as const) expect(isSnapshotDue(trigger, 4, last, 1_001)).toBe(true);
  });
});

/** A platform whose snapshot writes stay pending until released, and whose close can be requested. */
function fakePlatform() {
  const writes: { request: SnapshotWriteRequest; finish: () => void }[] = [];
  let closeHandler: (() => Promise<void>) | null = null;
  const platform = {
    appVersion: '9.9.9',
    writeSnapshot: (request: SnapshotWriteRequest) => new Promise<SnapshotWriteResult>((resolve) => {
      writes.push({ request, finish: () => resolve({ written: true, snapshot: { id: 's', projectId: request.projectId, projectName: request.projectName, taskCount: request.taskCount, sizeBytes: request.text.length, createdAt: '2026-03-05T10:00:00.000Z' } }) });
    }),
    onCloseRequested: (finish: () => Promise<void>) => {
      closeHandler = finish;
      return () => (closeHandler = null);
    },
  };
  return { platform, writes, requestClose: () => closeHandler?.() ?? Promise.resolve() };
}

/** The database's meta table, in memory. */
function memoryMeta() {
  const rows = new Map<string, unknown>();
  return {
    rows,
    getMeta: <T,>(key: string): Promise<T | undefined> => Promise.resolve(rows.get(key) as T | undefined),
    setMeta: (key: string, value: unknown): Promise<void> => {
      rows.set(key, value);
      return Promise.resolve();
    },
  };
}

async function keeperWithPlan(meta?: ReturnType<typeof memoryMeta>, commitTyping?: (session: ReturnType<typeof createSessionStore>, plan: Plan) => void) {
  const ctx = testContext();
  const plan: Plan = runOk(insertTask, blankPlan('Relaunch'), { name: 'Kick-off' }, ctx).plan;
  const storage = new MemoryStorage();
  storage.put(plan);
  const session = createSessionStore({
    persistence: storage.window('w1'),
    newId: sequentialIds('n'),
    now: () => '2026-03-05T10:00:00.000Z',
    schedule: () => null,
    notify: () => undefined,
  });
  await session.getState().openProject(plan.project.id);
  const fake = fakePlatform();
  const page = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  page.visibilityState = 'visible';
  const revisionIds = sequentialIds('rev');
  const stamp = meta ? (p: Plan) => stampRevision(meta, p, revisionIds(), '2026-03-05T10:00:00.000Z') : undefined;
  const stop = keepSnapshots({ platform: fake.platform, session, now: () => '2026-03-05T10:00:00.000Z', onShrunk: vi.fn(), page, ...(stamp ? { stamp } : {}),
    ...(commitTyping ? { commitTyping: () => commitTyping(session, plan) } : {}) });
  return { ...fake, session, stop, plan, page, storage };
}

describe('snapshot keeper', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('before the window closes, writes the edited plan and answers only when the write is done', async () => {
    const keeper = await keeperWithPlan();
    stop = keeper.stop;
    keeper.session.getState().dispatch('updateTask', { id: taskByName(keeper.plan, 'Kick-off').id, changes: { name: 'Kick-off meeting' } });
    let answered = false;
    const closing = keeper.requestClose().then(() => (answered = true));
    expect(keeper.writes).toHaveLength(1);
    expect(keeper.writes[0]?.request.text).toContain('Kick-off meeting');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    keeper.writes[0]?.finish();
    await closing;
    expect(answered).toBe(true);
  });

  it('before the window closes, commits the field being typed in, so its edit is in the snapshot and its write is waited for', async () => {
    // The app leaves the focused field: a task name typed and not yet left commits as on Tab.
    const keeper = await keeperWithPlan(undefined, (session, plan) => {
      session.getState().dispatch('updateTask', { id: taskByName(plan, 'Kick-off').id, changes: { name: 'Kick-off typed' } });
    });
    stop = keeper.stop;
    const closing = keeper.requestClose();
    expect(keeper.writes).toHaveLength(1);
    expect(keeper.writes[0]?.request.text).toContain('Kick-off typed');
    keeper.writes[0]?.finish();
    await closing;
    // The window may close now: the typed edit's own write has landed too.
    expect(keeper.storage.revisionOf(keeper.plan.project.id)).toBe('2:w1');
  });

  it('before the window closes, waits for a project opened and still being written behind the screen', async () => {
    const keeper = await keeperWithPlan();
    stop = keeper.stop;
    const release = keeper.storage.holdSaves();
    const added = keeper.session.getState().addProject({ ...blankPlan('Imported'), project: { ...blankPlan('Imported').project, id: 'p-imported' as Plan['project']['id'] } });
    if (!added.ok) throw new Error(added.problem.message);
    let answered = false;
    const closing = keeper.requestClose().then(() => (answered = true));
    // The newly opened plan is unedited: no snapshot is due, only its own write.
    expect(keeper.writes).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    release();
    await closing;
    expect(answered).toBe(true);
    expect(keeper.storage.revisionOf('p-imported')).toBe('1:w1');
  });

  it('waits for a snapshot already on its way (page hidden) instead of writing the same plan twice', async () => {
    const keeper = await keeperWithPlan();
    stop = keeper.stop;
    keeper.session.getState().dispatch('updateTask', { id: taskByName(keeper.plan, 'Kick-off').id, changes: { percentComplete: 50 } });
    keeper.page.visibilityState = 'hidden';
    keeper.page.dispatchEvent(new Event('visibilitychange'));
    expect(keeper.writes).toHaveLength(1);
    let answered = false;
    const closing = keeper.requestClose().then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(keeper.writes).toHaveLength(1);
    expect(answered).toBe(false);
    keeper.writes[0]?.finish();
    await closing;
    expect(answered).toBe(true);
  });

  it('records each snapshot as a revision of the plan\'s lineage, as Save As does, so a copy of it finds its ancestor', async () => {
    const meta = memoryMeta();
    const keeper = await keeperWithPlan(meta);
    stop = keeper.stop;
    keeper.session.getState().dispatch('updateTask', { id: taskByName(keeper.plan, 'Kick-off').id, changes: { name: 'Kick-off call' } });
    const closing = keeper.requestClose();
    await vi.waitFor(() => expect(keeper.writes).toHaveLength(1));
    const written = JSON.parse(keeper.writes[0]?.request.text ?? '{}') as { project: Plan };
    const lineage = written.project.project.lineage;
    expect(lineage?.planId).toBe(keeper.plan.project.id);
    expect(lineage?.revisions.map((r) => r.id)).toEqual(['rev1']);
    keeper.writes[0]?.finish();
    await closing;
    await vi.waitFor(() => expect(meta.rows.get(`revision-text:rev1`)).toBe(keeper.writes[0]?.request.text));
    expect(findCommonAncestor(await knownLineage(meta, keeper.plan), lineage)).toMatchObject({ kind: 'found', revision: { id: 'rev1' } });
  });

  it('answers at once when nothing changed since the plan was opened', async () => {
    const keeper = await keeperWithPlan();
    stop = keeper.stop;
    await keeper.requestClose();
    expect(keeper.writes).toHaveLength(0);
  });
});


describe('a snapshot taken by hand', () => {
  const planOf = (taskCount: number): Plan => {
    const ctx = testContext();
    let plan = blankPlan('Relaunch');
    for (let n = 1; n <= taskCount; n++) plan = runOk(insertTask, plan, { name: `Task ${String(n)}` }, ctx).plan;
    return plan;
  };
  const now = '2026-03-05T10:00:00.000Z';
  /** The browser platform's snapshots (the rules the desktop keeps too), taken ones also kept in `storage`. */
  const browserSnapshots = (storage: SnapshotStorage | null) => {
    let at = Date.UTC(2026, 2, 5, 10);
    const snapshots = createMemorySnapshots(() => new Date((at += 1000)), storage);
    return { appVersion: '9.9.9', writeSnapshot: async (request: SnapshotWriteRequest) => snapshots.write(request), listSnapshots: async (projectId?: string) => snapshots.list(projectId) };
  };

  it('asks before keeping a plan that shrank to under half the last snapshot, as the automatic ones do; kept anyway when told to', async () => {
    const platform = browserSnapshots(null);
    const big = planOf(6);
    const small = { ...planOf(2), project: big.project };
    expect(await takeSnapshot(platform, big, 'Full plan', now)).toEqual({ kind: 'taken' });
    const remember = vi.fn(async () => undefined);
    const asked = await takeSnapshot(platform, small, ' After cleanup ', now, async (plan) => ({ plan, remember }));
    expect(asked).toMatchObject({ kind: 'much-smaller', newestTaskCount: 6, request: { taskCount: 2, label: 'After cleanup' } });
    expect((await platform.listSnapshots(big.project.id)).map((s) => s.label)).toEqual(['Full plan']);
    expect(remember).not.toHaveBeenCalled();
    if (asked.kind !== 'much-smaller') throw new Error('Not asked');
    expect(await asked.keepAnyway()).toEqual({ kind: 'taken' });
    expect((await platform.listSnapshots(big.project.id)).map((s) => [s.label, s.taskCount])).toEqual([['After cleanup', 2], ['Full plan', 6]]);
    expect(remember).toHaveBeenCalledTimes(1);
  });

  it('says why when it cannot be kept, and leaves the plan\'s lineage as it was', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const full = { getItem: () => null, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    const platform = browserSnapshots(full);
    const remember = vi.fn(async () => undefined);
    const outcome = await takeSnapshot(platform, planOf(3), 'Before re-baseline', now, async (plan) => ({ plan, remember }));
    expect(outcome.kind).toBe('not-kept');
    expect(outcome.kind === 'not-kept' ? outcome.message : '').toMatch(/storage .* is full/);
    expect(remember).not.toHaveBeenCalled();
    expect(await platform.listSnapshots()).toEqual([]);
  });
});

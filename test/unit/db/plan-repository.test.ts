import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUCKET_COUNT, PlanRepository, PlotlineDb, bucketOf } from '../../../renderer/db';
import { addLesson, addObjective, addResource, deleteResource, insertTask, touchedKeys, updateCharter, updateTask, deleteTasks } from '../../../renderer/domain/commands';
import { DIGEST_FORMAT, digestProject } from '../../../renderer/domain/lifecycle';
import { sequentialIds, type LocalDate, type ProjectId, type TaskId } from '../../../renderer/domain/model';
import { createSessionStore } from '../../../renderer/store';
import { seededRandom } from '../../support/random';
import { scheduleProject } from '../../../renderer/domain/schedule';
import { blankPlan, runOk, taskByName, testContext } from '../../support/plan-builder';
import { generatePlan } from '../../support/generate-plan';

/** The day the tests measure a plan without a status date of its own at. */
const TODAY = '2026-03-02' as LocalDate;

/** 32-bit FNV-1a of '', 't1' and 'task-42', modulo 64. */
const FROZEN_BUCKETS = [5, 22, 53];

let dbName = '';
let db: PlotlineDb;
let repo: PlanRepository;
let counter = 0;

beforeEach(() => {
  dbName = `plotline-test-${String(++counter)}`;
  db = new PlotlineDb(dbName);
  repo = new PlanRepository(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(dbName);
});

describe('PlanRepository', () => {
  it('saves and loads a whole plan', async () => {
    const plan = runOk(insertTask, blankPlan('Payments'), { name: 'Kick-off' }).plan;
    await repo.savePlan(plan);
    expect(await repo.loadPlan(plan.project.id)).toEqual(plan);
  });

  it('replaces every row of a project saved again (a restored or re-imported plan)', async () => {
    const ctx = testContext();
    const one = runOk(insertTask, blankPlan('Payments'), { name: 'Kick-off' }, ctx).plan;
    const two = runOk(insertTask, one, { name: 'Charter' }, ctx).plan;
    await repo.savePlan(two);
    await repo.savePlan(one);
    expect(await repo.loadPlan(one.project.id)).toEqual(one);
  });

  it('keeps the charter and closure (file version 5 project fields) written by commands, for a fresh connection', async () => {
    const ctx = testContext();
    const plan = runOk(insertTask, blankPlan(), { name: 'Kick-off' }, ctx).plan;
    const saved = await repo.savePlan(plan);
    let edited = plan;
    let revision = saved;
    for (const step of [
      (p: typeof plan) => runOk(updateCharter, p, { changes: { purpose: 'Sell more', sponsor: 'Dana' } }, ctx),
      (p: typeof plan) => runOk(addObjective, p, { title: 'Faster checkout', measure: 'target', targetValue: 200, currentValue: 240, direction: 'at-most' }, ctx),
      (p: typeof plan) => runOk(addLesson, p, { kind: 'improve', text: 'Load test earlier' }, ctx),
    ]) {
      const out = step(edited);
      const written = await repo.applyChanges(out.plan, touchedKeys(out.patches, edited, out.plan), revision);
      expect(written.ok).toBe(true);
      revision = repo.followingRevision(revision);
      edited = out.plan;
    }
    db.close();
    const reopened = new PlanRepository(new PlotlineDb(dbName));
    const loaded = await reopened.loadPlan(plan.project.id);
    expect(loaded?.project.charter).toEqual(edited.project.charter);
    expect(loaded?.project.closure).toEqual(edited.project.closure);
  });

  it('writes exactly what a command touched, including deletes, and a fresh connection sees it', async () => {
    const ctx = testContext();
    let plan = runOk(insertTask, blankPlan(), { name: 'Kick-off' }, ctx).plan;
    plan = runOk(insertTask, plan, { name: 'Charter' }, ctx).plan;
    const saved = await repo.savePlan(plan);
    const renamed = runOk(updateTask, plan, { id: taskByName(plan, 'Kick-off').id, changes: { name: 'Kick-off meeting' } }, ctx);
    const first = await repo.applyChanges(renamed.plan, touchedKeys(renamed.patches, plan, renamed.plan), saved);
    const deleted = runOk(deleteTasks, renamed.plan, { ids: [taskByName(plan, 'Charter').id] }, ctx);
    await repo.applyChanges(deleted.plan, touchedKeys(deleted.patches, renamed.plan, deleted.plan), repo.followingRevision(saved));
    expect(first).toEqual({ ok: true, revision: repo.followingRevision(saved) });
    db.close();
    const reopened = new PlanRepository(new PlotlineDb(dbName));
    expect(await reopened.loadPlan(plan.project.id)).toEqual(deleted.plan);
  });

  it('gives the team back in the order people were added, whole saves and edits alike, though their rows are keyed by a hash', async () => {
    // Ids whose buckets run against the order they are added in, as random ids often do.
    const ids = ['p-margaret', 'p-ana', 'p-grace', 'p-maria'];
    expect(ids.map(bucketOf)).not.toEqual([...ids.map(bucketOf)].sort((a, b) => a - b));
    const ctx = testContext();
    let plan = blankPlan('Team order');
    for (const [id, name] of [[ids[0], 'Margaret Hamilton'], [ids[1], 'Ana Lopez'], [ids[2], 'Grace Hopper']] as const) {
      plan = runOk(addResource, plan, { id: id as never, fields: { name } }, ctx).plan;
    }
    const saved = await repo.savePlan(plan);
    const added = runOk(addResource, plan, { id: ids[3] as never, fields: { name: 'Maria Agnesi' } }, ctx);
    const afterAdd = await repo.applyChanges(added.plan, touchedKeys(added.patches, plan, added.plan), saved);
    const gone = runOk(deleteResource, added.plan, { id: ids[1] as never }, ctx);
    await repo.applyChanges(gone.plan, touchedKeys(gone.patches, added.plan, gone.plan), afterAdd.ok ? afterAdd.revision : saved);
    db.close();
    const reopened = await new PlanRepository(new PlotlineDb(dbName)).loadPlan(plan.project.id);
    expect(Object.values(reopened?.resources ?? {}).map((r) => r.name)).toEqual(['Margaret Hamilton', 'Grace Hopper', 'Maria Agnesi']);
    expect(reopened).toEqual(gone.plan);
    // The order is bookkeeping of the row, not a field of the project.
    expect(Object.keys(reopened?.project ?? {})).not.toContain('resourceOrder');
  });

  it('stores what the session shows after edits, undos and redos written bucket by bucket (kept bucket members)', async () => {
    const plan = generatePlan({ tasks: 400, seed: 9 });
    await repo.savePlan(plan);
    const session = createSessionStore({
      persistence: repo, newId: sequentialIds('s'), now: () => '2026-03-05T10:00:00.000Z', schedule: (p) => scheduleProject(p), notify: () => undefined,
    });
    await session.getState().openProject(plan.project.id);
    const rnd = seededRandom(4);
    const ids = (): TaskId[] => Object.keys(session.getState().livePlan?.tasks ?? {}) as TaskId[];
    const pick = (): TaskId => { const all = ids(); return all[Math.floor(rnd() * all.length)] as TaskId; };
    for (let step = 0; step < 60; step++) {
      const roll = rnd();
      const state = session.getState();
      if (roll < 0.4) state.dispatch('updateTask', { id: pick(), changes: { durationMinutes: 480 * (1 + Math.floor(rnd() * 5)), name: `E${String(step)}` } });
      else if (roll < 0.55) state.dispatch('insertTask', { name: `New ${String(step)}`, afterId: pick() });
      else if (roll < 0.65) state.dispatch('deleteTasks', { ids: [pick()] });
      else if (roll < 0.85) await state.undo();
      else await state.redo();
    }
    await vi.waitFor(() => expect(session.getState().pendingWrites).toBe(0));
    const reopened = new PlanRepository(new PlotlineDb(dbName));
    expect(await reopened.loadPlan(plan.project.id)).toEqual(session.getState().livePlan);
  });

  it('keeps projects side by side and lists them newest first, trash excluded and restorable', async () => {
    const a = blankPlan('Alpha');
    const b = { ...blankPlan('Beta'), project: { ...blankPlan('Beta').project, id: 'p-beta' as ProjectId, updatedAt: '2026-04-01T00:00:00.000Z' } };
    await repo.savePlan(a);
    await repo.savePlan(b);
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Beta', 'Alpha']);
    await repo.trashProject(b.project.id, '2026-04-02T00:00:00.000Z');
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Alpha']);
    expect(await repo.loadPlan(b.project.id)).toBeNull();
    await repo.restoreProject(b.project.id);
    expect((await repo.loadPlan(b.project.id))?.project.name).toBe('Beta');
    await repo.purgeProject(a.project.id);
    expect(await db.buckets.where('projectId').equals(a.project.id).count()).toBe(0);
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Beta']);
  });

  it('stores a big plan in at most 64 bucket rows per collection and edits rewrite only the buckets they touch', async () => {
    const plan = generatePlan({ tasks: 2_000, seed: 7 });
    const saved = await repo.savePlan(plan);
    const rows = await db.buckets.where('projectId').equals(plan.project.id).toArray();
    const taskRows = rows.filter((r) => r.collection === 'tasks');
    expect(taskRows).toHaveLength(BUCKET_COUNT);
    expect(taskRows.reduce((n, r) => n + Object.keys(JSON.parse(r.entities) as object).length, 0)).toBe(Object.keys(plan.tasks).length);
    for (const row of rows) for (const id of Object.keys(JSON.parse(row.entities) as object)) expect(bucketOf(id)).toBe(row.bucket);

    const ctx = testContext();
    const leaf = Object.values(plan.tasks).find((t) => !Object.values(plan.tasks).some((c) => c.parentId === t.id));
    if (!leaf) throw new Error('the generated plan has no leaf task');
    const renamed = runOk(updateTask, plan, { id: leaf.id, changes: { name: 'Renamed' } }, ctx);
    const touched = touchedKeys(renamed.patches, plan, renamed.plan);
    const before = new Map(rows.map((r) => [`${r.collection}/${String(r.bucket)}`, r]));
    await repo.applyChanges(renamed.plan, touched, saved);
    const after = await db.buckets.where('projectId').equals(plan.project.id).toArray();
    const changed = after.filter((r) => JSON.stringify(r) !== JSON.stringify(before.get(`${r.collection}/${String(r.bucket)}`)));
    expect(changed.map((r) => r.bucket)).toEqual([...new Set(touched.flatMap((k) => (k.collection === 'tasks' ? [bucketOf(k.id)] : [])))]);
    expect(await repo.loadPlan(plan.project.id)).toEqual(renamed.plan);
  });

  it('deletes a bucket row once its last entity is gone', async () => {
    const ctx = testContext();
    const plan = runOk(insertTask, blankPlan(), { name: 'Only task' }, ctx).plan;
    const saved = await repo.savePlan(plan);
    const id = taskByName(plan, 'Only task').id;
    expect(await db.buckets.get([plan.project.id, 'tasks', bucketOf(id)])).toBeDefined();
    const deleted = runOk(deleteTasks, plan, { ids: [id] }, ctx);
    await repo.applyChanges(deleted.plan, touchedKeys(deleted.patches, plan, deleted.plan), saved);
    expect(await db.buckets.get([plan.project.id, 'tasks', bucketOf(id)])).toBeUndefined();
    expect(await repo.loadPlan(plan.project.id)).toEqual(deleted.plan);
  });

  it('spreads ids over the buckets by a stable hash', () => {
    // Frozen values: changing the hash would strand every stored entity in the wrong bucket.
    expect([bucketOf(''), bucketOf('t1'), bucketOf('task-42')]).toEqual(FROZEN_BUCKETS);
    const counts = new Array<number>(BUCKET_COUNT).fill(0);
    for (let i = 0; i < 6_400; i++) counts[bucketOf(`t${String(i)}`)] = (counts[bucketOf(`t${String(i)}`)] ?? 0) + 1;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(Math.max(...counts)).toBeLessThan(150);
  });

  it('keeps a portfolio digest only while the project is at the revision and format it was computed from; purging drops it', async () => {
    const ctx = testContext();
    const plan = runOk(insertTask, blankPlan('Payments'), { name: 'Kick-off', durationMinutes: 480 }, ctx).plan;
    const revision = await repo.savePlan(plan);
    const digest = digestProject({ plan, schedule: scheduleProject(plan) }, TODAY);
    const listed = async () => (await repo.listProjects()).filter((p) => p.id === plan.project.id);
    expect((await listed())[0]?.revision).toBe(revision);
    await repo.keepDigest(plan.project.id, revision, DIGEST_FORMAT, digest);

    // Read back by another connection, as the next opening of the portfolio would.
    const otherDb = new PlotlineDb(dbName);
    const other = new PlanRepository(otherDb);
    const kept = (await other.freshDigests(await listed(), DIGEST_FORMAT)).get(plan.project.id);
    expect(kept).toEqual(digest);
    expect(kept?.people).toEqual(digest.people);
    expect((await other.freshDigests(await listed(), DIGEST_FORMAT + 1)).size).toBe(0);
    otherDb.close();

    // An edit moves the revision: the kept digest is stale.
    const edited = runOk(updateTask, plan, { id: taskByName(plan, 'Kick-off').id, changes: { durationMinutes: 960 } }, ctx);
    expect((await repo.applyChanges(edited.plan, touchedKeys(edited.patches, plan, edited.plan), revision)).ok).toBe(true);
    expect((await repo.freshDigests(await listed(), DIGEST_FORMAT)).size).toBe(0);

    // A digest of a revision the project has left (kept late: the window was busy) is not kept.
    await db.digests.clear();
    await repo.keepDigest(plan.project.id, revision, DIGEST_FORMAT, digest);
    expect(await db.digests.count()).toBe(0);
    // Nor one of a project in the trash.
    const current = (await listed())[0]?.revision ?? '';
    await repo.trashProject(plan.project.id, '2026-12-03T00:00:00Z');
    await repo.keepDigest(plan.project.id, current, DIGEST_FORMAT, digest);
    expect(await db.digests.count()).toBe(0);
    await repo.restoreProject(plan.project.id);
    const restored = (await listed())[0]?.revision ?? '';
    await repo.keepDigest(plan.project.id, restored, DIGEST_FORMAT, digest);
    expect(await db.digests.count()).toBe(1);
    await repo.trashProject(plan.project.id, '2026-12-03T00:00:00Z');
    await repo.purgeProject(plan.project.id);
    expect(await db.digests.count()).toBe(0);
  });

  it('stores meta values', async () => {
    await repo.setMeta('seeded', true);
    expect(await repo.getMeta<boolean>('seeded')).toBe(true);
  });
});

describe.each([
  { version: 1, file: 'v1-database.json', upgrade: 'upgraded to the bucket layout' },
  { version: 3, file: 'v3-database.json', upgrade: 'as stored' },
  { version: 4, file: 'v4-database.json', upgrade: 'as stored' },
  { version: 5, file: 'v5-database.json', upgrade: 'as stored' },
])('schema version $version fixture', ({ version, file, upgrade }) => {
  interface Fixture {
    schemaVersion: number;
    stores: Record<string, string>;
    rows: Record<string, unknown[]>;
  }
  const fixture = JSON.parse(readFileSync(new URL(`../../fixtures/db/${file}`, import.meta.url), 'utf8')) as Fixture;

  it(`opens a database written by schema v${String(version)} with every field intact, ${upgrade}`, async () => {
    expect(fixture.schemaVersion).toBe(version);
    // Write the fixture through a bare Dexie declaring only that version's frozen stores, as it did.
    const old = new Dexie(dbName);
    old.version(version).stores(fixture.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkPut(rows);
    old.close();

    const plan = await repo.loadPlan('p-v1' as ProjectId);
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['buckets', 'claims', 'digests', 'meta', 'projects']);
    expect(plan?.project).toMatchObject({ name: 'Billing migration', currency: 'EUR', manager: 'Dana Whitfield' });
    expect(Object.keys(plan?.tasks ?? {})).toHaveLength(3);
    expect(plan?.tasks['t2']).toMatchObject({ name: 'Export invoices', parentId: 't1', durationMinutes: 960, percentComplete: 50, tags: ['api'] });
    expect(plan?.tasks['t2']).not.toHaveProperty('projectId');
    expect(plan?.links['l1']).toEqual({ id: 'l1', predecessorId: 't2', successorId: 't3', type: 'FS', lagMinutes: 480, lagIsElapsed: false });
    expect(plan?.calendars['c1']?.exceptions[0]?.recurrence).toEqual({ kind: 'yearly-date', month: 1, day: 1 });
    expect(plan?.assignments['a1']).toMatchObject({ units: 0.8, resourceId: 'r1' });
    expect(plan?.columns['k2']).toMatchObject({ wipLimit: 3, category: 'started' });
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Billing migration']);
    // No digest is fresh: none was kept before v4, and v4's is of an older format.
    expect((await repo.freshDigests(await repo.listProjects(), DIGEST_FORMAT)).size).toBe(0);
    expect(await repo.getMeta('seeded')).toBe(true);
    // v5's revision claims came along: a write from a count already moved from is refused.
    expect(await db.claims.count()).toBe(version >= 5 ? 3 : 0);
    if (plan && version >= 5) expect(await repo.applyChanges(plan, [], '2:w1', true)).toEqual({ ok: false, revision: '3:w1' });
    // The trashed project came along: restoring it brings it back.
    await repo.restoreProject('p-trashed' as ProjectId);
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Old idea', 'Billing migration']);
    // Its calendar was never stored: opening it says so instead of handing the app a broken plan.
    expect(await repo.openPlan('p-trashed' as ProjectId)).toEqual({
      kind: 'unreadable', message: "The stored plan is not valid: project.calendarId: no calendar 'c9'", where: 'project.calendarId',
    });
  });
});

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanRepository, PlotlineDb } from '../../../renderer/db';
import { insertTask, touchedKeys, updateTask, deleteTasks } from '../../../renderer/domain/commands';
import type { ProjectId } from '../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../support/plan-builder';

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

  it('writes exactly what a command touched, including deletes, and a fresh connection sees it', async () => {
    const ctx = testContext();
    let plan = runOk(insertTask, blankPlan(), { name: 'Kick-off' }, ctx).plan;
    plan = runOk(insertTask, plan, { name: 'Charter' }, ctx).plan;
    await repo.savePlan(plan);
    const renamed = runOk(updateTask, plan, { id: taskByName(plan, 'Kick-off').id, changes: { name: 'Kick-off meeting' } }, ctx);
    await repo.applyChanges(renamed.plan, touchedKeys(renamed.patches, plan, renamed.plan));
    const deleted = runOk(deleteTasks, renamed.plan, { ids: [taskByName(plan, 'Charter').id] }, ctx);
    await repo.applyChanges(deleted.plan, touchedKeys(deleted.patches, renamed.plan, deleted.plan));
    db.close();
    const reopened = new PlanRepository(new PlotlineDb(dbName));
    expect(await reopened.loadPlan(plan.project.id)).toEqual(deleted.plan);
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
    expect(await db.tasks.where('projectId').equals(a.project.id).count()).toBe(0);
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Beta']);
  });

  it('stores meta values', async () => {
    await repo.setMeta('seeded', true);
    expect(await repo.getMeta<boolean>('seeded')).toBe(true);
  });
});

describe('schema version 1 fixture', () => {
  interface Fixture {
    stores: Record<string, string>;
    rows: Record<string, unknown[]>;
  }
  const fixture = JSON.parse(readFileSync(new URL('../../fixtures/db/v1-database.json', import.meta.url), 'utf8')) as Fixture;

  it('opens a database written by schema v1 with every field intact', async () => {
    // Write the fixture through a bare Dexie declaring only the frozen v1 stores, as v1 did.
    const old = new Dexie(dbName);
    old.version(1).stores(fixture.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkPut(rows);
    old.close();

    const plan = await repo.loadPlan('p-v1' as ProjectId);
    expect(plan?.project).toMatchObject({ name: 'Billing migration', currency: 'EUR', manager: 'Dana Whitfield' });
    expect(Object.keys(plan?.tasks ?? {})).toHaveLength(3);
    expect(plan?.tasks['t2']).toMatchObject({ name: 'Export invoices', parentId: 't1', durationMinutes: 960, percentComplete: 50, tags: ['api'] });
    expect(plan?.links['l1']).toEqual({ id: 'l1', predecessorId: 't2', successorId: 't3', type: 'FS', lagMinutes: 480, lagIsElapsed: false });
    expect(plan?.calendars['c1']?.exceptions[0]?.recurrence).toEqual({ kind: 'yearly-date', month: 1, day: 1 });
    expect(plan?.assignments['a1']).toMatchObject({ units: 0.8, resourceId: 'r1' });
    expect(plan?.columns['k2']).toMatchObject({ wipLimit: 3, category: 'started' });
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['Billing migration']);
    expect(await repo.getMeta('seeded')).toBe(true);
  });
});

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanRepository, PlotlineDb, bucketOf } from '../../../renderer/db';
import { insertTask, touchedKeys, updateTask } from '../../../renderer/domain/commands';
import type { Plan, ProjectId, TaskId } from '../../../renderer/domain/model';
import { blankPlan, runOk, taskByName, testContext } from '../../support/plan-builder';

let dbName = '';
let counter = 0;
const connections: PlotlineDb[] = [];

/** One window: its own connection and its own writer id, on the shared database. */
function window(writer: string): { db: PlotlineDb; repo: PlanRepository } {
  const db = new PlotlineDb(dbName);
  connections.push(db);
  return { db, repo: new PlanRepository(db, writer) };
}

beforeEach(() => {
  dbName = `plotline-safety-${String(++counter)}`;
});

afterEach(async () => {
  for (const db of connections.splice(0)) db.close();
  await Dexie.delete(dbName);
});

function threeTasks(): Plan {
  const ctx = testContext();
  let plan = runOk(insertTask, blankPlan('Shared'), { name: 'Design' }, ctx).plan;
  plan = runOk(insertTask, plan, { name: 'Build' }, ctx).plan;
  return runOk(insertTask, plan, { name: 'Ship' }, ctx).plan;
}

function rename(plan: Plan, name: string, to: string) {
  const outcome = runOk(updateTask, plan, { id: taskByName(plan, name).id, changes: { name: to } });
  return { plan: outcome.plan, touched: touchedKeys(outcome.patches, plan, outcome.plan) };
}

async function opened(repo: PlanRepository, id: ProjectId) {
  const outcome = await repo.openPlan(id);
  if (outcome.kind !== 'opened') throw new Error(`expected the project to open, got ${outcome.kind}`);
  return outcome.stored;
}

describe('revision check across windows', () => {
  it('refuses a write based on a revision storage has moved past, inside the transaction, writing nothing', async () => {
    const a = window('A');
    const b = window('B');
    const plan = threeTasks();
    await a.repo.savePlan(plan);
    const inA = await opened(a.repo, plan.project.id);
    const inB = await opened(b.repo, plan.project.id);
    expect(inA.revision).toBe(inB.revision);

    const fromA = rename(inA.plan, 'Design', 'Design (A)');
    expect(await a.repo.applyChanges(fromA.plan, fromA.touched, inA.revision)).toEqual({ ok: true, revision: '2:A' });
    const fromB = rename(inB.plan, 'Build', 'Build (B)');
    expect(await b.repo.applyChanges(fromB.plan, fromB.touched, inB.revision)).toEqual({ ok: false, revision: '2:A' });

    const stored = await opened(window('C').repo, plan.project.id);
    expect(Object.values(stored.plan.tasks).map((t) => t.name).sort()).toEqual(['Build', 'Design (A)', 'Ship']);
    expect(stored.revision).toBe('2:A');
  });

  it('refuses the next pipelined write of a refused window even when the other window made the same number of writes', async () => {
    const a = window('A');
    const b = window('B');
    const plan = threeTasks();
    const saved = await a.repo.savePlan(plan);
    const one = rename(plan, 'Design', 'Design (A)');
    await a.repo.applyChanges(one.plan, one.touched, saved);
    // B sends two edits back to back from revision 1; the first is refused (A is at 2:A) ...
    const first = rename(plan, 'Build', 'Build (B)');
    const second = rename(first.plan, 'Ship', 'Ship (B)');
    expect(await b.repo.applyChanges(first.plan, first.touched, saved)).toEqual({ ok: false, revision: '2:A' });
    // ... and the second, based on the 2:B the first would have left, must not land on 2:A.
    expect(await b.repo.applyChanges(second.plan, second.touched, b.repo.followingRevision(saved))).toEqual({ ok: false, revision: '2:A' });
    expect(Object.values((await a.repo.loadPlan(plan.project.id))?.tasks ?? {}).map((t) => t.name).sort()).toEqual(['Build', 'Design (A)', 'Ship']);
  });

  it('refuses a write to a project another window deleted, and deletion moves the revision', async () => {
    const a = window('A');
    const b = window('B');
    const plan = threeTasks();
    const saved = await a.repo.savePlan(plan);
    await a.repo.trashProject(plan.project.id, '2026-03-05T10:00:00.000Z');
    const edit = rename(plan, 'Design', 'Undeleted?');
    expect(await b.repo.applyChanges(edit.plan, edit.touched, saved)).toEqual({ ok: false, revision: null });
    await a.repo.restoreProject(plan.project.id);
    expect(await a.repo.revisionOf(plan.project.id)).toBe('3:A');
    expect(await b.repo.applyChanges(edit.plan, edit.touched, saved)).toEqual({ ok: false, revision: '3:A' });
    expect((await a.repo.loadPlan(plan.project.id))?.tasks[taskByName(plan, 'Design').id]?.name).toBe('Design');
  });

  it('tells a watching window about another connection\'s write', async () => {
    const a = window('A');
    const b = window('B');
    const plan = threeTasks();
    const saved = await a.repo.savePlan(plan);
    const heard: (string | null)[] = [];
    const stop = b.repo.watchRevision(plan.project.id, (revision) => heard.push(revision));
    await expect.poll(() => heard).toEqual([saved]);
    const edit = rename(plan, 'Design', 'Design (A)');
    await a.repo.applyChanges(edit.plan, edit.touched, saved);
    await expect.poll(() => heard, { timeout: 1000 }).toEqual([saved, '2:A']);
    stop();
  });
});

describe('revision claims: a write based on a confirmed revision, sent without reading first', () => {
  const names = async (repo: PlanRepository, id: ProjectId) => Object.values((await repo.loadPlan(id))?.tasks ?? {}).map((t) => t.name).sort();

  it('refuses the second of two windows writing from the same stored revision, and writes nothing of it', async () => {
    const a = window('A');
    const b = window('B');
    const plan = threeTasks();
    const saved = await a.repo.addPlan(plan);
    const fromA = rename(plan, 'Design', 'Design (A)');
    expect(await a.repo.applyChanges(fromA.plan, fromA.touched, saved, true)).toEqual({ ok: true, revision: '2:A' });
    const fromB = rename(plan, 'Build', 'Build (B)');
    expect(await b.repo.applyChanges(fromB.plan, fromB.touched, saved, true)).toEqual({ ok: false, revision: '2:A' });
    expect(await names(window('C').repo, plan.project.id)).toEqual(['Build', 'Design (A)', 'Ship']);
    expect(await a.repo.revisionOf(plan.project.id)).toBe('2:A');
  });

  it('refuses the write sent behind a refused one: it was based on a revision that never came to be', async () => {
    const a = window('A');
    const b = window('B');
    const plan = threeTasks();
    const saved = await a.repo.addPlan(plan);
    const one = rename(plan, 'Design', 'Design (A)');
    await a.repo.applyChanges(one.plan, one.touched, saved, true);
    // B's first edit goes out without a read and is refused by its claim; its second was sent
    // behind it, on the 2:B the first would have left, so it reads first and is refused too.
    const first = rename(plan, 'Build', 'Build (B)');
    const second = rename(first.plan, 'Ship', 'Ship (B)');
    const [refused, behind] = await Promise.all([
      b.repo.applyChanges(first.plan, first.touched, saved, true),
      b.repo.applyChanges(second.plan, second.touched, b.repo.followingRevision(saved), false),
    ]);
    expect(refused).toEqual({ ok: false, revision: '2:A' });
    expect(behind).toEqual({ ok: false, revision: '2:A' });
    expect(await names(a.repo, plan.project.id)).toEqual(['Build', 'Design (A)', 'Ship']);
  });

  it('refuses a window many writes behind', async () => {
    const a = window('A');
    const b = window('B');
    let plan = threeTasks();
    const saved = await a.repo.addPlan(plan);
    let revision = saved;
    for (const to of ['Design 2', 'Design 3', 'Design 4']) {
      const edit = rename(plan, Object.values(plan.tasks).find((t) => t.name.startsWith('Design'))?.name ?? '', to);
      const outcome = await a.repo.applyChanges(edit.plan, edit.touched, revision, true);
      if (!outcome.ok) throw new Error('a write of the only window was refused');
      ({ plan } = edit);
      revision = outcome.revision;
    }
    const stale = rename(threeTasks(), 'Ship', 'Ship (B)');
    expect(await b.repo.applyChanges({ ...stale.plan, project: plan.project }, stale.touched, saved, true)).toEqual({ ok: false, revision: '4:A' });
    expect(await names(a.repo, plan.project.id)).toEqual(['Build', 'Design 4', 'Ship']);
  });

  it('refuses a write to a project trashed in another window, and one purged does not come back', async () => {
    const a = window('A');
    const b = window('B');
    const plan = threeTasks();
    const saved = await a.repo.addPlan(plan);
    await a.repo.trashProject(plan.project.id, '2026-03-05T10:00:00.000Z');
    const edit = rename(plan, 'Design', 'Undeleted?');
    expect(await b.repo.applyChanges(edit.plan, edit.touched, saved, true)).toEqual({ ok: false, revision: null });
    const trashed = '2:A';
    await a.repo.purgeProject(plan.project.id);
    expect(await b.repo.applyChanges(edit.plan, edit.touched, trashed, true)).toEqual({ ok: false, revision: null });
    expect(await a.repo.loadPlan(plan.project.id)).toBeNull();
    expect((await a.repo.listProjects()).map((p) => p.id)).not.toContain(plan.project.id);
  });

  it('refuses to add a project whose id was added before, leaving the first as it was', async () => {
    const a = window('A');
    const plan = threeTasks();
    await a.repo.addPlan(plan);
    const again = rename(plan, 'Design', 'Overwritten?').plan;
    await expect(window('B').repo.addPlan(again)).rejects.toThrow();
    expect(await names(a.repo, plan.project.id)).toEqual(['Build', 'Design', 'Ship']);
  });

  it('still replaces a project saved whole again (savePlan), on top of another window\'s writes', async () => {
    const a = window('A');
    const plan = threeTasks();
    const saved = await a.repo.addPlan(plan);
    const edit = rename(plan, 'Design', 'Design (A)');
    await a.repo.applyChanges(edit.plan, edit.touched, saved, true);
    expect(await window('B').repo.savePlan(plan)).toBe('3:B');
    expect(await names(a.repo, plan.project.id)).toEqual(['Build', 'Design', 'Ship']);
  });
});

describe('damaged stored rows', () => {
  async function savedWithDamage(damage: (db: PlotlineDb, plan: Plan) => Promise<void>) {
    const { db, repo } = window('A');
    const plan = threeTasks();
    await repo.savePlan(plan);
    await damage(db, plan);
    return { db, repo, plan };
  }

  it('sets a truncated bucket row aside, opens the rest, and reports collection and row', async () => {
    let damagedId = '' as TaskId;
    const { db, repo, plan } = await savedWithDamage(async (db, p) => {
      damagedId = taskByName(p, 'Build').id;
      const key: [string, 'tasks', number] = [p.project.id, 'tasks', bucketOf(damagedId)];
      const row = await db.buckets.get(key);
      await db.buckets.put({ ...row!, entities: row!.entities.slice(0, 25) });
    });
    const stored = await opened(repo, plan.project.id);
    const lost = Object.keys(plan.tasks).filter((id) => bucketOf(id) === bucketOf(damagedId));
    expect(Object.keys(stored.plan.tasks).sort()).toEqual(Object.keys(plan.tasks).filter((id) => !lost.includes(id)).sort());
    expect(stored.dropped.map((d) => ({ ...d, problem: d.problem.slice(0, 22) }))).toEqual([{ collection: 'tasks', bucket: bucketOf(damagedId), id: null, problem: 'unreadable stored row ' }]);

    // The damaged row is not overwritten by an edit until the person decides.
    const before = await db.buckets.get([plan.project.id, 'tasks', bucketOf(damagedId)]);
    const survivor = Object.values(stored.plan.tasks)[0]!;
    const sameBucket = { ...stored.plan, tasks: { ...stored.plan.tasks, [damagedId]: { ...plan.tasks[damagedId]!, name: 'x' } } };
    await expect(repo.applyChanges(sameBucket, [{ collection: 'tasks', id: damagedId }], stored.revision)).rejects.toThrow(/could not be read; save or discard/);
    expect(await db.buckets.get([plan.project.id, 'tasks', bucketOf(damagedId)])).toEqual(before);
    // Other buckets still take edits.
    if (bucketOf(survivor.id) !== bucketOf(damagedId)) {
      const edit = rename(stored.plan, survivor.name, 'Still editable');
      expect((await repo.applyChanges(edit.plan, edit.touched, stored.revision)).ok).toBe(true);
    }
    // The raw data keeps the damaged text for a person (or support) to recover from.
    expect(await repo.rawProject(plan.project.id)).toContain(JSON.stringify(before!.entities).slice(1, 20));
  });

  it('drops an entity that fails the model checks, and what refers to it, naming each by collection and id', async () => {
    const { repo, plan } = await savedWithDamage(async (db, p) => {
      const id = taskByName(p, 'Design').id;
      const key: [string, 'tasks', number] = [p.project.id, 'tasks', bucketOf(id)];
      const row = await db.buckets.get(key);
      const entities = JSON.parse(row!.entities) as Record<string, Record<string, unknown>>;
      entities[id] = { ...entities[id], start: '1850-13-45T09:00' };
      await db.buckets.put({ ...row!, entities: JSON.stringify(entities) });
    });
    const design = taskByName(plan, 'Design').id;
    const stored = await opened(repo, plan.project.id);
    expect(Object.values(stored.plan.tasks).map((t) => t.name).sort()).toEqual(['Build', 'Ship']);
    expect(stored.dropped).toEqual([
      { collection: 'tasks', bucket: bucketOf(design), id: design, problem: `tasks['${design}'].start: expected a date-time YYYY-MM-DDTHH:mm, got "1850-13-45T09:00"` },
    ]);
    expect((await repo.discardDamaged(stored.plan, stored.revision)).ok).toBe(true);
    const again = await opened(repo, plan.project.id);
    expect(again.dropped).toEqual([]);
    expect(Object.keys(again.plan.tasks)).toHaveLength(2);
  });

  it('reports a damaged project row as unreadable with where, and still lists the project', async () => {
    const { db, repo, plan } = await savedWithDamage(async (db, p) => {
      await db.projects.update(p.project.id, { minutesPerDay: -5 });
    });
    expect(await repo.openPlan(plan.project.id)).toEqual({
      kind: 'unreadable', where: 'project.minutesPerDay', message: 'The stored plan is not valid: project.minutesPerDay: expected at least 1, got -5',
    });
    await db.projects.update(plan.project.id, { name: 42 as unknown as string });
    await repo.setTrouble(plan.project.id, { kind: 'unopenable', message: 'broken', where: 'project.minutesPerDay' });
    expect(await repo.listProjects()).toEqual([expect.objectContaining({
      name: `Project ${plan.project.id}`, trouble: { kind: 'unopenable', message: 'broken', where: 'project.minutesPerDay' },
    })]);
  });
});

/**
 * Every write that needs no read first asks IndexedDB to commit before any of its requests has
 * called back (revision-claims.ts): one that waits for a success callback, as Dexie's own single
 * put does, holds up every later write in Chromium 156 until the main thread runs that callback,
 * and a page that goes first loses them all. fake-indexeddb keeps the order of events, not the
 * browser's loss, so this pins the order: commit asked, then the first request's success.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanRepository, PlotlineDb } from '../../../renderer/db';
import { insertTask, touchedKeys, updateTask } from '../../../renderer/domain/commands';
import { blankPlan, runOk, taskByName, testContext } from '../../support/plan-builder';

let dbName = '';
let counter = 0;
let db: PlotlineDb;
let repo: PlanRepository;
/** What happened, in order, to the read-write transactions made since it was emptied. */
let events: string[] = [];

/**
 * Records 'commit' when a read-write transaction asks IndexedDB to commit and 'success' when one
 * of its requests calls back. Installed before the database opens: Dexie binds the connection's
 * transaction() then.
 */
function recordReadWriteEvents(): void {
  const watched = new WeakSet<IDBTransaction>();
  const transaction = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const made = transaction.apply(this, args);
    if (made.mode === 'readwrite') watched.add(made);
    return made;
  });
  const commit = IDBTransaction.prototype.commit;
  vi.spyOn(IDBTransaction.prototype, 'commit').mockImplementation(function (this: IDBTransaction) {
    if (watched.has(this)) events.push('commit');
    commit.call(this);
  });
  const onSuccess = (event: Event): void => {
    const request = event.target as IDBRequest;
    if (request.transaction && watched.has(request.transaction)) events.push('success');
  };
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = put.apply(this, args);
    request.addEventListener('success', onSuccess);
    return request;
  });
}

/** The events of the read-write transactions `write` made. */
async function readWriteEvents(write: () => Promise<unknown>): Promise<string[]> {
  events = [];
  await write();
  return events;
}

beforeEach(async () => {
  dbName = `plotline-commit-${String(++counter)}`;
  recordReadWriteEvents();
  db = new PlotlineDb(dbName);
  repo = new PlanRepository(db, 'A');
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(dbName);
});

describe('writes that need no read first commit in the task that makes them', () => {
  it('a setting (the last project opened, a view preference) asks to commit before its put calls back', async () => {
    const events = await readWriteEvents(() => repo.setMeta('plotline.lastProject', 'p1'));
    expect(events[0]).toBe('commit');
    expect(events).toContain('success');
    expect((await db.meta.get('plotline.lastProject'))?.value).toBe('p1');
  });

  it('a new project, and an edit based on the revision it left, ask to commit before any request calls back', async () => {
    const ctx = testContext();
    const plan = runOk(insertTask, blankPlan('Badge readers'), { name: 'Survey doors' }, ctx).plan;
    let revision = '';
    expect((await readWriteEvents(async () => { revision = await repo.addPlan(plan); }))[0]).toBe('commit');

    const edited = runOk(updateTask, plan, { id: taskByName(plan, 'Survey doors').id, changes: { name: 'Survey all doors' } }, ctx);
    const events = await readWriteEvents(() => repo.applyChanges(edited.plan, touchedKeys(edited.patches, plan, edited.plan), revision));
    expect(events[0]).toBe('commit');
    expect(events).toContain('success');
  });
});

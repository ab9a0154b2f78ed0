/**
 * What the data-safety specs do to storage and to a second window, as a person's bad luck would:
 * raw IndexedDB edits (a damaged row, a plan the engine cannot schedule), an IndexedDB that fails
 * its writes, a window that has not heard of another's change yet, a profile that refuses storage.
 * All of it runs in the page (the app's origin), with the browser's own IndexedDB.
 */
import type { Page } from 'playwright-core';

/** In the page: changes fields of the project row named `name`, as a raw IndexedDB write. */
export async function updateProjectRow(page: Page, name: string, changes: Record<string, unknown>): Promise<void> {
  await page.evaluate(async ({ name, changes }) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('plotline');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(new Error('could not open the database'));
    });
    const tx = db.transaction('projects', 'readwrite');
    const store = tx.objectStore('projects');
    const all = await new Promise<Record<string, unknown>[]>((done) => {
      const request = store.getAll();
      request.onsuccess = () => done(request.result as Record<string, unknown>[]);
    });
    const row = all.find((p) => p['name'] === name);
    if (!row) throw new Error(`no project row named ${name}`);
    store.put({ ...row, ...changes });
    await new Promise<void>((done, fail) => { tx.oncomplete = () => done(); tx.onerror = () => fail(new Error('write failed')); });
    db.close();
  }, { name, changes });
}

/**
 * In the page: truncates the stored bucket row holding the task named `taskName` of the project
 * named `projectName` (a write cut short); returns the names of every task that row held.
 */
export async function truncateTaskRow(page: Page, projectName: string, taskName: string): Promise<string[]> {
  return page.evaluate(async ({ projectName, taskName }) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('plotline');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(new Error('could not open the database'));
    });
    const tx = db.transaction(['projects', 'buckets'], 'readwrite');
    const getAll = <T,>(store: string): Promise<T[]> => new Promise((done) => {
      const request = tx.objectStore(store).getAll();
      request.onsuccess = () => done(request.result as T[]);
    });
    const project = (await getAll<{ id: string; name: string }>('projects')).find((p) => p.name === projectName);
    if (!project) throw new Error(`no project named ${projectName}`);
    type Row = { projectId: string; collection: string; bucket: number; entities: string };
    const rows = (await getAll<Row>('buckets')).filter((r) => r.projectId === project.id && r.collection === 'tasks');
    const row = rows.find((r) => Object.values(JSON.parse(r.entities) as Record<string, { name: string }>).some((t) => t.name === taskName));
    if (!row) throw new Error(`no stored row holds ${taskName}`);
    const names = Object.values(JSON.parse(row.entities) as Record<string, { name: string }>).map((t) => t.name);
    tx.objectStore('buckets').put({ ...row, entities: row.entities.slice(0, Math.floor(row.entities.length / 2)) });
    await new Promise<void>((done, fail) => { tx.oncomplete = () => done(); tx.onerror = () => fail(new Error('write failed')); });
    db.close();
    return names;
  }, { projectName, taskName });
}

/** Before the app loads: every IndexedDB `put` throws QuotaExceededError while window.__failWrites > 0. */
export const FAILING_WRITES_SCRIPT = `(() => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if ((window.__failWrites ?? 0) > 0) {
      window.__failWrites -= 1;
      throw new DOMException('The disk is full (injected by the test).', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
})();`;

export async function failNextWrites(page: Page, count: number): Promise<void> {
  await page.evaluate((n) => { (window as unknown as { __failWrites: number }).__failWrites = n; }, count);
}

/**
 * Before the app loads: other windows' change notices (Dexie's BroadcastChannel) are held back
 * while window.__deaf is true, as when a second desktop window has not heard of a write yet.
 */
export const DEAF_WINDOW_SCRIPT = `(() => {
  const Real = BroadcastChannel;
  window.BroadcastChannel = class extends Real {
    set onmessage(listener) { super.onmessage = (event) => { if (!window.__deaf) listener.call(this, event); }; }
    get onmessage() { return super.onmessage; }
  };
})();`;

export async function setDeaf(page: Page, isDeaf: boolean): Promise<void> {
  await page.evaluate((deaf) => { (window as unknown as { __deaf: boolean }).__deaf = deaf; }, isDeaf);
}

/** Before the app loads: the profile refuses IndexedDB (a policy, private mode, a broken store). */
export const REFUSED_STORAGE_SCRIPT = `IDBFactory.prototype.open = function () { throw new DOMException('IndexedDB is disabled in this profile (injected by the test).', 'SecurityError'); };`;

/** Before the app loads: start-up itself fails (the id source throws), as an unexpected bug would. */
export const BROKEN_START_SCRIPT = `crypto.getRandomValues = () => { throw new Error('The random id source is unavailable (injected by the test).'); };`;

/**
 * Fills this site's local storage to the last kilobyte, as other pages of a web build or years of
 * snapshots taken by hand may have: the next sizeable write there is refused (QuotaExceededError).
 */
export async function fillLocalStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1024 * 1024; size >= 1024; size /= 2) {
      try {
        for (;;) localStorage.setItem(`filler-${String(n++)}`, 'x'.repeat(size));
      } catch {
        // Full at this size: try the smaller pieces that still fit.
      }
    }
  });
}

/** What the page did with one read-write transaction, in order (COMMIT_WATCH_SCRIPT). */
export interface ReadWriteLog {
  readonly stores: string;
  /** 'read' or 'write' as each request was made, 'commit' when commit() was called, 'success' as a request called back. */
  readonly events: readonly ('read' | 'write' | 'commit' | 'success')[];
}

/**
 * Before the app loads: keeps a ReadWriteLog of every read-write transaction in window.__readWrites,
 * in the order they were made (installed before Dexie binds the connection's transaction()).
 */
export const COMMIT_WATCH_SCRIPT = `(() => {
  const logs = new WeakMap();
  window.__readWrites = [];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const made = transaction.apply(this, args);
    if (made.mode === 'readwrite') {
      const log = { stores: [...made.objectStoreNames].join('+'), events: [] };
      logs.set(made, log);
      window.__readWrites.push(log);
    }
    return made;
  };
  const commit = IDBTransaction.prototype.commit;
  IDBTransaction.prototype.commit = function () {
    logs.get(this)?.events.push('commit');
    return commit.call(this);
  };
  const watch = (proto, methods, kind, transactionOf) => {
    for (const method of methods) {
      const make = proto[method];
      proto[method] = function (...args) {
        const request = make.apply(this, args);
        const log = logs.get(transactionOf(this));
        if (log) {
          log.events.push(kind);
          request.addEventListener('success', () => { log.events.push('success'); });
        }
        return request;
      };
    }
  };
  const reads = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'];
  watch(IDBObjectStore.prototype, reads, 'read', (store) => store.transaction);
  watch(IDBIndex.prototype, reads, 'read', (index) => index.objectStore.transaction);
  watch(IDBObjectStore.prototype, ['put', 'add', 'delete', 'clear'], 'write', (store) => store.transaction);
})();`;

/** The read-write transactions the page has made since it loaded (COMMIT_WATCH_SCRIPT). */
export function readWrites(page: Page): Promise<ReadWriteLog[]> {
  return page.evaluate(() => (window as unknown as { __readWrites: ReadWriteLog[] }).__readWrites);
}

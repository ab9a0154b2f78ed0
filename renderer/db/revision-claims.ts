/**
 * Revision claims: the database's own check that a write is based on the revision storage holds,
 * so a write can go out whole, and be committed, in the task that makes it.
 *
 * A write is only safe across a page unload (a reload, a renderer crash) once IndexedDB has been
 * told to commit it: a transaction still waiting to make a request, or to run its last request's
 * success callback, is aborted when the page goes. Measured in Chromium 150 (December 2026: a
 * write made, the main thread kept busy 40 ms as a render does, then the page reloaded): 1 of 8
 * writes kept without commit(), 1 of 8 when the write read the project row first, 8 of 8 with
 * every request made and commit() called in one task. Measured again in Chromium 156.0.8078.129
 * (7 December 2026, a bare page, no Dexie): without commit() 8 of 8 kept after a 40 ms wait, but
 * 9 of 12 when the requests were made after location.reload() in the same task; with commit()
 * 12 of 12 even then. So commit() in the task that makes the requests still decides. A write that
 * reads the revision in JavaScript before writing cannot do that: its requests wait for the read's
 * callback, and that waits for the main thread.
 *
 * It decides for every read-write transaction, not only the plan's: in Chromium 156 one not yet
 * told to commit holds up every later read-write transaction, whatever stores either names, and
 * when the page goes before it finishes the later ones are lost with it, committed or not (0 of 6
 * kept; a read-only one holds up nothing, 6 of 6). Dexie commits a single put only after its
 * success callback has run on the main thread: a setting written that way (the last project
 * opened) beside a new project's write lost the project (new-project-reload.e2e). So writes that
 * need no read first, plans and settings (PlotlineDb.putMeta) alike, go out whole through
 * sendWhole. Those that must read first (trash, restore, purge, keepDigest, a plan write based on
 * one still in flight) still hold up what follows them until their read's callback has run.
 *
 * For a plan write the revision check is therefore a constraint. Every write that moves a project
 * from revision count N adds the row [projectId, N] here; a second write from N (another window
 * wrote first, or trashed, restored or purged the project since) fails its add with
 * ConstraintError, and the failure aborts its whole transaction. The add is made on the native
 * object store, not through Dexie, and its error is kept from Dexie's handlers: Dexie cancels a
 * failed request's error (preventDefault) and aborts the transaction itself afterwards, which it
 * can no longer do once commit() has been called, so the rest of the write would be committed.
 *
 * A claim proves N was not moved from before; it cannot prove N was ever stored. So only a write
 * based on a confirmed revision (read from storage, or left by a write that landed) skips the read;
 * a write based on another still in flight reads first (PlanRepository.applyChanges).
 *
 * Claims are kept for the life of the database, also after a project is purged (a stale window's
 * write must not bring it back): one row of a few dozen bytes per write. Deleting old ones would
 * let a window that missed many writes (a tab frozen in the background) write over them.
 */
import Dexie from 'dexie';

export const CLAIMS_TABLE = 'claims';

/** One revision count of a project that a write has moved from. */
export interface ClaimRow {
  readonly projectId: string;
  readonly count: number;
}

/** The native transaction of the Dexie transaction this code runs in. */
function nativeTransaction(): IDBTransaction {
  const transaction = Dexie.currentTransaction as { idbtrans?: IDBTransaction } | null;
  if (!transaction?.idbtrans) throw new Error('a revision claim is made inside a read-write transaction');
  return transaction.idbtrans;
}

/**
 * Claims the revision count `count` of a project inside the running transaction. Read `error` of
 * the returned request only after the transaction failed: ConstraintError means it was claimed.
 */
export function claimRevision(projectId: string, count: number): IDBRequest {
  const row: ClaimRow = { projectId, count };
  const request = nativeTransaction().objectStore(CLAIMS_TABLE).add(row);
  // Kept from the transaction's own error handler, which Dexie sets to cancel every error that
  // reaches it: not canceled, the failed add aborts the transaction, as the check needs.
  request.onerror = (event) => { event.stopPropagation(); };
  return request;
}

type StoreWrite = 'put' | 'add' | 'delete';
const STORE_WRITES: readonly StoreWrite[] = ['put', 'add', 'delete'];

/**
 * Makes a write's requests through `issue` (Dexie calls, made synchronously, before any await)
 * and asks IndexedDB to commit as soon as they are done, so the write survives the page going
 * from then on. Committed that early, any failure must still end the whole write:
 * - a request that cannot even be made (it throws, e.g. a full disk as a test injects it): nothing
 *   is committed early, and Dexie aborts the transaction on that error as it always did;
 * - a request that fails later: its error event is stopped on its way down to the request, where
 *   Dexie would cancel it (preventDefault), so it aborts the transaction as IndexedDB specifies.
 */
export function sendWhole<T>(issue: () => Promise<T>): Promise<T> {
  const transaction = nativeTransaction();
  let failedToStart = false;
  const objectStore = transaction.objectStore.bind(transaction);
  const watched = new WeakSet<IDBObjectStore>();
  transaction.objectStore = (name: string): IDBObjectStore => {
    const store = objectStore(name);
    if (watched.has(store)) return store;
    watched.add(store);
    for (const method of STORE_WRITES) {
      const make = store[method].bind(store) as (...args: unknown[]) => IDBRequest;
      Object.defineProperty(store, method, {
        configurable: true,
        value: (...args: unknown[]): IDBRequest => {
          try {
            return make(...args);
          } catch (error) {
            failedToStart = true;
            throw error;
          }
        },
      });
    }
    return store;
  };
  transaction.addEventListener('error', (event) => {
    // The abort's own AbortErrors at the other requests go on to Dexie, which rejects their calls.
    if ((event.target as IDBRequest | null)?.error?.name !== 'AbortError') event.stopPropagation();
  }, { capture: true });
  // The failed request's own call never hears of its error (stopped above): the abort answers for it.
  const aborted = new Promise<never>((_resolve, reject) => {
    transaction.addEventListener('abort', () => { reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError')); });
  });
  let issued: Promise<T>;
  try {
    issued = issue();
  } finally {
    transaction.objectStore = objectStore;
  }
  if (!failedToStart) transaction.commit();
  return Promise.race([issued, aborted]);
}

/** True when the transaction failed because `claim` found its count already claimed. */
export function wasClaimed(claim: IDBRequest | null): boolean {
  if (!claim || claim.readyState !== 'done') return false;
  return claim.error?.name === 'ConstraintError';
}

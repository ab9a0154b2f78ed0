/**
 * Opens the database the app will use, or says why it cannot. A profile whose IndexedDB is
 * refused (private mode, a policy, a full disk, a damaged store) must still start: the app then
 * runs on an in-memory IndexedDB (fake-indexeddb, the same engine the unit tests use, loaded only
 * in that case) and tells the person that nothing is kept after the window closes.
 */
import { PlotlineDb } from './schema';

export type Storage =
  | { readonly kind: 'persistent'; readonly db: PlotlineDb }
  | { readonly kind: 'memory'; readonly db: PlotlineDb; readonly reason: string };

const PROBE_KEY = 'storageProbe';

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** Opens the profile's database and proves it takes a write; `forceMemory` skips it (the boot page's choice). */
export async function openStorage(now: string, forceMemory: string | null = null): Promise<Storage> {
  if (forceMemory !== null) return memoryStorage(forceMemory);
  const db = new PlotlineDb();
  try {
    await db.open();
    // Opening can succeed where writing fails (quota, a read-only profile): try one small write.
    await db.putMeta({ key: PROBE_KEY, value: now });
    return { kind: 'persistent', db };
  } catch (error) {
    db.close();
    return memoryStorage(describe(error));
  }
}

async function memoryStorage(reason: string): Promise<Storage> {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  const db = new PlotlineDb('plotline-in-memory', { indexedDB, IDBKeyRange });
  await db.open();
  return { kind: 'memory', db, reason };
}

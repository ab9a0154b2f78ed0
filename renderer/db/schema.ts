/**
 * The IndexedDB schema. Every version is listed with its upgrade, oldest first; a released
 * version is never edited, only followed by a new one (frozen fixtures in test/fixtures/db/).
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { ProjectDigest } from '../domain/lifecycle';
import type { PlanCollection, Project } from '../domain/model';
import { bucketRows, type BucketKey, type BucketRow } from './buckets';
import type { KeptOrder } from './kept-order';
import { CLAIMS_TABLE, sendWhole, type ClaimRow } from './revision-claims';

/**
 * A project row: the project plus list bookkeeping. `deletedAt` set = in the trash (undoable
 * delete). `revision` counts the writes to the project and `writer` names the window that made
 * the last one (both absent on rows written before they existed: revision 0). Neither is indexed,
 * so adding them needed no schema version. Nor did the kept team order (kept-order.ts).
 */
export type ProjectRow = Project & KeptOrder & { readonly deletedAt: string | null; readonly revision?: number; readonly writer?: string };

/**
 * The revision edits are based on, as one opaque token "count:writer". The writer makes it unique
 * across windows: two windows that each make one edit on revision 5 both reach count 6, and a
 * window whose first write was refused must not see its next (pipelined) write on 6 accepted.
 */
export type Revision = string;

export function rowRevision(row: ProjectRow): Revision {
  return `${String(row.revision ?? 0)}:${row.writer ?? ''}`;
}

/** The token the write after `revision` by `writer` leaves behind, and the row fields holding it. */
export function nextRevision(revision: Revision, writer: string): { readonly revision: number; readonly writer: string } {
  return { revision: Number.parseInt(revision, 10) + 1, writer };
}

/** Schema v1 entity rows carried their project id; the primary key was [projectId+id]. */
export type Row<T> = T & { readonly projectId: string };

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

/**
 * A project's portfolio digest (what the Portfolio view and leveling across projects read of it),
 * kept for the project's revision it was computed from and the digest format: a cache, never the
 * source of a plan. A digest of another revision or format is stale and computed again.
 */
export interface DigestRow {
  readonly projectId: string;
  readonly revision: Revision;
  readonly format: number;
  readonly digest: ProjectDigest;
}

export const DB_NAME = 'plotline';

/** Schema v1's tables holding plan entities, one row per entity, named as the Plan's collections. */
export const ENTITY_TABLES = [
  'tasks', 'links', 'calendars', 'resources', 'assignments', 'baselines', 'risks', 'stakeholders', 'changes', 'columns',
] as const satisfies readonly PlanCollection[];

const ENTITY_INDEXES = '[projectId+id], projectId';
const PROJECTS = 'id, updatedAt, deletedAt';
const META = 'key';
const BUCKETS = '[projectId+collection+bucket], projectId';

/** Version 1: the first released schema. */
export const SCHEMA_V1: Readonly<Record<string, string>> = {
  projects: PROJECTS,
  meta: META,
  ...Object.fromEntries(ENTITY_TABLES.map((t) => [t, ENTITY_INDEXES])),
};

/**
 * Version 2 adds the bucket table and copies every v1 row into it (see buckets.ts for why);
 * version 3 drops the v1 tables. They are two versions because Dexie lets an upgrade read a table
 * only if a LATER version deletes it; a database at rest is at v1 or v3, never v2.
 */
export const SCHEMA_V2: Readonly<Record<string, string>> = { ...SCHEMA_V1, buckets: BUCKETS };
export const SCHEMA_V3: Readonly<Record<string, string | null>> = {
  projects: PROJECTS,
  meta: META,
  buckets: BUCKETS,
  ...Object.fromEntries(ENTITY_TABLES.map((t) => [t, null])),
};

/** Version 4 adds the portfolio digests (a cache: no upgrade, the first portfolio opening fills it; fixture v4-database.json). */
export const SCHEMA_V4: Readonly<Record<string, string | null>> = { digests: 'projectId' };

/**
 * Version 5 adds the revision claims (revision-claims.ts; fixture v5-database.json). No upgrade:
 * a project's first write after it claims the count it moves from, and every window has re-read
 * its projects by then (a version change closes the older connections).
 */
export const SCHEMA_V5: Readonly<Record<string, string | null>> = { [CLAIMS_TABLE]: '[projectId+count]' };

/** The v1 → v2 upgrade: every entity row regrouped into bucket rows, without its projectId. */
async function copyRowsIntoBuckets(tx: Transaction): Promise<void> {
  for (const collection of ENTITY_TABLES) {
    const rows = (await tx.table(collection).toArray()) as Row<{ id: string }>[];
    const byProject = new Map<string, { id: string }[]>();
    for (const { projectId, ...entity } of rows) {
      const list = byProject.get(projectId);
      if (list) list.push(entity);
      else byProject.set(projectId, [entity]);
    }
    await tx.table('buckets').bulkPut([...byProject].flatMap(([projectId, entities]) => bucketRows(projectId, collection, entities)));
  }
}

export class PlotlineDb extends Dexie {
  projects!: EntityTable<ProjectRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  buckets!: Table<BucketRow, BucketKey>;
  digests!: EntityTable<DigestRow, 'projectId'>;
  claims!: Table<ClaimRow, [string, number]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Released versions are never edited, only followed by new ones with their upgrade.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(copyRowsIntoBuckets);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }

  /**
   * Writes one setting, committed in the task that makes it, as a plan write is (revision-claims.ts):
   * a put left to commit after its success callback holds up every later write, a plan's too,
   * which the page going then loses with it.
   */
  putMeta(row: MetaRow): Promise<string> {
    return this.transaction('rw', [this.meta], () => sendWhole(() => this.meta.put(row)));
  }
}

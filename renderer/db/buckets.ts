/**
 * How a plan's entities are laid out in IndexedDB from schema v2 on: each collection of a project
 * is spread over BUCKET_COUNT rows by a hash of the entity id. Chromium's IndexedDB pays about
 * 100 µs per record whatever its size (`npm run bench -- storage-floor`: 25,000 one-entity rows
 * take ~2.3 s, the same entities in 64 rows ~0.2 s), so a 10,000-task import writes a few hundred
 * rows instead of 25,000, while an edit still rewrites only the few buckets it touched.
 */
import { changedIdsSince, type PlanCollection } from '../domain/model';

/** Buckets per collection per project. A power of two keeps the modulo cheap; never change it without a migration. */
export const BUCKET_COUNT = 64;

/** The bucket an entity id lives in: 32-bit FNV-1a of its UTF-16 code units, stable across runs and machines. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKET_COUNT;
}

/** Groups a collection's entities by bucket, optionally only those buckets; empty buckets are absent. */
function groupByBucket<E extends { readonly id: string }>(entities: Iterable<E>, only?: ReadonlySet<number>): Map<number, Record<string, E>> {
  const groups = new Map<number, Record<string, E>>();
  for (const entity of entities) {
    const bucket = bucketOf(entity.id);
    if (only && !only.has(bucket)) continue;
    let group = groups.get(bucket);
    if (!group) groups.set(bucket, (group = {}));
    group[entity.id] = entity;
  }
  return groups;
}

/** The primary key of a bucket row. */
export type BucketKey = [projectId: string, collection: PlanCollection, bucket: number];

/**
 * From schema v2: up to BUCKET_COUNT rows per collection per project. `entities` is the JSON text
 * of the bucket's entities by id: Chromium stores and clones one string far faster than the
 * object graph (writing a 10,000-task plan: ~2x faster), and rows are only read whole.
 */
export interface BucketRow {
  readonly projectId: string;
  readonly collection: PlanCollection;
  readonly bucket: number;
  readonly entities: string;
}

/** The rows holding a collection's entities (only those buckets, when given); empty buckets get no row. */
export function bucketRows(
  projectId: string, collection: PlanCollection, entities: Iterable<{ readonly id: string }>, only?: ReadonlySet<number>,
): BucketRow[] {
  return [...groupByBucket(entities, only)].map(([bucket, group]) => ({ projectId, collection, bucket, entities: JSON.stringify(group) }));
}

/** A bucket row's entities by id. The text was written by bucketRows from a validated plan. */
export function entitiesOf(row: BucketRow): Record<string, { readonly id: string }> {
  return JSON.parse(row.entities) as Record<string, { readonly id: string }>;
}

/**
 * Which ids of one collection record live in each bucket, kept from edit to edit: an edit's
 * write asks for the few buckets it touched, and hashing every id of a 10,000-task collection
 * to find their members cost more than writing them. The index follows the record through the
 * edits recorded on it (domain/model/record-edits.ts) and is rebuilt from the record otherwise.
 */
export class BucketMembers {
  private record: object | null = null;
  private readonly members = new Map<number, Set<string>>();

  /** The entities of `record` in each of `buckets` (a bucket with none is absent). */
  entitiesIn<E extends { readonly id: string }>(record: Readonly<Record<string, E>>, buckets: ReadonlySet<number>): Map<number, Record<string, E>> {
    this.follow(record);
    const groups = new Map<number, Record<string, E>>();
    for (const bucket of buckets) {
      const group: Record<string, E> = {};
      let size = 0;
      for (const id of this.members.get(bucket) ?? []) {
        const entity = record[id];
        if (entity === undefined) continue;
        group[id] = entity;
        size++;
      }
      if (size > 0) groups.set(bucket, group);
    }
    return groups;
  }

  /**
   * Starts from the ids the stored rows of `record` held, as read (no id hashed): the first
   * edit after opening a project then follows from here instead of hashing the collection.
   * Ids set aside while reading stay listed; entitiesIn skips what `record` lacks.
   */
  seed(record: object, rows: ReadonlyMap<number, readonly string[]>): void {
    this.members.clear();
    for (const [bucket, ids] of rows) this.members.set(bucket, new Set(ids));
    this.record = record;
  }

  private follow(record: Readonly<Record<string, unknown>>): void {
    const changed = this.record === null ? null : changedIdsSince(this.record, record);
    if (changed === null) {
      this.members.clear();
      for (const id in record) this.place(id, record);
    } else {
      for (const id of changed) this.place(id, record);
    }
    this.record = record;
  }

  private place(id: string, record: Readonly<Record<string, unknown>>): void {
    const bucket = bucketOf(id);
    let set = this.members.get(bucket);
    if (!set) this.members.set(bucket, (set = new Set()));
    if (Object.hasOwn(record, id)) set.add(id);
    else set.delete(id);
  }
}

/** bucketRows for the touched buckets of a collection, through its kept members index. */
export function touchedBucketRows(
  projectId: string, collection: PlanCollection, record: Readonly<Record<string, { readonly id: string }>>, members: BucketMembers, buckets: ReadonlySet<number>,
): BucketRow[] {
  return [...members.entitiesIn(record, buckets)].map(([bucket, group]) => ({ projectId, collection, bucket, entities: JSON.stringify(group) }));
}

/**
 * Reading a project's bucket rows without trusting them. A row can be damaged on disk (a write cut
 * short, a disk error, a hand edit) or hold an entity an older or newer build wrote differently.
 * One bad row must never make the whole project, let alone the app, unusable: each row is parsed
 * on its own, the assembled plan is checked against the model, and whatever fails is set aside
 * and reported by collection and id, so the rest of the plan opens.
 */
import { validatePlan } from '../domain/formats/validate';
import { PLAN_COLLECTIONS, type Plan, type PlanCollection, type Project } from '../domain/model';
import { bucketOf, type BucketRow } from './buckets';
import { shareDateTimes, sharedDateTimes } from './shared-dates';
import { shareCommonTaskValues, sharedConstraints } from './shared-task-values';

/** Something set aside while loading: a whole unreadable row (id null) or one entity. */
export interface DroppedData {
  readonly collection: string;
  readonly bucket: number;
  /** The entity's id; null when the whole row could not be read. */
  readonly id: string | null;
  readonly problem: string;
}

export type AssembledPlan =
  | { readonly ok: true; readonly plan: Plan; readonly dropped: readonly DroppedData[] }
  | { readonly ok: false; readonly message: string; readonly where?: string };

type AnyEntity = { readonly id: string };

/** Hears the ids each readable row held (the repository keeps them as its bucket members). */
export type RowIds = (collection: PlanCollection, bucket: number, ids: readonly string[]) => void;
type Collections = Record<PlanCollection, Record<string, AnyEntity>>;

/** Dropping entity by entity stops here: past it the project is reported as unreadable instead. */
const MAX_DROPPED_ENTITIES = 200;

function isEntityRecord(value: unknown): value is Record<string, AnyEntity> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses each row on its own; a row whose text is not a JSON object is dropped whole. */
function readRows(rows: readonly BucketRow[], dropped: DroppedData[], onRow?: RowIds): Collections {
  // Records without a prototype: immer copies such a record with Object.assign where it copies a
  // plain one with an object spread, and V8's first spread of a 1,000-key record cost ~7 ms of a
  // session's first edit (CPU profiles of the Gantt bench, December 2026; Object.assign ~0.8 ms).
  const collections = Object.fromEntries(PLAN_COLLECTIONS.map((name) => [name, Object.create(null) as Record<string, AnyEntity>])) as Collections;
  const dateTimes = sharedDateTimes();
  const constraints = sharedConstraints();
  for (const row of rows) {
    // A collection this build does not know is skipped (a newer build wrote it).
    const into = (collections as Partial<Record<string, Record<string, AnyEntity>>>)[row.collection];
    if (!into) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.entities);
    } catch (error) {
      dropped.push({ collection: row.collection, bucket: row.bucket, id: null, problem: `unreadable stored row (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    if (!isEntityRecord(parsed)) {
      dropped.push({ collection: row.collection, bucket: row.bucket, id: null, problem: 'unreadable stored row (not a set of entities)' });
      continue;
    }
    shareDateTimes(parsed, dateTimes);
    if (row.collection === 'tasks') shareCommonTaskValues(parsed, constraints);
    Object.assign(into, parsed);
    onRow?.(row.collection, row.bucket, Object.keys(parsed));
  }
  return collections;
}

/** "tasks['t12'].start" -> ['tasks', 't12']; null when the path does not name one entity. */
function entityAt(where: string | undefined): [PlanCollection, string] | null {
  const match = where === undefined ? null : /^(\w+)\['(.*?)'\]/.exec(where);
  if (!match) return null;
  const collection = PLAN_COLLECTIONS.find((name) => name === match[1]);
  return collection && match[2] !== undefined ? [collection, match[2]] : null;
}

/** The first of the checker's issues, without its preamble: "tasks['t1'].start: expected a date…". */
function firstIssue(message: string): string {
  return message.replace(/^The stored plan is not valid: /, '').split('; ')[0] ?? message;
}

/**
 * Builds the plan from the project row and its bucket rows, dropping what does not pass the
 * model checks one entity at a time (an entity that refers to a dropped one is dropped next, and
 * reported too). A damaged project row itself cannot be set aside: the result is then a failure
 * that says where, and the project is listed as unreadable.
 */
export function assemblePlan(project: Project, rows: readonly BucketRow[], onRow?: RowIds): AssembledPlan {
  const dropped: DroppedData[] = [];
  const collections = readRows(rows, dropped, onRow);
  for (;;) {
    const candidate = { project, ...collections };
    // Only the verdict is wanted ('check': nothing copied): the rows as stored are the plan, not the
    // checker's copy, which strips fields this build does not know and a later write of the same
    // bucket must keep (a newer build may have written them).
    const checked = validatePlan(candidate, 'The stored plan', 'check');
    if (checked.ok) return { ok: true, plan: candidate as Plan, dropped };
    const entity = entityAt(checked.error.where);
    const held = entity ? collections[entity[0]] : undefined;
    if (!entity || !held || !Object.hasOwn(held, entity[1]) || dropped.length >= MAX_DROPPED_ENTITIES) {
      return { ok: false, message: checked.error.message, ...(checked.error.where ? { where: checked.error.where } : {}) };
    }
    const [collection, id] = entity;
    // Rows are keyed by entity id: a key that is not the entity's own id still lives in its key's bucket.
    dropped.push({ collection, bucket: bucketOf(id), id, problem: firstIssue(checked.error.message) });
    delete held[id];
  }
}

/** One line per dropped item, for notices and the project list: "tasks bucket 17: unreadable…". */
export function describeDropped(item: DroppedData): string {
  return item.id === null ? `${item.collection} (stored row ${String(item.bucket)}): ${item.problem}` : `${item.collection}['${item.id}']: ${item.problem}`;
}

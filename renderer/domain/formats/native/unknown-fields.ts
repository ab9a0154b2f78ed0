/**
 * Unknown fields survive a round trip. Entities that have `extra` keep the fields this version
 * does not know there (written back at the top level of the entity on save). Fields that have no
 * entity `extra` to live in (unknown file keys, unknown plan collections, baseline and column
 * fields) are kept in project.extra under FILE_EXTRA_KEY.
 */
import { PLAN_COLLECTIONS, type PlanCollection } from '../../model/plan';
import { knownFields } from '../plan-schema';
import { isRecord } from '../safe-json';

/** Where file-level unknown fields live inside project.extra. */
export const FILE_EXTRA_KEY = 'plotline:file';

/** Collections whose entities have no `extra` field in the model. */
const WITHOUT_EXTRA: ReadonlySet<PlanCollection> = new Set(['baselines', 'columns']);

export interface FileExtra {
  /** Unknown keys of the file object itself (next to format, version, app, exported). */
  readonly file?: Record<string, unknown>;
  /** Unknown keys of the file's `project` object (collections added by a newer version). */
  readonly plan?: Record<string, unknown>;
  /** Unknown fields of entities without `extra`, keyed 'collection/id'. */
  readonly entities?: Record<string, Record<string, unknown>>;
}

/** Splits an entity's fields into known ones and the rest (merged with an explicit `extra`). */
export function splitUnknown(
  entity: Record<string, unknown>, known: ReadonlySet<string>,
): { known: Record<string, unknown>; unknown: Record<string, unknown> | null } {
  // Fast path for the common case: every key is known, so the (freshly parsed) object is reused.
  if (Object.keys(entity).every((key) => known.has(key))) return { known: entity, unknown: null };
  const out: Record<string, unknown> = {};
  let unknown: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'extra' && isRecord(value)) unknown = { ...value, ...(unknown ?? {}) };
    else if (known.has(key)) out[key] = value;
    else unknown = { ...(unknown ?? {}), [key]: value };
  }
  return { known: out, unknown };
}

/** The inverse of splitUnknown: extra fields back at the top level, colliding ones under `extra`. */
export function joinUnknown(entity: object, extra: Readonly<Record<string, unknown>> | undefined, known: readonly string[]): object {
  const { own, hoisted } = unknownForWriting(entity, extra, known);
  return hoisted === null ? own : { ...own, ...hoisted };
}

/**
 * joinUnknown in two parts, for a writer that writes the members of one object after the other's
 * (json-chunks' JsonMembers): the entity's own fields (`extra` left out), and the extra fields that
 * go at its top level, or null. Adding the extra fields to a copy of a 10,000-task plan's tasks
 * made V8 keep every copy past the young generation (about 20 MB promoted per save, measured);
 * two objects written one after the other are made and dropped young.
 */
export function unknownForWriting(
  entity: object, extra: Readonly<Record<string, unknown>> | undefined, known: readonly string[],
): { own: object; hoisted: Readonly<Record<string, unknown>> | null } {
  // Nothing to join: the entity is written as it is (it is only read, by JSON.stringify).
  if (extra === undefined && !Object.hasOwn(entity, 'extra')) return { own: entity, hoisted: null };
  // A spread copy keeps the entity's fast layout; JSON leaves out the undefined `extra`.
  if (extra === undefined) return { own: { ...entity, extra: undefined }, hoisted: null };
  if (!collides(extra, known)) return { own: { ...entity, extra: undefined }, hoisted: extra };
  // Colliding fields stay under `extra` (an empty extra too, so it reads back as one). Copied key
  // by key rather than spread-then-delete: a `delete` turns the copy into a slow dictionary object.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) if (key !== 'extra') out[key] = value;
  const colliding: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extra)) {
    if (known.includes(key) || key === 'extra') colliding[key] = value;
    else out[key] = value;
  }
  out.extra = colliding;
  return { own: out, hoisted: null };
}

/** Whether an extra field would take the place of a model field (or of `extra`), or there are none to join. */
function collides(extra: Readonly<Record<string, unknown>>, known: readonly string[]): boolean {
  let fields = 0;
  for (const key in extra) {
    if (!Object.hasOwn(extra, key)) continue;
    if (key === 'extra' || known.includes(key)) return true;
    fields++;
  }
  return fields === 0;
}

/**
 * Reads the plan object of a file: entities' unknown fields into `extra`, the rest into a
 * FileExtra. Non-object collections are passed through for the schema to report.
 */
export function absorbUnknown(planObject: Record<string, unknown>, fileExtra: Record<string, unknown>): Record<string, unknown> {
  const entities: Record<string, Record<string, unknown>> = {};
  const plan: Record<string, unknown> = {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(planObject)) {
    if (key === 'project') out.project = value;
    else if (isCollection(key)) out[key] = absorbCollection(key, value, entities);
    else plan[key] = value;
  }
  const extra: FileExtra = {
    ...(Object.keys(fileExtra).length > 0 ? { file: fileExtra } : {}),
    ...(Object.keys(plan).length > 0 ? { plan } : {}),
    ...(Object.keys(entities).length > 0 ? { entities } : {}),
  };
  out.project = absorbProject(out.project, extra);
  return out;
}

function isCollection(key: string): key is PlanCollection {
  return PLAN_COLLECTIONS.some((c) => c === key);
}

function absorbCollection(name: PlanCollection, value: unknown, entities: Record<string, Record<string, unknown>>): unknown {
  if (!isRecord(value)) return value;
  const known = new Set(knownFields(name));
  // A file this version wrote has only known fields: its parsed record (parseJsonSafely's, without
  // '__proto__' keys) is kept as it is rather than copied entity by entity, 10,000 tasks on every open.
  if (everyFieldKnown(value, known)) return value;
  const out: Record<string, unknown> = {};
  for (const [id, entity] of Object.entries(value)) {
    if (!isRecord(entity)) {
      out[id] = entity;
      continue;
    }
    const split = splitUnknown(entity, known);
    if (split.unknown === null) out[id] = split.known;
    else if (WITHOUT_EXTRA.has(name)) {
      out[id] = split.known;
      entities[`${name}/${id}`] = split.unknown;
    } else out[id] = { ...split.known, extra: split.unknown };
  }
  return out;
}

/** True when no entity of the collection has a field outside `known` (what splitUnknown would leave whole). */
function everyFieldKnown(collection: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const id in collection) {
    const entity = collection[id];
    if (!isRecord(entity)) continue;
    for (const key in entity) if (!known.has(key)) return false;
  }
  return true;
}

function absorbProject(project: unknown, fileExtra: FileExtra): unknown {
  if (!isRecord(project)) return project;
  const split = splitUnknown(project, new Set(knownFields('project')));
  const hasFileExtra = Object.keys(fileExtra).length > 0;
  if (split.unknown === null && !hasFileExtra) return split.known;
  return { ...split.known, extra: { ...(split.unknown ?? {}), ...(hasFileExtra ? { [FILE_EXTRA_KEY]: fileExtra } : {}) } };
}

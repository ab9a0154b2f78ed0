/**
 * Three-way merge of plans, git-style but by entity and field: both copies are matched onto the
 * common ancestor (base), a change made on one side only applies, the same change on both sides
 * applies once, and the same field changed differently is a conflict the person resolves (ours
 * by default). Structural trouble (a task deleted on one side and edited on the other, a link that
 * would close a loop, a parent loop, a summary left with no children) is explained with the task
 * names. The result always passes the import gate and schedules.
 */
import type { Plan } from '../model';
import { checkPlan } from '../formats/admit';
import { isCharterPart, readProjectField } from './charter-parts';
import { fieldInWords } from './describe';
import { entityChanges, writeField } from './diff-plans';
import { entitiesOf, sameValue } from './equal';
import { matchPlans } from './match';
import { renameIds } from './refs';
import { fixStructure, joinLineage, linkLoopNotices, rowsInMerged, toOursSpace, type LinkLoop } from './merge-structure';
import { asBaseWhereNotCarried } from './made-up-identity';
import type { DiffCollection, EntityChange, MergeConflict, MergeOptions, MergeResult, Resolutions, Side } from './types';

type Loose = Readonly<Record<string, unknown>>;
type Records = Map<DiffCollection, Record<string, unknown>>;

/** Fields whose value is derived or bookkeeping: differing values never ask the person. */
function isQuiet(collection: DiffCollection, field: string | undefined, entity: Loose | undefined): boolean {
  if (collection === 'project') return field === 'updatedAt' || field === 'lineage';
  // An auto task's stored dates are the engine's stale copy (scheduled-plan.ts); a summary's duration is rolled up.
  if (collection === 'tasks' && (field === 'start' || field === 'finish')) return entity?.schedulingMode !== 'manual';
  return collection === 'tasks' && field === 'durationMinutes' && entity?.kind === 'summary';
}

interface MergeState {
  readonly base: Plan;
  readonly ours: Plan;
  readonly theirs: Plan;
  readonly records: Records;
  readonly conflicts: MergeConflict[];
  readonly applied: EntityChange[];
  readonly resolutions: Resolutions;
  readonly ourKeys: ReadonlySet<string>;
  /** Links fixStructure left out to keep the plan free of loops, worded once the merged plan is final. */
  readonly linkLoops: LinkLoop[];
}

const recordOf = (s: MergeState, collection: DiffCollection): Record<string, unknown> => {
  let record = s.records.get(collection);
  if (!record) {
    record = collection === 'project' ? { project: s.ours.project } : { ...entitiesOf(s.ours, collection) };
    s.records.set(collection, record);
  }
  return record;
};
const keyOf = (collection: DiffCollection, id: string): string => (collection === 'project' ? 'project' : id);
const get = (plan: Plan, collection: DiffCollection, id: string): Loose | undefined =>
  (collection === 'project' ? plan.project as unknown as Loose : entitiesOf(plan, collection)[id]);

function conflict(s: MergeState, c: Omit<MergeConflict, 'resolution' | 'isChoosable'>, isChoosable = true): Side {
  const resolution = isChoosable ? s.resolutions[c.id] ?? 'ours' : 'ours';
  s.conflicts.push({ ...c, resolution, isChoosable });
  return resolution;
}

/** Merges `theirs` into `ours` given their common ancestor `base`. Deterministic. */
export function mergePlans(base: Plan, ours: Plan, theirs: Plan, resolutions: Resolutions = {}, options: MergeOptions = {}): MergeResult {
  const oursMatch = matchPlans(base, ours);
  // Matched first: a copy that carries no project id does not share the base's task ids either.
  const notCarried = options.notCarried ?? {};
  const oursB = asBaseWhereNotCarried(renameIds(ours, oursMatch.toFirst), base, notCarried.ours, notCarried.base);
  const theirsB = asBaseWhereNotCarried(renameIds(theirs, matchPlans(base, theirs).toFirst), base, notCarried.theirs, notCarried.base);
  const ourChanges = entityChanges(base, oursB);
  const theirChanges = entityChanges(base, theirsB);
  const ourKeys = new Set<string>();
  for (const c of ourChanges) {
    // Our stale copy of the engine's dates is no edit: their deletion of that task still applies.
    if (c.op === 'update' && isQuiet(c.collection, c.field, get(oursB, c.collection, c.id))) continue;
    ourKeys.add(`${c.collection}/${c.id}`);
    if (c.field !== undefined) ourKeys.add(c.key);
  }
  const s: MergeState = { base, ours: oursB, theirs: theirsB, records: new Map(), conflicts: [], applied: [], resolutions, ourKeys, linkLoops: [] };
  for (const change of theirChanges) mergeChange(s, change);
  const merged = fixStructure(s, buildPlan(oursB, s.records), theirsB);
  const planInOurs = joinLineage(toOursSpace(merged, oursMatch.toFirst), ours, theirs);
  // The gate's checks and repairs, not its scheduling run: the merged plan is scheduled once,
  // where it is used (the session schedules the applied command; a file writer for the dates it writes).
  const admitted = checkPlan(planInOurs, 'merge', { admittedFrom: ours });
  // fixStructure leaves nothing the gate refuses; if a bug ever did, the local plan stays as it is.
  const plan = admitted.ok ? admitted.value.plan : ours;
  linkLoopNotices(s, merged, admitted.ok ? rowsInMerged(plan, merged, oursMatch.toFirst) : () => undefined);
  // A link left out to keep the plan free of loops was not applied: its notice says so instead.
  const leftOut = new Set<string>(s.linkLoops.map((l) => l.link.id));
  const applied = leftOut.size === 0 ? s.applied : s.applied.filter((c) => !(c.collection === 'links' && leftOut.has(c.id)));
  return { plan, theirChanges: applied, ourChanges, conflicts: s.conflicts };
}

function buildPlan(ours: Plan, records: Records): Plan {
  const out: Record<string, unknown> = { ...ours };
  for (const [collection, record] of records) out[collection] = collection === 'project' ? record.project : record;
  return out as unknown as Plan;
}

function mergeChange(s: MergeState, change: EntityChange): void {
  const { collection, id } = change;
  const record = recordOf(s, collection);
  const key = keyOf(collection, id);
  const ourEntity = get(s.ours, collection, id);
  const label = change.label;
  if (change.op === 'add') {
    if (ourEntity === undefined) {
      record[key] = change.after;
      s.applied.push(change);
    } else if (!sameValue(ourEntity, change.after)) {
      const side = conflict(s, { id: `both-added:${change.key}`, kind: 'both-added', collection, entityId: id, label, ours: ourEntity, theirs: change.after, message: `Both copies added ${label}, differently.` });
      if (side === 'theirs') record[key] = change.after;
    }
    return;
  }
  if (change.op === 'remove') {
    if (ourEntity === undefined) return;
    if (!s.ourKeys.has(`${collection}/${id}`)) {
      delete record[key];
      s.applied.push(change);
      return;
    }
    const side = conflict(s, { id: `delete-edit:${change.key}`, kind: 'delete-edit', collection, entityId: id, label, ours: ourEntity, message: `Their copy deleted ${label}, which you edited. Keep yours, or delete it as they did.` });
    if (side === 'theirs') delete record[key];
    return;
  }
  mergeUpdate(s, change, record, key, ourEntity);
}

function mergeUpdate(s: MergeState, change: EntityChange, record: Record<string, unknown>, key: string, ourEntity: Loose | undefined): void {
  const { collection, id, field = '', label } = change;
  if (ourEntity === undefined) {
    // Edited in their copy, deleted in ours: one conflict per entity, however many fields they edited.
    const conflictId = `delete-edit:${collection}/${id}`;
    if (s.conflicts.some((c) => c.id === conflictId)) return;
    const theirEntity = get(s.theirs, collection, id);
    const side = conflict(s, { id: conflictId, kind: 'delete-edit', collection, entityId: id, label, theirs: theirEntity, message: `You deleted ${label}, which their copy edited. Keep it deleted, or restore their version.` });
    if (side === 'theirs' && theirEntity !== undefined) record[key] = theirEntity;
    return;
  }
  const current = record[key] as Loose;
  const ourValue = collection === 'project' ? readProjectField(ourEntity, field) : ourEntity[field];
  // Their whole charter (created or removed) against our edits to its parts: ours touched it too.
  const isOurCharter = collection === 'project' && field === 'charter' && [...s.ourKeys].some((k) => k.startsWith(`${change.key}.`));
  const isTheirsAlone = !s.ourKeys.has(change.key) && !isOurCharter;
  // A conflict's side, when theirs, is written but listed as the conflict it is, not among their
  // changes applied automatically (as an added or deleted entity's conflict already is).
  const take = isTheirsAlone || (!sameValue(ourValue, change.after) && !isQuiet(collection, field, ourEntity) && conflict(s, {
    id: `field:${change.key}`, kind: 'field', collection, entityId: id, label, field, base: change.before, ours: ourValue, theirs: change.after,
    message: isCharterPart(field) ? `Both copies changed the ${label}.` : `Both copies changed the ${fieldInWords(field)} of ${label}.`,
  }) === 'theirs');
  if (!take) return;
  record[key] = writeField(collection, current, field, change.after);
  if (isTheirsAlone) s.applied.push(change);
}

export type { MergeState };

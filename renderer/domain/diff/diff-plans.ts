/**
 * Plan diff: what changed from plan A to plan B, entity by entity and field by field, after
 * matching B's entities onto A's (match.ts). Dates are compared as the engine schedules them
 * (scheduled-plan.ts, the one source of dates), since an auto task's stored dates are stale by
 * design; the stored copies travel as 'stored-dates' changes so that applying a diff is exact.
 */
import { PLAN_COLLECTIONS, type Plan, type PlanCollection, type TaskId } from '../model';
import { EMPTY_CHARTER } from '../model/charter';
import { tableRowOf } from '../schedule/issues';
import { createScheduler } from '../schedule/scheduler';
import type { KnownSchedule } from '../schedule/scheduled-plan';
import type { NotCarried } from '../formats/not-carried';
import { charterPartChanges, writeProjectField } from './charter-parts';
import { categoryOf, entityLabel, referenceNames } from './describe';
import { durationTexts } from './duration-texts';
import { entitiesOf, fieldNames, sameValue } from './equal';
import { asBaseWhereNotCarried, asOtherWhereNotCarried } from './made-up-identity';
import { matchPlans } from './match';
import { invertRenames, renameIds, type Renames } from './refs';
import type { DateChange, DiffCollection, EntityChange, IdRenames, MatchRule, PlanDiff } from './types';

export interface DiffOptions {
  /** Compare scheduled dates too (default true); off for callers that only need the edits (merge). */
  readonly withDates?: boolean;
  /** The engine's schedules of the plans when the caller has them (the open plan's), to save a run each. */
  readonly schedules?: { readonly a?: KnownSchedule; readonly b?: KnownSchedule };
  /**
   * What each plan's file has no place for, so its reader made it up (formats/not-carried.ts): B's
   * is read as A's (project id, a workbook's name; task order in A's ranks), and A's as B's (a task's
   * tags when A is an MS Project copy), so it is no change.
   */
  readonly notCarried?: { readonly a?: NotCarried; readonly b?: NotCarried };
}

type Loose = Readonly<Record<string, unknown>>;
type RuleOf = (collection: DiffCollection, id: string) => MatchRule | undefined;

/** The changes that turn `a` into `b`. Deterministic: changes are ordered by collection, id, field. */
export function diffPlans(a: Plan, b: Plan, options: DiffOptions = {}): PlanDiff {
  const matching = matchPlans(a, b);
  const bInA = asBaseWhereNotCarried(renameIds(b, matching.toFirst), a, options.notCarried?.b, options.notCarried?.a);
  // A's file may be the one without a place for them (a compare with an older MS Project copy):
  // what its reader made up is read as B has it, as B's is read as A's above.
  const aAsB = options.notCarried?.a ? asOtherWhereNotCarried(a, bInA, options.notCarried.a) : a;
  const ruleOf: RuleOf = (collection, id) =>
    (collection === 'tasks' ? matching.taskRules[id] : matching.otherRules[`${collection}/${id}`] ?? 'id');
  const changes = entityChanges(aAsB, bInA, ruleOf);
  return {
    changes,
    referenceNames: referenceNames(changes, aAsB, bInA),
    valueTexts: durationTexts(changes, aAsB, bInA),
    renames: toRecords(invertRenames(matching.toFirst)),
    dateChanges: options.withDates === false ? [] : scheduledDateChanges(a, bInA, options.schedules?.a, Object.keys(matching.toFirst.tasks ?? {}).length === 0 ? options.schedules?.b : undefined),
    taskMatches: matching.taskRules,
  };
}

/** Field-level changes between two plans in ONE id space (entities with equal ids are the same). */
export function entityChanges(a: Plan, b: Plan, ruleOf: RuleOf = () => 'id'): EntityChange[] {
  const out: EntityChange[] = [];
  const label = (collection: DiffCollection, entity: unknown): string => entityLabel(collection, entity, a, b);
  pushUpdates(out, 'project', 'project', a.project as unknown as Loose, b.project as unknown as Loose, label('project', a.project), 'id');
  for (const collection of PLAN_COLLECTIONS) {
    const before = entitiesOf(a, collection);
    const after = entitiesOf(b, collection);
    // The same record (renameIds keeps untouched collections): nothing changed in it.
    if (before === after) continue;
    for (const id in before) {
      const was = before[id];
      const now = after[id];
      if (was === undefined || was === now) continue;
      if (now === undefined) {
        out.push({ key: `${collection}/${id}`, collection, id, op: 'remove', category: categoryOf(collection, 'remove', undefined), label: label(collection, was), before: was });
      } else pushUpdates(out, collection, id, was, now, label(collection, was), ruleOf(collection, id));
    }
    for (const id in after) {
      const now = after[id];
      if (now === undefined || before[id] !== undefined) continue;
      out.push({ key: `${collection}/${id}`, collection, id, op: 'add', category: categoryOf(collection, 'add', undefined), label: label(collection, now), after: now });
    }
  }
  // Sorted once at the end (by collection order, then id, then field), not per collection.
  const order = new Map<DiffCollection, number>([['project', -1], ...PLAN_COLLECTIONS.map((c, i): [DiffCollection, number] => [c, i])]);
  return out.sort((x, y) => (order.get(x.collection) ?? 0) - (order.get(y.collection) ?? 0) || compareText(x.id, y.id) || compareText(x.field ?? '', y.field ?? ''));
}

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A task's optional fields whose absence means a value (model/plan.ts): a task typed in the app
 * stores "not elapsed" as false, an MS Project file's reader leaves it out, and the two are one
 * plan (a merge of a colleague's MS Project copy listed every typed task's duration as changed).
 */
const TASK_ABSENT_MEANS: Readonly<Record<string, unknown>> = {
  durationIsElapsed: false, levelingDelayMinutes: 0, fixedCost: 0, fixedCostAccrual: 'prorated', earnedValueMethod: 'percent-complete',
  actualCost: null, actualWorkMinutes: null, phaseId: null, splits: [],
};

function pushUpdates(out: EntityChange[], collection: DiffCollection, id: string, was: Loose, now: Loose, label: string, match: MatchRule | undefined): void {
  const absentMeans = collection === 'tasks' ? TASK_ABSENT_MEANS : {};
  for (const field of fieldNames(was, now)) {
    const meant = absentMeans[field];
    if (sameValue(was[field] ?? meant, now[field] ?? meant)) continue;
    const parts = collection === 'project' && field === 'charter' ? charterPartChanges(was[field], now[field], sameValue) : null;
    if (parts) {
      for (const part of parts) {
        out.push({ key: `${collection}/${id}/${part.field}`, collection, id, op: 'update', category: 'project', label: part.label, field: part.field, before: part.before, after: part.after });
      }
      continue;
    }
    out.push({
      key: `${collection}/${id}/${field}`, collection, id, op: 'update', category: categoryOf(collection, 'update', field),
      label, field, before: was[field], after: now[field], ...(match === undefined ? {} : { match }),
    });
  }
}

/** The engine's dates (the one source of dates, scheduled-plan.ts), read straight from the schedules. */
function scheduledDateChanges(a: Plan, b: Plan, knownA?: KnownSchedule, knownB?: KnownSchedule): DateChange[] {
  // One incremental scheduler for both: when the task set is the same, b's run reuses a's network.
  const scheduler = createScheduler();
  const sa = (knownA ?? scheduler.schedule(a)).tasks;
  const sb = (knownB ?? scheduler.schedule(b)).tasks;
  const out: DateChange[] = [];
  // In the first plan's row order, as its task table lists them (by id, the compare table read
  // UAT, Design, User docs, … on a plan typed Design, Backend, Frontend, …).
  const rowOf = tableRowOf(a);
  const row = (id: string): number => rowOf(id as TaskId) ?? Number.MAX_SAFE_INTEGER;
  for (const id of Object.keys(a.tasks).sort((x, y) => row(x) - row(y) || (x < y ? -1 : x > y ? 1 : 0))) {
    const x = sa.get(id as TaskId);
    const y = sb.get(id as TaskId);
    const task = a.tasks[id];
    if (x === undefined || y === undefined || task === undefined) continue;
    for (const field of ['start', 'finish'] as const) {
      if (x[field] !== y[field]) out.push({ taskId: id, label: entityLabel('tasks', task), field, before: x[field], after: y[field] });
    }
  }
  return out;
}

function toRecords(renames: Renames): IdRenames {
  const out: Partial<Record<PlanCollection, Record<string, string>>> = {};
  for (const [kind, map] of Object.entries(renames) as [PlanCollection, ReadonlyMap<string, string>][]) {
    if (map.size > 0) out[kind] = Object.fromEntries(map);
  }
  return out;
}

function toMaps(renames: IdRenames): Renames {
  const out: Renames = {};
  for (const [kind, record] of Object.entries(renames) as [PlanCollection, Readonly<Record<string, string>>][]) out[kind] = new Map(Object.entries(record));
  return out;
}

/**
 * Applies changes to `a` (those `keep` accepts; all by default) and carries matched entities to
 * the other plan's ids. applyDiff(a, diffPlans(a, b)) equals b. A partial apply may break
 * references; callers pass the result through the import gate (formats/admit.ts).
 */
export function applyDiff(a: Plan, diff: Pick<PlanDiff, 'changes' | 'renames'>, keep: (change: EntityChange) => boolean = () => true): Plan {
  return renameIds(applyChanges(a, diff.changes.filter(keep)), toMaps(diff.renames));
}

/** An entity with one field set (undefined removes it); a project's charter part (charter-parts.ts) set within the charter. */
export function writeField(collection: DiffCollection, entity: Loose, field: string, value: unknown): Loose {
  if (collection === 'project') return writeProjectField(entity, field, value, EMPTY_CHARTER as unknown as Loose);
  const next: Record<string, unknown> = { ...entity };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}

/** Applies entity changes in the plan's own id space. */
export function applyChanges(a: Plan, changes: readonly EntityChange[]): Plan {
  const copies = new Map<DiffCollection, Record<string, unknown>>();
  const copyOf = (collection: DiffCollection): Record<string, unknown> => {
    let copy = copies.get(collection);
    if (!copy) {
      copy = collection === 'project' ? { project: a.project } : { ...entitiesOf(a, collection) };
      copies.set(collection, copy);
    }
    return copy;
  };
  for (const change of changes) {
    const record = copyOf(change.collection);
    const key = change.collection === 'project' ? 'project' : change.id;
    if (change.op === 'add') record[key] = change.after;
    else if (change.op === 'remove') delete record[key];
    else {
      const current = record[key];
      if (current === undefined || change.field === undefined) continue;
      record[key] = writeField(change.collection, current as Loose, change.field, change.after);
    }
  }
  const out: Record<string, unknown> = { ...a };
  for (const [collection, record] of copies) out[collection] = collection === 'project' ? record.project : record;
  return out as unknown as Plan;
}

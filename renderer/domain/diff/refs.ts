/**
 * Renaming entity ids across a whole plan: the entity keys and every reference to them. Used to
 * carry a plan into another's id space (after matching) and back. Only tasks, people, calendars,
 * board columns, links and assignments are ever matched under a different id; of those, links and
 * assignments are referenced by nothing.
 */
import type { Plan, PlanCollection } from '../model';
import { PLAN_COLLECTIONS } from '../model';
import { entitiesOf, sameValue } from './equal';

export type Renames = Partial<Record<PlanCollection, ReadonlyMap<string, string>>>;

type Loose = Record<string, unknown>;

const isEmpty = (renames: Renames): boolean => Object.values(renames).every((m) => m.size === 0);

/** The plan with ids renamed (absent = kept). Entities nothing renames keep their identity. */
export function renameIds(plan: Plan, renames: Renames): Plan {
  if (isEmpty(renames)) return plan;
  const one = (kind: PlanCollection) => (id: unknown): unknown =>
    (typeof id === 'string' ? renames[kind]?.get(id) ?? id : id);
  const task = one('tasks');
  const person = one('resources');
  const calendar = one('calendars');
  const many = (ids: unknown): unknown => (Array.isArray(ids) ? ids.map(task) : ids);
  const fix: Partial<Record<PlanCollection, (e: Loose) => Loose>> = {
    tasks: (e) => ({ ...e, parentId: task(e.parentId), statusId: one('columns')(e.statusId), calendarId: calendar(e.calendarId) }),
    links: (e) => ({ ...e, predecessorId: task(e.predecessorId), successorId: task(e.successorId) }),
    resources: (e) => ({ ...e, calendarId: calendar(e.calendarId) }),
    calendars: (e) => ({ ...e, baseCalendarId: calendar(e.baseCalendarId) }),
    assignments: (e) => ({ ...e, taskId: task(e.taskId), resourceId: person(e.resourceId) }),
    baselines: (e) => ({ ...e, tasks: renameKeys(e.tasks as Loose, renames.tasks) }),
    risks: (e) => withOptional(e, {
      taskIds: many(e.taskIds), mitigationTaskIds: many(e.mitigationTaskIds), activatedTaskIds: many(e.activatedTaskIds),
      ownerId: person(e.ownerId),
      contingencyTasks: Array.isArray(e.contingencyTasks)
        ? (e.contingencyTasks as Loose[]).map((c) => ({ ...c, predecessorIds: many(c.predecessorIds), successorIds: many(c.successorIds) }))
        : e.contingencyTasks,
    }),
    issues: (e) => ({ ...e, taskIds: many(e.taskIds), ownerId: person(e.ownerId) }),
    assumptions: (e) => ({ ...e, ownerId: person(e.ownerId) }),
    changes: (e) => ({ ...e, taskIds: many(e.taskIds) }),
  };
  const projectCalendar = calendar(plan.project.calendarId);
  const out: Loose = { project: projectCalendar === plan.project.calendarId ? plan.project : { ...plan.project, calendarId: projectCalendar } };
  for (const name of PLAN_COLLECTIONS) {
    const rewrite = fix[name];
    const own = renames[name];
    const next: Loose = {};
    let isChanged = false;
    for (const [key, entity] of Object.entries(entitiesOf(plan, name))) {
      const id = own?.get(key) ?? key;
      // An entity no rename touches stays the same object: the diff skips identical objects
      // without comparing them, so a rename among 10,000 tasks costs the renamed ones only.
      const fixed = rewrite ? sameOrRewritten(entity, rewrite(entity)) : entity;
      next[id] = id === key ? fixed : { ...fixed, id };
      if (next[id] !== entity) isChanged = true;
    }
    out[name] = isChanged ? next : entitiesOf(plan, name);
  }
  return out as unknown as Plan;
}

/** The original object when the rewrite changed no field (shallow: nested arrays compare by content). */
function sameOrRewritten(entity: Readonly<Loose>, rewritten: Loose): Readonly<Loose> {
  for (const key of Object.keys(rewritten)) {
    const a = entity[key];
    const b = rewritten[key];
    if (a === b) continue;
    if (!sameValue(a, b)) return rewritten;
  }
  return entity;
}

/** Keeps absent optional fields absent, so a renamed entity equals its original field for field. */
function withOptional(entity: Loose, fields: Loose): Loose {
  const out = { ...entity };
  for (const [key, value] of Object.entries(fields)) if (key in entity) out[key] = value;
  return out;
}

function renameKeys(record: Loose | undefined, renames: ReadonlyMap<string, string> | undefined): Loose | undefined {
  if (record === undefined || renames === undefined || renames.size === 0) return record;
  const out: Loose = {};
  for (const [key, value] of Object.entries(record)) out[renames.get(key) ?? key] = value;
  return out;
}

/** The inverse renames (values to keys). */
export function invertRenames(renames: Renames): Renames {
  const out: Renames = {};
  for (const [kind, map] of Object.entries(renames) as [PlanCollection, ReadonlyMap<string, string>][]) {
    out[kind] = new Map([...map].map(([a, b]) => [b, a]));
  }
  return out;
}

import type { Plan, PlanCollection } from '../model';

/** Structural equality of plan values (JSON-like data: no Dates, Maps or cycles). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    if (!Object.hasOwn(ra, key)) continue;
    // An absent optional field and one set to undefined are the same plan.
    if (ra[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(rb, key) || !sameValue(ra[key], rb[key])) return false;
  }
  for (const key in rb) if (Object.hasOwn(rb, key) && rb[key] !== undefined) count--;
  return count === 0;
}

/** Every field name of two entities, sorted, so changes come out in one order. */
export function fieldNames(a: object, b: object): string[] {
  const names = new Set<string>();
  for (const key of Object.keys(a)) names.add(key);
  for (const key of Object.keys(b)) names.add(key);
  return [...names].sort();
}

/** An entity as plain data, field by field. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * A collection of the plan seen as plain records: the diff compares every entity kind field by
 * field, so it reads them without their types (the model's interfaces have no index signature).
 */
export function entitiesOf(plan: Plan, collection: PlanCollection): Readonly<Record<string, Fields>> {
  return plan[collection] as unknown as Readonly<Record<string, Fields>>;
}

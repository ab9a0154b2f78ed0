/**
 * What an edit touched, entity by entity, before and after it. Undo and redo replay patches, and
 * an edit refused because another window wrote first is re-run on the fresh plan; both are only
 * safe when the entities involved still are what this window last saw. Comparing whole touched
 * entities (not patch paths) keeps that check right for array fields, whose patches are by index.
 */
import type { Patch } from 'immer';
import { touchedKeys, type TouchedKey } from '../domain/commands';
import type { Plan } from '../domain/model';

export interface EntityState {
  readonly key: TouchedKey;
  /** undefined: the entity did not exist. For the project, its fields without `updatedAt`. */
  readonly value: unknown;
}

/** The project without the field every edit stamps, so two edits of different tasks do not clash on it. */
function projectFields(plan: Plan): unknown {
  const { updatedAt: _updatedAt, ...rest } = plan.project;
  return rest;
}

function valueOf(plan: Plan, key: TouchedKey): unknown {
  if (key.collection === 'project') return projectFields(plan);
  const entities: Readonly<Record<string, unknown>> = plan[key.collection];
  return Object.hasOwn(entities, key.id) ? entities[key.id] : undefined;
}

/** The touched entities as they are in `before` and `after` an edit made of `patches`. */
export function entityStates(patches: readonly Patch[], before: Plan, after: Plan): { before: EntityState[]; after: EntityState[] } {
  const keys = touchedKeys(patches, before, after);
  return {
    before: keys.map((key) => ({ key, value: valueOf(before, key) })),
    after: keys.map((key) => ({ key, value: valueOf(after, key) })),
  };
}

/** Do the plan's entities match these states? Identity first: an untouched plan shares its objects. */
export function entitiesMatch(plan: Plan, states: readonly EntityState[]): boolean {
  return states.every(({ key, value }) => {
    const current = valueOf(plan, key);
    return current === value || deepEqual(current, value);
  });
}

/** The touched entities that no longer match, for the message: "tasks 't1'". */
export function mismatchedNames(plan: Plan, states: readonly EntityState[]): string[] {
  return states
    .filter(({ key, value }) => !deepEqual(valueOf(plan, key), value))
    .map(({ key, value }) => {
      if (key.collection === 'project') return 'the project';
      const name = nameOf(valueOf(plan, key)) ?? nameOf(value);
      return name === null ? `${key.collection} '${key.id}'` : `“${name}”`;
    });
}

function nameOf(entity: unknown): string | null {
  if (typeof entity !== 'object' || entity === null || !('name' in entity)) return null;
  return typeof entity.name === 'string' ? entity.name : null;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Readonly<Record<string, unknown>>;
  const bRecord = b as Readonly<Record<string, unknown>>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && deepEqual(aRecord[key], bRecord[key]));
}

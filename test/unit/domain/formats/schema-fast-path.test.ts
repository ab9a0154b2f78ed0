import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { importPlanFile } from '../../../../renderer/domain/formats';
import { parsePlotline } from '../../../../renderer/domain/formats/native/plotline-file';
import { PlanSchema } from '../../../../renderer/domain/formats/plan-schema';
import { compileFastPath, INVALID, type FastParse, type FastPathMode } from '../../../../renderer/domain/formats/schema-fast-path';
import type { Plan } from '../../../../renderer/domain/model';
import { generatePlan } from '../../../support/generate-plan';
import { samplePlan } from './sample-plan';

const fixtures = path.join(__dirname, '../../../fixtures');

function compiled(mode: FastPathMode = 'copy'): FastParse {
  const fast = compileFastPath(PlanSchema, mode);
  if (fast === null) throw new Error('the plan schema uses a kind the fast path does not mirror');
  return fast;
}

/** Valid plans with every collection between them: the frozen file fixtures of each version, imports, generated plans. */
function validPlans(): Plan[] {
  const ctx = { newId: counter(), now: '2026-03-01T12:00:00.000Z' };
  const native = readdirSync(path.join(fixtures, 'native')).map((name) => {
    const read = parsePlotline(readFileSync(path.join(fixtures, 'native', name), 'utf8'));
    if (!read.ok) throw new Error(read.error.message);
    return read.value.plan;
  });
  const mspdi = ['costs.xml', 'features.xml'].map((name) => {
    const read = importPlanFile(name, readFileSync(path.join(fixtures, 'mspdi', name), 'utf8'), ctx);
    if (!read.ok) throw new Error(read.error.message);
    return read.value.plan;
  });
  return [samplePlan(), generatePlan({ tasks: 120, seed: 7, assignmentsPerLeaf: 1 }), ...native, ...mspdi];
}

function counter(): () => string {
  let n = 0;
  return () => `id-${String(n++)}`;
}

/** What valibot's parse gives (the reference), or INVALID. */
function reference(input: unknown): unknown {
  const result = v.safeParse(PlanSchema, input, { abortPipeEarly: true });
  return result.success ? result.output : INVALID;
}

/** Same verdict as valibot; with `sameOutput`, the same output too, key order included. */
function expectSameAsValibot(fast: FastParse, input: unknown, sameOutput = true): void {
  const expected = reference(input);
  const actual = fast(input);
  expect(actual === INVALID).toBe(expected === INVALID);
  if (expected === INVALID || !sameOutput) return;
  // Key order too: the .plotline writer keeps an entity's keys in the order the schema gave them.
  expect(difference(actual, expected, 'plan')).toBeNull();
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/**
 * Where two values differ: same prototypes, the same own keys in the same order (an undefined-valued
 * key counts), the same primitives (NaN equals NaN). Not toStrictEqual, whose type check reads a
 * 'constructor' key that an edit may have put on an object both outputs share.
 */
function difference(a: unknown, b: unknown, at: string): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at}: ${String(a)} vs ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: different prototypes`;
  const keys = Reflect.ownKeys(a).filter((k) => k !== 'length' || !Array.isArray(a));
  const otherKeys = Reflect.ownKeys(b).filter((k) => k !== 'length' || !Array.isArray(b));
  if (keys.map(String).join() !== otherKeys.map(String).join()) return `${at}: keys ${keys.map(String).join()} vs ${otherKeys.map(String).join()}`;
  for (const key of keys) {
    const found = difference((a as Container)[key as string], (b as Container)[key as string], `${at}.${String(key)}`);
    if (found !== null) return found;
  }
  return null;
}

type Container = Record<string | number, unknown>;

/** Every object or array inside the value, with the keys it holds. */
function containers(value: unknown, out: Container[] = []): Container[] {
  if (value === null || typeof value !== 'object') return out;
  out.push(value as Container);
  for (const inner of Object.values(value)) containers(inner, out);
  return out;
}

const REPLACEMENTS: readonly unknown[] = [
  undefined, null, NaN, Infinity, -1, 0, 0.5, 1e9, '', 'x', '2026-02-30T09:00', '2026-03-02T09:00', '2026-03-02', '09:00', true, [], {}, 'FS', 'task',
];
const NEW_KEYS = ['unknownField', '__proto__', 'constructor', 'prototype', 'extra', 'x'];

describe('schema fast path', () => {
  it('mirrors every schema kind the plan schema uses', () => {
    expect(compileFastPath(PlanSchema)).not.toBeNull();
    expect(compileFastPath(v.pipe(v.string(), v.transform((s) => s.length)))).toBeNull();
  });

  it('gives valibot\'s own output for valid plans: the schema\'s key order, defaults filled in', () => {
    for (const fast of [compiled(), compiled('keep')]) {
      for (const plan of validPlans()) {
        expectSameAsValibot(fast, plan);
        const { reports: _reports, phases: _phases, ...withoutDefaulted } = plan;
        expectSameAsValibot(fast, withoutDefaulted);
      }
    }
  });

  it('copies every object, record and array unless asked to keep what needs no copy', () => {
    const fast = compiled();
    const plan = fast(validPlans()[1]) as Plan;
    const again = fast(plan) as Plan;
    expect(again).not.toBe(plan);
    expect(again.tasks).not.toBe(plan.tasks);
    expect(Object.values(again.tasks)[0]).not.toBe(Object.values(plan.tasks)[0]);
  });

  it('keeping what needs no copy: returns an object, record or array as it is when valibot\'s output would be a copy of it, and copies only what changes', () => {
    const fast = compiled('keep');
    for (const plan of validPlans()) {
      // A parse's output is already in the schema's shape: parsing it again copies nothing.
      const parsed = fast(plan) as Plan;
      expect(fast(parsed)).toBe(parsed);
      // A default to fill makes a new plan object; the collections that need nothing stay the caller's.
      const { reports: _reports, ...withoutReports } = parsed;
      const filled = fast(withoutReports) as Plan;
      expect(filled).not.toBe(withoutReports);
      expect(filled.reports).toEqual({});
      // Each plan gets its own default: no two plans share one record.
      expect((fast(withoutReports) as Plan).reports).not.toBe(filled.reports);
      expect(filled.tasks).toBe(parsed.tasks);
      // A task with an unknown key, or its keys out of the schema's order, is rebuilt; a task after it is kept.
      const all = Object.values(parsed.tasks);
      const [first] = all;
      const second = all.length >= 3 ? all[all.length - 1] : undefined;
      if (first === undefined || second === undefined) continue;
      const { name, ...rest } = first;
      for (const changed of [{ ...first, unknownField: 1 }, { ...rest, name }]) {
        const out = fast({ ...parsed, tasks: { ...parsed.tasks, [first.id]: changed } }) as Plan;
        expect(out.tasks[first.id]).not.toBe(changed);
        expect(JSON.stringify(out.tasks[first.id])).toBe(JSON.stringify(first));
        expect(out.tasks[second.id]).toBe(second);
      }
      // An array with a key besides its indices is copied without it, as valibot does.
      const tagged = Object.assign(['a'], { note: 'x' });
      const out = fast({ ...parsed, tasks: { ...parsed.tasks, [first.id]: { ...first, tags: tagged } } }) as Plan;
      expect(out.tasks[first.id]?.tags).not.toBe(tagged);
      expect(Object.keys(out.tasks[first.id]?.tags ?? {})).toEqual(['0']);
    }
  });

  it.each([
    ['copying', 'copy'],
    ['keeping what needs no copy', 'keep'],
    ['checking only (the verdict, not the output)', 'check'],
  ] as const)('accepts exactly what valibot accepts, with the same output, after random edits (deterministic seed; %s)', (_name, mode) => {
    const fast = compiled(mode);
    // Plans in the schema's key order too (a parse's output), so a kept object is edited as well as a copied one.
    const plans = validPlans().flatMap((plan) => [plan, compiled()(plan) as Plan]);
    fc.assert(
      fc.property(
        fc.nat(plans.length - 1), fc.nat(), fc.nat(), fc.nat(REPLACEMENTS.length - 1), fc.nat(NEW_KEYS.length - 1), fc.boolean(),
        (which, at, key, replacement, newKey, adds) => {
          const plan = structuredClone(plans[which] as Plan) as unknown;
          const inside = containers(plan);
          const target = inside[at % inside.length] as Container;
          const keys = Object.keys(target);
          const value = REPLACEMENTS[replacement];
          if (adds || keys.length === 0) Object.defineProperty(target, NEW_KEYS[newKey] as string, { value, enumerable: true, configurable: true, writable: true });
          else if (value === undefined && key % 2 === 0) delete target[keys[key % keys.length] as string];
          else target[keys[key % keys.length] as string] = value;
          expectSameAsValibot(fast, plan, mode !== 'check');
        },
      ),
      { seed: 20261203, numRuns: 1000 },
    );
  });

  it('checking only: a valid plan is answered with itself whatever its keys\' order and extra keys; an object needing a default is copied with it', () => {
    const fast = compiled('check');
    /** The same value with every object's keys in reverse order. */
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([k, inner]) => [k, reversed(inner)]));
    };
    for (const plan of validPlans()) {
      const parsed = compiled()(plan) as Plan;
      expect(fast(parsed)).toBe(parsed);
      const shuffled = reversed(parsed) as Plan;
      expect(fast(shuffled)).toBe(shuffled);
      // Keys this build does not know stay where they are: the stored rows are kept as stored.
      const [first] = Object.values(shuffled.tasks);
      if (first === undefined) continue;
      const withUnknown = { ...first, fieldOfANewerBuild: 1 };
      const plus = { ...shuffled, tasks: { ...shuffled.tasks, [first.id]: withUnknown } };
      expect(fast(plus)).toBe(plus);
      // A missing defaulted collection is filled in a copy of the plan; what needs nothing stays.
      const { reports: _reports, ...withoutReports } = shuffled;
      const filled = fast(withoutReports) as Plan;
      expect(filled).not.toBe(withoutReports);
      expect(filled.reports).toEqual({});
      expect(filled.tasks).toBe(shuffled.tasks);
    }
    // Refusals are valibot's: a task in any order with a bad value is refused.
    const plan = reversed(compiled()(validPlans()[1])) as Plan;
    const [task] = Object.values(plan.tasks);
    if (task === undefined) throw new Error('the generated plan has no task');
    expectSameAsValibot(fast, { ...plan, tasks: { ...plan.tasks, [task.id]: { ...task, durationMinutes: -1 } } }, false);
    expect(fast({ ...plan, tasks: { ...plan.tasks, [task.id]: { ...task, durationMinutes: -1 } } })).toBe(INVALID);
  });

  it('refuses what is not an object at all', () => {
    const fast = compiled();
    for (const input of [null, undefined, 3, 'plan', [], true]) expectSameAsValibot(fast, input);
  });
});

/**
 * A fast path for valibot's parse of a *valid* value: the same output (objects in the schema's
 * entry order, defaults filled in, unknown keys left out) without valibot's per-field
 * dataset objects and issue bookkeeping, which made the schema check of a 10,000-task plan cost as
 * much as scheduling it. It answers INVALID at the first problem, and the caller then runs valibot
 * itself, so every refusal and its message stay valibot's. Each schema kind below mirrors that
 * kind's `~run` in valibot 1.5 (pinned); a kind or action it does not know makes `compileFastPath`
 * return null, and the caller uses valibot alone. schema-fast-path.test.ts holds it to valibot's
 * output on whole plans and on mutated ones.
 */
import type * as v from 'valibot';

export const INVALID: unique symbol = Symbol('invalid');
export type FastParse = (value: unknown) => unknown;

type AnySchema = v.GenericSchema & {
  readonly pipe?: readonly PipeItem[];
  readonly entries?: Readonly<Record<string, AnySchema>>;
  readonly wrapped?: AnySchema;
  readonly item?: AnySchema;
  readonly items?: readonly AnySchema[];
  readonly key?: AnySchema | string;
  readonly value?: AnySchema;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly default?: unknown;
  readonly fallback?: unknown;
  readonly getter?: (input: unknown) => AnySchema;
  readonly check?: (input: unknown) => boolean;
};
interface PipeItem {
  readonly kind: string;
  readonly type: string;
  readonly requirement?: unknown;
}

class Unsupported extends Error {}

const OPTIONAL_KINDS = new Set(['optional', 'exact_optional', 'nullish']);
/** valibot's _isValidObjectKey: records skip these keys (and inherited ones). */
const SKIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * What the fast parse gives back for a valid value:
 * - 'copy': valibot's output, a copy of every object, record and array;
 * - 'keep': the same, except that an object, record or array valibot would copy unchanged (a plain
 *   object whose keys are the schema's, in its order) is returned as it is. For readers that build
 *   their entities in the schema's order (plan-assembly's tasks): a 10,000-task MS Project import
 *   then keeps its tasks instead of copying them. Not for parsed files, whose objects come in their
 *   writer's order: there the check failed on every task and made the step slower (131 -> 205 ms
 *   on a 10,000-task .plotline, first run in Node), so they are copied, as valibot does;
 * - 'check': for a caller that wants only the verdict (opening stored rows, which are used as
 *   stored). An object is returned as it is whatever its key order and extra keys, when each of
 *   the schema's keys it holds parses to itself and none needs a default (else it is copied, so a
 *   pipe check on it reads what valibot's would). Accepts exactly what valibot accepts. A stored
 *   10,000-task plan: 62-88 ms copied, ~15-22 ms checked (Node, December 2026).
 */
export type FastPathMode = 'copy' | 'keep' | 'check';

interface Compiler {
  readonly cache: Map<AnySchema, FastParse>;
  readonly mode: FastPathMode;
}

/** The fast parse of `schema`, or null when it uses a kind this file does not mirror. */
export function compileFastPath(schema: v.GenericSchema, mode: FastPathMode = 'copy'): FastParse | null {
  try {
    return compile(schema, { cache: new Map(), mode });
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

function compile(schema: AnySchema, c: Compiler): FastParse {
  const known = c.cache.get(schema);
  if (known) return known;
  // Registered before compiling children, so a lazy schema that refers back finds it.
  let compiled: FastParse = () => INVALID;
  c.cache.set(schema, (value) => compiled(value));
  compiled = schema.pipe ? compilePipe(schema.pipe, c) : compileKind(schema, c);
  c.cache.set(schema, compiled);
  return compiled;
}

function compilePipe(pipe: readonly PipeItem[], c: Compiler): FastParse {
  const [base, ...actions] = pipe;
  const parse = compile(base as unknown as AnySchema, c);
  const checks = actions.filter((a) => a.kind !== 'metadata').map(actionCheck);
  return (value) => {
    const out = parse(value);
    if (out === INVALID) return INVALID;
    for (const check of checks) if (!check(out)) return INVALID;
    return out;
  };
}

function actionCheck(action: PipeItem): (value: unknown) => boolean {
  const requirement = action.requirement;
  if (action.kind !== 'validation') throw new Unsupported(action.type);
  switch (action.type) {
    case 'finite':
    case 'check': {
      if (typeof requirement !== 'function') throw new Unsupported(action.type);
      const holds = requirement as (value: unknown) => boolean;
      return (value) => holds(value);
    }
    case 'min_value': return (value) => (value as number) >= (requirement as number);
    case 'max_value': return (value) => (value as number) <= (requirement as number);
    case 'min_length': return (value) => (value as string).length >= (requirement as number);
    case 'max_length': return (value) => (value as string).length <= (requirement as number);
    case 'regex': {
      if (!(requirement instanceof RegExp) || requirement.global || requirement.sticky) throw new Unsupported(action.type);
      return (value) => requirement.test(value as string);
    }
    default: throw new Unsupported(action.type);
  }
}

function compileKind(schema: AnySchema, c: Compiler): FastParse {
  switch (schema.type) {
    case 'string': return (value) => (typeof value === 'string' ? value : INVALID);
    case 'number': return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : INVALID);
    case 'boolean': return (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'unknown': return (value) => value;
    case 'literal': {
      const literal = schema.literal;
      return (value) => (sameValueZero(value, literal) ? value : INVALID);
    }
    case 'picklist': {
      const options = schema.options ?? [];
      return (value) => (options.includes(value) ? value : INVALID);
    }
    case 'custom': {
      const check = schema.check;
      if (!check) throw new Unsupported('custom');
      return (value) => (check(value) ? value : INVALID);
    }
    case 'optional': return compileDefaulted(schema, undefined, c);
    case 'nullable': return compileDefaulted(schema, null, c);
    case 'lazy': {
      const getter = schema.getter;
      if (!getter) throw new Unsupported('lazy');
      return (value) => compile(getter(value), c)(value);
    }
    case 'object': return compileObject(schema, c);
    case 'record': return compileRecord(schema, c);
    case 'array': return compileArray(schema, c);
    case 'tuple': return compileTuple(schema, c);
    case 'variant': return compileVariant(schema, c);
    default: throw new Unsupported(schema.type);
  }
}

/** optional (empty = undefined) and nullable (empty = null): the empty value passes, or is replaced by the default. */
function compileDefaulted(schema: AnySchema, empty: undefined | null, c: Compiler): FastParse {
  if (!schema.wrapped) throw new Unsupported(schema.type);
  if (typeof schema.default === 'function') throw new Unsupported('default function');
  const fallback = schema.default;
  const wrapped = compile(schema.wrapped, c);
  // A default object or array is given to each plan as its own copy (valibot's parse copies it), as
  // the parse below returns what needs no change as it is, and plans must not share a default.
  const filled = typeof fallback === 'object' && fallback !== null ? () => structuredClone(fallback) : () => fallback;
  return (value) => {
    const given = value === empty && fallback !== undefined ? filled() : value;
    return given === empty ? given : wrapped(given);
  };
}

/**
 * Makes empty plain objects for one object schema's copies. Their properties, added one by one in
 * the schema's order, are kept inside the object: V8 gives the objects of a constructor room for
 * the properties they turn out to need (in-object slack tracking), where an object literal `{}`
 * has room for four and moves the rest to a separate store, grown as they are added. 10,000
 * copies of 23 fields in Chromium: 95-102 ms from `{}`, 18-32 ms from the constructor. The
 * constructor's prototype is Object.prototype, so the copies are plain objects as `{}` is (immer,
 * structuredClone and the prototype checks below see no difference).
 */
function plainObjectMaker(): () => Record<string, unknown> {
  function PlainObject(): void { /* the properties are added by the caller, in schema order */ }
  PlainObject.prototype = Object.prototype;
  const Made = PlainObject as unknown as new () => Record<string, unknown>;
  return () => new Made();
}

function compileObject(schema: AnySchema, c: Compiler): FastParse {
  const entries = Object.entries(schema.entries ?? {}).map(([key, entry]) => {
    if (entry.fallback !== undefined || typeof entry.default === 'function') throw new Unsupported('object entry fallback');
    const isOptional = OPTIONAL_KINDS.has(entry.type);
    return { key, parse: compile(entry, c), isOptional, defaulted: isOptional && entry.default !== undefined };
  });
  const emptyCopy = plainObjectMaker();
  // valibot's copy. The entries before `from` were found in the object in order, each parsing to
  // itself (the check below), so they are taken as they are rather than parsed a second time.
  const rebuilt = (record: Record<string, unknown>, from = 0): unknown => {
    const out = emptyCopy();
    for (let i = 0; i < entries.length; i++) {
      const { key, parse, isOptional, defaulted } = entries[i] as (typeof entries)[number];
      if (i < from) {
        if (Object.hasOwn(record, key)) out[key] = record[key];
      } else if (key in record || defaulted) {
        const parsed = parse(key in record ? record[key] : undefined);
        if (parsed === INVALID) return INVALID;
        out[key] = parsed;
      } else if (!isOptional) return INVALID;
    }
    return out;
  };
  return (input) => {
    if (!input || typeof input !== 'object') return INVALID;
    const record = input as Record<string, unknown>;
    if (c.mode === 'check') {
      // The schema's keys looked up, in any order; `in`, as valibot's rebuild reads them.
      for (let i = 0; i < entries.length; i++) {
        const { key, parse, isOptional, defaulted } = entries[i] as (typeof entries)[number];
        if (key in record) {
          const value = record[key];
          const parsed = parse(value);
          if (parsed === INVALID) return INVALID;
          if (parsed !== value) return rebuilt(record);
        } else if (defaulted) return rebuilt(record);
        else if (!isOptional) return INVALID;
      }
      return record;
    }
    if (c.mode !== 'keep' || Object.getPrototypeOf(record) !== Object.prototype) return rebuilt(record);
    // The object itself when valibot's rebuild would be a copy of it: a plain object whose own keys
    // are the schema's, in the schema's order, each value parsed to itself, and no default to fill.
    // Its keys are walked with for-in, which reads V8's cached key list (Object.keys copies it).
    let next = 0;
    for (const key in record) {
      // The schema's entries before this key are ones the object does not have.
      let entry = entries[next];
      while (entry !== undefined && entry.key !== key) {
        if (entry.defaulted || entry.key in record) return rebuilt(record, next);
        if (!entry.isOptional) return INVALID;
        entry = entries[++next];
      }
      // A key the schema does not have (the entries after the last one found are all absent): the copy leaves it out.
      if (entry === undefined) return rebuilt(record, next);
      if (!Object.hasOwn(record, key)) return rebuilt(record, 0);
      const value = record[key];
      const parsed = entry.parse(value);
      if (parsed === INVALID) return INVALID;
      if (parsed !== value) return rebuilt(record, next);
      next++;
    }
    for (let entry = entries[next]; entry !== undefined; entry = entries[++next]) {
      if (entry.defaulted || entry.key in record) return rebuilt(record, next);
      if (!entry.isOptional) return INVALID;
    }
    return record;
  };
}

function compileRecord(schema: AnySchema, c: Compiler): FastParse {
  if (typeof schema.key !== 'object' || !schema.value) throw new Unsupported('record');
  const parseKey = compile(schema.key, c);
  const parseValue = compile(schema.value, c);
  return (input) => {
    if (!input || typeof input !== 'object') return INVALID;
    const record = input as Record<string, unknown>;
    // Built only once an entry differs from the input's (a key skipped, a value parsed to another).
    // 'check' wants the verdict alone, so a record of any prototype (a stored plan's records have
    // none, see damaged-rows.ts) is never copied for it.
    const isKept = c.mode === 'check' || (c.mode === 'keep' && Object.getPrototypeOf(record) === Object.prototype);
    let out: Record<string, unknown> | null = isKept ? null : {};
    let kept = 0;
    for (const key in record) {
      if (!Object.hasOwn(record, key) || SKIPPED_KEYS.has(key)) {
        out ??= copiedEntries(record, kept);
        continue;
      }
      const value = record[key];
      const parsedKey = parseKey(key);
      const parsed = parseValue(value);
      if (parsedKey === INVALID || parsed === INVALID) return INVALID;
      if (out === null && (parsedKey !== key || parsed !== value)) out = copiedEntries(record, kept);
      if (out === null) kept++;
      else out[parsedKey as string] = parsed;
    }
    return out ?? record;
  };
}

/** The first `count` own entries of `record`, in for-in order: the part a record's parse kept as it was. */
function copiedEntries(record: Record<string, unknown>, count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let copied = 0;
  for (const key in record) {
    if (copied === count) break;
    if (!Object.hasOwn(record, key) || SKIPPED_KEYS.has(key)) continue;
    out[key] = record[key];
    copied++;
  }
  return out;
}

function compileArray(schema: AnySchema, c: Compiler): FastParse {
  if (!schema.item) throw new Unsupported('array');
  const parseItem = compile(schema.item, c);
  return (input) => {
    if (!Array.isArray(input)) return INVALID;
    const list = input as readonly unknown[];
    // The array itself while every item parses to itself. Not an array with other own keys than its
    // indices, which valibot's copy leaves out, nor one with a hole, which the copy fills with undefined.
    const plain = c.mode !== 'copy' && Object.getPrototypeOf(list) === Array.prototype && Object.keys(list).length === list.length;
    let out: unknown[] | null = plain ? null : [];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const parsed = parseItem(item);
      if (parsed === INVALID) return INVALID;
      if (out === null && (parsed !== item || !(i in list))) out = list.slice(0, i);
      out?.push(parsed);
    }
    return out ?? list;
  };
}

function compileTuple(schema: AnySchema, c: Compiler): FastParse {
  const items = (schema.items ?? []).map((item) => compile(item, c));
  return (input) => {
    if (!Array.isArray(input)) return INVALID;
    const list = input as readonly unknown[];
    // As an array (above), and valibot's copy has the tuple's items only: no more, no fewer.
    const plain = c.mode !== 'copy' && Object.getPrototypeOf(list) === Array.prototype && Object.keys(list).length === items.length;
    let out: unknown[] | null = plain ? null : [];
    for (let i = 0; i < items.length; i++) {
      const item = list[i];
      const parsed = (items[i] as FastParse)(item);
      if (parsed === INVALID) return INVALID;
      if (out === null && (parsed !== item || !(i in list))) out = list.slice(0, i);
      out?.push(parsed);
    }
    return out ?? list;
  };
}

/**
 * A variant of objects on one discriminator key: the first option whose discriminator matches
 * decides (valibot takes it when it passes; when it fails, valibot's own run finds the message).
 */
function compileVariant(schema: AnySchema, c: Compiler): FastParse {
  const key = schema.key;
  if (typeof key !== 'string') throw new Unsupported('variant');
  const options = (schema.options ?? []).map((option) => {
    const object = option as AnySchema;
    const discriminator = object.entries?.[key];
    if (object.type !== 'object' || object.pipe || !discriminator) throw new Unsupported('variant option');
    return { matches: compile(discriminator, c), isOptional: OPTIONAL_KINDS.has(discriminator.type), parse: compile(object, c) };
  });
  return (input) => {
    if (!input || typeof input !== 'object') return INVALID;
    const record = input as Record<string, unknown>;
    for (const option of options) {
      const matches = key in record ? option.matches(record[key]) !== INVALID : option.isOptional;
      if (matches) return option.parse(input);
    }
    return INVALID;
  };
}

function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

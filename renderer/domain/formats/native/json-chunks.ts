/**
 * JSON text in pieces: the same characters as `JSON.stringify(value, null, gap)`, produced one
 * piece at a time so a large file never exists as one string (a 10,000-task .plotline is 15 MB of
 * text, and a second 15 MB as bytes, in memory that is slow to touch on first use).
 *
 * The caller names the plain objects to open up (`containers`: the file and its project body) and
 * may put a JsonEntries where an object would be (a collection, written from its entities without
 * building a 10,000-key record first); every other value is one piece, written by JSON.stringify
 * itself at its depth, so strings, numbers, arrays, undefined and nested objects keep JSON's own
 * rules. The one difference: a value's toJSON, if it had one, would be called with another key
 * (plan data are plain JSON values; none has toJSON).
 */

/** An object's [key, value] pairs, in the order the object lists them (Object.entries), written as that object would be. */
export class JsonEntries {
  constructor(readonly entries: () => Iterable<readonly [string, unknown]>) {}
}

/**
 * The members of `own` and then those of `more`, written as one object: what JSON.stringify
 * writes for `{ ...own, ...more }` when no key is in both, without making that object.
 */
export class JsonMembers {
  constructor(readonly own: object, readonly more: object) {}
}

/** One piece at a time, in order; joined they are `JSON.stringify(value, null, gap)`. */
export function* jsonChunks(value: object, gap: '' | '  ', containers: ReadonlySet<object>): Generator<string, void, undefined> {
  yield* objectChunks(entriesOf(value), 0, gap, containers);
}

function entriesOf(value: object): Iterable<readonly [string, unknown]> {
  if (value instanceof JsonEntries) return value.entries();
  const record = value as Readonly<Record<string, unknown>>;
  return Object.keys(record).map((key) => [key, record[key]] as const);
}

function* objectChunks(
  entries: Iterable<readonly [string, unknown]>, depth: number, gap: string, containers: ReadonlySet<object>,
): Generator<string, void, undefined> {
  const newline = gap === '' ? '' : '\n';
  const colon = gap === '' ? ':' : ': ';
  const indent = gap.repeat(depth);
  const inner = indent + gap;
  const nest = nesting(depth, gap);
  let first = true;
  for (const [key, value] of entries) {
    if (typeof value === 'object' && value !== null && (value instanceof JsonEntries || containers.has(value))) {
      yield `${first ? '{' : ','}${newline}${inner}${JSON.stringify(key)}${colon}`;
      first = false;
      yield* objectChunks(entriesOf(value), depth + 1, gap, containers);
      continue;
    }
    // The value is written as the one member of objects nested to its depth, so JSON.stringify
    // indents it itself; the piece is a slice of that text (no second copy to re-indent it). The
    // member's key is a placeholder, the same for every entity: keyed by each id, every wrapper
    // would be an object of a new shape, which V8 must make and then throw away.
    const text = value instanceof JsonMembers ? joinedMembers(nest, value) : nest.stringified(value);
    // Undefined, functions and symbols have no JSON text: JSON.stringify leaves their keys out too.
    if (text.length === nest.emptyLength) continue;
    yield `${first ? '{' : ','}${newline}${text.slice(nest.before, nest.keyAt)}${JSON.stringify(key)}`;
    yield text.slice(nest.keyAt + PLACEHOLDER_TEXT.length, text.length - nest.after);
    first = false;
  }
  yield first ? '{}' : `${newline}${indent}}`;
}

/**
 * Both objects' texts at the member's depth, the first without its closing brace (and the line
 * break and indentation before it) and the second without its opening one: `{ a }` and `{ b }`
 * make `{ a, b }`, indented as one object.
 */
function joinedMembers(nest: Nesting, members: JsonMembers): string {
  const own = nest.stringified(members.own);
  const more = nest.stringified(members.more);
  const isEmpty = (text: string): boolean => text.length - nest.after - nest.valueAt === 2;
  if (isEmpty(more)) return own;
  if (isEmpty(own)) return more;
  return `${own.slice(0, own.length - nest.after - nest.closingLength)},${more.slice(nest.valueAt + 1)}`;
}

/** The key the value is written under, and its JSON text, which each piece replaces by the member's own key. */
const PLACEHOLDER = 'k';
const PLACEHOLDER_TEXT = JSON.stringify(PLACEHOLDER);

interface Nesting {
  /** JSON.stringify of `{ k: value }` inside `depth` objects, with the gap. */
  readonly stringified: (value: unknown) => string;
  /** Where the placeholder key's text starts, and where the value's text starts after it. */
  readonly keyAt: number;
  readonly valueAt: number;
  /** Characters before the member's indentation, and after its value. */
  readonly before: number;
  readonly after: number;
  /** The text when the value has none. */
  readonly emptyLength: number;
  /** How long an object value's end is: its `}` and, indented, the line break and indentation before it. */
  readonly closingLength: number;
}

const nestings = new Map<string, Nesting>();

function nesting(depth: number, gap: string): Nesting {
  const name = `${String(depth)}/${gap}`;
  const known = nestings.get(name);
  if (known !== undefined) return known;
  // One set of wrappers per depth and gap, whose member is set for each value: JSON.stringify
  // reads it at once, and the member is cleared so no value is kept alive here.
  const member: { [PLACEHOLDER]: unknown } = { [PLACEHOLDER]: undefined };
  let outer: object = member;
  for (let i = 0; i < depth; i++) outer = { _: outer };
  const stringified = (value: unknown): string => {
    member[PLACEHOLDER] = value;
    const text = JSON.stringify(outer, null, gap);
    member[PLACEHOLDER] = undefined;
    return text;
  };
  // Measured on probes: the text up to the member's indentation and its key, and after its value;
  // and the end of an object value, after its last member's value.
  const keyAndColon = `${PLACEHOLDER_TEXT}${gap === '' ? ':' : ': '}`;
  const probe = stringified(0);
  const keyAt = probe.indexOf(`${keyAndColon}0`);
  const valueAt = keyAt + keyAndColon.length;
  const after = probe.length - valueAt - 1;
  const objectProbe = stringified({ m: 0 });
  const made: Nesting = {
    stringified, keyAt, valueAt, after,
    before: gap === '' ? keyAt : probe.lastIndexOf('\n', keyAt) + 1,
    emptyLength: stringified(undefined).length,
    closingLength: objectProbe.length - after - objectProbe.lastIndexOf('0') - 1,
  };
  nestings.set(name, made);
  return made;
}

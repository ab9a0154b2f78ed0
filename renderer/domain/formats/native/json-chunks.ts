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
    // The member is written inside empty objects nested to its depth, so JSON.stringify indents it
    // itself; the piece is a slice of that text (no second copy to re-indent it).
    const text = JSON.stringify(nest.wrap(key, value), null, gap);
    // Undefined, functions and symbols have no JSON text: JSON.stringify leaves their keys out too.
    if (text.length === nest.emptyLength) continue;
    yield `${first ? '{' : ','}${newline}${text.slice(nest.before, text.length - nest.after)}`;
    first = false;
  }
  yield first ? '{}' : `${newline}${indent}}`;
}

interface Nesting {
  /** `{ [key]: value }` inside `depth` objects. */
  readonly wrap: (key: string, value: unknown) => object;
  /** Characters before the member's indentation and after its value, and the text when the value has none. */
  readonly before: number;
  readonly after: number;
  readonly emptyLength: number;
}

const nestings = new Map<string, Nesting>();

function nesting(depth: number, gap: string): Nesting {
  const name = `${String(depth)}/${gap}`;
  const known = nestings.get(name);
  if (known !== undefined) return known;
  const wrap = (key: string, value: unknown): object => {
    let out: object = Object.defineProperty({}, key, { value, enumerable: true });
    for (let i = 0; i < depth; i++) out = { _: out };
    return out;
  };
  // Measured on a probe: the text up to the probe member's indentation, and after its value.
  const probe = JSON.stringify(wrap('k', 0), null, gap);
  const member = `"k"${gap === '' ? ':' : ': '}0`;
  const at = probe.indexOf(member);
  const before = gap === '' ? at : probe.lastIndexOf('\n', at) + 1;
  const made: Nesting = { wrap, before, after: probe.length - at - member.length, emptyLength: JSON.stringify(wrap('k', undefined), null, gap).length };
  nestings.set(name, made);
  return made;
}

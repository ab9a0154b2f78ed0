/**
 * JSON text in pieces: the same characters as `JSON.stringify(value, null, gap)`, produced one
 * piece at a time so a large file never exists as one string (a 10,000-task .plotline is 15 MB of
 * text, and a second 15 MB as bytes, in memory that is slow to touch on first use).
 *
 * The caller names the plain objects to open up (`containers`: the file, its project body, each
 * collection); every other value is one piece, written by JSON.stringify itself and indented to
 * its depth, so strings, numbers, arrays, undefined and nested objects keep JSON's own rules.
 * The one difference: a value's toJSON, if it had one, would be called with '' instead of its key
 * (plan data are plain JSON values; none has toJSON).
 */

/** One piece at a time, in order; joined they are `JSON.stringify(value, null, gap)`. */
export function* jsonChunks(value: object, gap: '' | '  ', containers: ReadonlySet<object>): Generator<string, void, undefined> {
  yield* objectChunks(value, '', gap, containers);
}

function* objectChunks(object: object, indent: string, gap: string, containers: ReadonlySet<object>): Generator<string, void, undefined> {
  const newline = gap === '' ? '' : '\n';
  const colon = gap === '' ? ':' : ': ';
  const inner = indent + gap;
  const record = object as Readonly<Record<string, unknown>>;
  let first = true;
  for (const key of Object.keys(record)) {
    const value = record[key];
    const opening = `${first ? '{' : ','}${newline}${inner}${JSON.stringify(key)}${colon}`;
    if (typeof value === 'object' && value !== null && containers.has(value)) {
      first = false;
      yield opening;
      yield* objectChunks(value, inner, gap, containers);
      continue;
    }
    // Undefined, functions and symbols have no JSON text: JSON.stringify leaves their keys out too.
    const text = JSON.stringify(value, null, gap) as string | undefined;
    if (text === undefined) continue;
    first = false;
    // JSON text has no raw line breaks inside strings, so every '\n' starts a line to indent.
    yield opening + (gap === '' || inner === '' ? text : text.replaceAll('\n', `\n${inner}`));
  }
  yield first ? '{}' : `${newline}${indent}}`;
}

/**
 * Turns the gate's model path ("tasks['f12'].start") into a place in the source file, so a
 * refusal of an imported XML file says the line and column of the element the value came from.
 */
import { positionOf } from './xml/xml-tree';

const ENTITY = /^[a-z]+\['([^']*)'\]/;
const KEYS = /\['([^']*)'\]/g;

/**
 * The innermost entity of the path that has a source element: baselines['b'].tasks['t'].start is
 * placed at task t's element (MSPDI keeps a task's baselines inside its <Task>).
 */
function innermostOffset(where: string, offsets: ReadonlyMap<string, number>): number | undefined {
  const ids = [...where.matchAll(KEYS)].map((m) => m[1] ?? '');
  for (let i = ids.length - 1; i >= 0; i--) {
    const offset = offsets.get(ids[i] ?? '');
    if (offset !== undefined) return offset;
  }
  return undefined;
}

/**
 * `offsets` maps entity ids (tasks, links, calendars, resources, assignments) to the offset of
 * their source element; anything else (the project) is placed at `fallbackOffset`, the root element. BOM-free `text`, as the parser saw it.
 */
export function xmlLocator(text: string, offsets: ReadonlyMap<string, number>, fallbackOffset: number): (where: string) => string {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (where) => {
    const offset = innermostOffset(where, offsets) ?? fallbackOffset;
    const { line, column } = positionOf(source, offset);
    return `line ${String(line)}, column ${String(column)}`;
  };
}

/** The same for rows of a table (CSV): entity id -> 1-based row number; the column is named by the caller. */
export function rowLocator(rows: ReadonlyMap<string, number>): (where: string) => string | undefined {
  return (where) => {
    const id = ENTITY.exec(where)?.[1];
    const row = id === undefined ? undefined : rows.get(id);
    return row === undefined ? undefined : `row ${String(row)}`;
  };
}

/** "line 3, column 1" of an element's offset in XML text. */
export function rootPlace(text: string, offset: number): string {
  return xmlLocator(text, new Map(), offset)('');
}

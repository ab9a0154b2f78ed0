/**
 * The element tree the safe XML parser produces: elements with attributes, child elements and
 * their concatenated direct text. Mixed content order is not kept: the plan formats we read
 * (MSPDI, GanttProject) never rely on it. parseXml gives cursors on a tape (xml-tape): the
 * accessors below read the tape directly, without building `children` arrays or attribute maps.
 */
import { XmlNode } from './xml-tape';

export interface XmlElement {
  /** Qualified name as written, e.g. 'Task' or 'ns:Task'. */
  readonly name: string;
  /** The name without its namespace prefix. */
  readonly local: string;
  /** Attribute values with entities decoded. A Map, so '__proto__' is only ever a key. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Direct text and CDATA content, entities decoded, concatenated in document order. */
  readonly text: string;
  /** Offset of '<' in the source text (after a BOM), for messages: see positionOf. */
  readonly offset: number;
}

/** Name without a namespace prefix: 'ns:Task' -> 'Task'. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The first child with the given local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  if (element instanceof XmlNode) {
    const found = element.tape.childNamed(element.index, name);
    return found < 0 ? undefined : new XmlNode(element.tape, found);
  }
  // Only an element built by hand gets here: parseXml gives tape cursors.
  return element.children.find((c) => c.local === name);
}

/** Every child with the given local name, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  if (element instanceof XmlNode) {
    const { tape } = element;
    const id = tape.localIds.get(name);
    const out: XmlElement[] = [];
    if (id === undefined) return out;
    for (let c = tape.firstChild[element.index] ?? -1; c >= 0; c = tape.nextSibling[c] ?? -1) {
      if (tape.tagLocalIds[tape.tag[c] ?? 0] === id) out.push(new XmlNode(tape, c));
    }
    return out;
  }
  return element.children.filter((c) => c.local === name);
}

/**
 * The children whose local name is not in `names`, in document order. A reader that counts the
 * fields it does not import asks this of every record: on a tape, the children it knows cost no
 * cursor (an MSPDI task has about 60 children, nearly all of them known).
 */
export function childrenOutside(element: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  if (element instanceof XmlNode) {
    const { tape } = element;
    const out: XmlElement[] = [];
    for (let c = tape.firstChild[element.index] ?? -1; c >= 0; c = tape.nextSibling[c] ?? -1) {
      if (!names.has(tape.tagLocals[tape.tag[c] ?? 0] ?? '')) out.push(new XmlNode(tape, c));
    }
    return out;
  }
  return element.children.filter((c) => !names.has(c.local));
}

/** Trimmed text of the first child with that name; undefined when absent or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
  if (element instanceof XmlNode) {
    const found = element.tape.childNamed(element.index, name);
    const text = found < 0 ? '' : element.tape.trimmedTextOf(found);
    return text === '' ? undefined : text;
  }
  const text = child(element, name)?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Attribute value, or undefined. */
export function attr(element: XmlElement, name: string): string | undefined {
  if (element instanceof XmlNode) return element.tape.attribute(element.index, name);
  return element.attributes.get(name);
}

/** 1-based line and column of an offset, for error messages ("line 12:5"). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

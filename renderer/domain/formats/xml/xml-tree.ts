/**
 * The element tree the safe XML parser produces: elements with attributes, child elements and
 * their concatenated direct text. Mixed content order is not kept: the plan formats we read
 * (MSPDI, GanttProject) never rely on it.
 */
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

/** Children by local name, built on first lookup: a <Task> is queried ~30 times for ~30 children. */
const INDEX = new WeakMap<XmlElement, Map<string, XmlElement[]>>();

function indexOf(element: XmlElement): Map<string, XmlElement[]> {
  let index = INDEX.get(element);
  if (index === undefined) {
    index = new Map();
    for (const c of element.children) {
      const list = index.get(c.local);
      if (list) list.push(c);
      else index.set(c.local, [c]);
    }
    INDEX.set(element, index);
  }
  return index;
}

/** The first child with the given local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.length < 6 ? element.children.find((c) => c.local === name) : indexOf(element).get(name)?.[0];
}

/** Every child with the given local name, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.length < 6 ? element.children.filter((c) => c.local === name) : [...(indexOf(element).get(name) ?? [])];
}

/** Trimmed text of the first child with that name; undefined when absent or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
  const text = child(element, name)?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Attribute value, or undefined. */
export function attr(element: XmlElement, name: string): string | undefined {
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

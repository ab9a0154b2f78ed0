/**
 * The parsed document as a "tape": one row of integers per element in typed arrays (its tag, its
 * offset, its first child and next sibling, where its text and attributes are in the source),
 * plus the source text itself. Text and attribute values are cut from the source only when asked.
 *
 * Why: a 10,000-task MSPDI file has ~470,000 elements. As objects they were millions of small
 * heap objects that every young-generation collection copied while the tree was built (most of a
 * convert's garbage-collection time). Typed arrays live outside the collected heap, so building
 * and keeping the tape costs the collector next to nothing; the cursors readers get (XmlNode) are
 * short-lived and die young.
 */
import type { XmlElement } from './xml-tree';

/** Shared by every element without attributes; never written to. */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();
/** Shared by every leaf element; frozen, so nobody can write to it. */
const NO_CHILDREN: readonly XmlElement[] = Object.freeze([]);

/** Elements with at least this many children are indexed by local name when asked for one (childNamed). */
const INDEX_CHILDREN_FROM = 8;

/** Marks a text or attribute value kept as a string in `strings` instead of a range of the source. */
export const STORED = -1;

/** The arrays of a parsed document; XmlTapeBuilder (the parser) fills them, XmlNode reads them. */
export class XmlTape {
  /** Element count; rows past it are spare capacity. */
  count = 0;
  /** Per element: tag id (index into tagNames/tagLocals/tagLocalIds). */
  tag: Int32Array;
  /** Per element: offset of its '<' in the source. */
  offset: Int32Array;
  firstChild: Int32Array;
  lastChild: Int32Array;
  nextSibling: Int32Array;
  childCount: Int32Array;
  /** Per element: its text as a source range [textStart, textEnd), or textEnd STORED and strings[textStart]. */
  textStart: Int32Array;
  textEnd: Int32Array;
  /** Per element: its first attribute (index into attrs, in rows of three) and how many. */
  attrFirst: Int32Array;
  attrCount: Int32Array;
  /** Per attribute, three ints: name id (into attrNames), value start, value end (STORED: strings[start]). */
  attrs: Int32Array;
  attrTotal = 0;
  readonly tagNames: string[] = [];
  readonly tagLocals: string[] = [];
  /** Per tag: id of its local name, so elements are matched by local name as integers. */
  readonly tagLocalIds: number[] = [];
  /** Local name -> its id. */
  readonly localIds = new Map<string, number>();
  readonly attrNames: string[] = [];
  /** Decoded text (entities, CDATA next to text, several runs) and attribute values with entities. */
  readonly strings: string[] = [];

  constructor(readonly source: string, capacity: number) {
    this.tag = new Int32Array(capacity);
    this.offset = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.lastChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.childCount = new Int32Array(capacity);
    this.textStart = new Int32Array(capacity);
    this.textEnd = new Int32Array(capacity);
    this.attrFirst = new Int32Array(capacity);
    this.attrCount = new Int32Array(capacity);
    this.attrs = new Int32Array(48);
  }

  /** Doubles the room for elements (the parser's first size estimate was short). */
  growRows(): void {
    this.tag = doubled(this.tag);
    this.offset = doubled(this.offset);
    this.firstChild = doubled(this.firstChild);
    this.lastChild = doubled(this.lastChild);
    this.nextSibling = doubled(this.nextSibling);
    this.childCount = doubled(this.childCount);
    this.textStart = doubled(this.textStart);
    this.textEnd = doubled(this.textEnd);
    this.attrFirst = doubled(this.attrFirst);
    this.attrCount = doubled(this.attrCount);
  }

  /** The element's text, entities decoded, as the object tree held it. */
  textOf(element: number): string {
    const end = this.textEnd[element] ?? 0;
    const start = this.textStart[element] ?? 0;
    if (end === STORED) return this.strings[start] ?? '';
    return start === end ? '' : this.source.slice(start, end);
  }

  /** Trimmed text (String.prototype.trim), without a second string when there is nothing to trim. */
  trimmedTextOf(element: number): string {
    const end = this.textEnd[element] ?? 0;
    const start = this.textStart[element] ?? 0;
    if (end === STORED) return (this.strings[start] ?? '').trim();
    if (start === end) return '';
    // Printable ASCII at both ends cannot be trimmed; anything else goes through trim() itself.
    const first = this.source.charCodeAt(start);
    const last = this.source.charCodeAt(end - 1);
    const text = this.source.slice(start, end);
    return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f ? text : text.trim();
  }

  /**
   * The first child of each local name, for the element indexed last (see childNamed): valid for
   * the ids whose stamp is the current generation, so a new element is indexed without clearing.
   */
  private indexed = -1;
  private generation = 0;
  private firstByLocal = new Int32Array(0);
  private stamp = new Int32Array(0);

  /**
   * The first child whose local name is `local`, or -1. Readers ask one element for many of its
   * children in a row (an MSPDI task: about 45 of its 60), so an element with many children is
   * indexed once by local name, and each later question is a lookup instead of a walk of its
   * siblings. Read only after parsing: the index does not follow children added later.
   */
  childNamed(element: number, local: string): number {
    const id = this.localIds.get(local);
    if (id === undefined) return -1;
    if ((this.childCount[element] ?? 0) < INDEX_CHILDREN_FROM) {
      for (let c = this.firstChild[element] ?? -1; c >= 0; c = this.nextSibling[c] ?? -1) {
        if (this.tagLocalIds[this.tag[c] ?? 0] === id) return c;
      }
      return -1;
    }
    if (element !== this.indexed) this.indexChildren(element);
    return this.stamp[id] === this.generation ? (this.firstByLocal[id] ?? -1) : -1;
  }

  private indexChildren(element: number): void {
    if (this.stamp.length < this.localIds.size) {
      this.stamp = new Int32Array(this.localIds.size * 2);
      this.firstByLocal = new Int32Array(this.localIds.size * 2);
      this.generation = 0;
    }
    this.generation++;
    this.indexed = element;
    const { stamp, firstByLocal, generation } = this;
    // Walked from the first child, so the first of each name is the one kept.
    for (let c = this.firstChild[element] ?? -1; c >= 0; c = this.nextSibling[c] ?? -1) {
      const id = this.tagLocalIds[this.tag[c] ?? 0] ?? 0;
      if (stamp[id] !== generation) {
        stamp[id] = generation;
        firstByLocal[id] = c;
      }
    }
  }

  /** Value of the attribute named `name`, or undefined. */
  attribute(element: number, name: string): string | undefined {
    const first = this.attrFirst[element] ?? 0;
    const end = first + (this.attrCount[element] ?? 0);
    for (let a = first; a < end; a++) {
      if (this.attrNames[this.attrs[a * 3] ?? 0] === name) return this.attrValue(a);
    }
    return undefined;
  }

  attrValue(a: number): string {
    const start = this.attrs[a * 3 + 1] ?? 0;
    const end = this.attrs[a * 3 + 2] ?? 0;
    return end === STORED ? this.strings[start] ?? '' : this.source.slice(start, end);
  }
}

/** A copy of `a` twice as long, the rest zero. */
export function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * A cursor on one element of a tape: what readers hold instead of an element object. Two cursors
 * on the same element are different objects (compare `index` if ever needed); the tape lives as
 * long as any cursor on it.
 */
export class XmlNode implements XmlElement {
  constructor(readonly tape: XmlTape, readonly index: number) {}

  get name(): string {
    return this.tape.tagNames[this.tape.tag[this.index] ?? 0] ?? '';
  }

  get local(): string {
    return this.tape.tagLocals[this.tape.tag[this.index] ?? 0] ?? '';
  }

  get offset(): number {
    return this.tape.offset[this.index] ?? 0;
  }

  get text(): string {
    return this.tape.textOf(this.index);
  }

  /** A new array of cursors on each read; leaves share one frozen empty array. */
  get children(): readonly XmlElement[] {
    const tape = this.tape;
    if (tape.childCount[this.index] === 0) return NO_CHILDREN;
    const out: XmlNode[] = [];
    for (let c = tape.firstChild[this.index] ?? -1; c >= 0; c = tape.nextSibling[c] ?? -1) out.push(new XmlNode(tape, c));
    return out;
  }

  /** A new Map on each read (a Map, so '__proto__' is only ever a key); elements without any share one empty Map. */
  get attributes(): ReadonlyMap<string, string> {
    const tape = this.tape;
    const count = tape.attrCount[this.index] ?? 0;
    if (count === 0) return NO_ATTRIBUTES;
    const first = tape.attrFirst[this.index] ?? 0;
    const map = new Map<string, string>();
    for (let a = first; a < first + count; a++) map.set(tape.attrNames[tape.attrs[a * 3] ?? 0] ?? '', tape.attrValue(a));
    return map;
  }
}

/**
 * A small, safe, non-validating XML 1.0 parser in pure TypeScript (no DOMParser: the domain also
 * runs in Web Workers and Node tests). Safe by construction:
 * - DOCTYPE and ENTITY declarations are refused, so no external entities (XXE) and no entity
 *   expansion bombs ("billion laughs"); only the five predefined entities and numeric character
 *   references are decoded.
 * - Input size and nesting depth are bounded; the parser is iterative (no recursion).
 * - Attributes live in a Map, so a '__proto__' attribute is just a key.
 * Errors are values carrying a 1-based line:column.
 */
import { fail, ok, type Result } from '../../model/result';
import { localName, positionOf, type XmlElement } from './xml-tree';

export interface XmlParseOptions {
  /** Largest accepted input, in UTF-16 code units (about bytes for Western text). Default 50 MB. */
  readonly maxChars?: number;
  /** Deepest accepted element nesting. Default 256. */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_XML_CHARS = 50 * 1024 * 1024;

/** A tag's qualified and local name, one object per distinct name in a document. */
interface TagName {
  readonly name: string;
  readonly local: string;
}

/**
 * An element as the parser builds it. A 10,000-task file has ~470,000 elements, nearly all leaves
 * (`<UID>12</UID>`), and the collector copies every one of them while the tree is built, so a leaf
 * holds only its tag, text and offset (40 bytes instead of 72 for a six-field literal): `name` and
 * `local` are read through the shared tag, and `attributes` and `children` are the prototype's
 * shared empty ones until the element has its own.
 */
class ParsedElement implements XmlElement {
  declare attributes: Map<string, string>;
  declare children: ParsedElement[];

  constructor(readonly tag: TagName, public text: string, readonly offset: number) {}

  get name(): string {
    return this.tag.name;
  }

  get local(): string {
    return this.tag.local;
  }
}

/** Internal control flow only: parseXml turns it into a Result at the boundary. */
class XmlSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

/** Shared by every element without attributes (most of them); never written to. */
const NO_ATTRIBUTES: Map<string, string> = new Map();
/** Shared by every leaf element; an element gets its own array on its first child. */
const NO_CHILDREN: ParsedElement[] = [];
// Writable, so assigning an element's own array or map shadows the shared one instead of throwing.
Object.defineProperty(ParsedElement.prototype, 'attributes', { value: NO_ATTRIBUTES, writable: true });
Object.defineProperty(ParsedElement.prototype, 'children', { value: NO_CHILDREN, writable: true });
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const DECLARATION_REFUSED =
  'DOCTYPE and ENTITY declarations are not allowed in imported files (they enable external-entity and entity-expansion attacks)';

/** Parses an XML document into its root element; a Problem names the line:column of the fault. */
export function parseXml(source: string, options: XmlParseOptions = {}): Result<XmlElement> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_XML_CHARS;
  if (source.length > maxChars) {
    return fail(`The file is ${megabytes(source.length)} MB; the limit is ${megabytes(maxChars)} MB.`, 'the whole file');
  }
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    return ok(new Parser(text, options.maxDepth ?? 256).document());
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    const { line, column } = positionOf(text, error.offset);
    const where = `line ${String(line)}:${String(column)}`;
    return fail(`XML error at ${where}: ${error.message}`, where);
  }
}

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

class Parser {
  private pos = 0;
  /** Set by startTag: whether the tag just read was `<name/>`. */
  private selfClosing = false;
  /**
   * One string per distinct tag name, and its local name: a 10,000-task file has ~500,000 tags
   * but a few hundred names, so sharing them spares the collector ~a million retained strings.
   */
  private readonly tags = new Map<string, TagName>();

  constructor(private readonly text: string, private readonly maxDepth: number) {}

  document(): ParsedElement {
    this.misc();
    if (this.pos >= this.text.length) throw new XmlSyntaxError(this.pos, 'the document has no root element');
    if (this.text.charAt(this.pos) !== '<') throw new XmlSyntaxError(this.pos, 'text before the root element');
    const root = this.content();
    this.misc();
    if (this.pos < this.text.length) throw new XmlSyntaxError(this.pos, 'content after the end of the root element');
    return root;
  }

  /** Whitespace, comments and processing instructions outside the root element. */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('<?', this.pos)) this.pos = this.skipPast('?>', 'processing instruction');
      else if (this.text.startsWith('<!--', this.pos)) this.pos = this.skipPast('-->', 'comment');
      else if (this.text.startsWith('<!', this.pos)) throw this.declarationError();
      else return;
    }
  }

  private declarationError(): XmlSyntaxError {
    const upper = this.text.slice(this.pos, this.pos + 9).toUpperCase();
    if (upper.startsWith('<!DOCTYPE') || upper.startsWith('<!ENTITY')) {
      return new XmlSyntaxError(this.pos, DECLARATION_REFUSED);
    }
    return new XmlSyntaxError(this.pos, 'unexpected markup declaration');
  }

  /** The root element and everything inside it, with an explicit stack instead of recursion. */
  private content(): ParsedElement {
    const root = this.startTag();
    if (this.selfClosing) return root;
    const stack: ParsedElement[] = [root];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as ParsedElement;
      const lt = this.text.indexOf('<', this.pos);
      if (lt < 0) throw new XmlSyntaxError(top.offset, `element <${top.name}> is never closed`);
      if (lt > this.pos) this.appendText(top, lt);
      this.pos = lt;
      if (this.text.startsWith('</', lt)) this.endTag(stack);
      else if (this.text.startsWith('<!--', lt)) this.pos = this.skipPast('-->', 'comment');
      else if (this.text.startsWith('<![CDATA[', lt)) top.text += this.cdata();
      else if (this.text.startsWith('<?', lt)) this.pos = this.skipPast('?>', 'processing instruction');
      else if (this.text.startsWith('<!', lt)) throw this.declarationError();
      else this.openChild(top, stack);
    }
    return root;
  }

  /**
   * Text between child elements that is only whitespace is indentation, not content: dropping it
   * keeps container elements (10,000 <Task>s) from accumulating megabytes of blanks.
   */
  private appendText(element: ParsedElement, end: number): void {
    if (element.children.length > 0 && spaceEnd(this.text, this.pos) >= end) return;
    element.text += this.decode(this.text.slice(this.pos, end), this.pos);
  }

  private openChild(parent: ParsedElement, stack: ParsedElement[]): void {
    const element = this.startTag();
    if (parent.children === NO_CHILDREN) parent.children = [];
    parent.children.push(element);
    if (this.selfClosing) return;
    if (stack.length >= this.maxDepth) {
      throw new XmlSyntaxError(element.offset, `elements are nested deeper than ${String(this.maxDepth)} levels`);
    }
    stack.push(element);
  }

  private endTag(stack: ParsedElement[]): void {
    const start = this.pos;
    const open = stack.pop();
    // Compared in place: slicing every closing name would allocate ~500,000 strings for nothing.
    const end = start + 2 + (open?.name.length ?? 0);
    if (open === undefined || !this.text.startsWith(open.name, start + 2) || isNameCode(this.text.charCodeAt(end), true)) {
      this.pos = start + 2;
      const name = this.name();
      throw new XmlSyntaxError(start, `expected </${open?.name ?? ''}> but found </${name}>`);
    }
    this.pos = end;
    this.skipSpace();
    this.expect('>');
  }

  private cdata(): string {
    const start = this.pos + 9;
    const end = this.text.indexOf(']]>', start);
    if (end < 0) throw new XmlSyntaxError(this.pos, 'CDATA section is never closed');
    this.pos = end + 3;
    return this.text.slice(start, end);
  }

  private startTag(): ParsedElement {
    const offset = this.pos;
    this.pos++;
    const element = new ParsedElement(this.tagName(), '', offset);
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('/>', this.pos)) {
        this.pos += 2;
        this.selfClosing = true;
        return element;
      }
      if (this.text.charAt(this.pos) === '>') {
        this.pos++;
        this.selfClosing = false;
        return element;
      }
      this.attribute(element);
    }
  }

  private tagName(): TagName {
    const scanned = this.name();
    const known = this.tags.get(scanned);
    if (known !== undefined) return known;
    const tag = { name: scanned, local: localName(scanned) };
    this.tags.set(scanned, tag);
    return tag;
  }

  private attribute(element: ParsedElement): void {
    const at = this.pos;
    if (at >= this.text.length) throw new XmlSyntaxError(element.offset, `start tag <${element.name}> is never closed`);
    const name = this.name();
    this.skipSpace();
    this.expect('=');
    this.skipSpace();
    const quote = this.text.charAt(this.pos);
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(this.pos, `attribute '${name}' needs a quoted value`);
    const end = this.text.indexOf(quote, this.pos + 1);
    if (end < 0) throw new XmlSyntaxError(this.pos, `attribute '${name}' value is never closed`);
    const raw = this.text.slice(this.pos + 1, end);
    const lt = raw.indexOf('<');
    if (lt >= 0) throw new XmlSyntaxError(this.pos + 1 + lt, `'<' is not allowed in attribute '${name}'`);
    if (element.attributes.has(name)) throw new XmlSyntaxError(at, `attribute '${name}' appears twice`);
    if (element.attributes === NO_ATTRIBUTES) element.attributes = new Map();
    element.attributes.set(name, this.decode(raw, this.pos + 1));
    this.pos = end + 1;
  }

  /** Scans a name by character code (a regex exec per tag allocated a match array each time). */
  private name(): string {
    const start = this.pos;
    let i = start;
    while (i < this.text.length && isNameCode(this.text.charCodeAt(i), i > start)) i++;
    if (i === start) throw new XmlSyntaxError(this.pos, 'expected a name');
    this.pos = i;
    return this.text.slice(start, i);
  }

  /** XML's S production (space, tab, CR, LF), by character code: a sticky regex exec per tag cost a third of the parse. */
  private skipSpace(): void {
    this.pos = spaceEnd(this.text, this.pos);
  }

  private expect(char: string): void {
    if (this.text.charAt(this.pos) !== char) {
      const found = this.pos < this.text.length ? `'${this.text.charAt(this.pos)}'` : 'the end of the file';
      throw new XmlSyntaxError(this.pos, `expected '${char}' but found ${found}`);
    }
    this.pos++;
  }

  private skipPast(terminator: string, what: string): number {
    const end = this.text.indexOf(terminator, this.pos);
    if (end < 0) throw new XmlSyntaxError(this.pos, `${what} is never closed`);
    return end + terminator.length;
  }

  /** Decodes the five predefined entities and numeric references; anything else is refused. */
  private decode(raw: string, base: number): string {
    if (!raw.includes('&')) return raw;
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
      const semi = raw.indexOf(';', amp);
      if (semi < 0 || semi - amp > 12) throw new XmlSyntaxError(base + amp, "a bare '&' must be written &amp;");
      out += raw.slice(from, amp) + this.entity(raw.slice(amp + 1, semi), base + amp);
      from = semi + 1;
    }
    return out + raw.slice(from);
  }

  private entity(name: string, at: number): string {
    const predefined = PREDEFINED[name];
    if (predefined !== undefined && Object.hasOwn(PREDEFINED, name)) return predefined;
    const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (!m) throw new XmlSyntaxError(at, `unknown entity '&${name};' (only &lt; &gt; &amp; &quot; &apos; and &#...; are allowed)`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(code)) throw new XmlSyntaxError(at, `'&${name};' is not a valid XML character`);
    return String.fromCodePoint(code);
  }
}

/** Whether a UTF-16 code unit may appear in a name (NaN past the end: no); digits . - · only after the first. */
function isNameCode(c: number, notFirst: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0 ||
    (notFirst && ((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7));
}

/** Where the run of XML whitespace starting at `from` ends (charCodeAt past the end is NaN: not space). */
function spaceEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d; c = text.charCodeAt(++i));
  return i;
}

/** XML 1.0 Char production. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

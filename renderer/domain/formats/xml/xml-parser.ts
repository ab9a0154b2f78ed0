/**
 * A small, safe, non-validating XML 1.0 parser in pure TypeScript (no DOMParser: the domain also
 * runs in Web Workers and Node tests). Safe by construction:
 * - DOCTYPE and ENTITY declarations are refused, so no external entities (XXE) and no entity
 *   expansion bombs ("billion laughs"); only the five predefined entities and numeric character
 *   references are decoded.
 * - Input size and nesting depth are bounded; the parser is iterative (no recursion).
 * - Attributes are read into a Map, so a '__proto__' attribute is just a key.
 * The document is kept as a tape of typed arrays over the source text (see xml-tape), and the
 * root element is a cursor on it.
 * Errors are values carrying a 1-based line:column.
 */
import { fail, ok, type Result } from '../../model/result';
import { localName, positionOf, type XmlElement } from './xml-tree';
import { doubled, STORED, XmlNode, XmlTape } from './xml-tape';

export interface XmlParseOptions {
  /** Largest accepted input, in UTF-16 code units (about bytes for Western text). Default 50 MB. */
  readonly maxChars?: number;
  /** Deepest accepted element nesting. Default 256. */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_XML_CHARS = 50 * 1024 * 1024;

/** Internal control flow only: parseXml turns it into a Result at the boundary. */
class XmlSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

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
    return ok(new XmlNode(new Parser(text, options.maxDepth ?? 256).document(), 0));
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
  /** One id per distinct tag name: a 10,000-task file has ~500,000 tags but a few hundred names. */
  private readonly tagIds = new Map<string, number>();
  private readonly attrIds = new Map<string, number>();
  /** Per tag id, the tag id that followed it last time (see tagId); index 0 is "before the first tag". */
  private readonly following: number[] = [-1];
  /** The previous start tag's id plus one (0: none yet), an index into `following`. */
  private previousTag = 0;
  private readonly tape: XmlTape;

  constructor(private readonly text: string, private readonly maxDepth: number) {
    // About one element per 35 characters in MSPDI; the arrays grow by doubling when that is short.
    this.tape = new XmlTape(text, Math.max(16, Math.ceil(text.length / 32)));
  }

  document(): XmlTape {
    this.misc();
    if (this.pos >= this.text.length) throw new XmlSyntaxError(this.pos, 'the document has no root element');
    if (this.text.charAt(this.pos) !== '<') throw new XmlSyntaxError(this.pos, 'text before the root element');
    this.content();
    this.misc();
    if (this.pos < this.text.length) throw new XmlSyntaxError(this.pos, 'content after the end of the root element');
    return this.tape;
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

  /** The root element (element 0) and everything inside it, with an explicit stack instead of recursion. */
  private content(): void {
    const root = this.startTag();
    if (this.selfClosing) return;
    const stack: number[] = [root];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] ?? 0;
      const lt = this.text.indexOf('<', this.pos);
      if (lt < 0) throw new XmlSyntaxError(this.offsetOf(top), `element <${this.nameOf(top)}> is never closed`);
      if (lt > this.pos) this.appendText(top, lt);
      this.pos = lt;
      if (this.text.startsWith('</', lt)) this.endTag(stack);
      else if (this.text.startsWith('<!--', lt)) this.pos = this.skipPast('-->', 'comment');
      else if (this.text.startsWith('<![CDATA[', lt)) this.cdata(top);
      else if (this.text.startsWith('<?', lt)) this.pos = this.skipPast('?>', 'processing instruction');
      else if (this.text.startsWith('<!', lt)) throw this.declarationError();
      else this.openChild(top, stack);
    }
  }

  private offsetOf(element: number): number {
    return this.tape.offset[element] ?? 0;
  }

  private nameOf(element: number): string {
    return this.tape.tagNames[this.tape.tag[element] ?? 0] ?? '';
  }

  /**
   * Text between child elements that is only whitespace is indentation, not content: dropping it
   * keeps container elements (10,000 <Task>s) from accumulating megabytes of blanks. A single run
   * without entities stays a range of the source; anything else is decoded now (which also checks
   * every entity, so errors keep their place) and stored.
   */
  private appendText(element: number, end: number): void {
    if ((this.tape.childCount[element] ?? 0) > 0 && spaceEnd(this.text, this.pos) >= end) return;
    if (codeIndex(this.text, 38, this.pos, end) < 0) this.addText(element, this.pos, end, null);
    else this.addText(element, 0, 0, this.decode(this.text.slice(this.pos, end), this.pos));
  }

  /** Appends a run to an element's text: the source range [start, end), or `decoded` when given. */
  private addText(element: number, start: number, end: number, decoded: string | null): void {
    const tape = this.tape;
    const hasText = tape.textEnd[element] === STORED || tape.textStart[element] !== tape.textEnd[element];
    if (!hasText && decoded === null) {
      tape.textStart[element] = start;
      tape.textEnd[element] = end;
      return;
    }
    const text = tape.textOf(element) + (decoded ?? this.text.slice(start, end));
    tape.textStart[element] = tape.strings.length;
    tape.textEnd[element] = STORED;
    tape.strings.push(text);
  }

  private openChild(parent: number, stack: number[]): void {
    const element = this.startTag();
    const tape = this.tape;
    const last = tape.lastChild[parent] ?? -1;
    if (last < 0) tape.firstChild[parent] = element;
    else tape.nextSibling[last] = element;
    tape.lastChild[parent] = element;
    tape.childCount[parent] = (tape.childCount[parent] ?? 0) + 1;
    if (this.selfClosing) return;
    if (stack.length >= this.maxDepth) {
      throw new XmlSyntaxError(this.offsetOf(element), `elements are nested deeper than ${String(this.maxDepth)} levels`);
    }
    stack.push(element);
  }

  private endTag(stack: number[]): void {
    const start = this.pos;
    const open = stack.pop();
    const openName = open === undefined ? undefined : this.nameOf(open);
    // Compared in place: slicing every closing name would allocate ~500,000 strings for nothing.
    const end = start + 2 + (openName?.length ?? 0);
    if (openName === undefined || !this.text.startsWith(openName, start + 2) || isNameCode(this.text.charCodeAt(end), true)) {
      this.pos = start + 2;
      const name = this.name();
      throw new XmlSyntaxError(start, `expected </${openName ?? ''}> but found </${name}>`);
    }
    this.pos = end;
    this.skipSpace();
    this.expect('>');
  }

  /** CDATA content is verbatim: alone it stays a source range, next to other text it is stored. */
  private cdata(element: number): void {
    const start = this.pos + 9;
    const end = this.text.indexOf(']]>', start);
    if (end < 0) throw new XmlSyntaxError(this.pos, 'CDATA section is never closed');
    this.pos = end + 3;
    if (end > start) this.addText(element, start, end, null);
  }

  /** Reads a start tag into a new element row and returns its index. */
  private startTag(): number {
    const offset = this.pos;
    this.pos++;
    const tape = this.tape;
    const element = tape.count;
    if (element >= tape.tag.length) tape.growRows();
    tape.count++;
    tape.tag[element] = this.tagId();
    tape.offset[element] = offset;
    tape.firstChild[element] = -1;
    tape.lastChild[element] = -1;
    tape.nextSibling[element] = -1;
    tape.attrFirst[element] = tape.attrTotal;
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

  /**
   * The tag of the start tag at `pos`. Files repeat one sequence of tags per record (<UID>, <ID>,
   * <Name>... in every <Task>), so the tag that followed the previous tag last time is tried first,
   * compared in place; only a miss slices the name and looks it up.
   */
  private tagId(): number {
    const tape = this.tape;
    const predicted = this.following[this.previousTag] ?? -1;
    if (predicted >= 0) {
      const name = tape.tagNames[predicted] ?? '';
      const end = this.pos + name.length;
      if (this.text.startsWith(name, this.pos) && !isNameCode(this.text.charCodeAt(end), true)) {
        this.pos = end;
        this.previousTag = predicted + 1;
        return predicted;
      }
    }
    const id = this.scannedTagId();
    this.following[this.previousTag] = id;
    this.previousTag = id + 1;
    return id;
  }

  private scannedTagId(): number {
    const scanned = this.name();
    const known = this.tagIds.get(scanned);
    if (known !== undefined) return known;
    const tape = this.tape;
    const id = tape.tagNames.length;
    const local = localName(scanned);
    let localId = tape.localIds.get(local);
    if (localId === undefined) {
      localId = tape.localIds.size;
      tape.localIds.set(local, localId);
    }
    tape.tagNames.push(scanned);
    tape.tagLocals.push(local);
    tape.tagLocalIds.push(localId);
    this.following.push(-1);
    this.tagIds.set(scanned, id);
    return id;
  }

  private attribute(element: number): void {
    const at = this.pos;
    if (at >= this.text.length) throw new XmlSyntaxError(this.offsetOf(element), `start tag <${this.nameOf(element)}> is never closed`);
    const name = this.name();
    this.skipSpace();
    this.expect('=');
    this.skipSpace();
    const quote = this.text.charAt(this.pos);
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(this.pos, `attribute '${name}' needs a quoted value`);
    const end = this.text.indexOf(quote, this.pos + 1);
    if (end < 0) throw new XmlSyntaxError(this.pos, `attribute '${name}' value is never closed`);
    const lt = codeIndex(this.text, 60, this.pos + 1, end);
    if (lt >= 0) throw new XmlSyntaxError(lt, `'<' is not allowed in attribute '${name}'`);
    const tape = this.tape;
    const nameId = this.attrId(name);
    const first = tape.attrFirst[element] ?? 0;
    for (let a = first; a < tape.attrTotal; a++) {
      if (tape.attrs[a * 3] === nameId) throw new XmlSyntaxError(at, `attribute '${name}' appears twice`);
    }
    const row = tape.attrTotal * 3;
    if (row + 3 > tape.attrs.length) tape.attrs = doubled(tape.attrs);
    tape.attrs[row] = nameId;
    if (codeIndex(this.text, 38, this.pos + 1, end) < 0) {
      tape.attrs[row + 1] = this.pos + 1;
      tape.attrs[row + 2] = end;
    } else {
      tape.attrs[row + 1] = tape.strings.length;
      tape.attrs[row + 2] = STORED;
      tape.strings.push(this.decode(this.text.slice(this.pos + 1, end), this.pos + 1));
    }
    tape.attrTotal++;
    tape.attrCount[element] = (tape.attrCount[element] ?? 0) + 1;
    this.pos = end + 1;
  }

  private attrId(name: string): number {
    const known = this.attrIds.get(name);
    if (known !== undefined) return known;
    const id = this.tape.attrNames.length;
    this.tape.attrNames.push(name);
    this.attrIds.set(name, id);
    return id;
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

/**
 * Where the first character `code` is in text[start, end), or -1: indexOf would search on to the
 * end of the file when it is absent ('&' usually is), once per element.
 */
function codeIndex(text: string, code: number, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
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

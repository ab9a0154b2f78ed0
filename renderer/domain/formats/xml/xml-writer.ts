/**
 * A tiny streaming XML writer: appends indented lines to an array that is joined once, which
 * keeps a 10,000-task export fast. Text and attribute values are escaped, and characters XML 1.0
 * cannot carry (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/FFFF) are dropped.
 */

const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes element text: & < > (and drops characters XML cannot hold). */
export function escapeXmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value for double quotes; newlines and tabs become references so they survive. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const INDENTS = Array.from({ length: 16 }, (_, depth) => '  '.repeat(depth));

export class XmlWriter {
  /** Finished output, each chunk flattened by join: compact strings instead of a deep rope. */
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private depth = 0;

  constructor(declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>') {
    this.push(declaration);
  }

  /** Opens an element: <name a="1">. */
  open(name: string, attributes: Readonly<Record<string, string>> = {}): this {
    this.push(`${this.indent()}<${name}${formatAttributes(attributes)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** <name a="1">text</name>; nothing when the value is undefined (optional MSPDI elements). */
  leaf(name: string, value: string | number | undefined, attributes: Readonly<Record<string, string>> = {}): this {
    if (value === undefined) return this;
    const text = typeof value === 'number' ? String(value) : escapeXmlText(value);
    this.push(`${this.indent()}<${name}${formatAttributes(attributes)}>${text}</${name}>`);
    return this;
  }

  /** <name a="1"/> */
  empty(name: string, attributes: Readonly<Record<string, string>> = {}): this {
    this.push(`${this.indent()}<${name}${formatAttributes(attributes)}/>`);
    return this;
  }

  toString(): string {
    return this.chunks.join('') + this.pending.join('\n') + (this.pending.length > 0 ? '\n' : '');
  }

  /**
   * Lines are joined every 2,048 into one flat chunk. Keeping half a million small strings (or a
   * rope of them) alive until the end made a 10,000-task export spend most of its time in GC.
   */
  private push(line: string): void {
    this.pending.push(line);
    if (this.pending.length >= 2048) {
      this.chunks.push(`${this.pending.join('\n')}\n`);
      this.pending = [];
    }
  }

  private indent(): string {
    return INDENTS[this.depth] ?? '  '.repeat(this.depth);
  }
}

function formatAttributes(attributes: Readonly<Record<string, string>>): string {
  let out = '';
  for (const [key, value] of Object.entries(attributes)) out += ` ${key}="${escapeXmlAttribute(value)}"`;
  return out;
}

/**
 * RFC 5545 content lines: TEXT escaping (section 3.3.11: backslash, semicolon, comma, newline),
 * line folding at 75 octets without splitting a UTF-8 sequence (section 3.1), CRLF line ends.
 */

/** The PRODID every Plotline .ics export carries (ical-export); the .ics import recognises its own files by it. */
export const PLOTLINE_PRODID = '-//Plotline//Plotline//EN';

/** Escapes a TEXT value. */
export function escapeIcalText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Reverses escapeIcalText (also accepts \N). */
export function unescapeIcalText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Undoes folding: a CRLF (or LF) followed by a space or tab joins the lines. */
export function unfoldLines(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

export interface ContentLine {
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
  readonly value: string;
}

/** NAME;PARAM=VALUE:value -> parts (parameter values may be quoted). */
export function parseContentLine(line: string): ContentLine | null {
  const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:]*))*):(.*)$/.exec(line);
  if (!m) return null;
  const params = new Map<string, string>();
  for (const p of (m[2] ?? '').split(';').slice(1)) {
    const eq = p.indexOf('=');
    params.set(p.slice(0, eq).toUpperCase(), p.slice(eq + 1).replace(/^"|"$/g, ''));
  }
  return { name: (m[1] ?? '').toUpperCase(), params, value: m[3] ?? '' };
}

/**
 * Escaping for the HTML report and its print layout. Every user-typed string (names, headline,
 * narrative) goes through `html()`, so "<script>" in a narrative is shown as text, never run.
 */
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function html(text: string): string {
  // Control characters other than tab/newline are dropped: they are never meant and some break parsers.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** A CSS string literal's content (for @page margin boxes): quotes, backslashes, '<' and line breaks as CSS escapes. */
export function cssString(text: string): string {
  return text.replace(/[\\"<>\n\r\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** Multi-line text as paragraphs; blank lines separate paragraphs, single newlines become <br>. */
export function paragraphs(text: string, style: string): string {
  return text.trim() === '' ? '' : text.trim().split(/\n\s*\n/).map((p) => `<p style="${style}">${html(p).replace(/\n/g, '<br>')}</p>`).join('\n');
}

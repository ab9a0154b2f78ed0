/**
 * One escaping rule per output format, used by every exporter, so a hostile name, note, colour
 * or id in a received plan can neither run script in an exported SVG, inject records into an
 * iCalendar file nor become a spreadsheet formula (issue 20, "Safe outputs"):
 * - XML and SVG: text and attribute values (XML 1.0 characters only), and paints from an allow-list.
 * - iCalendar: TEXT values escaped (RFC 5545 3.3.11), other property values and UIDs with every
 *   control character (CR/LF above all) removed, and lines folded at 75 octets (3.1).
 * - CSV: every value, and every part of a multi-value cell, neutralised against formulas (OWASP
 *   "CSV injection"), then quoted per RFC 4180.
 */
import { escapeXmlAttribute, escapeXmlText } from './xml/xml-writer';
import { escapeIcalText, foldLine } from './ical/ical-text';

/** XML/SVG character data. */
export const xmlText = escapeXmlText;
/** An XML/SVG attribute value inside double quotes. */
export const xmlAttribute = escapeXmlAttribute;

const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const FUNCTION_COLOUR = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(\s*[-a-z0-9.%\s,/]+\)$/i;
const NAMED_COLOUR = /^[a-zA-Z]{3,20}$/;

/**
 * A paint for an SVG fill/stroke attribute: hex, rgb()/hsl() or a colour keyword; anything else
 * (a quote, "url(javascript:...)", markup) becomes `fallback`. The result is also attribute-escaped.
 */
export function svgPaint(colour: string, fallback = '#888888'): string {
  const value = colour.trim();
  const isSafe = HEX_COLOUR.test(value) || FUNCTION_COLOUR.test(value) || NAMED_COLOUR.test(value);
  return escapeXmlAttribute(isSafe ? value : fallback);
}

/** An iCalendar TEXT value (SUMMARY, DESCRIPTION, X-WR-CALNAME): backslash, ; , and newlines escaped. */
export const icalText = (value: string): string => escapeIcalText(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));

/**
 * A property value that is not TEXT (UID, dates, ids): no control character at all, so a CR/LF in
 * an id can never end the line and start `BEGIN:VEVENT`; ';', ',' and ':' are kept out of a UID's
 * way too. Characters outside a safe set are percent-encoded, so distinct ids stay distinct.
 */
export function icalValue(value: string): string {
  return value.replace(/[^A-Za-z0-9._~@+\-]/g, (ch) => `%${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(2, '0') ?? ''}`);
}

/** A content line folded at 75 octets. */
export const icalLine = foldLine;

/** Leading characters a spreadsheet reads as the start of a formula (tab and CR too: OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One value made inert for a spreadsheet: a leading apostrophe when it could start a formula ("-1+1" too). */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A cell's text made inert: the value, and each part a spreadsheet could split off at ';' or ','
 * (a list cell "Pay;=1+1", or a CSV opened with the other list separator).
 */
export function csvSafeText(value: string): string {
  const whole = neutraliseFormula(value);
  return whole.replace(/([;,])([ ]*[=+\-@\t\r])/g, "$1'$2");
}

/** A multi-value cell: every part neutralised, then joined. */
export function csvList(parts: readonly string[], separator = ';'): string {
  return parts.map((p) => csvSafeText(p)).join(separator);
}

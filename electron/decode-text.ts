/**
 * The one decoder for every file Plotline opens, on both platforms (the desktop reads bytes in
 * main, the browser build reads a picked or dropped File): BOM sniffing for UTF-8, UTF-16LE and
 * UTF-16BE, BOM-less UTF-16 told by its zero bytes, and any further BOMs (a "double BOM" from a
 * tool that added its own) removed. Invalid sequences become U+FFFD rather than failing the open;
 * the importers then say what and where. Pure: TextDecoder exists in Node and in browsers.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding and how many BOM bytes to skip. */
export function sniffEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomBytes: number } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  // Without a BOM, text of ASCII-range characters in UTF-16 has a zero in every other byte.
  if (bytes.length >= 4 && a !== 0 && b === 0 && bytes[3] === 0) return { encoding: 'utf-16le', bomBytes: 0 };
  if (bytes.length >= 4 && a === 0 && b !== 0 && bytes[2] === 0) return { encoding: 'utf-16be', bomBytes: 0 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

/** Bytes of a file as text, without any leading byte-order marks. */
export function decodeFileBytes(bytes: Uint8Array): string {
  const { encoding, bomBytes } = sniffEncoding(bytes);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomBytes));
  let start = 0;
  while (text.charCodeAt(start) === 0xfeff) start++;
  return start === 0 ? text : text.slice(start);
}

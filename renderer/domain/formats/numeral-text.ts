/**
 * Numbers and dates as other locales write them, brought to the ASCII form the readers know:
 * Arabic-Indic and other decimal digits (ar-EG shows "١٥‏/٣‏/٢٠٢٧، ٢:٣٠ م"), the Arabic decimal
 * separator, comma and percent sign, the invisible direction marks Intl puts around parts
 * (U+200F after each date number in ar-EG, U+061C in some Arabic forms), and the no-break spaces
 * it writes before AM/PM (U+202F in en-US). Pure.
 */

/**
 * The zero of each run of decimal digits Intl's numbering systems write (arab, arabext, deva,
 * beng, guru, gujr, orya, tamldec, telu, knda, mlym, thai, laoo, tibt, mymr, khmr, mong, fullwide):
 * Unicode gives each system's 0-9 as ten consecutive code points.
 */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10,
];
const DIGITS = new RegExp(`[${DIGIT_ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('')}]`, 'gu');
/** Left-to-right, right-to-left and Arabic letter marks, embeddings, overrides and isolates. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0;
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

/**
 * The text with ASCII digits, no direction marks, plain spaces, and the Arabic comma (U+060C),
 * decimal separator (U+066B) and percent sign (U+066A) as ',', '.' and '%'. The Arabic thousands
 * separator (U+066C) is dropped: it only groups digits.
 */
export function plainNumeralText(text: string): string {
  return text
    .replace(DIGITS, asciiDigit)
    .replace(DIRECTION_MARKS, '')
    .replace(SPACES, ' ')
    .replace(/\u060c/g, ',')
    .replace(/\u066b/g, '.')
    .replace(/\u066a/g, '%')
    .replace(/\u066c/g, '');
}

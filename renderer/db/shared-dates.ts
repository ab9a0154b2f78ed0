/**
 * One string per distinct date-time in a plan read from storage. Each bucket row is JSON text, and
 * JSON.parse gives every occurrence of a value longer than 10 characters a string of its own, so
 * a 10,000-task plan held 30,000 copies of "2026-03-04T09:00"-like values (start, finish and
 * constraint dates), 0.84 MB of the page's 11 MB heap, where its tasks share about a thousand
 * distinct values (heap snapshot of the flat 10,000-task Gantt, bench -- gantt-peers, PEERS_HEAP=1,
 * December 2026). Baselines repeat every task's dates again.
 */

const DASH = 45;
const T = 84;
const ZERO = 48;

/** A LocalDateTime's shape ("2026-03-04T09:00", optionally with seconds); checked by length and two characters, not parsed. */
function isDateTimeShaped(text: string): boolean {
  return (text.length === 16 || text.length === 19) && text.charCodeAt(4) === DASH && text.charCodeAt(10) === T;
}

const twoDigits = (text: string, at: number): number => (text.charCodeAt(at) - ZERO) * 10 + text.charCodeAt(at + 1) - ZERO;

/**
 * The minute a "YYYY-MM-DDTHH:mm" text names, as a small integer (years from 1900, so it stays a
 * V8 small integer up to the year 3000). Sharing by this number rather than by the text halved the
 * lookups' time (2.7 against 5.5 ms for 30,000 dates, warm, Node 20): a fresh string's hash is
 * computed from its characters on its first lookup. Digits are not checked here, so a found text
 * is compared with the one read before it stands for it: a damaged date must reach the checks as stored.
 */
function minuteKey(text: string): number {
  const years = twoDigits(text, 0) * 100 + twoDigits(text, 2) - 1900;
  return ((((years * 13 + twoDigits(text, 5)) * 32 + twoDigits(text, 8)) * 24 + twoDigits(text, 11)) * 60) + twoDigits(text, 14);
}

/** The dates seen so far: by minute for the usual form, by text for the rest (seconds, or a key already taken). */
export interface SharedDateTimes {
  readonly byMinute: Map<number, string>;
  readonly byText: Map<string, string>;
}

export function sharedDateTimes(): SharedDateTimes {
  return { byMinute: new Map(), byText: new Map() };
}

function sharedText(text: string, shared: SharedDateTimes): string {
  if (text.length === 16) {
    const key = minuteKey(text);
    const first = shared.byMinute.get(key);
    if (first === undefined) {
      shared.byMinute.set(key, text);
      return text;
    }
    if (first === text) return first;
  }
  const first = shared.byText.get(text);
  if (first !== undefined) return first;
  shared.byText.set(text, text);
  return text;
}

/**
 * Replaces, in place, each date-time string anywhere in `value` (objects and arrays, at any depth)
 * by the first equal one `shared` has seen. `value` must be freshly parsed: nothing else holds it yet.
 */
export function shareDateTimes(value: unknown, shared: SharedDateTimes): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'string') shareDateTimes(item, shared);
      else if (isDateTimeShaped(item)) value[i] = sharedText(item, shared);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    // Assigned even when equal: equal strings compare equal whether or not they are one string.
    if (typeof item !== 'string') shareDateTimes(item, shared);
    else if (isDateTimeShaped(item)) record[key] = sharedText(item, shared);
  }
}

/**
 * JSON parsing for untrusted files: '__proto__', 'constructor' and 'prototype' keys are dropped
 * by the reviver, so they can never reach (or pollute) an object, and syntax errors are reported
 * with a line:column instead of a character offset.
 */
import { fail, ok, type Result } from '../model/result';
import { jsonErrorOffset } from './json-error-offset';
import { positionOf } from './xml/xml-tree';

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for keys that must never become object properties. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** JSON.parse with the forbidden keys removed at every depth. */
export function parseJsonSafely(text: string): Result<unknown> {
  try {
    // The reviver is slow on large files; without any spelling of a forbidden key (plain or
    // \u-escaped) in the text, plain JSON.parse yields the same value.
    const mayHoldForbidden = /"(?:__proto__|constructor|prototype)"|\\u/.test(text);
    const value: unknown = mayHoldForbidden
      ? JSON.parse(text, (key, inner: unknown) => (isForbiddenKey(key) ? undefined : inner))
      : JSON.parse(text);
    return ok(value);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const position = /position (\d+)/.exec(error.message)?.[1];
    const offset = position === undefined ? jsonErrorOffset(text) : Number(position);
    const { line, column } = positionOf(text, Math.max(0, offset));
    const where = `line ${String(line)}:${String(column)}`;
    return fail(`The file is not valid JSON at ${where}: ${error.message.replace(/ in JSON at position \d+.*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*is not valid JSON$/, '')}`, where);
  }
}

/** A plain object (not an array or null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

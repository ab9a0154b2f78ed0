/**
 * Fractional ranks: strings that sort lexicographically, with a new key always available
 * between any two. Inserting or moving an item writes that item only, never its siblings.
 * Digits are base-62 over an ordered alphabet; a key never ends in the lowest digit, so a
 * key strictly between two adjacent keys always exists.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const digit = (key: string, i: number): number => (i < key.length ? DIGITS.indexOf(key.charAt(i)) : 0);

/** A key strictly between a and b (either may be null for an open end). Requires a < b. */
export function rankBetween(a: string | null, b: string | null): string {
  const lo = a ?? '';
  if (b !== null && lo >= b) throw new Error(`rankBetween: '${lo}' is not before '${b}'`);
  let out = '';
  for (let i = 0; ; i++) {
    const low = digit(lo, i);
    const high = b === null || i >= b.length ? BASE : digit(b, i);
    if (high - low > 1) return out + DIGITS.charAt(Math.floor((low + high) / 2));
    out += DIGITS.charAt(low);
    // From here on b no longer bounds us when its digit was greater than ours.
    if (high > low) return rankAfterPrefix(out, lo, i + 1);
  }
}

function rankAfterPrefix(prefix: string, lo: string, from: number): string {
  let out = prefix;
  for (let i = from; ; i++) {
    const low = digit(lo, i);
    if (BASE - low > 1) return out + DIGITS.charAt(Math.floor((low + BASE) / 2));
    out += DIGITS.charAt(low);
  }
}

/**
 * n keys in order strictly between a and b (either may be null for an open end), placed by
 * bisection so they stay short: appending keys one after another would add a digit every few keys.
 */
export function ranksBetween(a: string | null, b: string | null, n: number): string[] {
  const out: string[] = [];
  const fill = (lo: string | null, hi: string | null, count: number): void => {
    if (count <= 0) return;
    const mid = rankBetween(lo, hi);
    const left = Math.floor((count - 1) / 2);
    fill(lo, mid, left);
    out.push(mid);
    fill(mid, hi, count - 1 - left);
  };
  fill(a, b, n);
  return out;
}

/** n evenly spread keys in order, for seeding a list or renumbering after an import. */
const ZERO = DIGITS.charCodeAt(0);

export function initialRanks(n: number): string[] {
  const width = Math.max(1, Math.ceil(Math.log(n + 2) / Math.log(BASE)));
  const span = BASE ** width;
  const keys: string[] = [];
  for (let i = 1; i <= n; i++) {
    let v = Math.floor((i * span) / (n + 1));
    let key = '';
    for (let k = 0; k < width; k++) {
      key = DIGITS.charAt(v % BASE) + key;
      v = Math.floor(v / BASE);
    }
    // Trailing zeros dropped (what /0+$/ would take), without a regex for each of 10,000 keys.
    let end = key.length;
    while (end > 0 && key.charCodeAt(end - 1) === ZERO) end--;
    keys.push(end === 0 ? DIGITS.charAt(1) : key.slice(0, end));
  }
  return keys;
}

export function compareRank(a: { readonly rank: string }, b: { readonly rank: string }): number {
  return a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0;
}

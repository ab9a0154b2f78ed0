/**
 * Seeded random numbers for the simulation: the domain never calls Math.random (STYLE.md), and the
 * same seed must give the same result. xoshiro128** (Blackman & Vigna, 2018) is small, fast in
 * 32-bit integer arithmetic and passes BigCrush; its state is seeded with splitmix32 so nearby
 * seeds (1, 2, 3) still start far apart.
 */

/** A source of uniform numbers in [0, 1). */
export interface RandomSource {
  next(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** xoshiro128** seeded from a 32-bit integer seed. */
export function seededRandom(seed: number): RandomSource {
  const mix = splitmix32(seed);
  let a = mix(), b = mix(), c = mix(), d = mix();
  return {
    next() {
      const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
      const t = b << 9;
      c ^= a; d ^= b; b ^= c; a ^= d;
      c ^= t;
      d = rotl(d, 11);
      return result / 4294967296;
    },
  };
}

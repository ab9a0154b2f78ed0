/**
 * Drawing a duration from a three-point estimate. Triangular and uniform by inverting their CDF
 * (one uniform draw each); PERT-beta as a scaled Beta(α, β) with α = 1 + 4(m−a)/(b−a),
 * β = 1 + 4(b−m)/(b−a) (Vose, "Risk Analysis", 3rd ed., §9.1.3: mean (a + 4m + b)/6), drawn as
 * X/(X+Y) of two gamma variates (Marsaglia & Tsang, 2000).
 */
import type { Distribution } from '../model';
import type { RandomSource } from './random';

export interface ThreePoints {
  readonly low: number;
  readonly mode: number;
  readonly high: number;
}

/** One draw of a distribution over [low, high]. */
export function sample(kind: Distribution, p: ThreePoints, random: RandomSource): number {
  const span = p.high - p.low;
  if (span <= 0) return p.low;
  switch (kind) {
    case 'uniform': return p.low + span * random.next();
    case 'triangular': return triangular(p, random.next());
    case 'pert': return p.low + span * beta(pertShape(p, 'alpha'), pertShape(p, 'beta'), random);
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Inverse CDF of the triangular distribution at u in [0, 1). */
export function triangular(p: ThreePoints, u: number): number {
  const span = p.high - p.low;
  const cut = (p.mode - p.low) / span;
  return u < cut ? p.low + Math.sqrt(u * span * (p.mode - p.low)) : p.high - Math.sqrt((1 - u) * span * (p.high - p.mode));
}

function pertShape(p: ThreePoints, which: 'alpha' | 'beta'): number {
  const span = p.high - p.low;
  return 1 + (4 * (which === 'alpha' ? p.mode - p.low : p.high - p.mode)) / span;
}

/** The mean of each distribution, for tests and for the estimate table's "expected" column. */
export function mean(kind: Distribution, p: ThreePoints): number {
  switch (kind) {
    case 'uniform': return (p.low + p.high) / 2;
    case 'triangular': return (p.low + p.mode + p.high) / 3;
    case 'pert': return (p.low + 4 * p.mode + p.high) / 6;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function beta(alpha: number, b: number, random: RandomSource): number {
  const x = gamma(alpha, random);
  const y = gamma(b, random);
  return x / (x + y);
}

/** Marsaglia–Tsang for shape >= 1 (PERT shapes are always 1..5). */
function gamma(shape: number, random: RandomSource): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Standard normal by Box–Muller (the second value is dropped: simpler state, same stream for a seed). */
function normal(random: RandomSource): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/**
 * Cost variance against a baseline, as MS Project's Cost Variance: cost − baseline cost, so a
 * positive figure is an overrun. (Earned value's CV = EV − AC runs the other way; this one is not
 * that.) A bare "$400" reads like a saving to many readers, so the side is always named.
 */

/** Which side of the baseline a cost lies on, to the whole currency unit the tables show. */
export type CostVarianceSide = 'over' | 'under' | 'on';

/**
 * The side of a cost variance (cost − baseline cost). Rounded to the whole unit first, so a
 * variance that would print as "$0" is never coloured or worded as an overrun.
 */
export function costVarianceSide(variance: number): CostVarianceSide {
  const whole = Math.round(variance);
  if (whole > 0) return 'over';
  return whole < 0 ? 'under' : 'on';
}

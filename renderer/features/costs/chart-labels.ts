/**
 * Where the S-curve's BAC and EAC level labels go: each just above its own line, unless the two
 * lines are closer than a label is tall, when the upper line's label stays above it and the lower
 * line's label moves below its line, so the two never overlap (they did when EAC ≈ BAC).
 */

/** Label baselines (canvas y, growing downwards) for two level lines at yA and yB. */
export function levelLabelYs(yA: number, yB: number, labelHeight: number): { readonly a: number; readonly b: number } {
  const gap = 4;
  const above = (y: number): number => y - gap;
  const below = (y: number): number => y + labelHeight + gap;
  if (Math.abs(yA - yB) >= labelHeight + gap) return { a: above(yA), b: above(yB) };
  // The upper line (smaller y) keeps its label above; ties put A above and B below.
  return yA <= yB ? { a: above(yA), b: below(yB) } : { a: below(yA), b: above(yB) };
}

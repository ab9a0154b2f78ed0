/** Where the chart opens, and where a zoom anchored outside the project lands. Pure. */
import { xOf, type Scale } from './time-scale';

/**
 * Today a third of the way in when today falls inside the project, otherwise the project's
 * start just right of the left edge. Without a today (presentation mode, whose stops start at
 * the first phase), always the project's start.
 */
export function homeScrollLeft(scale: Scale, span: readonly [number, number], viewportWidth: number, today: number | null): number {
  const isTodayInProject = today !== null && today >= span[0] && today <= span[1];
  const left = isTodayInProject ? xOf(scale, today) - viewportWidth / 3 : xOf(scale, span[0]) - 40;
  return Math.max(0, Math.round(left));
}

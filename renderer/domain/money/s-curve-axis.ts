/**
 * The S-curve's time axis: the instants its cumulative figures are taken at (weekly or month ends
 * over the plan, the days actual spending begins and ends, the finish and the status date), and
 * how far from the plan a status date is still drawn on it.
 */
import type { WallMinutes } from '../model';
import type { ActualSpan } from './earned-value';
import { monthEnds } from './time-phased';

/** Plans up to this long get weekly S-curve points; longer ones monthly. */
const WEEKLY_UP_TO_MINUTES = 92 * 1440;

/** Every 7 days from the day `from` falls on, while before `to`. */
export function weekSteps(from: WallMinutes, to: WallMinutes): WallMinutes[] {
  const out: WallMinutes[] = [];
  for (let t = Math.floor(from / 1440) * 1440 + 7 * 1440; t < to && out.length < 2400; t += 7 * 1440) out.push(t);
  return out;
}

/**
 * How far from the plan a status date is still drawn on the S-curve: two weeks, or a quarter of
 * the plan's span when that is longer. Farther before the start, the idle stretch from the status
 * date would squeeze the plan into the chart's right edge (a status date of today weeks before a
 * one-week plan left it a fifth of the axis), so the axis begins at the plan instead. Farther after
 * the finish, the axis ends at the finish: nothing moves after it (PV is at BAC, every cost is
 * spent), and a tail of flat lines out to the status date squeezed the plan into the left edge.
 * Clamping, not a longer axis, is what MS Project's and Excel's earned value charts do: they plot
 * the project's own periods, the status date a marker on them only when it falls inside; here a
 * note under the chart says where the status date is (isStatusBeforeCurve(), isStatusAfterCurve()).
 */
const nearPlanMinutes = (from: WallMinutes, to: WallMinutes): number => Math.max(14 * 1440, (to - from) / 4);

/**
 * S-curve points from the earliest start to the latest finish of the plan and its baseline: weekly
 * for a plan of up to three months, else month ends; the days actual spending begins and ends
 * (`spending`: the actual spans of tasks with actual cost; spendingDays()); then the finish itself
 * and the status instant.
 * The last point is the finish (or the status date when later), not the end of its month, so the
 * curves stop where the plan does. With the status date before the start, the start's day begins
 * a point too: nothing is spent between the two, so the forecast runs level until that day instead
 * of climbing across the idle weeks to what the first task costs at its start. A status date far
 * before the start or far after the finish (nearPlanMinutes) is left off: the points begin at the
 * start's day, and the forecast, nothing spent by the status date, runs from there; or they end
 * at the finish.
 */
export function sCurvePoints(from: WallMinutes, to: WallMinutes, statusAt: WallMinutes, spending: readonly ActualSpan[] = []): WallMinutes[] {
  const steps = to - from <= WEEKLY_UP_TO_MINUTES ? weekSteps(from, to) : monthEnds(from, to).filter((t) => t < to);
  const startDay = Math.floor(from / 1440) * 1440;
  const near = nearPlanMinutes(from, to);
  const isStatusShown = statusAt >= startDay - near && statusAt <= to + near;
  const idleUntil = statusAt < startDay ? [startDay] : [];
  return [...new Set([...idleUntil, from, ...steps, ...spendingDays(from, Math.min(to, statusAt), spending), to, ...(isStatusShown ? [statusAt] : [])])].sort((a, b) => a - b);
}

/**
 * Where the AC curve begins and stops rising: the midnight before each run of actual spending
 * begins (spans overlapping or meeting by the day make one run) and the midnight after it ends,
 * between `from` and `until` (the status date, or the finish). With only month ends, a purchase
 * paid on 15 March in a quiet stretch drew AC climbing from 1 March to 1 April, and spending
 * begun mid-month as begun on the 1st. By the day, not the minute: nothing is spent between such
 * a midnight and the run's start that day, or after its end, so the curve bends at those points.
 * By runs, not spans: a plan with progress on thousands of tasks has its spending in a few long
 * runs, where a point at each span's start and end made a point a day, and each point is a sum
 * over every task (ten times the S-curve's time for a 10,000-task plan).
 */
function spendingDays(from: WallMinutes, until: WallMinutes, spending: readonly ActualSpan[]): WallMinutes[] {
  const runs = spending
    .filter((span) => span.start < until)
    .map((span) => ({ start: Math.floor(span.start / 1440) * 1440, end: Math.ceil(span.finish / 1440) * 1440 }))
    .sort((a, b) => a.start - b.start);
  const days: WallMinutes[] = [];
  let run: { start: number; end: number } | null = null;
  for (const next of [...runs, null]) {
    if (run && next && next.start <= run.end) {
      run.end = Math.max(run.end, next.end);
      continue;
    }
    if (run) for (const day of [run.start, run.end]) if (day > from && day < until) days.push(day);
    run = next ? { ...next } : null;
  }
  return days;
}

/**
 * What is drawn across and beside an S-curve: its level lines (BAC, budget, EAC), whether it has
 * any money to draw, and whether its status date fell off its time axis.
 */
import type { SCurve } from './s-curve';

/** Whether the curve's points begin after its status date: a status date far before the plan, left off its time axis. */
export function isStatusBeforeCurve(curve: SCurve): boolean {
  const first = curve.points[0];
  return first !== undefined && curve.statusAt < first.at;
}

/** Whether the curve's points end before its status date: a status date far after the plan's finish, left off its time axis. */
export function isStatusAfterCurve(curve: SCurve): boolean {
  const last = curve.points.at(-1);
  return last !== undefined && curve.statusAt > last.at;
}

/** A level line drawn across the S-curve. */
export interface SCurveLevel {
  readonly kind: 'bac' | 'budget' | 'eac';
  readonly amount: number;
}

/**
 * Whether the S-curve has anything to show: points, and some money across them (a budget, a
 * baseline's BAC, the cost as scheduled, which holds every actual cost). A new plan's curve of zeros
 * drew flat lines under a $0–$100 axis, a chart of a plan that costs nothing where the person has
 * simply not priced it yet.
 */
export function hasMoneyToDraw(curve: SCurve, levels: readonly SCurveLevel[]): boolean {
  return curve.points.length > 0 && levels.some((level) => level.amount !== 0);
}

/**
 * The level lines across an S-curve: BAC only against a baseline (the budget at completion is the
 * sum of the budgets set for the work, PMBOK Guide glossary; here the baselined costs: without a
 * baseline there is none, and a line at zero read as a project budgeted at nothing), the project
 * budget when one is set (the money approved, baselined or not), and the bottom-up EAC, which
 * needs no baseline.
 */
export function sCurveLevels(curve: SCurve, hasBaseline: boolean, budget: number | null | undefined): SCurveLevel[] {
  return [
    ...(hasBaseline ? [{ kind: 'bac' as const, amount: curve.bac }] : []),
    ...(budget !== null && budget !== undefined ? [{ kind: 'budget' as const, amount: budget }] : []),
    { kind: 'eac', amount: curve.eac },
  ];
}

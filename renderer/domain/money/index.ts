/** Money: rates over time, cost roll-up, budgets and reserves, earned value (see each file for its rules). */
export { rateAt, rateIn, rateProblem, rateSegments, workCost, type Rate, type RateSegment } from './rates';
export {
  addCosts, assignmentsByTask, baselineEntries, costPlan, deepestFirst, leafCosts, ZERO_COST,
  type AssignmentCost, type CostFigures, type CostTable, type LeafCosts,
} from './cost';
export { createCostRoller, type CostRoller } from './cost-roller';
export {
  accruedBy, doneByStatus, actualSpan, deriveEarnedValue, earnedValue, ownBaselineEntries, plannedValueBy,
  type ActualSpan, type EarnedValueBase, type EarnedValueFigures, type EarnedValueInput, type EarnedValueTable,
} from './earned-value';
export { cashFlow, monthEnds, type CashFlow } from './time-phased';
export { sCurve, type SCurve, type SCurvePoint } from './s-curve';
export { sCurvePoints, weekSteps } from './s-curve-axis';
export { hasMoneyToDraw, isStatusAfterCurve, isStatusBeforeCurve, sCurveLevels, type SCurveLevel } from './s-curve-levels';
export { readTypedAmount, type AmountField } from './amount-text';
export { costVarianceSide, type CostVarianceSide } from './cost-variance';

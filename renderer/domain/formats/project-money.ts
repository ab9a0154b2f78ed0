/**
 * The project's own money: the approved budget and the contingency and management reserves. A
 * .plotline file holds all three. MS Project XML holds the budget, as MS Project does: a budget
 * cost resource on the project summary task (msproject/mspdi-budget.ts), but has no reserves;
 * GanttProject, CSV, Excel and iCalendar files have no project fields for money.
 * Exports name what they leave behind, with its amount, so nobody finds "Budget: Not set" later.
 */
import type { Plan } from '../model';
import { money } from '../report/text';
import type { PlanFileFormat } from './not-carried';

/** The formats with a place for the project's budget. */
const BUDGET_CARRIED_IN: readonly PlanFileFormat[] = ['.plotline', '.xml'];

/**
 * What a file of `format` leaves out of the project's money: "the approved budget (USD 25,000)",
 * "the contingency reserve (USD 2,000)", ...; empty when none of it is set.
 */
export function projectMoneyParts(plan: Plan, format: PlanFileFormat): string[] {
  const p = plan.project;
  const m = (n: number): string => money(n, p.currency);
  return [
    ...(p.budget === undefined || BUDGET_CARRIED_IN.includes(format) ? [] : [`the approved budget (${m(p.budget)})`]),
    ...((p.contingencyReserve ?? 0) > 0 ? [`the contingency reserve (${m(p.contingencyReserve ?? 0)})`] : []),
    ...((p.managementReserve ?? 0) > 0 ? [`the management reserve (${m(p.managementReserve ?? 0)})`] : []),
  ];
}

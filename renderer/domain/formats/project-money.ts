/**
 * The project's own money, which only a .plotline file holds: the approved budget and the
 * contingency and management reserves. MSPDI has no project budget field (MS Project keeps one
 * only as a budget cost resource on the project summary task, a different thing to read back) and
 * no reserves; GanttProject, CSV, Excel and iCalendar files have no project fields for money.
 * Exports name what they leave behind, with its amount, so nobody finds "Budget: Not set" later.
 */
import type { Plan } from '../model';
import { money } from '../report/text';

/** "the approved budget (USD 25,000)", "the contingency reserve (USD 2,000)", ...: empty when none is set. */
export function projectMoneyParts(plan: Plan): string[] {
  const p = plan.project;
  const m = (n: number): string => money(n, p.currency);
  return [
    ...(p.budget === undefined ? [] : [`the approved budget (${m(p.budget)})`]),
    ...((p.contingencyReserve ?? 0) > 0 ? [`the contingency reserve (${m(p.contingencyReserve ?? 0)})`] : []),
    ...((p.managementReserve ?? 0) > 0 ? [`the management reserve (${m(p.managementReserve ?? 0)})`] : []),
  ];
}

/**
 * The project's approved budget as MS Project holds it. MSPDI has no budget field on the project:
 * MS Project 2010 and later keep it as budget resources (Resource IsBudget 1) assigned to the
 * project summary task (Task UID 0), the amount on the assignment's BudgetCost (in hundredths, as
 * every MSPDI currency is) and shown as the summary task's Budget Cost, the sum over its budget
 * cost resources. Budget resources can be assigned to no other task.
 * - Read: the BudgetCost of every budget cost resource's assignment to task 0, summed, is the
 *   project's budget. Budget resources are not people, so none joins the team; a budget work or
 *   material resource (an amount of hours or units, not money) is named in a warning.
 * - Written: one budget cost resource, "Project budget", assigned to task 0 with the budget.
 * The contingency and management reserves have no MS Project field; the export notice names them.
 */
import { child, childrenNamed, childText, type XmlElement } from '../xml/xml-tree';
import type { XmlWriter } from '../xml/xml-writer';
import { amount, hundredths } from './mspdi-costs';

/** The project summary task's UID, the only task a budget resource can be assigned to. */
export const PROJECT_SUMMARY_UID = 0;
/** The name the budget resource is written with (MS Project users name their own, "Budget" or "Capex"). */
export const BUDGET_RESOURCE_NAME = 'Project budget';

const isBudgetResource = (el: XmlElement): boolean => childText(el, 'IsBudget') === '1';
const isCostResource = (el: XmlElement): boolean => childText(el, 'IsCostResource') === '1' || childText(el, 'Type') === '2';

/** The UIDs of the file's budget resources: the reader leaves them out of the team. */
export function budgetResourceUids(project: XmlElement): ReadonlySet<string> {
  const container = child(project, 'Resources');
  return new Set((container ? childrenNamed(container, 'Resource') : []).filter(isBudgetResource).map((el) => childText(el, 'UID') ?? ''));
}

/**
 * The project's budget from its budget cost resources' assignments to the project summary task,
 * or undefined when the file has none. A budget work or material resource is named in `warnings`.
 */
export function readProjectBudget(project: XmlElement, warnings: string[]): number | undefined {
  const resources = child(project, 'Resources');
  const costUids = new Set<string>();
  for (const el of resources ? childrenNamed(resources, 'Resource') : []) {
    if (!isBudgetResource(el)) continue;
    if (isCostResource(el)) costUids.add(childText(el, 'UID') ?? '');
    else warnings.push(`Budget resource '${childText(el, 'Name') ?? ''}' holds a budget of work or units, not money: Plotline keeps the project's budget as an amount, so it was not imported.`);
  }
  const assignments = child(project, 'Assignments');
  let budget: number | undefined;
  for (const el of assignments ? childrenNamed(assignments, 'Assignment') : []) {
    if (childText(el, 'TaskUID') !== String(PROJECT_SUMMARY_UID) || !costUids.has(childText(el, 'ResourceUID') ?? '')) continue;
    const cost = amount(el, 'BudgetCost');
    if (cost !== null) budget = (budget ?? 0) + cost;
  }
  return budget;
}

/** The budget cost resource, written last among the resources (XSD order: IsBudget after IsCostResource). */
export function writeBudgetResource(w: XmlWriter, uid: number): void {
  w.open('Resource').leaf('UID', uid).leaf('ID', uid).leaf('Name', BUDGET_RESOURCE_NAME).leaf('Type', 2).leaf('IsNull', 0);
  w.leaf('IsCostResource', 1).leaf('IsBudget', 1).close('Resource');
}

/** Its assignment to the project summary task, carrying the budget (XSD order: BudgetCost near the end). */
export function writeBudgetAssignment(w: XmlWriter, uid: number, resourceUid: number, budget: number): void {
  w.open('Assignment').leaf('UID', uid).leaf('TaskUID', PROJECT_SUMMARY_UID).leaf('ResourceUID', resourceUid);
  w.leaf('Cost', 0).leaf('Units', 1).leaf('BudgetCost', hundredths(budget)).close('Assignment');
}

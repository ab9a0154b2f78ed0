/**
 * MSPDI Resources and Assignments. Field mapping:
 * - Resource: Name, Initials, Group -> role, EmailAddress -> email; Type 0 material / 1 work /
 *   2 cost, or IsCostResource=1 -> cost; MaxUnits (1.0 = 100 %); StandardRate and OvertimeRate
 *   per hour; CostPerUse; Rates (table A over time, see mspdi-costs); CalendarUID -> calendarId. The nameless placeholder UID 0 and IsNull rows
 *   are skipped, and so are budget resources (IsBudget 1): they hold the project's budget, not a person (mspdi-budget).
 * - Assignment: TaskUID, ResourceUID (-65535 = no resource, skipped), Units (1.0 = 100 %),
 *   Work (xsd:duration) -> workMinutes; Cost -> costAmount on a cost resource.
 */
import type { AssignmentId, CalendarId, ResourceId, TaskId } from '../../model/ids';
import type { Assignment, Resource } from '../../model/plan';
import { child, childrenNamed, childText, type XmlElement } from '../xml/xml-tree';
import { RESOURCE_TYPE_BY_CODE, parseMspdiDuration, parseNumber } from './mspdi-codes';
import { amount, readFileActuals, readRates, type FileActuals } from './mspdi-costs';
import { budgetResourceUids } from './mspdi-budget';

export function readResources(
  project: XmlElement, newId: () => string, calendarsByUid: ReadonlyMap<string, CalendarId>, warnings: string[] = [], offsets?: Map<string, number>,
): { resources: Resource[]; byUid: ReadonlyMap<string, ResourceId> } {
  const container = child(project, 'Resources');
  const byUid = new Map<string, ResourceId>();
  const resources: Resource[] = [];
  const budgets = budgetResourceUids(project);
  for (const el of container ? childrenNamed(container, 'Resource') : []) {
    const uid = childText(el, 'UID') ?? '';
    const name = childText(el, 'Name');
    if (childText(el, 'IsNull') === '1' || (name === undefined && (uid === '0' || uid === '')) || budgets.has(uid)) continue;
    const id = newId() as ResourceId;
    if (!byUid.has(uid)) byUid.set(uid, id);
    offsets?.set(id, el.offset);
    const type = childText(el, 'IsCostResource') === '1' ? 'cost' : RESOURCE_TYPE_BY_CODE[childText(el, 'Type') ?? '1'] ?? 'work';
    resources.push({
      id, name: name ?? '', initials: childText(el, 'Initials') ?? '', role: childText(el, 'Group') ?? '',
      email: childText(el, 'EmailAddress') ?? '', type, maxUnits: Math.max(0, parseNumber(childText(el, 'MaxUnits')) ?? 1),
      ...readRates(el, warnings),
      calendarId: calendarsByUid.get(childText(el, 'CalendarUID') ?? '') ?? null,
    });
  }
  return { resources, byUid };
}

export function readAssignments(
  project: XmlElement, newId: () => string, tasks: ReadonlyMap<string, TaskId>, resources: ReadonlyMap<string, ResourceId>,
  costResources: ReadonlySet<ResourceId> = new Set(), actuals: Map<AssignmentId, FileActuals> = new Map(), offsets?: Map<string, number>,
  /** Where an unreadable value is named: "Ana Lopez on 'Build'". */
  problems?: { readonly warnings: string[]; readonly label: (taskId: TaskId, resourceId: ResourceId) => string },
): Assignment[] {
  const container = child(project, 'Assignments');
  const out: Assignment[] = [];
  for (const el of container ? childrenNamed(container, 'Assignment') : []) {
    const taskId = tasks.get(childText(el, 'TaskUID') ?? '');
    const resourceId = resources.get(childText(el, 'ResourceUID') ?? '');
    if (taskId === undefined || resourceId === undefined) continue;
    const workText = childText(el, 'Work');
    const work = parseMspdiDuration(workText ?? '');
    // Present but unreadable: named, as a task's values are (mspdi-task-dates.ts); the work then follows the task.
    if (workText !== undefined && workText !== '' && work === null) {
      problems?.warnings.push(`Assignment of ${problems.label(taskId, resourceId)}: Work '${workText}' is not a duration such as PT24H0M0S; Plotline let the work follow the task's duration instead.`);
    }
    const id = newId() as AssignmentId;
    offsets?.set(id, el.offset);
    const cost = amount(el, 'Cost');
    out.push({
      id, taskId, resourceId, units: Math.max(0, parseNumber(childText(el, 'Units')) ?? 1),
      workMinutes: work === null ? null : Math.max(0, work),
      ...(costResources.has(resourceId) && cost !== null && cost > 0 ? { costAmount: cost } : {}),
    });
    actuals.set(id, readFileActuals(el));
  }
  return out;
}

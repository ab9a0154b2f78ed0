/**
 * Values some writers put in MSPDI files as stand-ins, recognised so they are not imported as real
 * and named in the import summary:
 * - Aspose.Tasks writes ActualStart/ActualFinish 2000-01-01T00:00:00 on tasks that have not started
 *   (PercentComplete 0); taken as real, every such task would be pinned to that instant.
 * - MPXJ (and the tools built on it: ProjectLibre, GanttProject's exporter) writes a resource
 *   UID 0 named "Unassigned" as the owner of unassigned work; it is not a person.
 */
import type { Assignment, Resource } from '../../model/plan';
import type { ResourceId } from '../../model/ids';
import type { TaskDraft } from '../plan-assembly';

export const PLACEHOLDER_ACTUAL_DATE = '2000-01-01T00:00';
export const PLACEHOLDER_RESOURCE_NAME = 'Unassigned';

/** Unstarted tasks lose the placeholder actual dates; the summary line says how many. */
export function withoutPlaceholderActuals(drafts: readonly TaskDraft[], warnings: string[]): TaskDraft[] {
  let count = 0;
  const out = drafts.map((d) => {
    const isPlaceholder = (value: string | null): boolean => value === PLACEHOLDER_ACTUAL_DATE && d.percentComplete === 0;
    if (!isPlaceholder(d.actualStart) && !isPlaceholder(d.actualFinish)) return d;
    count++;
    return { ...d, actualStart: isPlaceholder(d.actualStart) ? null : d.actualStart, actualFinish: isPlaceholder(d.actualFinish) ? null : d.actualFinish };
  });
  if (count > 0) {
    warnings.push(`Placeholder actual dates ignored: ${String(count)} unstarted task(s) carried an actual start or finish of 2000-01-01 00:00 (as Aspose.Tasks writes), which is not a real date.`);
  }
  return out;
}

/** Drops MPXJ's "Unassigned" resource (UID 0) and the assignments to it. */
export function withoutPlaceholderResource(
  resources: readonly Resource[], byUid: ReadonlyMap<string, ResourceId>, assignments: readonly Assignment[], warnings: string[],
): { resources: Resource[]; assignments: Assignment[] } {
  const placeholder = byUid.get('0');
  const resource = resources.find((r) => r.id === placeholder);
  if (resource === undefined || resource.name !== PLACEHOLDER_RESOURCE_NAME) return { resources: [...resources], assignments: [...assignments] };
  const kept = assignments.filter((a) => a.resourceId !== resource.id);
  const dropped = assignments.length - kept.length;
  warnings.push(`Placeholder resource ignored: 'Unassigned' (UID 0, as MPXJ-based tools write) is not a person${dropped > 0 ? `; its ${String(dropped)} assignment(s) were left unassigned` : ''}.`);
  return { resources: resources.filter((r) => r.id !== resource.id), assignments: kept };
}

/** Where a stakeholder is used, so deleting one can say so and ask first. */
import type { Plan } from '../model/plan';
import type { StakeholderId } from '../model/ids';

export interface StakeholderReference {
  readonly where: 'raci' | 'communication';
  /** "RACI: Design (A)", "Communication plan: Weekly status report". */
  readonly label: string;
}

export function stakeholderReferences(plan: Plan, id: StakeholderId): readonly StakeholderReference[] {
  const raci = Object.values(plan.raci)
    .filter((e) => e.partyKind === 'stakeholder' && e.partyId === id)
    .map((e): StakeholderReference => ({ where: 'raci', label: `RACI: ${plan.tasks[e.taskId]?.name ?? '(deleted task)'} (${e.role})` }));
  const communications = Object.values(plan.communications)
    .filter((c) => c.audienceStakeholderIds.includes(id))
    .map((c): StakeholderReference => ({ where: 'communication', label: `Communication plan: ${c.what}` }));
  return [...raci, ...communications];
}

/** "Used in RACI: Design (A); Communication plan: Weekly status report." or '' when unused. */
export function describeReferences(references: readonly StakeholderReference[]): string {
  return references.length === 0 ? '' : `Used in ${references.map((r) => r.label).join('; ')}.`;
}

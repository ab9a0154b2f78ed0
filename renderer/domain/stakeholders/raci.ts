/**
 * The RACI matrix's rules: which tasks are deliverables (rows), which parties are columns, and
 * the one-Accountable check (PMBOK: exactly one A per deliverable, so ownership is never shared
 * or missing).
 */
import type { Plan, Task } from '../model/plan';
import { outlineRows } from '../model/outline';
import type { RaciEntry, RaciPartyKind, RaciRole } from '../model/stakeholders';

export interface RaciParty {
  readonly kind: RaciPartyKind;
  readonly id: string;
  readonly name: string;
}

/** Rows: summary tasks and milestones, in outline order (the WBS's deliverables and their checkpoints). */
export function raciDeliverables(plan: Plan): readonly Task[] {
  return outlineRows(plan.tasks).map((r) => r.task).filter((t) => t.kind === 'summary' || t.kind === 'milestone');
}

/** Columns: the team (work resources) first, then stakeholders, each by name. */
export function raciParties(plan: Plan): readonly RaciParty[] {
  const byName = (a: RaciParty, b: RaciParty): number => a.name.localeCompare(b.name);
  const people = Object.values(plan.resources).filter((r) => r.type === 'work')
    .map((r): RaciParty => ({ kind: 'resource', id: r.id, name: r.name })).sort(byName);
  const stakeholders = Object.values(plan.stakeholders)
    .map((s): RaciParty => ({ kind: 'stakeholder', id: s.id, name: s.name })).sort(byName);
  return [...people, ...stakeholders];
}

/** The cell's key in the index below. */
export const raciKey = (taskId: string, kind: RaciPartyKind, partyId: string): string => `${taskId}|${kind}|${partyId}`;

/** Every filled cell by task and party. */
export function raciIndex(plan: Plan): ReadonlyMap<string, RaciEntry> {
  return new Map(Object.values(plan.raci).map((e) => [raciKey(e.taskId, e.partyKind, e.partyId), e]));
}

function partyName(plan: Plan, entry: RaciEntry): string {
  return (entry.partyKind === 'resource' ? plan.resources[entry.partyId]?.name : plan.stakeholders[entry.partyId]?.name) ?? '(removed)';
}

/**
 * Why a deliverable's row is not right, or null when it has exactly one A. Cells whose party is no
 * longer in the plan do not count.
 */
export function raciRowProblem(plan: Plan, taskId: string): string | null {
  const accountable = Object.values(plan.raci)
    .filter((e) => e.taskId === taskId && e.role === 'A' && partyExists(plan, e))
    .map((e) => partyName(plan, e))
    .sort((a, b) => a.localeCompare(b));
  if (accountable.length === 1) return null;
  if (accountable.length === 0) return 'No one is accountable (A): give exactly one person the A.';
  return `${String(accountable.length)} are accountable (${accountable.join(', ')}): only one may hold the A.`;
}

export function partyExists(plan: Plan, entry: Pick<RaciEntry, 'partyKind' | 'partyId'>): boolean {
  return entry.partyKind === 'resource' ? Boolean(plan.resources[entry.partyId]) : Boolean(plan.stakeholders[entry.partyId]);
}

/** The role a typed key sets: R, A, C or I (either case); null for any other key. */
export function raciRoleOfKey(key: string): RaciRole | null {
  const upper = key.toUpperCase();
  return upper === 'R' || upper === 'A' || upper === 'C' || upper === 'I' ? upper : null;
}

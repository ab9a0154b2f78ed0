/** Defaults and codes of change requests saved before change control had every field. */
import type { ChangeCategory, ChangePriority, ChangeRequest, ProposedEdit } from '../model/changes';
import type { Plan } from '../model/plan';
import { nextCode } from '../raid/scoring';

export const categoryOf = (c: ChangeRequest): ChangeCategory => c.category ?? 'scope';
export const priorityOf = (c: ChangeRequest): ChangePriority => c.priority ?? 'medium';
export const editsOf = (c: ChangeRequest): readonly ProposedEdit[] => c.proposedEdits ?? [];

/** "CR-001" for each request: its own code, else numbered after the highest in the order raised (then id). */
export function changeCodes(plan: Pick<Plan, 'changes'>): Map<string, string> {
  const all = Object.values(plan.changes);
  const codes = new Map<string, string>();
  for (const c of all) if (c.code) codes.set(c.id, c.code);
  const unnumbered = all.filter((c) => !c.code)
    .sort((a, b) => (a.requestedOn < b.requestedOn ? -1 : a.requestedOn > b.requestedOn ? 1 : a.id < b.id ? -1 : 1));
  for (const c of unnumbered) codes.set(c.id, nextCode('CR', codes.values()));
  return codes;
}

/** The request's code, as changeCodes would give it. */
export function changeCode(plan: Pick<Plan, 'changes'>, id: string): string {
  return changeCodes(plan).get(id) ?? id;
}

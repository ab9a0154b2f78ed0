/**
 * The risk an assumption becomes if it proves false: linked by hand to a risk already in the
 * register, or raised from the assumption once it proved invalid (raiseRiskFromAssumption).
 */
import type { RiskId } from '../model/ids';
import type { Assumption, Plan } from '../model/plan';
import { riskCodes } from './scoring';

/**
 * What an assumption's Risk column says: no risk, the linked risk by code and title, or that the
 * risk it named is no longer in the plan. A deleted risk keeps the link (deleteRisk leaves it), so
 * the register can say so rather than go blank as if none had been named.
 */
export type AssumptionRisk =
  | { readonly kind: 'none' }
  | { readonly kind: 'linked'; readonly riskId: RiskId; readonly code: string; readonly title: string }
  | { readonly kind: 'deleted'; readonly riskId: RiskId };

export function assumptionRisk(plan: Plan, assumption: Assumption, codes: ReadonlyMap<string, string> = riskCodes(plan)): AssumptionRisk {
  const { riskId } = assumption;
  if (riskId === null) return { kind: 'none' };
  const risk = plan.risks[riskId];
  if (!risk) return { kind: 'deleted', riskId };
  return { kind: 'linked', riskId, code: codes.get(riskId) ?? risk.code ?? '', title: risk.title };
}

/** What the register and its CSV say for a link to a risk no longer in the plan. */
export const DELETED_RISK_TEXT = 'Its risk was deleted';

/** The Risk if false column as text (the CSV): 'R-001 Vendor API late', DELETED_RISK_TEXT, or '' for none. */
export function assumptionRiskText(risk: AssumptionRisk): string {
  return risk.kind === 'linked' ? `${risk.code} ${risk.title}`.trim() : risk.kind === 'deleted' ? DELETED_RISK_TEXT : '';
}

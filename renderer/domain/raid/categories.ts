/** The risk register's category list: the project's own, else the defaults, and who uses each. */
import type { Plan, Risk } from '../model/plan';
import { DEFAULT_RISK_CATEGORIES, riskCodes } from './scoring';

export function riskCategoriesOf(plan: Pick<Plan, 'project'>): readonly string[] {
  return plan.project.riskCategories ?? DEFAULT_RISK_CATEGORIES;
}

/** Risks filed under a category, by code ("R-001"), in code order. Pure. */
export function riskCodesInCategory(plan: Plan, category: string): readonly string[] {
  const codes = riskCodes(plan);
  return Object.values(plan.risks)
    .filter((r: Risk) => r.category === category)
    .map((r) => codes.get(r.id) ?? r.id)
    .sort();
}

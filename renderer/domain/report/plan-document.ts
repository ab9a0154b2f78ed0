/**
 * buildPlanDocument: plan + schedule + date -> the project management plan document's model.
 * Pure; every figure comes from the domain's own rules (phase windows and gates, the cost plan,
 * earned value, risk scores, the RACI check, the change life cycle), never recomputed here.
 */
import { dateOf, type LocalDate, type Plan } from '../model';
import { costPlan, type CostTable } from '../money';
import type { ScheduleResult } from '../schedule';
import { findBaseline } from './build-report';
import { gatherFacts, type ReportFacts } from './facts';
import { charterSection } from './plan-document-charter';
import { budgetSection, changeProcessSection, riskSection } from './plan-document-control';
import { communicationSection, teamSection } from './plan-document-people';
import { milestoneSection, phasesSection } from './plan-document-schedule';
import type { PlanDocSection, PlanDocument } from './plan-document-types';
import { REPORT_DATES, type ReportDates } from './text';

export interface PlanDocumentContext {
  readonly plan: Plan;
  readonly facts: ReportFacts;
  readonly costs: CostTable;
  readonly asOf: LocalDate;
  readonly dates: ReportDates;
}

export type PlanDocSectionBuilder = (c: PlanDocumentContext) => PlanDocSection;

/**
 * The document's sections in reading order. Every section is always present (an empty one says
 * what is missing), so a reader sees the whole plan's shape; the charter comes first, as it
 * frames the rest.
 */
export const PLAN_DOCUMENT_SECTIONS: readonly PlanDocSectionBuilder[] = [
  charterSection, phasesSection, milestoneSection, teamSection, budgetSection, riskSection, communicationSection, changeProcessSection,
];

export interface PlanDocumentOptions {
  /** The date figures are read at (progress, earned value, what is overdue). */
  readonly asOf: LocalDate;
  /** A schedule of this plan at that date, when the caller has one. */
  readonly schedule?: ScheduleResult;
  /** Absent = the project's cost baseline; null = compare with none. */
  readonly baselineNumber?: number | null;
  /** Absent = PLAN_DOCUMENT_SECTIONS. */
  readonly sections?: readonly PlanDocSectionBuilder[];
  /** How days are written; absent = REPORT_DATES. */
  readonly dates?: ReportDates;
}

export function buildPlanDocument(plan: Plan, options: PlanDocumentOptions): PlanDocument {
  const baseline = findBaseline(plan, options.baselineNumber);
  const facts = gatherFacts(plan, options.asOf, baseline, null, options.schedule);
  const context: PlanDocumentContext = { plan, facts, costs: costPlan(plan, facts.schedule), asOf: options.asOf, dates: options.dates ?? REPORT_DATES };
  return {
    projectName: plan.project.name,
    manager: plan.project.manager,
    description: plan.project.description,
    asOf: options.asOf,
    start: dateOf(plan.project.start),
    finish: facts.projectFinish,
    baselineName: baseline?.name ?? null,
    sections: (options.sections ?? PLAN_DOCUMENT_SECTIONS).map((make) => make(context)),
    dates: context.dates,
  };
}

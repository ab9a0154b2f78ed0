/**
 * buildStatusReport: plan + baseline + previous report + status date -> the report model. Pure:
 * the caller passes the date, the audience and the rules; the previous report defaults to the
 * latest one issued before the status date (plan.reports), so "since the last report" is real.
 */
import {
  dateOf, DEFAULT_RAG_RULES, RAG_DIMENSIONS, addDays, type Baseline, type LocalDate, type Plan, type Rag, type RagDimension, type RagRules,
  type ReportAudience, type StatusReport,
} from '../model';
import { riskScore } from '../raid';
import type { ScheduleResult } from '../schedule';
import { costReference, headlineForecast, overrunPercent } from './cost-forecast';
import { gatherFacts, type ReportFacts } from './facts';
import { costRag, riskRag, scheduleRag, scopeRag, worstRag, type RagInputs, type RagResult } from './rag';
import * as s from './sections';
import type { DimensionRag, ReportSection, StatusReportModel } from './types';

export interface StatusReportOptions {
  readonly statusDate: LocalDate;
  /** The baseline slips are measured against; absent = the project's cost baseline (Baseline unless chosen); null = none. */
  readonly baselineNumber?: number | null;
  /** Absent = the latest report issued before the status date; null = treat this as the first report. */
  readonly previousReport?: StatusReport | null;
  readonly audience: ReportAudience;
  /** Absent = the project's rules, else the defaults. */
  readonly ragRules?: RagRules;
  readonly headline?: string;
  readonly narrative?: string;
  /** A schedule of this plan at this status date, when the caller has one. */
  readonly schedule?: ScheduleResult;
}

/** Issued reports before a date, oldest first (ties: issue time). */
export function reportsBefore(plan: Plan, statusDate: LocalDate): StatusReport[] {
  return Object.values(plan.reports).filter((r) => r.statusDate < statusDate)
    .sort((a, b) => a.statusDate.localeCompare(b.statusDate) || a.issuedAt.localeCompare(b.issuedAt));
}

export function findBaseline(plan: Plan, number: number | null | undefined): Baseline | null {
  if (number === null) return null;
  const wanted = number ?? plan.project.costBaseline ?? 0;
  return Object.values(plan.baselines).find((b) => b.number === wanted) ?? null;
}

/** What a report at a status date starts from: its rules, the report before it, the baseline and the facts. */
function reportBasis(plan: Plan, options: Omit<StatusReportOptions, 'headline' | 'narrative'>) {
  const { statusDate, audience } = options;
  const rules = options.ragRules ?? plan.project.ragRules ?? DEFAULT_RAG_RULES;
  const history = reportsBefore(plan, statusDate);
  const previous = options.previousReport === undefined ? (history[history.length - 1] ?? null) : options.previousReport;
  const baseline = findBaseline(plan, options.baselineNumber);
  const start = dateOf(plan.project.start);
  // A report before the start is the plan's (a TPM reports through initiation and planning, before
  // the first task starts): the same sections, with nothing done yet and no period behind it.
  const isBeforeStart = statusDate < start;
  const periodStart = previous?.statusDate ?? (isBeforeStart ? statusDate : start);
  const facts = gatherFacts(plan, statusDate, baseline, previous, options.schedule);
  const context: s.SectionContext = { plan, facts, statusDate, periodStart, nextUntil: addDays(statusDate, rules.periodDays), audience };
  return { rules, history, previous, baseline, start, isBeforeStart, facts, context };
}

export function buildStatusReport(plan: Plan, options: StatusReportOptions): StatusReportModel {
  const { statusDate, audience } = options;
  const { rules, history, previous, baseline, start, isBeforeStart, facts, context } = reportBasis(plan, options);
  const head = {
    projectName: plan.project.name, manager: plan.project.manager, statusDate, audience, rules,
    previousStatusDate: previous?.statusDate ?? null, periodStart: context.periodStart,
    baselineName: baseline?.name ?? null, headline: options.headline ?? '', narrative: options.narrative ?? '',
    startsOn: isBeforeStart ? start : null,
  };
  const sections = SECTION_ORDER.map((make) => make(context)).filter((x): x is ReportSection => x !== null);
  const results = dimensionResults(plan, facts, sections, rules);
  const dimensions = RAG_DIMENSIONS.map((d): DimensionRag => ({ dimension: d, ...results[d], trend: trendOf(history, d, statusDate, results[d].rag) }));
  const overall = worstRag(dimensions.map((d) => d.rag));
  return {
    ...head, overall, overallTrend: trendOf(history, 'overall', statusDate, overall), dimensions,
    percentComplete: facts.percentComplete, projectFinish: facts.projectFinish, sections,
  };
}

/** A project's status as a whole: what its status report at that date says, without the report's sections. */
export interface ProjectHealth {
  /** The status date measured at: the plan's own, else the day it was measured (as the Reports view). */
  readonly statusDate: LocalDate;
  /** Whether that is the plan's own status date, or the day it was measured (a kept digest's may be an earlier day). */
  readonly isPlanStatusDate: boolean;
  readonly overall: Rag;
  readonly dimensions: readonly { readonly dimension: RagDimension; readonly rag: Rag; readonly reason: string }[];
  readonly percentComplete: number;
}

/**
 * The colour and reasons a status report would show for the plan at its status date, else at
 * `today` (the Reports view's default date), so the portfolio and the report never disagree.
 * `schedule` is used only at the plan's own status date, where it is the one the report uses.
 */
export function projectHealth(plan: Plan, options: { readonly today: LocalDate; readonly schedule?: ScheduleResult }): ProjectHealth {
  const isPlanStatusDate = plan.project.statusDate !== null;
  const statusDate = plan.project.statusDate ?? options.today;
  const { rules, facts, context } = reportBasis(plan, { statusDate, audience: 'executive', ...(isPlanStatusDate && options.schedule ? { schedule: options.schedule } : {}) });
  const changes = s.changesApproved(context);
  const results = dimensionResults(plan, facts, changes ? [changes] : [], rules);
  const dimensions = RAG_DIMENSIONS.map((dimension) => ({ dimension, ...results[dimension] }));
  return { statusDate, isPlanStatusDate, overall: worstRag(dimensions.map((d) => d.rag)), dimensions, percentComplete: facts.percentComplete };
}

const SECTION_ORDER: readonly ((c: s.SectionContext) => ReportSection | null)[] = [
  s.milestonesDone, s.milestonesDue, s.milestonesSlipped, s.criticalPath, s.phases, s.earnedValueSection, s.topRisks,
  s.decisionsNeeded, s.scheduleWarnings, s.changesApproved, s.workCompleted, s.workPlanned, s.timeline,
];

function dimensionResults(plan: Plan, facts: ReportFacts, sections: readonly ReportSection[], rules: RagRules): Record<RagDimension, RagResult> {
  const evm = facts.evm;
  const forecast = evm === null ? null : headlineForecast(evm);
  const reference = evm === null ? null : costReference(plan.project.budget ?? null, evm.bac);
  const changes = sections.find((x) => x.kind === 'changes-approved');
  const top = s.liveThreats(plan)[0];
  const inputs: RagInputs = {
    finishSlipDays: facts.finishSlipDays, spi: evm?.spi ?? null, cpi: evm?.cpi ?? null,
    overrun: forecast === null || reference === null ? null
      : { percent: overrunPercent(forecast.eac, reference), forecast: forecast.method, against: reference.against },
    approvedChanges: changes?.kind === 'changes-approved' ? changes.items.length : 0,
    topRiskScore: top ? riskScore(top) : null,
  };
  return {
    schedule: scheduleRag(inputs, rules.schedule), cost: costRag(inputs, rules.cost),
    scope: scopeRag(inputs, rules.scope), risk: riskRag(inputs, rules.risk),
  };
}

function trendOf(history: readonly StatusReport[], key: RagDimension | 'overall', statusDate: LocalDate, now: Rag): { statusDate: LocalDate; rag: Rag }[] {
  return [...history.map((r) => ({ statusDate: r.statusDate, rag: r.rag[key] })), { statusDate, rag: now }];
}

/**
 * Status report edits: issuing a report (kept in the plan with its figures frozen) and the RAG
 * rules. The report is rebuilt from the plan inside the command, so what is frozen is what the
 * plan says at that status date, whatever the screen showed.
 */
import { castDraft, current } from 'immer';
import { parseLocalDate, type RagRules, type ReportAudience, type ReportId } from '../model';
import type { Plan } from '../model/plan';
import { buildStatusReport, issuedReport } from '../report';
import { defineCommand } from './command';

export interface IssueReportArgs {
  readonly statusDate: string;
  readonly audience: ReportAudience;
  /** null = no baseline; absent = the project's cost baseline. */
  readonly baselineNumber?: number | null;
  readonly headline: string;
  readonly narrative: string;
}

export const issueReport = defineCommand<IssueReportArgs>({
  name: 'issueReport',
  label: (args) => `Issue status report ${args.statusDate}`,
  apply(draft, args, ctx) {
    const statusDate = parseLocalDate(args.statusDate);
    if (statusDate === null) return { message: `"${args.statusDate}" is not a date (YYYY-MM-DD).` };
    const plan: Plan = current(draft);
    const model = buildStatusReport(plan, { ...args, statusDate });
    const report = issuedReport(plan, model, ctx.newId() as ReportId, ctx.now, args.baselineNumber);
    draft.reports[report.id] = castDraft(report);
    return undefined;
  },
});

export interface ReportDraftChanges {
  /** Null = back to the project's status date (or today). */
  readonly statusDate?: string | null;
  readonly headline?: string;
  readonly narrative?: string;
}

/** The Undo label names the one part typed: the view stores each field when it is left. */
function reportDraftLabel({ statusDate, headline, narrative }: ReportDraftChanges): string {
  const parts = [statusDate !== undefined, headline !== undefined, narrative !== undefined].filter(Boolean).length;
  if (parts !== 1) return 'Edit report draft';
  if (statusDate !== undefined) return 'Set report status date';
  return headline !== undefined ? 'Edit report headline' : 'Edit report narrative';
}

/**
 * Keeps what is typed for the next status report with the plan (model/reports.ts ReportDraft).
 * A draft left with no words and no date is removed, so clearing it leaves the project as it was
 * before anything was typed. Arguments may come from a replayed proposal as JSON: each is checked.
 */
export const editReportDraft = defineCommand<{ readonly changes: ReportDraftChanges }>({
  name: 'editReportDraft',
  label: (args) => reportDraftLabel(args.changes),
  apply(draft, { changes }) {
    const { statusDate, headline, narrative } = changes;
    if (headline !== undefined && typeof headline !== 'string') return { message: 'Expected text.', where: 'Report, Headline' };
    if (narrative !== undefined && typeof narrative !== 'string') return { message: 'Expected text.', where: 'Report, Narrative' };
    const date = typeof statusDate === 'string' ? parseLocalDate(statusDate) : null;
    if (statusDate !== undefined && statusDate !== null && date === null) {
      return { message: `"${String(statusDate)}" is not a date (YYYY-MM-DD).`, where: 'Report, Status date' };
    }
    // Field by field, so storing what the draft already holds is no change (no Undo step).
    const reportDraft = (draft.project.reportDraft ??= { headline: '', narrative: '' });
    if (headline !== undefined) reportDraft.headline = headline;
    if (narrative !== undefined) reportDraft.narrative = narrative;
    if (date !== null) reportDraft.statusDate = date;
    else if (statusDate === null) delete reportDraft.statusDate;
    if (reportDraft.statusDate === undefined && reportDraft.headline === '' && reportDraft.narrative === '') delete draft.project.reportDraft;
    return undefined;
  },
});

const isRatio = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 10;
const isCount = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 10_000;

/** Why a set of rules cannot be used (amber must come before red), or null. */
export function ragRulesProblem(r: RagRules): string | null {
  const s = r.schedule;
  const c = r.cost;
  if (![s.amberSlipDays, s.redSlipDays, c.amberOverrunPercent, c.redOverrunPercent, r.scope.amberChanges, r.scope.redChanges].every(isCount)) return 'Days, percentages and counts must be zero or more.';
  if (![s.amberSpi, s.redSpi, c.amberCpi, c.redCpi].every(isRatio)) return 'SPI and CPI thresholds are ratios between 0 and 10.';
  if (s.redSlipDays < s.amberSlipDays || c.redOverrunPercent < c.amberOverrunPercent || r.scope.redChanges < r.scope.amberChanges) return 'Each red threshold must be at or beyond its amber threshold.';
  if (s.redSpi > s.amberSpi || c.redCpi > c.amberCpi) return 'The red SPI/CPI threshold must be at or below the amber one.';
  if (r.risk.redScore < r.risk.amberScore || r.risk.amberScore < 1 || r.risk.redScore > 25) return 'Risk scores run 1 to 25, red at or above amber.';
  if (!Number.isInteger(r.periodDays) || r.periodDays < 1 || r.periodDays > 366) return 'A reporting period is 1 to 366 days.';
  return null;
}

export const setRagRules = defineCommand<{ readonly rules: RagRules | null }>({
  name: 'setRagRules',
  label: () => 'Edit RAG rules',
  apply(draft, { rules }) {
    if (rules === null) {
      delete draft.project.ragRules;
      return undefined;
    }
    const problem = ragRulesProblem(rules);
    if (problem !== null) return { message: problem };
    draft.project.ragRules = castDraft(rules);
    return undefined;
  },
});


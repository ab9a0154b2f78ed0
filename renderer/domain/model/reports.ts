/**
 * Issued status reports and the rules that colour them. A report is kept in the plan once issued,
 * with the figures it showed frozen, so the next report's "since the last report" deltas compare
 * against what people were actually told (not against a recomputation of an edited plan).
 * The report model itself (plan -> sections) is domain/report.
 */
import type { Extra } from './plan';
import type { ReportId, TaskId } from './ids';
import type { LocalDate } from './time';

/** 'none' = not measured (no baseline, no costs, no risks): shown grey, never counted as green. */
export type Rag = 'green' | 'amber' | 'red' | 'none';
export const RAG_DIMENSIONS = ['schedule', 'cost', 'scope', 'risk'] as const;
export type RagDimension = (typeof RAG_DIMENSIONS)[number];
/** Each dimension as a person reads it: the report's RAG table, the issued reports' dots, the portfolio. */
export const RAG_DIMENSION_LABELS: Readonly<Record<RagDimension, string>> = { schedule: 'Schedule', cost: 'Cost', scope: 'Scope', risk: 'Risk' };
export const REPORT_AUDIENCES = ['executive', 'team'] as const;
/** Executive: a one-page summary in plain words. Team: the detail. */
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

/**
 * The thresholds behind each RAG colour, stored with the project and edited in the Reports view.
 * A dimension is red when any red test holds, else amber when any amber test holds, else green.
 * Slips are working days on the project calendar; ratios are SPI/CPI (earned value, domain/money).
 */
export interface RagRules {
  readonly schedule: { readonly amberSlipDays: number; readonly redSlipDays: number; readonly amberSpi: number; readonly redSpi: number };
  readonly cost: { readonly amberCpi: number; readonly redCpi: number; readonly amberOverrunPercent: number; readonly redOverrunPercent: number };
  /** Approved changes since the last report. */
  readonly scope: { readonly amberChanges: number; readonly redChanges: number };
  /** The highest score (1..25) of a live threat. */
  readonly risk: { readonly amberScore: number; readonly redScore: number };
  /** Days in a reporting period: "due in the next period" looks this far past the status date. */
  readonly periodDays: number;
}

export const DEFAULT_RAG_RULES: RagRules = {
  schedule: { amberSlipDays: 2, redSlipDays: 10, amberSpi: 0.95, redSpi: 0.9 },
  cost: { amberCpi: 0.95, redCpi: 0.9, amberOverrunPercent: 5, redOverrunPercent: 10 },
  scope: { amberChanges: 1, redChanges: 3 },
  risk: { amberScore: 10, redScore: 15 },
  periodDays: 7,
};

/** A milestone as a report showed it. */
export interface FrozenMilestone {
  readonly taskId: TaskId;
  readonly name: string;
  readonly finish: LocalDate;
  readonly isDone: boolean;
}

/** What an issued report showed, kept as it was. */
export interface ReportFigures {
  readonly projectFinish: LocalDate;
  readonly baselineFinish: LocalDate | null;
  /** Working days the finish moved past the baseline's; null without a baseline. */
  readonly finishSlipDays: number | null;
  readonly percentComplete: number;
  readonly criticalTaskIds: readonly TaskId[];
  readonly criticalTaskNames: readonly string[];
  readonly milestones: readonly FrozenMilestone[];
  readonly riskScores: Readonly<Record<string, number>>;
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly completedTaskIds: readonly TaskId[];
}

export interface StatusReport {
  readonly id: ReportId;
  readonly statusDate: LocalDate;
  /** ISO instant it was issued. */
  readonly issuedAt: string;
  readonly audience: ReportAudience;
  readonly baselineNumber: number | null;
  readonly headline: string;
  readonly narrative: string;
  readonly rag: Readonly<Record<RagDimension | 'overall', Rag>>;
  readonly figures: ReportFigures;
  readonly extra?: Extra;
}

/**
 * The next status report as typed so far in the Reports view, kept on the project so the words
 * survive a view switch and a restart like any other text. Issuing a report leaves it in place:
 * the report just issued can still be exported, and the next one starts from its words.
 */
export interface ReportDraft {
  /** The date the report is written for; absent = the project's status date, else today. */
  readonly statusDate?: LocalDate;
  readonly headline: string;
  readonly narrative: string;
}

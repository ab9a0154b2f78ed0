/**
 * The status report model: what a report says, independent of how it is written (Markdown, HTML,
 * the print layout, the screen). Sections are present only when the plan has their data; the
 * writers never compute anything, they lay out what is here.
 */
import type { IssuePriority, LocalDate, Rag, RagDimension, RagRules, ReportAudience, TaskId } from '../model';
import type { ReserveCover } from '../raid/reserve-cover';
import type { IssueMessagePart, ScheduleIssueKind } from '../schedule';

export interface DimensionRag {
  readonly dimension: RagDimension;
  readonly rag: Rag;
  /** Why, in plain words, naming the rule that decided it ("finish 4 working days late; amber above 2"). */
  readonly reason: string;
  /** Issued reports' colours for this dimension, oldest first, then this report's. */
  readonly trend: readonly { readonly statusDate: LocalDate; readonly rag: Rag }[];
}

export interface MilestoneLine {
  readonly taskId: TaskId;
  readonly name: string;
  /** Team report only: the WBS number (the executive summary shows no codes). */
  readonly wbs?: string;
  readonly finish: LocalDate;
  readonly baselineFinish: LocalDate | null;
  /** Working days later than baseline (negative: earlier); null when not baselined. */
  readonly slipDays: number | null;
  readonly isDone: boolean;
}

export interface WorkLine {
  readonly taskId: TaskId;
  readonly name: string;
  readonly wbs?: string;
  readonly start: LocalDate;
  readonly finish: LocalDate;
  readonly percentComplete: number;
}

export interface RiskLine {
  readonly code: string;
  readonly title: string;
  readonly score: number;
  /** The score the last report showed; null = not on it (new since). */
  readonly previousScore: number | null;
  readonly trend: 'up' | 'down' | 'flat' | 'new';
  readonly owner: string;
}

export interface IssueLine {
  readonly code: string;
  readonly title: string;
  readonly priority: IssuePriority;
  readonly dueOn: LocalDate | null;
  /** Due before the report's status date, as the issue log marks it overdue (absent in reports kept before it was added). */
  readonly isOverdue?: boolean;
}

/** A schedule warning as the Gantt's warnings list says it, its dates apart for the writer to write. */
export interface WarningLine {
  readonly kind: ScheduleIssueKind;
  readonly parts: readonly IssueMessagePart[];
}

export interface ChangeLine {
  readonly title: string;
  readonly decidedOn: LocalDate;
  readonly decidedBy: string;
  readonly scheduleImpactDays: number;
  readonly costImpact: number;
}

/** A phase's line: progress always; dates, status and gate when the plan has phase objects (phase-lines.ts). */
export interface PhaseRow {
  readonly phase: string;
  readonly percentComplete: number;
  readonly start?: LocalDate;
  readonly finish?: LocalDate;
  readonly rag?: Rag;
  /** The gate's decision, its day written by the report's writer; or 'not decided'. */
  readonly gate?: { readonly decision: string; readonly on: LocalDate; readonly decider: string } | 'not decided';
  readonly isGateFlagged?: boolean;
}

export type ReportSection =
  | { readonly kind: 'milestones-done'; readonly items: readonly MilestoneLine[] }
  | { readonly kind: 'milestones-due'; readonly items: readonly MilestoneLine[]; readonly until: LocalDate }
  | { readonly kind: 'milestones-slipped'; readonly items: readonly MilestoneLine[] }
  /** The slip section cannot be written; says why (no baseline saved, milestones not in it). */
  | { readonly kind: 'slip-absent'; readonly reason: string }
  | {
    readonly kind: 'critical-path';
    readonly finish: LocalDate;
    readonly baselineFinish: LocalDate | null;
    readonly slipDays: number | null;
    readonly previousFinish: LocalDate | null;
    /** Working days the finish moved since the last report (positive = later). */
    readonly movedSinceLastDays: number | null;
    readonly taskNames: readonly string[];
    readonly joined: readonly string[];
    readonly left: readonly string[];
  }
  | { readonly kind: 'phase-progress'; readonly rows: readonly PhaseRow[] }
  | {
    readonly kind: 'earned-value';
    readonly currency: string;
    readonly bac: number; readonly pv: number; readonly ev: number; readonly ac: number;
    /**
     * Whether a baseline is measured against: without one, BAC, PV and EV are not measured (the
     * Cost view says "No baseline"), and reading them as 0 would say the work done earned nothing.
     */
    readonly hasBaseline: boolean;
    readonly spi: number | null; readonly cpi: number | null;
    /** EAC by the CPI method (BAC / CPI); null until a CPI is measured. */
    readonly eacCpi: number | null;
    /** Cost as now scheduled, bottom-up (actual + remaining): the Cost view's figure of that name. */
    readonly eacBottomUp: number;
    /** The approved budget (Project settings, Cost view); null = not set. */
    readonly budget: number | null;
    /**
     * How far the contingency reserve covers the open threats' exposure (raid/reserve-cover.ts);
     * null = no open threat has a cost. Absent in reports issued before it was reported.
     */
    readonly reserveCover?: ReserveCover | null;
  }
  | { readonly kind: 'risks'; readonly items: readonly RiskLine[]; readonly more: number }
  | { readonly kind: 'decisions-needed'; readonly items: readonly IssueLine[]; readonly more: number }
  | { readonly kind: 'schedule-warnings'; readonly items: readonly WarningLine[]; readonly more: number }
  | { readonly kind: 'changes-approved'; readonly items: readonly ChangeLine[]; readonly currency: string }
  | { readonly kind: 'work-completed'; readonly items: readonly WorkLine[]; readonly more: number }
  | { readonly kind: 'work-planned'; readonly items: readonly WorkLine[]; readonly more: number; readonly until: LocalDate }
  | { readonly kind: 'timeline'; readonly from: LocalDate; readonly to: LocalDate; readonly statusDate: LocalDate; readonly items: readonly MilestoneLine[] };

export type ReportSectionKind = ReportSection['kind'];

export interface StatusReportModel {
  readonly projectName: string;
  readonly manager: string;
  readonly statusDate: LocalDate;
  readonly audience: ReportAudience;
  /** The report compared against: its status date, or null for the first report. */
  readonly previousStatusDate: LocalDate | null;
  /** Where "since the last report" starts: the previous status date, or the project start. */
  readonly periodStart: LocalDate;
  readonly baselineName: string | null;
  readonly headline: string;
  readonly narrative: string;
  /** The project's start when the status date is before it (a report of the plan, nothing done yet); else null. */
  readonly startsOn: LocalDate | null;
  readonly overall: Rag;
  readonly overallTrend: readonly { readonly statusDate: LocalDate; readonly rag: Rag }[];
  readonly dimensions: readonly DimensionRag[];
  readonly rules: RagRules;
  readonly percentComplete: number;
  readonly projectFinish: LocalDate;
  readonly sections: readonly ReportSection[];
}

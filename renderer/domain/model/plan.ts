/**
 * The Plotline plan model. One Plan holds everything about one project; every view
 * (table, Gantt, board, registers, reports) and every file format reads and writes this model.
 *
 * Conventions:
 * - Durations, work and lags are stored in working minutes (`...Minutes`); they are shown in
 *   hours/days/weeks using the project's minutesPerDay and minutesPerWeek (MS Project's convention:
 *   1 d = hours-per-day, 1 w = days-per-week days).
 * - Units (resource capacity, assignment units) are fractions: 1 = 100 %.
 * - Collections are records keyed by id so a change addresses one entity (and one database row).
 * - Order among siblings is a fractional rank string (see rank.ts): inserting writes one row.
 * - `extra` keeps fields Plotline does not understand, so they survive a file round trip.
 */
import type {
  BaselineId, CalendarId, ColumnId, LinkId, ProjectId, TaskId,
} from './ids';
import type { LocalDate, LocalDateTime } from './time';
import type { Assumption, Decision, Issue, Risk } from './raid';
import type { ChangeRequest } from './changes';
import type { PlanLineage } from './lineage';
import type { RagRules, ReportDraft, StatusReport } from './reports';
import type { ScheduleRisk, ThreePointEstimate } from './simulation';
import type { CommunicationEntry, RaciEntry, Stakeholder } from './stakeholders';
import type { LifecyclePhase, PhaseId } from './phases';
import type { ProjectCharter, ProjectClosure } from './charter';
import type { ProjectCalendar } from './calendars';
import type { Assignment, Resource } from './resources';

export * from './raid';
export * from './changes';
export * from './lineage';
export * from './reports';
export * from './simulation';
export * from './stakeholders';
export * from './phases';
export * from './charter';
export * from './calendars';
export * from './resources';

export type Extra = Readonly<Record<string, unknown>>;

export const PHASES = ['initiation', 'planning', 'execution', 'monitoring', 'closure'] as const;
/** The five PMI lifecycle phases a TPM plans in. */
export type Phase = (typeof PHASES)[number];

export interface Project {
  readonly id: ProjectId;
  readonly name: string;
  readonly description: string;
  readonly manager: string;
  /** Where forward scheduling starts. */
  readonly start: LocalDateTime;
  /** "As of" date for progress: unfinished work is scheduled from here. Null = today when shown. */
  readonly statusDate: LocalDate | null;
  /** ISO 4217 code, e.g. 'USD'. */
  readonly currency: string;
  /** The project (standard) calendar. */
  readonly calendarId: CalendarId;
  /** Working minutes in a "day" and "week" of duration (MS Project: 480 and 2400 by default). */
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
  /** Working days in a "month" of duration (MS Project's DaysPerMonth). Absent = 20, MS Project's default. */
  readonly daysPerMonth?: number;
  /**
   * The country or region whose public holidays were put in the project calendar, as
   * date-holidays names it ('US', 'GB-ENG'); absent = none chosen. Remembered so the settings can
   * show it and add the same region's holidays when the plan grows into later years.
   */
  readonly holidayRegion?: string;
  /** Wall-clock time a new task starts and finishes on a day when entered as a date only. */
  readonly defaultStartTime: string;
  readonly defaultFinishTime: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Budget at completion for the whole project, in the project currency; absent = none set. */
  readonly budget?: number;
  /** Money held for known risks (PMI's contingency reserve); inside the cost baseline. */
  readonly contingencyReserve?: number;
  /** Money held for unknown work (PMI's management reserve); outside the cost baseline. */
  readonly managementReserve?: number;
  /** The baseline (0..10) that cost variances and earned value measure against; absent = 0 ("Baseline"). */
  readonly costBaseline?: number;
  /** The risk register's categories (editable); absent = DEFAULT_RISK_CATEGORIES in domain/raid. */
  readonly riskCategories?: readonly string[];
  /** Schedule risk analysis settings and the last simulation's summary; absent = never run. */
  readonly scheduleRisk?: ScheduleRisk;
  /** The plan's saved revisions, for finding a common ancestor when a copy comes back (diff/lineage.ts); absent = never saved. */
  readonly lineage?: PlanLineage;
  /** The status report's RAG thresholds (editable); absent = DEFAULT_RAG_RULES. */
  readonly ragRules?: RagRules;
  /** The status report being written (headline, narrative, status date); absent = nothing typed. */
  readonly reportDraft?: ReportDraft;
  /** The project charter (file version 5); absent = none written yet. */
  readonly charter?: ProjectCharter;
  /** The closure checklist and lessons learned (file version 5); absent = closure not started. */
  readonly closure?: ProjectClosure;
  readonly extra?: Extra;
}

/** When a task's fixed cost is incurred (MS Project's FixedCostAccrual). */
export type CostAccrual = 'start' | 'prorated' | 'end';
/** How a task's earned value is measured: from % complete, or from physical % complete (MS Project's two methods). */
export type EarnedValueMethod = 'percent-complete' | 'physical';

export type TaskKind = 'task' | 'summary' | 'milestone';
export type SchedulingMode = 'auto' | 'manual';

export const CONSTRAINT_TYPES = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'] as const;
/** MS Project's eight constraint types. ASAP/ALAP take no date. */
export type ConstraintType = (typeof CONSTRAINT_TYPES)[number];

export interface Constraint {
  readonly type: ConstraintType;
  readonly date: LocalDateTime | null;
}

export interface Task {
  readonly id: TaskId;
  /** Outline parent; null for a top-level task. */
  readonly parentId: TaskId | null;
  /** Order among siblings (fractional rank). */
  readonly rank: string;
  readonly name: string;
  readonly notes: string;
  /** 'summary' while the task has children (kept consistent by the commands); 'milestone' has zero duration. */
  readonly kind: TaskKind;
  /** Working minutes. Summaries: rolled up by the engine, the stored value is ignored. */
  readonly durationMinutes: number;
  readonly schedulingMode: SchedulingMode;
  /**
   * Start and finish: for manually scheduled tasks these are the user's dates; for auto tasks
   * they hold the last computed schedule (the engine owns them) so a plan shows dates before
   * the first scheduling pass.
   */
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  readonly constraint: Constraint;
  readonly deadline: LocalDateTime | null;
  /** 0..100 */
  readonly percentComplete: number;
  readonly actualStart: LocalDateTime | null;
  readonly actualFinish: LocalDateTime | null;
  /** Board column (workflow status). */
  readonly statusId: ColumnId;
  /** Order within its board column (fractional rank). */
  readonly boardRank: string;
  /** MS Project scale 0..1000, 500 = medium. See priority.ts for the five levels. */
  readonly priority: number;
  readonly phase: Phase | null;
  /**
   * The lifecycle phase object the task is in (file version 4); absent or null = as its summary,
   * else as its fixed `phase` label (model/phases.ts phaseOfTask).
   */
  readonly phaseId?: PhaseId | null;
  readonly tags: readonly string[];
  /** Overrides the project calendar for this task (MS Project task calendar). */
  readonly calendarId: CalendarId | null;
  /** Delay added by resource leveling (MS Project's Leveling Delay), working minutes; absent = 0. */
  readonly levelingDelayMinutes?: number;
  /**
   * The duration is clock time (MS Project's elapsed "ed" units), not working time: the task runs
   * through nights, weekends and holidays, like concrete curing or a 48-hour soak test. Absent = false.
   */
  readonly durationIsElapsed?: boolean;
  /**
   * % complete the task had before the board moved it into a 'done' column, so that moving it out
   * again reopens it where it was rather than at 0 or 100. Absent when the task is not done via the board.
   */
  readonly reopenPercentComplete?: number;
  /** A cost not tied to people (a licence bought for this task), in the project currency; absent = 0. */
  readonly fixedCost?: number;
  /** When the fixed cost is incurred; absent = 'prorated' (MS Project's default). */
  readonly fixedCostAccrual?: CostAccrual;
  /** Actual cost typed by hand; absent or null = computed from actual work x rates, as MS Project does. */
  readonly actualCost?: number | null;
  /** Actual work to date typed by hand, working minutes; absent or null = work x % complete. */
  readonly actualWorkMinutes?: number | null;
  /** 0..100, used for earned value when earnedValueMethod is 'physical'. */
  readonly physicalPercentComplete?: number;
  /** Absent = 'percent-complete'. */
  readonly earnedValueMethod?: EarnedValueMethod;
  /** Budget at completion set on this task (usually a summary or phase), project currency; absent = none. */
  readonly budget?: number;
  /**
   * Interruptions of the task's work (MS Project's split task), in the order they happen. Absent
   * or empty = the work runs without a break. Both numbers are working minutes on the task's
   * calendar, so the engine places the pieces wherever the task lands and the duration stays the
   * work time: a 5-day task split after 2 days for 3 days spans 8 working days.
   */
  readonly splits?: readonly TaskSplit[];
  /** Three-point estimate for schedule risk analysis; absent = the duration is taken as certain. */
  readonly estimate?: ThreePointEstimate;
  readonly extra?: Extra;
}

/** One interruption: after `afterWorkMinutes` of the task's duration, work stops for `gapMinutes`. */
export interface TaskSplit {
  /** Strictly between 0 and the duration, and increasing from one split to the next. */
  readonly afterWorkMinutes: number;
  /** Greater than 0. */
  readonly gapMinutes: number;
}

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export interface Link {
  readonly id: LinkId;
  readonly predecessorId: TaskId;
  readonly successorId: TaskId;
  readonly type: LinkType;
  /** Lag in minutes; negative is a lead. Working minutes unless lagIsElapsed (calendar time, "ed"). */
  readonly lagMinutes: number;
  readonly lagIsElapsed: boolean;
  readonly extra?: Extra;
}

export interface BaselineTask {
  readonly start: LocalDateTime;
  readonly finish: LocalDateTime;
  readonly durationMinutes: number;
  readonly workMinutes: number;
  readonly cost: number;
  /**
   * How the cost was incurred, for time-phased planned value: the part due at the start (per-use
   * costs, fixed cost accrued at start), the part due at the finish, and the rest spread over the
   * task's working time. Absent (baselines saved before costs had accruals) = all spread.
   */
  readonly costAtStart?: number;
  readonly costAtEnd?: number;
}

export interface Baseline {
  readonly id: BaselineId;
  /** MS Project numbers baselines 0..10; 0 is "Baseline". */
  readonly number: number;
  readonly name: string;
  readonly savedAt: string;
  readonly tasks: Readonly<Record<string, BaselineTask>>;
}



/**
 * What a board column means to the progress rules, independent of its (renamable) name:
 * entering 'started' sets the actual start; entering 'done' completes the task.
 */
export type ColumnCategory = 'not-started' | 'started' | 'done';

export interface WorkflowColumn {
  readonly id: ColumnId;
  readonly name: string;
  readonly category: ColumnCategory;
  /** CSS colour, e.g. '#3b82f6'. */
  readonly color: string;
  /** Soft limit; null = none. */
  readonly wipLimit: number | null;
  readonly rank: string;
}

export interface Plan {
  readonly project: Project;
  readonly tasks: Readonly<Record<string, Task>>;
  readonly links: Readonly<Record<string, Link>>;
  readonly calendars: Readonly<Record<string, ProjectCalendar>>;
  readonly resources: Readonly<Record<string, Resource>>;
  readonly assignments: Readonly<Record<string, Assignment>>;
  readonly baselines: Readonly<Record<string, Baseline>>;
  readonly risks: Readonly<Record<string, Risk>>;
  readonly stakeholders: Readonly<Record<string, Stakeholder>>;
  readonly changes: Readonly<Record<string, ChangeRequest>>;
  readonly columns: Readonly<Record<string, WorkflowColumn>>;
  readonly issues: Readonly<Record<string, Issue>>;
  readonly assumptions: Readonly<Record<string, Assumption>>;
  readonly decisions: Readonly<Record<string, Decision>>;
  readonly raci: Readonly<Record<string, RaciEntry>>;
  readonly communications: Readonly<Record<string, CommunicationEntry>>;
  /** Issued status reports with their figures frozen (file version 3). */
  readonly reports: Readonly<Record<string, StatusReport>>;
  /** Lifecycle phases with their gates (file version 4). */
  readonly phases: Readonly<Record<string, LifecyclePhase>>;
}

/** The entity collections of a Plan, i.e. every key except 'project'. */
export type PlanCollection = Exclude<keyof Plan, 'project'>;

export const PLAN_COLLECTIONS = [
  'tasks', 'links', 'calendars', 'resources', 'assignments', 'baselines', 'risks', 'stakeholders',
  'changes', 'columns', 'issues', 'assumptions', 'decisions', 'raci', 'communications', 'reports',
  'phases',
] as const satisfies readonly PlanCollection[];

/**
 * The plan with each entity collection copied into a record without a prototype, as a stored plan
 * is read (db/damaged-rows.ts). Immer copies such a record with Object.assign and a plain one with
 * an object spread, which V8 does several times slower on a record of ~1,000 keys; every edit
 * copies the collection it touches, so a plan made or imported in this session would pay that on
 * each edit until it was next opened from storage. Entities are shared, not copied.
 */
export function withBareCollections(plan: Plan): Plan {
  const bare: Record<string, unknown> = { project: plan.project };
  for (const name of PLAN_COLLECTIONS) bare[name] = Object.assign(Object.create(null) as object, plan[name]);
  return bare as unknown as Plan;
}

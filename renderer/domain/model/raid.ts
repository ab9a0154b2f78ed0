/**
 * The RAID log's model: risks (threats and opportunities, with mitigation and contingency tied to
 * the schedule), issues, assumptions and decisions. Part of the Plan (plan.ts); kept apart because
 * the registers are one idea of their own. Scoring and exposure live in domain/raid.
 */
import type { AssumptionId, ChangeRequestId, DecisionId, IssueId, ResourceId, RiskId, TaskId } from './ids';
import type { Extra } from './plan';
import type { LocalDate } from './time';

export type RiskStatus = 'open' | 'mitigating' | 'occurred' | 'closed';
/** A threat hurts the plan if it happens; an opportunity helps it (PMI's two kinds of risk). */
export type RiskKind = 'threat' | 'opportunity';
export const THREAT_RESPONSES = ['avoid', 'mitigate', 'transfer', 'accept'] as const;
export const OPPORTUNITY_RESPONSES = ['exploit', 'enhance', 'share', 'accept'] as const;
/** PMBOK's response strategies; the first four for threats, exploit/enhance/share/accept for opportunities. */
export type RiskResponse = (typeof THREAT_RESPONSES)[number] | (typeof OPPORTUNITY_RESPONSES)[number];

/** Impact levels 1..5 on each dimension a risk can hurt; the score uses the largest. */
export interface RiskImpacts {
  readonly schedule: number;
  readonly cost: number;
  readonly scope: number;
}

/**
 * A task that waits outside the schedule until its risk's contingency is activated. `key` is
 * stable within the risk; the links name live tasks, which must exist when activating.
 */
export interface ContingencyTask {
  readonly key: string;
  readonly name: string;
  /** Working minutes. */
  readonly durationMinutes: number;
  /** Live tasks this one will follow (finish-to-start). */
  readonly predecessorIds: readonly TaskId[];
  /** Live tasks that will wait for this one (finish-to-start). */
  readonly successorIds: readonly TaskId[];
}

/** One entry each time a risk's score changed; `at` is the ISO time of the edit. */
export interface ScoreEntry {
  readonly at: string;
  readonly score: number;
}

/**
 * A risk in the register. Fields after `reviewOn` came with the RAID log and are optional, so
 * plans saved before it load unchanged (absent = the default noted on each).
 */
export interface Risk {
  readonly id: RiskId;
  readonly title: string;
  readonly description: string;
  readonly category: string;
  /** 1 (rare) .. 5 (almost certain); the % band of each level is in raid/scoring.ts. */
  readonly probability: number;
  /** 1 (negligible) .. 5 (severe): the largest of `impacts` when those are set. */
  readonly impact: number;
  readonly status: RiskStatus;
  /** Free-text owner (plans before the RAID log); `ownerId` names a person in the plan. */
  readonly owner: string;
  readonly mitigation: string;
  readonly contingency: string;
  readonly trigger: string;
  /** Tasks the risk affects (its marker shows on them). */
  readonly taskIds: readonly TaskId[];
  readonly raisedOn: LocalDate;
  readonly reviewOn: LocalDate | null;
  /** "R-001"; absent = derived from the order raised. */
  readonly code?: string;
  readonly cause?: string;
  readonly event?: string;
  readonly effect?: string;
  /** Absent = 'threat'. */
  readonly kind?: RiskKind;
  /** Absent = `impact` on every dimension. */
  readonly impacts?: RiskImpacts;
  /** Money lost (threat) or saved (opportunity) if it happens, project currency. */
  readonly costImpactAmount?: number;
  /** Delay (threat) or time saved (opportunity) if it happens, working minutes. */
  readonly scheduleImpactMinutes?: number;
  readonly ownerId?: ResourceId | null;
  readonly response?: RiskResponse | null;
  /** Real tasks in the plan that carry out the mitigation; their % complete shows in the register. */
  readonly mitigationTaskIds?: readonly TaskId[];
  readonly contingencyTasks?: readonly ContingencyTask[];
  /** Tasks activation inserted (absent = not activated). */
  readonly activatedTaskIds?: readonly TaskId[];
  readonly residualProbability?: number | null;
  readonly residualImpact?: number | null;
  readonly scoreHistory?: readonly ScoreEntry[];
  readonly extra?: Extra;
}

export type IssuePriority = 'low' | 'medium' | 'high' | 'critical';
export type IssueStatus = 'open' | 'in-progress' | 'resolved' | 'closed';

/** Something that has happened and needs handling, raised from scratch or from an occurred risk. */
export interface Issue {
  readonly id: IssueId;
  /** "I-001". */
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly priority: IssuePriority;
  readonly ownerId: ResourceId | null;
  readonly raisedOn: LocalDate;
  readonly dueOn: LocalDate | null;
  readonly rootCause: string;
  readonly resolution: string;
  readonly taskIds: readonly TaskId[];
  readonly status: IssueStatus;
  /** The risk that occurred and became this issue; null = raised from scratch. */
  readonly riskId: RiskId | null;
  readonly extra?: Extra;
}

export type AssumptionStatus = 'unvalidated' | 'valid' | 'invalid';

export interface Assumption {
  readonly id: AssumptionId;
  /** "A-001". */
  readonly code: string;
  readonly statement: string;
  readonly ownerId: ResourceId | null;
  readonly validateBy: LocalDate | null;
  readonly status: AssumptionStatus;
  /** The risk raised when the assumption proved invalid. */
  readonly riskId: RiskId | null;
  readonly extra?: Extra;
}

export interface Decision {
  readonly id: DecisionId;
  /** "D-001". */
  readonly code: string;
  readonly decision: string;
  readonly decidedOn: LocalDate;
  readonly decidedBy: string;
  readonly rationale: string;
  readonly alternatives: string;
  readonly riskIds: readonly RiskId[];
  readonly issueIds: readonly IssueId[];
  readonly changeIds: readonly ChangeRequestId[];
  readonly extra?: Extra;
}

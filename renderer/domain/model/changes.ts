/**
 * Change control: change requests with a decision trail and, optionally, proposed edits to the
 * plan that can be previewed in a sandbox and applied on approval. Part of the Plan (plan.ts).
 * The fields after `extra`'s neighbours from file version 2 (title .. taskIds) are optional on
 * read, so plans saved before change control load unchanged (absent = the default noted on each).
 */
import type { ChangeRequestId, DecisionId, IssueId, RiskId, StakeholderId, TaskId } from './ids';
import type { Extra } from './plan';
import type { LocalDate } from './time';

export const CHANGE_STATUSES = ['proposed', 'under-review', 'approved', 'rejected', 'deferred', 'implemented'] as const;
/** proposed → under review → approved / rejected / deferred → implemented (the table is in domain/changes). */
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export const CHANGE_CATEGORIES = ['scope', 'schedule', 'cost', 'technical', 'quality'] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

export const CHANGE_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type ChangePriority = (typeof CHANGE_PRIORITIES)[number];

/**
 * One edit of a proposal, kept as the command that made it rather than as its patch, so that a
 * proposal whose base has moved is rebased by running the command again (its own checks decide
 * whether it still applies) instead of writing stale values over the live plan.
 */
export interface ProposedEdit {
  /** A plan command's registry name ('updateTask'). */
  readonly command: string;
  /** Its arguments, plain JSON as dispatched. */
  readonly args: unknown;
  /** What the edit did, as Undo would name it ("Change duration"). */
  readonly label: string;
  /** Ids the command drew when it was recorded, handed back in order on replay so later edits find what earlier ones created. */
  readonly ids: readonly string[];
  /** ISO time of the edit, replayed as the command's clock. */
  readonly at: string;
}

export interface ChangeRequest {
  readonly id: ChangeRequestId;
  readonly title: string;
  readonly description: string;
  /** Free text, or the stakeholder's name when `requestedById` is set. */
  readonly requestedBy: string;
  readonly requestedOn: LocalDate;
  readonly status: ChangeStatus;
  /** Finish-date change measured when it was approved, working minutes (positive = later). */
  readonly scheduleImpactMinutes: number;
  /** Cost change measured when it was approved, project currency (positive = dearer). */
  readonly costImpact: number;
  readonly decidedOn: LocalDate | null;
  readonly decidedBy: string;
  /** Tasks the change touches (approval fills in those its edits changed). */
  readonly taskIds: readonly TaskId[];
  /** "CR-001"; absent = derived from the order raised (changeCodes). */
  readonly code?: string;
  /** Absent = 'scope'. */
  readonly category?: ChangeCategory;
  /** Absent = 'medium'. */
  readonly priority?: ChangePriority;
  readonly requestedById?: StakeholderId | null;
  readonly rationale?: string;
  readonly riskIds?: readonly RiskId[];
  readonly issueIds?: readonly IssueId[];
  readonly decisionIds?: readonly DecisionId[];
  /** Absent = none. Emptied when rejected; kept as the record once implemented. */
  readonly proposedEdits?: readonly ProposedEdit[];
  /** When approval applied the edits to the live plan. */
  readonly implementedOn?: LocalDate | null;
  readonly extra?: Extra;
}

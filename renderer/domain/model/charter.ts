/**
 * The project charter and closure (file version 5), kept on the project: why the project exists,
 * what it must achieve and how that is measured, what is in and out of scope, what it delivers,
 * who sponsors it; and at the end, the closure checklist and the lessons learned.
 *
 * Assumptions and top risks are not stored here: the charter shows them from the RAID log, so
 * they are typed once. Statuses of objectives are derived (lifecycle/charter-status.ts) and only
 * stored when a PM sets one by hand.
 */
import type { ResourceId, TaskId } from './ids';
import type { LocalDate } from './time';

/** One line of a charter list (scope in, scope out, constraints); the id keeps edits and undo addressed. */
export interface CharterItem {
  /** Unique within its list. */
  readonly id: string;
  readonly text: string;
}

export const CHARTER_LISTS = ['scopeIn', 'scopeOut', 'constraints'] as const;
export type CharterList = (typeof CHARTER_LISTS)[number];
export const CHARTER_LIST_LABELS: Readonly<Record<CharterList, string>> = {
  scopeIn: 'In scope', scopeOut: 'Out of scope', constraints: 'Constraints',
};

/** How an objective is measured: reaching a milestone, or a metric reaching a target value. */
export const OBJECTIVE_MEASURES = ['milestone', 'target'] as const;
export type ObjectiveMeasure = (typeof OBJECTIVE_MEASURES)[number];

/** Whether the target is a floor (availability ≥ 99.9) or a ceiling (p95 latency ≤ 200 ms). */
export const TARGET_DIRECTIONS = ['at-least', 'at-most'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/**
 * An objective's status. 'open' = nothing to measure yet (no baseline, no current value);
 * 'broken' = its milestone is no longer in the plan. Only the four middle ones can be set by hand.
 */
export const OBJECTIVE_STATUSES = ['achieved', 'on-track', 'late', 'not-met', 'open', 'broken'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];
export const SETTABLE_OBJECTIVE_STATUSES = ['achieved', 'on-track', 'late', 'not-met'] as const;
export type SettableObjectiveStatus = (typeof SETTABLE_OBJECTIVE_STATUSES)[number];

export const OBJECTIVE_STATUS_LABELS: Readonly<Record<ObjectiveStatus, string>> = {
  'achieved': 'Achieved', 'on-track': 'On track', 'late': 'Late', 'not-met': 'Not met', 'open': 'Not measured yet', 'broken': 'Milestone deleted',
};

/**
 * An objective with a measurable success criterion. Both kinds of measure keep their fields, so
 * switching an objective from a milestone to a target and back loses nothing typed.
 */
export interface Objective {
  /** Unique within the charter. */
  readonly id: string;
  /** What the project must achieve ("Checkout is faster"). */
  readonly title: string;
  /** How success is judged, in words ("p95 checkout latency at most 200 ms by launch"). */
  readonly successCriterion: string;
  readonly measure: ObjectiveMeasure;
  /** The milestone that marks the objective met; null = none chosen. A deleted task's id stays, shown as deleted. */
  readonly milestoneId: TaskId | null;
  /** What is measured, with its unit ("p95 latency, ms"). */
  readonly metric: string;
  readonly targetValue: number | null;
  /** The latest measurement; null = not measured yet. */
  readonly currentValue: number | null;
  readonly direction: TargetDirection;
  /** A status the PM set by hand; absent = derived. */
  readonly statusOverride?: SettableObjectiveStatus;
}

/** A deliverable, tied to the summary task or milestone that produces it. */
export interface Deliverable {
  readonly id: string;
  readonly name: string;
  /** A summary task or milestone; null = none chosen. A deleted task's id stays, shown as deleted. */
  readonly taskId: TaskId | null;
}

export interface ProjectCharter {
  readonly purpose: string;
  readonly businessCase: string;
  readonly objectives: readonly Objective[];
  readonly scopeIn: readonly CharterItem[];
  readonly scopeOut: readonly CharterItem[];
  readonly deliverables: readonly Deliverable[];
  readonly constraints: readonly CharterItem[];
  /** A sponsor is often not on the team, so a name rather than a person id. */
  readonly sponsor: string;
  readonly approvalDate: LocalDate | null;
}

/**
 * The charter's approval as of a day: an approval date after it is an approval planned, not one
 * given (a PM enters the steering meeting's date ahead of it).
 */
export type CharterApproval =
  | { readonly kind: 'none' }
  | { readonly kind: 'approved' | 'planned'; readonly date: LocalDate };

export function charterApproval(charter: Pick<ProjectCharter, 'approvalDate'>, asOf: LocalDate): CharterApproval {
  const date = charter.approvalDate;
  if (date === null) return { kind: 'none' };
  return { kind: date > asOf ? 'planned' : 'approved', date };
}

export const EMPTY_CHARTER: ProjectCharter = {
  purpose: '', businessCase: '', objectives: [], scopeIn: [], scopeOut: [], deliverables: [], constraints: [], sponsor: '', approvalDate: null,
};

/** One closure task: an item with an owner, ticked when done (like a gate's exit criteria). */
export interface ClosureItem {
  readonly id: string;
  readonly item: string;
  /** A person of the team; null = nobody named. */
  readonly ownerId: ResourceId | null;
  readonly done: boolean;
}

export const LESSON_KINDS = ['went-well', 'improve', 'recommendation'] as const;
/** The three questions of a lessons-learned review. */
export type LessonKind = (typeof LESSON_KINDS)[number];
export const LESSON_KIND_LABELS: Readonly<Record<LessonKind, string>> = {
  'went-well': 'What went well', 'improve': 'What to improve', 'recommendation': 'Recommendations',
};

export interface Lesson {
  readonly id: string;
  readonly kind: LessonKind;
  readonly text: string;
  /** Free text ("Testing", "Vendors"): each organisation files lessons its own way. */
  readonly category: string;
  /** A person of the team; null = nobody named. */
  readonly ownerId: ResourceId | null;
}

export interface ProjectClosure {
  readonly checklist: readonly ClosureItem[];
  readonly lessons: readonly Lesson[];
}

export const EMPTY_CLOSURE: ProjectClosure = { checklist: [], lessons: [] };

/** The usual closure checklist (PMI's Close Project or Phase); a PM edits it per project. */
export const STANDARD_CLOSURE_ITEMS: readonly string[] = [
  'Deliverables accepted by the sponsor',
  'Handover to operations and support done',
  'Contracts, purchase orders and accounts closed',
  'Team members released',
  'Project documents archived',
  'Lessons learned recorded and shared',
];

/**
 * Who the project answers to and how they are kept informed: the stakeholder register, the RACI
 * matrix over deliverables and the communication plan. Part of the Plan (plan.ts), kept apart
 * because they are one idea of their own. Rules (quadrants, the one-A check, next due dates)
 * live in domain/stakeholders.
 */
import type { Brand, ResourceId, StakeholderId, TaskId } from './ids';
import type { Extra } from './plan';
import type { LocalDate } from './time';

export type RaciEntryId = Brand<string, 'RaciEntryId'>;
export type CommunicationId = Brand<string, 'CommunicationId'>;

/** PMBOK's stakeholder engagement levels, least to most engaged (the order the gap is measured in). */
export const ENGAGEMENT_LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

/**
 * A person or group with a stake in the project. Fields after `notes` came with the stakeholder
 * register (file version 3) and are optional, so older plans load unchanged (absent = '' or null).
 */
export interface Stakeholder {
  readonly id: StakeholderId;
  readonly name: string;
  readonly role: string;
  /** Organisation or department ("Acme Finance"). */
  readonly organisation: string;
  readonly email: string;
  /** 1..5 */
  readonly influence: number;
  /** 1..5 */
  readonly interest: number;
  /** How and how often they are kept informed ("weekly status email"); the communication plan is the structured form. */
  readonly communication: string;
  readonly notes: string;
  readonly phone?: string;
  /** Absent = not assessed. */
  readonly currentEngagement?: EngagementLevel | null;
  readonly desiredEngagement?: EngagementLevel | null;
  readonly extra?: Extra;
}

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
/** Responsible, Accountable, Consulted, Informed. */
export type RaciRole = (typeof RACI_ROLES)[number];

/** Whose column a RACI cell is in: a person on the team (a resource) or a stakeholder. */
export type RaciPartyKind = 'resource' | 'stakeholder';

/**
 * One filled cell of the RACI matrix: a deliverable (a summary task or milestone) and a party.
 * A collection of its own rather than a field on tasks: a cell edit then rewrites one small row,
 * deleting a stakeholder finds its cells without walking every task, and the task model other
 * views and formats carry stays as it is. An empty cell has no entry.
 */
export interface RaciEntry {
  readonly id: RaciEntryId;
  readonly taskId: TaskId;
  readonly partyKind: RaciPartyKind;
  /** A ResourceId or a StakeholderId, per partyKind. */
  readonly partyId: string;
  readonly role: RaciRole;
  readonly extra?: Extra;
}

export const COMMUNICATION_FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'per-milestone', 'once'] as const;
export type CommunicationFrequency = (typeof COMMUNICATION_FREQUENCIES)[number];

/** One line of the communication plan: what goes to whom, how, how often, by whom, and when next. */
export interface CommunicationEntry {
  readonly id: CommunicationId;
  /** "Weekly status report", "Steering committee update". */
  readonly what: string;
  readonly audienceStakeholderIds: readonly StakeholderId[];
  /** Audiences that are not one stakeholder ("Engineering all-hands"), free text. */
  readonly audienceGroups: string;
  /** "Email", "Meeting", "Slack #proj". */
  readonly channel: string;
  readonly frequency: CommunicationFrequency;
  readonly ownerId: ResourceId | null;
  /** Null = nothing due (a 'once' entry that was issued, or no milestone left). */
  readonly nextDueOn: LocalDate | null;
  readonly lastIssuedOn: LocalDate | null;
  readonly notes: string;
  readonly extra?: Extra;
}

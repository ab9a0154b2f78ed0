/**
 * Resources (people, material, cost) and their assignments to tasks, with MS Project's three
 * resource types and its rate changes over time.
 */
import type { AssignmentId, CalendarId, ResourceId, TaskId } from './ids';
import type { Extra } from './plan';
import type { LocalDateTime } from './time';

/**
 * Work resources are people paid per hour; material resources are consumed in units (servers,
 * licences by the seat) at a price per unit; cost resources carry an amount per assignment
 * (travel, cloud spend). MS Project's three resource types.
 */
export type ResourceType = 'work' | 'material' | 'cost';

/**
 * A resource's rates from an instant on (MS Project's cost rate table A, one row per effective
 * date). The resource's own costPerHour/overtimeCostPerHour/costPerUse apply before the first change.
 */
export interface RateChange {
  readonly from: LocalDateTime;
  readonly costPerHour: number;
  readonly overtimeCostPerHour: number;
  readonly costPerUse: number;
}

export interface Resource {
  readonly id: ResourceId;
  readonly name: string;
  readonly initials: string;
  readonly role: string;
  readonly email: string;
  readonly type: ResourceType;
  /** Capacity: 1 = a full working day, 0.5 = half time. */
  readonly maxUnits: number;
  /**
   * Standard rate per working hour, in the project currency. For a material resource it is the
   * price of one unit (as MS Project's StandardRate is); cost resources have no rate.
   */
  readonly costPerHour: number;
  readonly overtimeCostPerHour: number;
  readonly costPerUse: number;
  /** Resource calendar (vacations), derived from the project's; null = project calendar. */
  readonly calendarId: CalendarId | null;
  /** Later rates, oldest first, each from a later instant; absent = the rates above throughout. */
  readonly rateChanges?: readonly RateChange[];
  /** What one unit of a material resource is called ("server", "seat"). */
  readonly materialLabel?: string;
  readonly extra?: Extra;
}

export interface Assignment {
  readonly id: AssignmentId;
  readonly taskId: TaskId;
  readonly resourceId: ResourceId;
  /** 1 = 100 % of the resource's day on this task. */
  readonly units: number;
  /**
   * Planned work; null = duration x units. For a material resource `units` is the quantity used
   * on the task (MS Project's fixed material consumption) and work is not used.
   */
  readonly workMinutes: number | null;
  /** The amount a cost resource carries on this task (project currency); absent = 0. */
  readonly costAmount?: number;
  /** Actual work typed for this assignment, working minutes; absent or null = its share of the task's. */
  readonly actualWorkMinutes?: number | null;
  /** Actual cost typed for this assignment; absent or null = computed from its actual work x rates. */
  readonly actualCost?: number | null;
  readonly extra?: Extra;
}

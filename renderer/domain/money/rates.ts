/**
 * Rates over time: a resource's own rates apply until its first RateChange, each change from its
 * instant on (MS Project's cost rate table with effective dates). Work spread evenly over a task's
 * working time is priced segment by segment, so a raise in the middle of a task prices the work
 * before it at the old rate and the work after it at the new one.
 */
import type { WorkingCalendar } from '../calendar';
import { parseWall } from '../calendar/civil';
import type { Problem, RateChange, Resource, WallMinutes } from '../model';

export interface Rate {
  readonly costPerHour: number;
  readonly overtimeCostPerHour: number;
  readonly costPerUse: number;
}

export interface RateSegment {
  /** Wall minutes from which the rate applies; -Infinity for the resource's own rates. */
  readonly from: WallMinutes;
  readonly rate: Rate;
}

const ownRate = (r: Resource): Rate => ({ costPerHour: r.costPerHour, overtimeCostPerHour: r.overtimeCostPerHour, costPerUse: r.costPerUse });

/** The resource's rate segments, oldest first. Validated plans have strictly increasing change dates. */
export function rateSegments(resource: Resource): readonly RateSegment[] {
  const segments: RateSegment[] = [{ from: Number.NEGATIVE_INFINITY, rate: ownRate(resource) }];
  for (const change of resource.rateChanges ?? []) segments.push({ from: parseWall(change.from), rate: change });
  return segments;
}

/** The rate in force at an instant, from a resource's segments. */
export function rateIn(segments: readonly RateSegment[], t: WallMinutes): Rate {
  let rate = segments[0]?.rate ?? { costPerHour: 0, overtimeCostPerHour: 0, costPerUse: 0 };
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i] as RateSegment;
    if (segment.from > t) break;
    rate = segment.rate;
  }
  return rate;
}

/** The rate in force at an instant. */
export function rateAt(resource: Resource, t: WallMinutes): Rate {
  return rateIn(rateSegments(resource), t);
}

/**
 * The cost of `workMinutes` of work spread evenly over the working time from `start` to `finish`
 * on `cal`, each part at the standard rate in force when it is worked. A span with no working time
 * (a milestone) is priced at the rate in force at its start.
 */
export function workCost(
  segments: readonly RateSegment[], workMinutes: number, start: WallMinutes, finish: WallMinutes, cal: WorkingCalendar,
): number {
  if (workMinutes <= 0) return 0;
  const hours = workMinutes / 60;
  if (segments.length === 1) return hours * (segments[0]?.rate.costPerHour ?? 0);
  const total = finish > start ? cal.workingBetween(start, finish) : 0;
  if (total <= 0) return hours * rateIn(segments, start).costPerHour;
  let cost = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) continue;
    const from = Math.max(start, segment.from);
    const to = Math.min(finish, segments[i + 1]?.from ?? Number.POSITIVE_INFINITY);
    if (to <= from) continue;
    cost += (cal.workingBetween(from, to) / total) * hours * segment.rate.costPerHour;
  }
  return cost;
}

/** What is wrong with a resource's rates, naming the resource and the change; null when they are fine. */
export function rateProblem(resource: Resource): Problem | null {
  const label = `'${resource.name}'`;
  const negative = (rate: Rate): boolean => rate.costPerHour < 0 || rate.overtimeCostPerHour < 0 || rate.costPerUse < 0;
  if (negative(resource)) return { message: `${label} has a negative rate; rates are zero or more.` };
  let previous: RateChange | null = null;
  for (const change of resource.rateChanges ?? []) {
    if (negative(change)) return { message: `${label}'s rate from ${change.from} is negative; rates are zero or more.` };
    if (previous && change.from <= previous.from) {
      return { message: `${label}'s rate from ${change.from} is not after the rate from ${previous.from}; list rate changes oldest first, one per date.` };
    }
    previous = change;
  }
  return null;
}

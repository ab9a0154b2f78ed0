/**
 * Other projects' work of this plan's people, per pool person per day, for leveling with
 * "Count other projects' bookings". Read with the portfolio's reader (their kept digests).
 */
import { useMemo } from 'react';
import { otherLoadByResource, otherProjectsLoad, type OtherBookings } from '../../domain/lifecycle';
import type { Plan } from '../../domain/model';
import { useOtherProjects } from '../portfolio/use-portfolio';

export interface OtherBookingsModel {
  readonly bookings: OtherBookings;
  /** Someone on this plan's team has work in another project. */
  readonly hasBookingsElsewhere: boolean;
}

/** null while the other projects are read. */
export function useOtherBookings(plan: Plan | null): OtherBookingsModel | null {
  const others = useOtherProjects(plan?.project.id ?? null);
  const bookings = useMemo(() => (others ? otherProjectsLoad(others.digests) : null), [others]);
  // Only the team decides who is booked elsewhere: task edits do not recompute it.
  const resources = plan?.resources;
  return useMemo(() => (bookings && resources ? { bookings, hasBookingsElsewhere: otherLoadByResource(resources, bookings).size > 0 } : null), [bookings, resources]);
}

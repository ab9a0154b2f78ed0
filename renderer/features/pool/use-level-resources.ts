/**
 * Level resources as the Team view's button and the schedule warnings' panel both run it: with
 * other projects' bookings counted when someone on the team has work elsewhere (the Team view's
 * default, which its checkbox can turn off), else this project alone.
 */
import type { Plan } from '../../domain/model';
import { useSessionStore } from '../../store';
import { useOtherBookings, type OtherBookingsModel } from './use-other-bookings';

export interface LevelResources {
  readonly others: OtherBookingsModel | null;
  /** Whether leveling counts other projects' bookings against this team's capacity. */
  readonly countsOthers: boolean;
  readonly title: string;
  readonly level: () => void;
}

export function useLevelResources(plan: Plan, isCountingOthers = true): LevelResources {
  const session = useSessionStore();
  const others = useOtherBookings(plan);
  const countsOthers = isCountingOthers && others?.hasBookingsElsewhere === true;
  return {
    others,
    countsOthers,
    title: countsOthers ? 'Delay tasks within their slack until no one is over-allocated here or across your projects' : 'Delay tasks within their slack, highest priority first, until no one is over-allocated',
    level: () => session.getState().dispatch('levelResources', countsOthers && others ? { otherBookings: others.bookings } : {}),
  };
}

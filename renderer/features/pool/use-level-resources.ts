/**
 * Level resources as the Team view's button and the schedule warnings' panel both run it: with
 * other projects' bookings counted when someone on the team has work elsewhere (the Team view's
 * default, which its checkbox can turn off), else this project alone.
 */
import { sharedCalendars } from '../../domain/calendar';
import { toWallMinutes, type LocalDateTime, type Plan } from '../../domain/model';
import { workingDays } from '../../domain/report';
import { useSessionStore, useUiStore } from '../../store';
import { formatDate, formatCount } from '../shared/format';
import { useOtherBookings, type OtherBookingsModel } from './use-other-bookings';

export interface LevelResources {
  readonly others: OtherBookingsModel | null;
  /** Whether leveling counts other projects' bookings against this team's capacity. */
  readonly countsOthers: boolean;
  readonly title: string;
  readonly level: () => void;
}

/**
 * What leveling did, as the notice after it says: how many tasks it delayed and where the finish
 * went. Leveling moves tasks beyond their slack when that is what it takes (as MS Project does by
 * default), and a finish 8 working days later with no word of it read as a broken schedule (a new
 * user's third hour).
 */
export function levelingOutcome(before: Plan, after: Plan, finishBefore: LocalDateTime, finishAfter: LocalDateTime): string {
  const delayed = Object.values(after.tasks).filter((t) => (t.levelingDelayMinutes ?? 0) !== (before.tasks[t.id]?.levelingDelayMinutes ?? 0)).length;
  const calendar = sharedCalendars(after).project;
  // Signed: negative when the finish moved earlier.
  const days = Math.round(calendar.workingBetween(toWallMinutes(finishBefore), toWallMinutes(finishAfter)) / after.project.minutesPerDay);
  const finish = days === 0
    ? `the finish stays ${formatDate(finishAfter)}`
    : `the finish moves from ${formatDate(finishBefore)} to ${formatDate(finishAfter)}, ${workingDays(days)} ${days > 0 ? 'later' : 'earlier'}`;
  return `Leveled: ${formatCount(delayed, 'task')} delayed; ${finish}. Undo takes it back.`;
}

export function useLevelResources(plan: Plan, isCountingOthers = true): LevelResources {
  const session = useSessionStore();
  const ui = useUiStore();
  const others = useOtherBookings(plan);
  const countsOthers = isCountingOthers && others?.hasBookingsElsewhere === true;
  return {
    others,
    countsOthers,
    title: countsOthers
      ? 'Delay tasks, within their slack where that is enough, until no one is over-allocated here or across your projects; the finish may move'
      : 'Delay tasks, highest priority first and within their slack where that is enough, until no one is over-allocated; the finish may move',
    level: () => {
      const { plan: before, schedule: scheduled } = session.getState();
      const problem = session.getState().dispatch('levelResources', countsOthers && others ? { otherBookings: others.bookings } : {});
      const { plan: after, schedule } = session.getState();
      if (problem !== null || !before || !after || !scheduled || !schedule || after === before) return;
      ui.getState().notify({ tone: 'info', message: levelingOutcome(before, after, scheduled.projectFinish, schedule.projectFinish) });
    },
  };
}

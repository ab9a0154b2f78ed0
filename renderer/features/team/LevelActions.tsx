/**
 * The Workload's leveling buttons. When someone on this team has work in another project, the
 * option "Count other projects' bookings" appears, on by default: their capacity on a day is what
 * is left after those bookings, so leveling moves this project's tasks out of the way of the
 * others' (which it never moves). Off, this project is leveled alone, as before.
 */
import { useState } from 'react';
import type { Plan } from '../../domain/model';
import { useSessionStore } from '../../store';
import { useOtherBookings } from '../pool/use-other-bookings';
import '../pool/pool.css';

export function LevelActions({ plan, overloadedCount }: { readonly plan: Plan; readonly overloadedCount: number }) {
  const session = useSessionStore();
  const others = useOtherBookings(plan);
  const [isCountingOthers, setCountingOthers] = useState(true);
  const countsOthers = isCountingOthers && others?.hasBookingsElsewhere === true;
  const isLeveled = Object.values(plan.tasks).some((t) => (t.levelingDelayMinutes ?? 0) > 0);
  const level = (): void => {
    session.getState().dispatch('levelResources', countsOthers && others ? { otherBookings: others.bookings } : {});
  };
  return (
    <>
      {others?.hasBookingsElsewhere ? (
        <label className="pool-option" title="Each person's capacity on a day is reduced by their work in your other projects that day">
          <input type="checkbox" checked={isCountingOthers} onChange={(e) => setCountingOthers(e.target.checked)} />
          Count other projects’ bookings
        </label>
      ) : null}
      {isLeveled ? <button type="button" className="button" onClick={() => session.getState().dispatch('clearLeveling', {})}>Clear leveling</button> : null}
      <button type="button" className="button primary" disabled={overloadedCount === 0 && !countsOthers}
        title={countsOthers ? 'Delay tasks within their slack until no one is over-allocated here or across your projects' : 'Delay tasks within their slack, highest priority first, until no one is over-allocated'}
        onClick={level}>Level resources</button>
    </>
  );
}

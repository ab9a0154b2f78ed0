/**
 * The Workload's leveling buttons. When someone on this team has work in another project, the
 * option "Count other projects' bookings" appears, on by default: their capacity on a day is what
 * is left after those bookings, so leveling moves this project's tasks out of the way of the
 * others' (which it never moves). Off, this project is leveled alone, as before.
 */
import { useState } from 'react';
import type { Plan } from '../../domain/model';
import { useSessionStore } from '../../store';
import { useLevelResources } from '../pool/use-level-resources';
import '../pool/pool.css';

export function LevelActions({ plan, overloadedCount }: { readonly plan: Plan; readonly overloadedCount: number }) {
  const session = useSessionStore();
  const [isCountingOthers, setCountingOthers] = useState(true);
  const { others, countsOthers, title, level } = useLevelResources(plan, isCountingOthers);
  const isLeveled = Object.values(plan.tasks).some((t) => (t.levelingDelayMinutes ?? 0) > 0);
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
        title={title} onClick={level}>Level resources</button>
    </>
  );
}

/**
 * Weekly workload per person against capacity, from the engine's resource load. Over-allocated
 * weeks are flagged; "Level resources" delays tasks within their slack (undoable), optionally
 * counting the same people's bookings in other projects (LevelActions).
 */
import { useId, useMemo } from 'react';
import { resourceLoad } from '../../domain/schedule';
import type { LocalDate } from '../../domain/model';
import { useSession } from '../../store';
import { formatShortDate } from '../shared/format';
import { LevelActions } from './LevelActions';

const MAX_WEEKS = 30;

export function Workload() {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const loads = useMemo(() => (plan && schedule ? resourceLoad(plan, schedule, { granularity: 'week' }) : []), [plan, schedule]);
  const weeks = useMemo(() => {
    const starts = new Set<LocalDate>();
    for (const l of loads) for (const p of l.periods) starts.add(p.start);
    return [...starts].sort().slice(0, MAX_WEEKS);
  }, [loads]);
  const headingId = useId();
  if (!plan || loads.length === 0) return null;
  const hasWork = loads.some((l) => l.periods.some((p) => p.workMinutes > 0));
  const overloaded = loads.filter((l) => l.isOverAllocated).length;

  return (
    <section className="workload" aria-label="Workload">
      <header className="workload-head">
        <h2 id={headingId}>Workload by week</h2>
        <span className={overloaded ? 'workload-status over' : 'workload-status'}>
          {/* "In this project": the cross-project notice above may name someone this project alone does not overload. */}
          {/* With nothing assigned, "no one is over-allocated" is true but says nothing a person can use. */}
          {!hasWork ? 'No work assigned yet' : overloaded ? `${String(overloaded)} ${overloaded === 1 ? 'person is' : 'people are'} over-allocated in this project` : 'No one is over-allocated in this project'}
        </span>
        <span style={{ flex: 1 }} />
        <LevelActions plan={plan} overloadedCount={overloaded} />
      </header>
      {/* Before any work is assigned, a sentence rather than a table of names and empty weeks. */}
      {hasWork ? (
        <div className="workload-scroll">
          <table className="workload-table" aria-labelledby={headingId}>
            {/* The last, blank column takes the panel's spare width: a small plan's few weeks read as a
                table as wide as the Team table above, while a large plan's weeks keep their width and scroll. */}
            <thead><tr><th scope="col" className="workload-person">Person</th>{weeks.map((w) => <th key={w} scope="col" title={`Week of ${formatShortDate(w)}`}>{formatShortDate(w)}</th>)}<td className="workload-rest" /></tr></thead>
            <tbody>
              {loads.map((l) => {
                const byWeek = new Map(l.periods.map((p) => [p.start, p]));
                return (
                  <tr key={l.resourceId}>
                    <th scope="row">{l.name}</th>
                    {weeks.map((w) => {
                      const p = byWeek.get(w);
                      const ratio = p && p.capacityMinutes > 0 ? p.workMinutes / p.capacityMinutes : 0;
                      const hours = p ? Math.round(p.workMinutes / 60) : 0;
                      return (
                        <td key={w} data-over={p?.isOverAllocated ?? false}
                          title={p ? `${String(hours)} h of ${String(Math.round(p.capacityMinutes / 60))} h${p.isOverAllocated ? ' — over-allocated' : ''}` : ''}>
                          {hours > 0 ? <span className="load-cell" style={{ ['--load' as string]: String(Math.min(1, ratio)) }}>{hours}h</span> : null}
                        </td>
                      );
                    })}
                    <td className="workload-rest" />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="workload-empty">Assign people to tasks (Assigned to, in the task table) and each person’s hours per week show here, against their capacity.</p>
      )}
    </section>
  );
}

/**
 * In a project's Team view: the people of this project whose work, summed with their bookings in
 * the other projects on this device, is more than they can do. Each project alone may look fine.
 */
import { useMemo } from 'react';
import { poolKey } from '../../domain/lifecycle';
import { useSession } from '../../store';
import { bookingsText, formatDate } from './portfolio-text';
import { usePortfolio } from './use-portfolio';
import './portfolio.css';

export function CrossProjectNotice() {
  const resources = useSession((s) => s.plan?.resources);
  const model = usePortfolio();
  const keys = useMemo(() => new Set(Object.values(resources ?? {}).map(poolKey)), [resources]);
  if (model.status !== 'ready') return null;
  const over = model.people.filter((p) => keys.has(p.key) && p.projectNames.length > 1 && p.overAllocatedDays.length > 0);
  if (over.length === 0) return null;
  return (
    <section className="cross-project-notice" role="alert" aria-label="Over-allocated across projects">
      <h3>Over-allocated across projects</h3>
      <ul>
        {over.map((p) => {
          const first = p.overAllocatedDays[0] ?? '';
          const days = p.overAllocatedDays.length;
          return (
            <li key={p.key}>
              <strong>{p.name}</strong> has more work than time on {days} day{days === 1 ? '' : 's'} from {formatDate(first)} across {p.projectNames.join(', ')}:{' '}
              {bookingsText(p.firstOverBookings)}.
            </li>
          );
        })}
      </ul>
    </section>
  );
}

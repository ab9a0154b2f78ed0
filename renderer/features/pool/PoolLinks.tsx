/**
 * In the open-file summary: the file's people who match people already in the pool (by email,
 * else name), each offered for linking. Linking takes the pool's name spelling and email (and its
 * rate where the file has none), so the portfolio sums their work with their other projects.
 * A same-name match with a different email, or a name several pool people share, may be someone
 * else: shown, not ticked.
 */
import type { PoolMatch } from '../../domain/lifecycle';
import type { ResourceId } from '../../domain/model';
import './pool.css';

export interface PoolLinksProps {
  readonly matches: readonly PoolMatch[];
  readonly chosen: ReadonlySet<ResourceId>;
  readonly onToggle: (id: ResourceId, isChosen: boolean) => void;
}

function identity(name: string, email: string): string {
  return email.trim() === '' ? name : `${name} <${email}>`;
}

function matchText(m: PoolMatch): string {
  const where = m.pool.projectNames.join(', ');
  switch (m.kind) {
    case 'email': return `matches ${identity(m.pool.name, m.pool.email)} by email (${where})`;
    case 'name': return `matches ${identity(m.pool.name, m.pool.email)} by name (${where})`;
    case 'conflict': return `same name as ${identity(m.pool.name, m.pool.email)} (${where}) but a different email: link only if they are the same person`;
    case 'ambiguous': return `same name as ${String(m.sameNameCount)} people in the pool: link only if this is ${identity(m.pool.name, m.pool.email)} (${where})`;
    default: {
      const never: never = m.kind;
      return never;
    }
  }
}

export function PoolLinks({ matches, chosen, onToggle }: PoolLinksProps) {
  if (matches.length === 0) return null;
  const count = matches.filter((m) => chosen.has(m.resourceId)).length;
  return (
    <fieldset className="pool-links" aria-label="People in your pool">
      <legend>Link {count} {count === 1 ? 'person' : 'people'} to the pool</legend>
      <ul>
        {matches.map((m) => (
          <li key={m.resourceId} className={m.isSuggested ? undefined : 'pool-conflict'}>
            <label>
              <input type="checkbox" checked={chosen.has(m.resourceId)} aria-label={`Link ${m.fileName}`}
                onChange={(e) => onToggle(m.resourceId, e.target.checked)} />
              <span><strong>{identity(m.fileName, m.fileEmail)}</strong> {matchText(m)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The rows of a diff as a filterable table: by kind, and by any text in the row. */
import { useMemo, useState } from 'react';
import { CHANGE_CATEGORIES, type DiffRow } from '../../domain/diff';
import { formatWallDateTime } from '../shared/format';

/** A row's value as the screen shows it: a scheduled time as the app writes dates, not '2026-12-14 17:00'. */
const valueText = (row: DiffRow, value: string): string => (row.values === 'date-time' && value !== '' ? formatWallDateTime(value) : value);

export interface ChangeTableProps {
  readonly rows: readonly DiffRow[];
  /** Two-way merge: a checkbox per row to accept the change. */
  readonly accepted?: ReadonlySet<string>;
  readonly onToggle?: (key: string) => void;
  /** Names of the before and after columns (default: this plan, then the other). */
  readonly columns?: readonly [string, string];
}

export function ChangeTable({ rows, accepted, onToggle, columns = ['This plan', 'Other'] }: ChangeTableProps) {
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return rows.filter((r) => (kind === '' || r.category === kind)
      && (needle === '' || `${r.what} ${r.field} ${valueText(r, r.before)} ${valueText(r, r.after)}`.toLowerCase().includes(needle)));
  }, [rows, kind, text]);
  const kinds = CHANGE_CATEGORIES.filter((c) => rows.some((r) => r.category === c));
  return (
    <div className="merge-changes">
      <div className="merge-filters">
        <label>Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All ({rows.length})</option>
            {kinds.map((k) => <option key={k} value={k}>{k} ({rows.filter((r) => r.category === k).length})</option>)}
          </select>
        </label>
        <label>Filter{' '}<input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Task, field or value" /></label>
        <span className="muted" role="status">{shown.length} of {rows.length} changes</span>
      </div>
      <div className="merge-table-scroll">
        <table className="merge-table" aria-label="Changes">
          <thead>
            <tr>
              {accepted ? <th scope="col">Accept</th> : null}
              <th scope="col">Kind</th><th scope="col">What</th><th scope="col">Field</th>
              <th scope="col">{columns[0]}</th><th scope="col">{columns[1]}</th><th scope="col">Matched by</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key}>
                {accepted ? (
                  <td><input type="checkbox" aria-label={`Accept ${r.what} ${r.field}`} checked={accepted.has(r.key)} onChange={() => onToggle?.(r.key)} /></td>
                ) : null}
                <td><span className={`merge-kind merge-kind-${r.category}`}>{r.category}</span></td>
                <td>{r.what}</td><td>{r.field}</td><td>{valueText(r, r.before)}</td><td>{valueText(r, r.after)}</td><td>{r.match}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="muted">The two plans are the same.</p> : null}
      </div>
    </div>
  );
}

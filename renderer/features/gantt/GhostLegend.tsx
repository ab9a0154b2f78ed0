/**
 * While a comparison is open (features/merge), the Gantt says what its ghost bars are: the other
 * version's name, how many tasks moved, the tasks only that version has (they have no row here),
 * and the ways back to the table of changes or out of the comparison.
 */
import { toWallMinutes, type LocalDateTime } from '../../domain/model';
import type { GhostOnly } from '../../domain/diff';
import { formatDate } from './use-gantt-model';

export interface GhostLegendProps {
  readonly name: string;
  readonly movedCount: number;
  readonly onlyInOther: readonly GhostOnly[];
  readonly onShowChanges: () => void;
  readonly onClose: () => void;
}

/** Listed by name; the rest counted, so a long list never pushes the chart off screen. */
const LISTED = 6;

const day = (value: LocalDateTime): string => formatDate(toWallMinutes(value));

export function GhostLegend({ name, movedCount, onlyInOther, onShowChanges, onClose }: GhostLegendProps) {
  const listed = onlyInOther.slice(0, LISTED);
  const more = onlyInOther.length - listed.length;
  return (
    <div className="gl-ghost-legend" role="region" aria-label="Comparison">
      <svg width="28" height="10" aria-hidden="true"><rect className="gl-baseline gl-ghost" x="1" y="2" width="26" height="6" /></svg>
      <span><strong>Ghost bars: {name}</strong> · {movedCount} task{movedCount === 1 ? '' : 's'} with other dates</span>
      {onlyInOther.length > 0 ? (
        <span className="gl-ghost-only" aria-label={`Only in ${name}`}>
          Only in {name}: {listed.map((t) => `${t.label.replace(/^task /, '')}${t.start && t.finish ? ` (${day(t.start)} – ${day(t.finish)})` : ''}`).join(', ')}
          {more > 0 ? ` and ${String(more)} more` : ''}
        </span>
      ) : null}
      <span className="gl-ghost-actions">
        <button type="button" className="button" onClick={onShowChanges}>Changes…</button>
        <button type="button" className="button" onClick={onClose}>Close comparison</button>
      </span>
    </div>
  );
}

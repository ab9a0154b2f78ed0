/** The marker on a task at risk: a pill in the heat map's colour for the score, named by the risks and issues. */
import type { RiskMarker as Marker } from '../../domain/raid';
import { useAtRiskFilter } from './use-risk-markers';
import './risk-marker.css';

/** `compact`: the sign alone, for narrow name columns (the Gantt's grid); the score is in the name and tooltip. */
export function RiskMarker({ marker, compact = false }: { marker: Marker | undefined; compact?: boolean }) {
  if (!marker) return null;
  return (
    <span className={`risk-marker score-${marker.band}${compact ? ' is-compact' : ''}`} role="img" aria-label={marker.label} title={marker.label} data-testid="risk-marker">
      <span aria-hidden="true">{compact ? '⚠' : `⚠ ${String(marker.score)}`}</span>
    </span>
  );
}

/** The "Tasks at risk" checkbox, the same preference wherever it shows (Gantt, board, task table). */
export function AtRiskToggle({ className }: { className: string }) {
  const [on, set] = useAtRiskFilter();
  return (
    <label className={className} title="Show only tasks linked to an open risk or issue (and their summaries)">
      <input type="checkbox" checked={on} onChange={(e) => set(e.target.checked)} /> Tasks at risk
    </label>
  );
}

/** The marker on a task at risk: a pill in the heat map's colour for the score, named by the risks and issues. */
import type { RiskMarker as Marker } from '../../domain/raid';
import { useAtRiskFilter } from './use-risk-markers';
import './risk-marker.css';

export function RiskMarker({ marker }: { marker: Marker | undefined }) {
  if (!marker) return null;
  return (
    <span className={`risk-marker score-${marker.band}`} role="img" aria-label={marker.label} title={marker.label} data-testid="risk-marker">
      <span aria-hidden="true">⚠ {marker.score}</span>
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

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

/**
 * The marker on a Gantt bar (SVG, drawn after the bar's end, gantt/bar-end.ts): a warning
 * triangle in the same colour as the pill for the score band, with the same accessible name and
 * tooltip. `x` is its left edge, `y` the bar's middle, `size` its box in px.
 */
export function BarRiskMarker({ marker, x, y, size }: { marker: Marker; x: number; y: number; size: number }) {
  const top = y - size / 2;
  const d = `M${String(x + size / 2)},${String(top + 0.5)} L${String(x + size - 0.5)},${String(top + size - 1)} L${String(x + 0.5)},${String(top + size - 1)} Z`;
  return (
    <g className={`risk-marker-bar score-${marker.band}`} role="img" aria-label={marker.label} data-testid="bar-risk-marker">
      <title>{marker.label}</title>
      <path d={d} />
      <text x={x + size / 2} y={top + size * 0.6} aria-hidden="true">!</text>
    </g>
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

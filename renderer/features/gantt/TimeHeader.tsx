/** The two-tier time scale above the chart, drawn for the rendered time range only. */
import { memo } from 'react';
import { ticks, ZOOM_SPECS, type Scale, type Tick } from './time-scale';
import type { EdgeTick } from './use-edge-labels';
import type { RenderWindow } from './visible-window';

const SCROLLBAR_ALLOWANCE = 24;

export interface TimeHeaderProps {
  readonly scale: Scale;
  readonly window: RenderWindow;
  /** Each tier's ticks at the chart's left and right edges and the shorter labels they show there (use-edge-labels.ts). */
  readonly upperEdges: readonly EdgeTick[];
  readonly lowerEdges: readonly EdgeTick[];
}

const labelOf = (t: Tick, edges: readonly EdgeTick[]): string => edges.find((edge) => edge.minutes === t.minutes)?.label ?? t.label;

export const TimeHeader = memo(function TimeHeader({ scale, window: w, upperEdges, lowerEdges }: TimeHeaderProps) {
  const spec = ZOOM_SPECS[scale.zoom];
  const upper = ticks(scale, spec.upper, w.startMinutes, w.endMinutes, true);
  const lower = ticks(scale, spec.lower, w.startMinutes, w.endMinutes);
  return (
    // Wider than the chart by a scrollbar's width: the header has none, so it must scroll as far as the chart does.
    <div className="gl-time-header" style={{ width: scale.width + SCROLLBAR_ALLOWANCE }} aria-label={`Time scale: ${spec.label}`} role="presentation">
      <div className="gl-tier gl-tier-upper">
        {upper.map((t) => (
          <div key={t.minutes} className="gl-tick" style={{ left: t.x, width: t.width }}>
            <span>{labelOf(t, upperEdges)}</span>
          </div>
        ))}
      </div>
      <div className="gl-tier gl-tier-lower">
        {lower.map((t) => (
          <div key={t.minutes} className="gl-tick" style={{ left: t.x, width: t.width }}>
            {t.width >= 14 ? labelOf(t, lowerEdges) : ''}
          </div>
        ))}
      </div>
    </div>
  );
});

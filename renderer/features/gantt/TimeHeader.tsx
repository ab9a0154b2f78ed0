/** The two-tier time scale above the chart, drawn for the rendered time range only. */
import { memo } from 'react';
import { ticks, ZOOM_SPECS, type Scale } from './time-scale';
import type { RenderWindow } from './visible-window';

const SCROLLBAR_ALLOWANCE = 24;

export const TimeHeader = memo(function TimeHeader({ scale, window: w }: { scale: Scale; window: RenderWindow }) {
  const spec = ZOOM_SPECS[scale.zoom];
  const upper = ticks(scale, spec.upper, w.startMinutes, w.endMinutes, true);
  const lower = ticks(scale, spec.lower, w.startMinutes, w.endMinutes);
  return (
    // Wider than the chart by a scrollbar's width: the header has none, so it must scroll as far as the chart does.
    <div className="gl-time-header" style={{ width: scale.width + SCROLLBAR_ALLOWANCE }} aria-label={`Time scale: ${spec.label}`} role="presentation">
      <div className="gl-tier gl-tier-upper">
        {upper.map((t) => (
          <div key={t.minutes} className="gl-tick" style={{ left: t.x, width: t.width }}>
            <span>{t.label}</span>
          </div>
        ))}
      </div>
      <div className="gl-tier gl-tier-lower">
        {lower.map((t) => (
          <div key={t.minutes} className="gl-tick" style={{ left: t.x, width: t.width }}>
            {t.width >= 14 ? t.label : ''}
          </div>
        ))}
      </div>
    </div>
  );
});

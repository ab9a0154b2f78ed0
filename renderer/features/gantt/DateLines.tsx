/** Today and status-date lines and calendar holidays across the rendered window. */
import { memo } from 'react';
import { localX, windowHeight, type ChartGeometry } from './chart-geometry';

export interface DateLinesProps {
  readonly geometry: ChartGeometry;
  readonly todayMinutes: number;
  readonly statusMinutes: number | null;
  /** Non-working days that the weekly shading does not show (holidays), as day-start minutes. */
  readonly holidays: readonly number[];
}

export const DateLines = memo(function DateLines({ geometry: g, todayMinutes, statusMinutes, holidays }: DateLinesProps) {
  const h = windowHeight(g);
  const dayWidth = 1440 * g.scale.pxPerMinute;
  const inWindow = (m: number): boolean => m >= g.window.startMinutes && m <= g.window.endMinutes;
  return (
    <g className="gl-date-lines" aria-hidden="true">
      {dayWidth >= 2 && holidays.map((m) => <rect key={m} className="gl-holiday" x={localX(g, m)} y={0} width={dayWidth} height={h} />)}
      {statusMinutes !== null && inWindow(statusMinutes) && (
        <line className="gl-status-line" x1={localX(g, statusMinutes)} x2={localX(g, statusMinutes)} y1={0} y2={h} />
      )}
      {inWindow(todayMinutes) && <line className="gl-today-line" x1={localX(g, todayMinutes)} x2={localX(g, todayMinutes)} y1={0} y2={h} />}
    </g>
  );
});

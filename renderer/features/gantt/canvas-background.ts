/**
 * Row lines and non-working weekdays as CSS gradients on the chart canvas: constant cost
 * whatever the plan's length, unlike one SVG rect per weekend (frappe's holidays option).
 */
import type { CSSProperties } from 'react';
import type { GanttModel } from './use-gantt-model';

export function canvasBackground(model: GanttModel, rowHeight: number): CSSProperties {
  const rowLines = `repeating-linear-gradient(to bottom, transparent 0 ${String(rowHeight - 1)}px, var(--gl-row-line) ${String(rowHeight - 1)}px ${String(rowHeight)}px)`;
  const dayPx = model.scale.pxPerMinute * 1440;
  if (dayPx < 3) return { backgroundImage: rowLines };
  const originDay = Math.floor(model.scale.originMinutes / 1440);
  const isWorking = model.isWorkingWeekday;
  const stops: string[] = [];
  for (let i = 0; i < 7; i++) {
    const colour = isWorking(originDay + i) ? 'transparent' : 'var(--gl-nonworking)';
    stops.push(`${colour} ${String(i * dayPx)}px ${String((i + 1) * dayPx)}px`);
  }
  const weekend = `repeating-linear-gradient(to right, ${stops.join(', ')})`;
  return { backgroundImage: `${rowLines}, ${weekend}` };
}

/** Window-local coordinates shared by the overlay layers: where a row's bar sits in the rendered window. */
import type { BarBox } from './arrow-geometry';
import type { GanttRow } from './gantt-rows';
import { xOf, type Scale } from './time-scale';
import type { RenderWindow } from './visible-window';

export interface ChartGeometry {
  readonly scale: Scale;
  readonly window: RenderWindow;
  readonly rowHeight: number;
  readonly barHeight: number;
}

/** Left edge of the rendered window in chart px. */
export const windowLeft = (g: ChartGeometry): number => xOf(g.scale, g.window.startMinutes);
export const windowWidth = (g: ChartGeometry): number => xOf(g.scale, g.window.endMinutes) - windowLeft(g);
export const windowHeight = (g: ChartGeometry): number => (g.window.endRow - g.window.firstRow) * g.rowHeight;

/** Window-local x of an instant. */
export const localX = (g: ChartGeometry, minutes: number): number => xOf(g.scale, minutes) - windowLeft(g);
/** Window-local top of a row. */
export const rowTop = (g: ChartGeometry, index: number): number => (index - g.window.firstRow) * g.rowHeight;
export const barTop = (g: ChartGeometry): number => (g.rowHeight - g.barHeight) / 2;

export const isRendered = (g: ChartGeometry, index: number): boolean => index >= g.window.firstRow && index < g.window.endRow;

export function barBox(g: ChartGeometry, row: GanttRow): BarBox {
  const x1 = localX(g, row.startMinutes);
  const x2 = row.finishMinutes > row.startMinutes ? localX(g, row.finishMinutes) : x1;
  // Milestone diamonds are half a bar wide either side of their instant.
  const half = row.kind === 'milestone' ? g.barHeight / 2 : 0;
  return { x1: x1 - half, x2: x2 + half, y: rowTop(g, row.index) + g.rowHeight / 2 };
}

/** The row under a window-local y, or null outside the rendered rows. */
export function rowAt(g: ChartGeometry, y: number): number | null {
  const index = g.window.firstRow + Math.floor(y / g.rowHeight);
  return index >= g.window.firstRow && index < g.window.endRow ? index : null;
}

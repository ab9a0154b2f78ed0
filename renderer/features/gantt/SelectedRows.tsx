/** The selected tasks' row bands across the chart, in the table's selection colour, so a picked row reads across both. */
import { memo } from 'react';
import { isRendered, rowTop, windowWidth, type ChartGeometry } from './chart-geometry';

export interface SelectedRowsProps {
  readonly geometry: ChartGeometry;
  /** Row indexes of the selected tasks (in this surface's rows). */
  readonly indexes: readonly number[];
}

export const SelectedRows = memo(function SelectedRows({ geometry: g, indexes }: SelectedRowsProps) {
  const width = windowWidth(g);
  return (
    <g className="gl-selected-rows" aria-hidden="true">
      {indexes.filter((i) => isRendered(g, i)).map((i) => (
        <rect key={i} className="gl-selected-row" data-row={i} x={0} y={rowTop(g, i)} width={width} height={g.rowHeight} />
      ))}
    </g>
  );
});

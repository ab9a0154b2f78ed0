/** The compact task grid left of the chart: WBS, name, duration, start, finish for the rendered rows. */
import { memo } from 'react';
import type { TaskId } from '../../domain/model';
import type { GanttRow } from './gantt-rows';
import type { RenderWindow } from './visible-window';

export interface GanttGridProps {
  readonly rows: readonly GanttRow[];
  readonly window: RenderWindow;
  readonly rowHeight: number;
  readonly collapsed: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly formatDate: (minutes: number) => string;
  readonly formatDuration: (minutes: number) => string;
  readonly onToggle?: (id: TaskId) => void;
  readonly onSelect?: (id: TaskId) => void;
  readonly onOpen?: (id: TaskId) => void;
  readonly compact: boolean;
}

export const GRID_COLUMNS = ['WBS', 'Task name', 'Duration', 'Start', 'Finish'] as const;

export const GanttGrid = memo(function GanttGrid(props: GanttGridProps) {
  const { rows, window: w, rowHeight } = props;
  return (
    <div role="rowgroup" style={{ height: rows.length * rowHeight, position: 'relative' }}>
      {rows.slice(w.firstRow, w.endRow).map((row) => {
        const isCollapsed = props.collapsed.has(row.id);
        return (
          <div
            key={row.id}
            role="row"
            aria-rowindex={row.index + 2}
            aria-selected={props.selected.has(row.id)}
            className={`gl-grid-row gl-kind-${row.kind}${row.isCritical ? ' is-critical' : ''}`}
            style={{ top: row.index * rowHeight, height: rowHeight }}
            onClick={() => props.onSelect?.(row.id)}
            onDoubleClick={() => props.onOpen?.(row.id)}
          >
            {!props.compact && <span role="gridcell" className="gl-c-wbs">{row.wbs}</span>}
            <span role="gridcell" className="gl-c-name" style={{ paddingLeft: 6 + row.depth * 16 }}>
              {row.hasChildren ? (
                <button
                  type="button"
                  className="gl-toggle"
                  aria-expanded={!isCollapsed}
                  aria-label={`${isCollapsed ? 'Expand' : 'Collapse'} ${row.name}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    props.onToggle?.(row.id);
                  }}
                >
                  {isCollapsed ? '▸' : '▾'}
                </button>
              ) : (
                <span className="gl-toggle-space" />
              )}
              <span className="gl-name-text" title={row.name}>{row.name}</span>
            </span>
            {!props.compact && (
              <>
                <span role="gridcell" className="gl-c-num">{props.formatDuration(row.durationMinutes)}</span>
                <span role="gridcell" className="gl-c-date">{props.formatDate(row.startMinutes)}</span>
                <span role="gridcell" className="gl-c-date">{props.formatDate(row.finishMinutes)}</span>
              </>
            )}
          </div>
        );
      })}
    </div>
  );
});

/** The compact task grid left of the chart: WBS, name, duration, start, finish for the rendered rows. */
import { memo } from 'react';
import type { TaskId } from '../../domain/model';
import type { GanttRow } from './gantt-rows';
import type { RenderWindow } from './visible-window';

export interface GridHandlers {
  readonly onToggle?: (id: TaskId) => void;
  readonly onSelect?: (id: TaskId) => void;
  readonly onOpen?: (id: TaskId) => void;
}

export interface GanttGridProps extends GridHandlers {
  readonly rows: readonly GanttRow[];
  readonly window: RenderWindow;
  readonly rowHeight: number;
  readonly collapsed: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly formatDate: (minutes: number) => string;
  readonly formatDuration: (minutes: number, isElapsed?: boolean) => string;
  readonly compact: boolean;
}

export const GRID_COLUMNS = ['WBS', 'Task name', 'Duration', 'Start', 'Finish'] as const;

interface GridRowProps extends GridHandlers {
  readonly row: GanttRow;
  readonly rowHeight: number;
  readonly isCollapsed: boolean;
  readonly isSelected: boolean;
  readonly formatDate: (minutes: number) => string;
  readonly formatDuration: (minutes: number, isElapsed?: boolean) => string;
  readonly compact: boolean;
}

/**
 * Memoised per row: an edit hands the grid a new rows array in which only the changed tasks
 * have new row objects, so only their rows re-render (given stable handlers and formatters).
 */
const GridRow = memo(function GridRow({ row, rowHeight, isCollapsed, isSelected, compact, ...props }: GridRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={row.index + 2}
      aria-selected={isSelected}
      className={`gl-grid-row gl-kind-${row.kind}${row.isCritical ? ' is-critical' : ''}`}
      style={{ top: row.index * rowHeight, height: rowHeight }}
      onClick={() => props.onSelect?.(row.id)}
      onDoubleClick={() => props.onOpen?.(row.id)}
    >
      {!compact && <span role="gridcell" className="gl-c-wbs">{row.wbs}</span>}
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
      {!compact && (
        <>
          <span role="gridcell" className="gl-c-num">{props.formatDuration(row.durationMinutes, row.durationIsElapsed)}</span>
          <span role="gridcell" className="gl-c-date">{props.formatDate(row.startMinutes)}</span>
          <span role="gridcell" className="gl-c-date">{props.formatDate(row.finishMinutes)}</span>
        </>
      )}
    </div>
  );
});

export const GanttGrid = memo(function GanttGrid(props: GanttGridProps) {
  const { rows, window: w, rowHeight } = props;
  return (
    <div role="rowgroup" style={{ height: rows.length * rowHeight, position: 'relative' }}>
      {rows.slice(w.firstRow, w.endRow).map((row) => (
        <GridRow
          key={row.id}
          row={row}
          rowHeight={rowHeight}
          isCollapsed={props.collapsed.has(row.id)}
          isSelected={props.selected.has(row.id)}
          formatDate={props.formatDate}
          formatDuration={props.formatDuration}
          compact={props.compact}
          onToggle={props.onToggle}
          onSelect={props.onSelect}
          onOpen={props.onOpen}
        />
      ))}
    </div>
  );
});

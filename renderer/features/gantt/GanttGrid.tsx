/**
 * The entry table left of the chart (MS Project's Gantt Chart view): WBS, name, duration, start,
 * finish, predecessors, people and % complete for the rendered rows, edited in place with the task
 * table's own cursor, keys and cell editor (features/tasks: use-grid, grid-keys, CellEditor).
 */
import { memo, type MouseEvent, type ReactNode } from 'react';
import type { TaskId } from '../../domain/model';
import type { RiskMarker as Marker } from '../../domain/raid';
import { RiskMarker } from '../risks/RiskMarker';
import { PROPOSED_ROW_DESCRIPTION } from '../shared/use-proposed-tasks';
import type { PredecessorTexts } from '../tasks/cell-text';
import type { GridColumnRef } from '../tasks/use-grid';
import type { GanttRow } from './gantt-rows';
import type { RenderWindow } from './visible-window';
import { percentText } from '../../domain/model';
import { DATE_COLUMN_FALLBACK_PX } from './date-column';

export interface GridHandlers {
  readonly onToggle?: (id: TaskId) => void;
  readonly onSelect?: (id: TaskId) => void;
  readonly onOpen?: (id: TaskId) => void;
  /** A click on a cell: moves the grid's cursor there (Shift extends, Ctrl toggles the row). */
  readonly onCell?: (row: number, col: number, e: MouseEvent) => void;
}

export interface GanttGridProps extends GridHandlers {
  readonly rows: readonly GanttRow[];
  readonly window: RenderWindow;
  readonly rowHeight: number;
  readonly collapsed: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly formatDate: (minutes: number) => string;
  readonly formatDuration: (minutes: number, isElapsed?: boolean) => string;
  readonly predecessors: PredecessorTexts;
  /** First names of each task's people, as the task table shows them. */
  readonly people: ReadonlyMap<string, string>;
  readonly compact: boolean;
  /** The cursor's row and column, and the open editor (rendered in that cell), if any. */
  readonly cursor: { readonly row: number; readonly col: number } | null;
  readonly editor: ReactNode;
  /** Risk markers by task id (features/risks): shown after the task's name. */
  readonly markers?: ReadonlyMap<string, Marker> | undefined;
  /** The empty entry row below the last task (use-gantt-entry.tsx): a name typed in it adds a task. */
  readonly hasNewRow?: boolean;
  /** Tasks the open change request's proposal adds or changes, marked as in the task table; null: none open. */
  readonly proposed?: ReadonlySet<string> | null;
}

/**
 * `widthPx`: the column's width (the name column's and the dates' are worked out by gridLayout,
 * the dates' from the locale's widest, date-column.ts). The headers are
 * the task table's (features/tasks/columns.tsx), each fitting its column.
 */
export const GANTT_COLUMNS: readonly (GridColumnRef & { readonly header: string; readonly className: string; readonly widthPx: number })[] = [
  { key: 'wbs', header: 'WBS', className: 'gl-c-wbs', widthPx: 44 },
  { key: 'name', header: 'Task name', editor: 'name', className: 'gl-c-name', widthPx: 140 },
  { key: 'duration', header: 'Duration', editor: 'duration', className: 'gl-c-num', widthPx: 70 },
  { key: 'start', header: 'Start', editor: 'start', className: 'gl-c-date', widthPx: DATE_COLUMN_FALLBACK_PX },
  { key: 'finish', header: 'Finish', editor: 'finish', className: 'gl-c-date', widthPx: DATE_COLUMN_FALLBACK_PX },
  { key: 'predecessors', header: 'Predecessors', editor: 'predecessors', className: 'gl-c-pred', widthPx: 106 },
  { key: 'assignees', header: 'People', editor: 'assignees', className: 'gl-c-people', widthPx: 104 },
  { key: 'percent', header: '% Done', editor: 'percent', className: 'gl-c-num', widthPx: 64 },
];

/**
 * What the name column gets before any column after it is shown: a name of about 22 characters
 * ("Vendor API integration", 146 px of 13 px text) whole after the outline toggle and padding.
 * Below it the name column never goes under its own `widthPx` (140).
 */
export const NAME_WANTED_PX = 184;

export interface GridLayout {
  /** CSS grid-template-columns, shared by the header and the rows. */
  readonly template: string;
  /** Every column's width together: wider than the grid, the grid scrolls sideways. */
  readonly rowWidthPx: number;
  readonly nameWidthPx: number;
}

/**
 * Start's and Finish's widths, each for its own dates (date-column.ts): a finish in 2101 widens
 * Finish, not Start. A number stands for both.
 */
export interface DateColumnWidths { readonly start: number; readonly finish: number }

/** A column's width, Start's and Finish's from `dates`. Pure. */
export function columnWidthPx(column: (typeof GANTT_COLUMNS)[number], dates: number | DateColumnWidths): number {
  if (column.className !== 'gl-c-date') return column.widthPx;
  if (typeof dates === 'number') return dates;
  return column.key === 'finish' ? dates.finish : dates.start;
}

/**
 * The grid's columns for a grid `gridWidthPx` wide, as a person reading names wants them: the name
 * column gets NAME_WANTED_PX first, then each column after it is shown while it fits whole, and
 * the name column takes what is left over. So the divider always falls on a column edge (no
 * header or date cut in two, as MS Project's divider snaps to a column edge) and a narrow window
 * gives its room to names, not to a column that would show half a date; the hidden columns are a
 * sideways scroll or a wider divider away. `dates`: Start's and Finish's widths. Pure.
 */
export function gridLayout(gridWidthPx: number, dates: number | DateColumnWidths = DATE_COLUMN_FALLBACK_PX): GridLayout {
  const widthOf = (c: (typeof GANTT_COLUMNS)[number]): number => columnWidthPx(c, dates);
  const [first, name, ...after] = GANTT_COLUMNS;
  const beforePx = first ? widthOf(first) : 0;
  let shownPx = 0;
  for (const column of after) {
    if (beforePx + NAME_WANTED_PX + shownPx + widthOf(column) > gridWidthPx) break;
    shownPx += widthOf(column);
  }
  const nameWidthPx = Math.max(name?.widthPx ?? 0, Math.floor(gridWidthPx - beforePx - shownPx));
  const widths = GANTT_COLUMNS.map((c) => (c === name ? nameWidthPx : widthOf(c)));
  return {
    template: widths.map((w) => `${String(w)}px`).join(' '),
    rowWidthPx: widths.reduce((sum, w) => sum + w, 0),
    nameWidthPx,
  };
}

export const GRID_COLUMNS = GANTT_COLUMNS.map((c) => c.header);

interface GridRowProps extends GridHandlers {
  readonly row: GanttRow;
  readonly rowHeight: number;
  readonly isCollapsed: boolean;
  readonly isSelected: boolean;
  readonly formatDate: (minutes: number) => string;
  readonly formatDuration: (minutes: number, isElapsed?: boolean) => string;
  readonly predecessors: string;
  readonly people: string;
  readonly compact: boolean;
  readonly activeCol: number;
  readonly editor: ReactNode;
  readonly marker: Marker | undefined;
  readonly isProposed: boolean;
}

function cellText(key: string, props: GridRowProps): ReactNode {
  const { row } = props;
  switch (key) {
    case 'wbs': return row.wbs;
    case 'duration': return props.formatDuration(row.durationMinutes, row.durationIsElapsed);
    case 'start': return props.formatDate(row.startMinutes);
    case 'finish': return props.formatDate(row.finishMinutes);
    case 'predecessors': return props.predecessors;
    case 'assignees': return props.people;
    case 'percent': return percentText(row.percentComplete, 0);
    default: return null;
  }
}

/**
 * Memoised per row: an edit hands the grid a new rows array in which only the changed tasks
 * have new row objects, so only their rows re-render (given stable handlers and formatters).
 */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, rowHeight, isCollapsed, isSelected, compact, activeCol } = props;
  const columns = compact ? GANTT_COLUMNS.filter((c) => c.key === 'name') : GANTT_COLUMNS;
  return (
    <div
      role="row"
      aria-rowindex={row.index + 2}
      aria-selected={isSelected}
      className={`gl-grid-row gl-kind-${row.kind}${row.isCritical ? ' is-critical' : ''}${props.isProposed ? ' is-proposed' : ''}`}
      aria-description={props.isProposed ? PROPOSED_ROW_DESCRIPTION : undefined}
      style={{ top: row.index * rowHeight, height: rowHeight }}
      onDoubleClick={() => props.onOpen?.(row.id)}
    >
      {columns.map((column) => {
        const col = GANTT_COLUMNS.indexOf(column);
        const isActive = col === activeCol;
        const onClick = (e: MouseEvent): void => { props.onCell?.(row.index, col, e); props.onSelect?.(row.id); };
        if (isActive && props.editor) {
          return (
            <span key={column.key} role="gridcell" aria-selected className={`${column.className} is-editing`}
              style={column.key === 'name' ? { paddingLeft: 6 + row.depth * 16 } : undefined}>{props.editor}</span>
          );
        }
        if (column.key !== 'name') {
          return <span key={column.key} role="gridcell" aria-selected={isActive} data-column={column.key} className={`${column.className}${isActive ? ' is-active' : ''}`} onClick={onClick}>{cellText(column.key, props)}</span>;
        }
        return (
          <span key={column.key} role="gridcell" aria-selected={isActive} data-column="name" className={`gl-c-name${isActive ? ' is-active' : ''}`} style={{ paddingLeft: 6 + row.depth * 16 }} onClick={onClick}>
            {row.hasChildren ? (
              // Not a Tab stop: the grid is one; Space on the row collapses it.
              <button type="button" tabIndex={-1} className="gl-toggle" aria-expanded={!isCollapsed} aria-label={`${isCollapsed ? 'Expand' : 'Collapse'} ${row.name}`}
                onClick={(e) => { e.stopPropagation(); props.onToggle?.(row.id); }}>
                {isCollapsed ? '▸' : '▾'}
              </button>
            ) : (
              <span className="gl-toggle-space" />
            )}
            <span className="gl-name-text" title={row.name}>{row.name}</span>
            <RiskMarker marker={props.marker} compact />
          </span>
        );
      })}
    </div>
  );
});

interface NewRowProps {
  readonly index: number;
  readonly rowHeight: number;
  readonly compact: boolean;
  readonly activeCol: number;
  readonly editor: ReactNode;
  readonly onCell: GridHandlers['onCell'];
}

/**
 * The empty row below the last task (the task table's NewEntryRow): its cells take the cursor; its
 * name cell holds the new task's name editor. Rendered whatever the window (one row), so it is
 * there when the chart is scrolled to the end.
 */
function GanttNewRow({ index, rowHeight, compact, activeCol, editor, onCell }: NewRowProps) {
  const columns = compact ? GANTT_COLUMNS.filter((c) => c.key === 'name') : GANTT_COLUMNS;
  return (
    <div role="row" aria-rowindex={index + 2} aria-label="New task row" className="gl-grid-row gl-new-row" style={{ top: index * rowHeight, height: rowHeight }}>
      {columns.map((column) => {
        const col = GANTT_COLUMNS.indexOf(column);
        const isActive = col === activeCol;
        if (isActive && editor) {
          return <span key={column.key} role="gridcell" aria-selected data-column={column.key} className={`${column.className} is-editing`}>{editor}</span>;
        }
        return (
          <span key={column.key} role="gridcell" aria-selected={isActive} data-column={column.key} className={`${column.className}${isActive ? ' is-active' : ''}`}
            onClick={(e) => onCell?.(index, col, e)} />
        );
      })}
    </div>
  );
}

export const GanttGrid = memo(function GanttGrid(props: GanttGridProps) {
  const { rows, window: w, rowHeight, cursor } = props;
  const isCursorOnNewRow = cursor?.row === rows.length;
  return (
    <div role="rowgroup" style={{ height: (rows.length + (props.hasNewRow ? 1 : 0)) * rowHeight, position: 'relative' }}>
      {rows.slice(w.firstRow, w.endRow).map((row) => {
        const isCursorRow = cursor?.row === row.index;
        return (
          <GridRow
            key={row.id}
            row={row}
            rowHeight={rowHeight}
            isCollapsed={props.collapsed.has(row.id)}
            isSelected={props.selected.has(row.id)}
            formatDate={props.formatDate}
            formatDuration={props.formatDuration}
            predecessors={props.predecessors.get(row.id) ?? ''}
            people={props.people.get(row.id) ?? ''}
            compact={props.compact}
            activeCol={isCursorRow ? cursor.col : -1}
            editor={isCursorRow ? props.editor : null}
            marker={props.markers?.get(row.id)}
            isProposed={props.proposed?.has(row.id) ?? false}
            onToggle={props.onToggle}
            onSelect={props.onSelect}
            onOpen={props.onOpen}
            onCell={props.onCell}
          />
        );
      })}
      {props.hasNewRow ? (
        <GanttNewRow index={rows.length} rowHeight={rowHeight} compact={props.compact} activeCol={isCursorOnNewRow ? cursor.col : -1}
          editor={isCursorOnNewRow ? props.editor : null} onCell={props.onCell} />
      ) : null}
    </div>
  );
});

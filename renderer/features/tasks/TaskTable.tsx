/**
 * The outline grid every MS Project user knows: WBS, name, duration, dates, predecessors, people,
 * progress and status (and any column the person adds), with Excel/MS Project entry keys
 * (use-grid.ts, grid-keys.ts). Only visible rows render; an empty entry row waits below the last.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Problem, TaskId } from '../../domain/model';
import { useSession, useUi, useUiStore } from '../../store';
import { useProposedTaskIds } from '../shared/use-proposed-tasks';
import { fitNameColumn, frozenOffsets, frozenWidth, visibleColumns } from './column-layout';
import { columnStops, scrollAfterWidening, scrollToShow, trailingRoom } from '../shared/column-stops';
import { ColumnChooser } from './ColumnChooser';
import { fullYearsFromKey, fullYearsKey, tableFullYears, withDateWidths } from './date-columns';
import { ALL_COLUMNS } from './columns';
import { FindBar } from './FindBar';
import { GridTypeAhead } from './GridTypeAhead';
import { useGridCommands } from './grid-commands';
import { frozenClass, frozenStyle, TableRowView, type RowHandlers } from './TableRowView';
import { TaskToolbar } from './TaskToolbar';
import { filterTableRows, tableRows } from './table-rows';
import { takeRowToName, useTaskActions } from './task-actions';
import { useColumnLayout } from './use-column-layout';
import { gridRowsOf, useGrid } from './use-grid';
import { NewEntryRow } from './NewEntryRow';
import { markersOf, useAtRiskFilter } from '../risks/use-risk-markers';
import './tasks.css';

const ROW_HEIGHT = 32;
const OVERSCAN = 12;

export function TaskTable() {
  const plan = useSession((s) => s.plan);
  const schedule = useSession((s) => s.schedule);
  const proposedIds = useProposedTaskIds();
  const collapsed = useUi((s) => s.collapsed);
  const selected = useUi((s) => s.selectedTaskIds);
  const ui = useUiStore();
  const actions = useTaskActions();
  const commands = useGridCommands();
  const [layout, setLayout] = useColumnLayout();
  const [isChoosing, setChoosing] = useState(false);
  const [find, setFind] = useState<string | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800, width: 1024 });
  const shownColumns = useMemo(() => visibleColumns(layout, ALL_COLUMNS), [layout]);
  const fullYears = useMemo(() => fullYearsKey(tableFullYears(plan, schedule, new Set(shownColumns.map((c) => c.key)))), [plan, schedule, shownColumns]);
  const columns = useMemo(
    () => fitNameColumn(withDateWidths(shownColumns, document, fullYearsFromKey(fullYears)), viewport.width),
    [shownColumns, fullYears, viewport.width],
  );
  const frozen = useMemo(() => frozenOffsets(columns), [columns]);
  const frozenEdge = frozenWidth(columns, frozen);
  const stops = useMemo(() => columnStops(columns, frozen), [columns, frozen]);
  const isPriced = columns.some((c) => c.key === 'work' || c.key === 'cost');
  const allRows = useMemo(() => (plan ? tableRows(plan, schedule, collapsed, isPriced) : []), [plan, schedule, collapsed, isPriced]);
  // "Tasks at risk" (the same preference as the Gantt's and the board's): markersOf keeps its set while risks, issues and tasks are unchanged.
  const [atRiskOnly, setAtRiskOnly] = useAtRiskFilter();
  const keepAtRisk = atRiskOnly && plan ? markersOf(plan).keepInOutline : null;
  const rows = useMemo(() => filterTableRows(allRows, find, keepAtRisk), [allRows, find, keepAtRisk]);
  // A row typed while a filter is on could vanish as it is entered: the entry row waits until both are off.
  const isFiltered = find !== null || atRiskOnly;
  const gridRows = useMemo(() => gridRowsOf(rows, (r) => r.outline.task.id, (r) => r.outline.hasChildren), [rows]);
  const body = useRef<HTMLDivElement>(null);
  const latestHandlers = useRef<RowHandlers | null>(null);
  const rowHandlers = useMemo((): RowHandlers => ({
    cellClick: (index, col, e) => latestHandlers.current?.cellClick(index, col, e),
    cellDoubleClick: (index, col) => latestHandlers.current?.cellDoubleClick(index, col),
    toggle: (id) => latestHandlers.current?.toggle(id),
    commit: (text, exit) => latestHandlers.current?.commit(text, exit) ?? false,
    cancel: () => latestHandlers.current?.cancel(),
    assign: (id, ids) => latestHandlers.current?.assign(id, ids),
  }), []);
  // The window of rendered rows only moves by whole rows: a scroll within a row renders nothing.
  const followScroll = (el: HTMLElement): void => {
    const top = Math.floor(el.scrollTop / ROW_HEIGHT) * ROW_HEIGHT;
    const height = Math.ceil(el.clientHeight / ROW_HEIGHT) * ROW_HEIGHT;
    const width = el.clientWidth;
    setViewport((v) => (v.top === top && v.height === height && v.width === width ? v : { top, height, width }));
  };

  const append = (name: string): Problem | null => commands.append(name, allRows.at(-1)?.outline.task.id);
  const findNext = (backwards = false): void => {
    if (rows.length === 0) return;
    const next = (grid.cursor.row + (backwards ? rows.length - 1 : 1)) % rows.length;
    grid.setCursor({ row: next, col: grid.cursor.col });
  };
  const grid = useGrid({
    rows: gridRows, columns, gridRef: body, actions, commands, allowNewRow: !isFiltered, onAppend: append,
    onOpenInfo: (id) => ui.getState().openTaskEditor(id), onToggle: (id) => ui.getState().toggleCollapsed(id),
    onFind: () => setFind((f) => f ?? ''), onFindNext: () => findNext(),
    onShowFirstColumns: () => { if (body.current) body.current.scrollLeft = 0; },
  });

  // Keep the cursor on the selected task when the selection changes elsewhere (insert, Gantt, undo).
  // A row added by Add task, Milestone or the menu opens its name editor, as Insert does; before
  // paint, so the editor has the focus before the next key is typed.
  // The row named so: while it stays selected the cursor is already on it (and React's development
  // re-run of a mount effect must not move the cursor away and close the editor).
  const { cursor, setCursor, editName } = grid;
  const named = useRef<TaskId | null>(null);
  useLayoutEffect(() => {
    const index = rows.findIndex((r) => r.outline.task.id === selected[0]);
    if (takeRowToName(selected[0]) && index >= 0) {
      named.current = selected[0] ?? null;
      editName(index);
      return;
    }
    if (named.current !== null && named.current === selected[0]) return;
    named.current = null;
    if (index >= 0 && index !== cursor.row && selected.length === 1) setCursor({ row: index, col: cursor.col });
  }, [selected, rows, cursor, setCursor, editName]);

  // Scroll the cursor row into view.
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const top = cursor.row * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight - ROW_HEIGHT) el.scrollTop = top - el.clientHeight + 2 * ROW_HEIGHT;
  }, [cursor.row]);

  // Scroll the cursor column into view, whole and against the frozen columns; once the view has
  // widened, bring back the columns scrolled under the frozen ones as far as that allows (column-stops.ts).
  const scrolledCol = cursor.col - frozen.filter((f) => f !== null).length;
  const viewWidth = viewport.width - frozenEdge;
  const lastViewWidth = useRef(viewWidth);
  useEffect(() => {
    const el = body.current;
    const hasWidened = viewWidth > lastViewWidth.current;
    lastViewWidth.current = viewWidth;
    if (!el || scrolledCol < 0) return;
    const shown = scrollToShow(stops, scrolledCol, el.scrollLeft, viewWidth);
    const left = hasWidened ? scrollAfterWidening(stops, scrolledCol, shown, viewWidth) : shown;
    if (Math.abs(left - el.scrollLeft) >= 1) el.scrollLeft = left;
  }, [scrolledCol, stops, viewWidth]);

  // A column just shown is scrolled into view: added at the end, past the window's right edge, it
  // looked as if nothing had happened (a new user's second hour). The last one shown, so those shown
  // before it come into view with it as far as the width allows.
  const [revealKey, setRevealKey] = useState<string | null>(null);
  const chooseColumns = (next: typeof layout): void => {
    const before = new Set(shownColumns.map((c) => c.key));
    const added = visibleColumns(next, ALL_COLUMNS).filter((c) => !before.has(c.key));
    setLayout(next);
    setRevealKey(added.at(-1)?.key ?? null);
  };
  useEffect(() => {
    const el = body.current;
    if (!el || revealKey === null) return;
    setRevealKey(null);
    const index = columns.findIndex((c) => c.key === revealKey) - frozen.filter((f) => f !== null).length;
    if (index < 0) return;
    el.scrollLeft = scrollToShow(stops, index, el.scrollLeft, viewWidth);
  }, [revealKey, columns, frozen, stops, viewWidth]);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const observer = new ResizeObserver(() => followScroll(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Rows get handlers that never change and read this render's state when called.
  const current: RowHandlers = {
    cellClick: (index, col, e) => grid.setCursor({ row: index, col: col < 0 ? grid.cursor.col : col }, e.shiftKey ? 'extend' : e.ctrlKey || e.metaKey ? 'toggle' : 'replace'),
    cellDoubleClick: (index, col) => {
      const id = rows[index]?.outline.task.id;
      grid.setCursor({ row: index, col: Math.max(0, col) });
      if (col < 0 || !columns[col]?.editor) { if (id) ui.getState().openTaskEditor(id); } else grid.startEdit();
    },
    toggle: (id) => ui.getState().toggleCollapsed(id),
    commit: (text, exit) => grid.commit(text, exit),
    cancel: () => grid.cancelEdit(),
    assign: (id, ids) => { grid.cancelEdit(); commands.assign(id, ids); },
  };
  useLayoutEffect(() => { latestHandlers.current = current; });

  if (!plan) return null;
  const template = columns.map((c) => `${String(c.width)}px`).join(' ');
  const tableWidth = frozenEdge + (stops.at(-1) ?? 0) + trailingRoom(stops, viewWidth);
  const first = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN);
  const selectedSet = new Set(selected);
  const closeFind = (): void => { setFind(null); body.current?.focus(); };
  const activeTask = rows[grid.cursor.row]?.outline.task;
  const activeHeader = columns[grid.cursor.col]?.header ?? '';
  // Row, then column, as a spreadsheet's cell is read out ("Design review, Duration"); not the
  // editor's own label ("Duration of Design review"), which names the field that opens over it.
  const typeAheadLabel = `${activeTask?.name ?? 'New task'}, ${activeHeader}`;

  return (
    <div className="task-table">
      <TaskToolbar actions={actions} onChooseColumns={() => setChoosing(true)} onFind={() => setFind((f) => f ?? '')} />
      {find !== null ? <FindBar query={find} matches={rows.length} onQuery={setFind} onNext={findNext} onClose={closeFind} /> : null}
      <div className="grid-scroll" ref={body} tabIndex={-1} data-view-start="" role="grid" aria-label="Tasks" aria-rowcount={rows.length + (isFiltered ? 1 : 2)}
        aria-colcount={columns.length + 1} onKeyDown={grid.onKeyDown} onFocus={grid.onGridFocus} {...grid.clipboardHandlers}
        onScroll={(e) => followScroll(e.currentTarget)} style={{ '--frozen-edge': `${String(frozenEdge)}px` } as CSSProperties}>
        <GridTypeAhead typeAhead={grid.typeAhead} grid={body} label={typeAheadLabel} />
        <div className="grid-header" role="row" style={{ gridTemplateColumns: `48px ${template}`, width: tableWidth }}>
          <div role="columnheader" className="cell num frozen" style={frozenStyle(0)}>#</div>
          {columns.map((c, col) => <div key={c.key} role="columnheader" className={`cell ${c.align ?? ''} ${frozenClass(frozen, col)}`} style={frozenStyle(frozen[col])}>{c.header}</div>)}
        </div>
        {/* As wide as the columns (and the room that lets the last stop be reached): the rows are absolutely placed, so
            without a width the body (and a selected row's band) would stop at the viewport's edge when scrolled sideways. */}
        <div className="grid-body" role="rowgroup" style={{ height: (rows.length + 1) * ROW_HEIGHT, width: tableWidth }}>
          {rows.slice(first, last).map((row, i) => (
            <TableRowView
              key={row.outline.task.id}
              row={row}
              index={first + i}
              plan={plan}
              schedule={schedule}
              columns={columns}
              template={template}
              frozen={frozen}
              isSelected={selectedSet.has(row.outline.task.id)}
              activeCol={grid.cursor.row === first + i ? grid.cursor.col : -1}
              editing={grid.cursor.row === first + i ? grid.editing : null}
              isCollapsed={collapsed.has(row.outline.task.id)}
              isProposed={proposedIds?.has(row.outline.task.id) ?? false}
              handlers={rowHandlers}
            />
          ))}
          {!isFiltered ? (
            <NewEntryRow index={rows.length} template={template} columns={columns} frozen={frozen} isActive={grid.cursor.row === rows.length}
              activeCol={grid.cursor.col} editing={grid.cursor.row === rows.length ? grid.editing : null}
              onClick={(col) => grid.setCursor({ row: rows.length, col })} onCommit={grid.commit} onCancel={grid.cancelEdit} />
          ) : null}
        </div>
        {rows.length === 0 && find === null ? (atRiskOnly ? (
          <div className="empty-state"><h2>No tasks at risk</h2><p>Only tasks linked to an open risk or issue are shown, and none is.</p>
            <button type="button" className="button" onClick={() => setAtRiskOnly(false)}>Show all tasks</button></div>
        ) : (
          <div className="empty-state"><h2>No tasks yet</h2><p>Type a task name in the first row, or add one.</p>
            <button type="button" className="button primary" onClick={() => actions.insertBelow()}>Add the first task</button></div>
        )) : null}
      </div>
      {isChoosing ? <ColumnChooser layout={layout} onChange={chooseColumns} onClose={() => setChoosing(false)} /> : null}
    </div>
  );
}


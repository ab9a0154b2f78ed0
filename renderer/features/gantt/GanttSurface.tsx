/**
 * Grid on the left, chart on the right, one scroller. The scroller owns both scroll axes; the
 * grid rows and the time header follow it (use-viewport.ts). Inside the scroller only the
 * rendered window exists: frappe's bars between an underlay (holidays, today) and an overlay
 * (brackets, diamonds, baselines, arrows, link handles).
 */
import { useCallback, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { LinkId, TaskId } from '../../domain/model';
import { useSession, useUi } from '../../store';
import { ArrowLayer, startEntries } from './ArrowLayer';
import { endExits, entryTurnX, roomAfterBarEnd } from './arrow-geometry';
import { BarLayer, MilestoneLabelLayer } from './BarLayer';
import { barEndMarks } from './bar-end';
import { barBox, rowAt, windowHeight, windowLeft, windowWidth, type ChartGeometry } from './chart-geometry';
import { DateLines } from './DateLines';
import { FRAPPE_HEADER_OFFSET, type ChartFrame } from './frappe-window';
import { GANTT_COLUMNS, GanttGrid, gridLayout, type GridHandlers } from './GanttGrid';
import type { GanttRow } from './gantt-rows';
import { useGanttEntry } from './use-gantt-entry';
import { LinkHandles } from './LinkHandles';
import { SelectedRows } from './SelectedRows';
import { SplitLayer } from './SplitLayer';
import { Splitter } from './Splitter';
import { GRID_MIN_PX, gridMaxPx, gridWidthPx, useElementWidth } from './grid-split';
import { TimeHeader } from './TimeHeader';
import { revealScrollLeft, type Scale } from './time-scale';
import type { ChartEdits } from './use-chart-edits';
import { useFrappe } from './use-frappe';
import type { GanttModel, GanttSettings } from './use-gantt-model';
import { useChartViewport } from './use-viewport';
import { useEdgeLabels } from './use-edge-labels';
import { useWheel } from './use-wheel';
import { canvasBackground } from './canvas-background';
import { fullYearsShown, gridDateWidthPx, type DateField } from './date-column';
import { FindBar } from '../tasks/FindBar';
import { GridTypeAhead } from '../tasks/GridTypeAhead';
import { useRiskMarkers } from '../risks/use-risk-markers';
import { useProposedTaskIds } from '../shared/use-proposed-tasks';
import { PhaseBandLayer, PhaseBandStrip, type PhaseBand } from './PhaseBands';

export interface GanttSurfaceProps {
  readonly model: GanttModel;
  readonly settings: GanttSettings;
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly edits: ChartEdits;
  readonly readOnly: boolean;
  readonly scrollerRef: RefObject<HTMLDivElement | null>;
  readonly todayMinutes: number;
  readonly onEditLink?: (id: LinkId, clientX: number, clientY: number) => void;
  readonly onZoomWheel?: (pointerX: number, direction: 1 | -1) => void;
  readonly compactGrid?: boolean;
  /** Where the chart opens (see home-view.ts). */
  readonly homeScrollLeft: (scale: Scale, viewportWidth: number) => number;
  readonly label: string;
  /** Split mode (Split task in the toolbar): a drag along a bar splits its work there. */
  readonly onSplit?: ((id: TaskId, fromMinutes: number, toMinutes: number) => void) | undefined;
  /** Ctrl+F in the grid, as in the task table: the query (null = closed); the view filters the rows by it. */
  readonly find?: { readonly query: string | null; readonly onQuery: (query: string | null) => void } | undefined;
  /** Lifecycle phase bands (features/phases); empty or absent = no phase strip. */
  readonly phaseBands?: readonly PhaseBand[];
  /** The grid's empty entry row below the last task (false while the rows are filtered). */
  readonly allowNewRow?: boolean;
  /** The divider where the person left it, in px of grid (null: never moved, it scales with the view). */
  readonly gridWidthPx?: number | null;
  /** The divider released (a drag or an arrow key): where it now stands, to remember. */
  readonly onGridWidth?: (px: number) => void;
}

const NOOP_EDITS: GridHandlers = {};
const START_DATES: readonly DateField[] = ['startMinutes'];
const FINISH_DATES: readonly DateField[] = ['finishMinutes'];
const yearsOfKey = (key: string): number[] => (key ? key.split(' ').map(Number) : []);

export function GanttSurface(props: GanttSurfaceProps) {
  const { model, settings, rowHeight, barHeight, scrollerRef } = props;
  const rowsInner = useRef<HTMLDivElement | null>(null);
  const headerViewport = useRef<HTMLDivElement | null>(null);
  const gridViewport = useRef<HTMLDivElement | null>(null);
  const frappeRef = useRef<HTMLDivElement | null>(null);
  const refs = useMemo(() => ({ scroller: scrollerRef, rowsInner, headerViewport, gridViewport }), [scrollerRef]);
  // A string, so the arrows re-render only when the set of violated links changes, not on every edit.
  const violatedKey = useSession((s) => (s.schedule?.issues ?? []).flatMap((i) => (i.kind === 'violated-link' ? i.linkIds ?? [] : [])).join(' '));
  const violated = useMemo(() => new Set(violatedKey.split(' ').filter(Boolean)), [violatedKey]);
  const win = useChartViewport(refs, model.rows.length, rowHeight, model.scale, props.homeScrollLeft, props.label);
  // Start and Finish each widen for a date of their own written with a four-digit year (outside
  // 2000–2099); by value, so an edit that leaves those years alone keeps the layout.
  const startYearsKey = useMemo(() => fullYearsShown(model.rows, model.span, START_DATES).join(' '), [model.rows, model.span]);
  const finishYearsKey = useMemo(() => fullYearsShown(model.rows, model.span, FINISH_DATES).join(' '), [model.rows, model.span]);
  const dateWidthPx = useMemo(
    () => ({ start: gridDateWidthPx(document, yearsOfKey(startYearsKey)), finish: gridDateWidthPx(document, yearsOfKey(finishYearsKey)) }),
    [startYearsKey, finishYearsKey],
  );
  // The divider: where the person left it, else scaled to the view (grid-split.ts); during a drag,
  // where the pointer is, stored once on release (not a database write per pixel).
  const surfaceRef = useRef<HTMLDivElement | null>(null);
  const viewPx = useElementWidth(surfaceRef);
  const [draggedPx, setDraggedPx] = useState<number | null>(null);
  const gridWidth = props.compactGrid ? 320 : gridWidthPx(draggedPx ?? props.gridWidthPx ?? null, viewPx, dateWidthPx);
  const { onGridWidth } = props;
  const chooseGridWidth = useCallback((px: number): void => { setDraggedPx(null); onGridWidth?.(px); }, [onGridWidth]);
  const columns = useMemo(() => gridLayout(gridWidth, dateWidthPx), [gridWidth, dateWidthPx]);
  const [hoverRow, setHoverRow] = useState<number | null>(null);
  const collapsed = useUi((s) => s.collapsed);
  const { markers } = useRiskMarkers(model.plan);
  const proposed = useProposedTaskIds();
  const selectedIds = useUi((s) => s.selectedTaskIds);
  const toggleCollapsed = useUi((s) => s.toggleCollapsed);
  const selected = useMemo(() => new Set<string>(selectedIds), [selectedIds]);
  const selectedIndexes = useMemo(
    () => selectedIds.map((id) => model.indexById.get(id)).filter((i): i is number => i !== undefined),
    [selectedIds, model.indexById],
  );
  useWheel(scrollerRef, gridViewport, props.onZoomWheel);
  const { find } = props;
  const hasNewRow = !props.readOnly && (props.allowNewRow ?? false);
  const entry = useGanttEntry(model.rows, gridViewport, scrollerRef, rowHeight, {
    find: find ? { onFind: () => find.onQuery(find.query ?? '') } : undefined, allowNewRow: hasNewRow,
  });
  // The chart is one row taller than its tasks while the grid has its entry row, so that row can be
  // scrolled to and every name stays level with its bar.
  const canvasRows = model.rows.length + (hasNewRow ? 1 : 0);
  const gridHead = useRef<HTMLDivElement | null>(null);
  const findNext = (backwards: boolean): void => {
    const count = model.rows.length;
    if (count > 0) entry.grid.setCursor({ row: (entry.grid.cursor.row + (backwards ? count - 1 : 1)) % count, col: entry.grid.cursor.col });
  };
  const closeFind = (): void => { find?.onQuery(null); gridViewport.current?.focus({ preventScroll: true }); };

  // Null until the viewport is measured (use-viewport.ts): the first commit draws no rows or bars.
  const geometry: ChartGeometry | null = useMemo(() => (win ? { scale: model.scale, window: win, rowHeight, barHeight } : null), [model.scale, win, rowHeight, barHeight]);
  // Names right of a bar start after its late flag and risk marker (bar-end.ts), and after the turn
  // of an arrow leaving its end (roomAfterBarEnd).
  const exits = useMemo(() => endExits(Object.values(model.plan.links)), [model.plan.links]);
  const trailingPx = useCallback((row: GanttRow) =>
    roomAfterBarEnd(barEndMarks(0, row.isLate, markers.has(row.id)).widthPx, exits.has(row.id), row.kind === 'milestone'), [markers, exits]);
  // A name left of its bar ends before the arrows entering its start turn into their last run.
  // Read when labels are pinned (after this render), so the rows and geometry are the latest.
  const entering = useMemo(() => startEntries(model.plan.links), [model.plan.links]);
  const shown = useRef({ rows: model.rows, indexById: model.indexById, geometry });
  shown.current = { rows: model.rows, indexById: model.indexById, geometry };
  const entryTurnPx = useCallback((row: GanttRow): number | null => {
    const { rows, indexById, geometry: g } = shown.current;
    if (!g) return null;
    let turn: number | null = null;
    for (const link of entering(row.id)) {
      const from = rows[indexById.get(link.predecessorId) ?? -1];
      const x = from ? entryTurnX(link.type, barBox(g, from), barBox(g, row), g.rowHeight) : null;
      if (x !== null) turn = turn === null ? x : Math.min(turn, x);
    }
    return turn;
  }, [entering]);
  const frame: ChartFrame | null = useMemo(
    () => (win ? { rows: model.rows, window: win, scale: model.scale, rowHeight, barHeight, colourOf: model.colouring.colourOf, readOnly: props.readOnly, trailingPx, entryTurnPx } : null),
    [model.rows, win, model.scale, rowHeight, barHeight, model.colouring, props.readOnly, trailingPx, entryTurnPx],
  );
  useFrappe(frappeRef, scrollerRef, frame, props.edits);
  const edgeLabels = useEdgeLabels(scrollerRef, headerViewport, geometry, model.rows, trailingPx);

  const width = geometry ? windowWidth(geometry) : 0;
  const height = geometry ? windowHeight(geometry) : 0;
  // By the model's holiday helper, which only a calendar change replaces: not recomputed per edit.
  const { holidays: holidaysIn } = model;
  const winStart = win?.startMinutes ?? 0;
  const winEnd = win?.endMinutes ?? 0;
  const holidays = useMemo(() => holidaysIn(winStart, winEnd), [holidaysIn, winStart, winEnd]);
  // The grid's handlers stay the same across edits (its rows are memoised), so they read the
  // latest model and edits through a ref.
  const latest = useRef({ model, edits: props.edits, onCell: entry.onCell });
  latest.current = { model, edits: props.edits, onCell: entry.onCell };
  const gridHandlers = useMemo((): GridHandlers => {
    if (props.readOnly) return NOOP_EDITS;
    return {
      onToggle: toggleCollapsed,
      // Picking a task in the grid brings its bar into view, as Scroll to Task does in MS Project.
      // The grid's cursor (onCell) selects, with Shift/Ctrl for several rows; this only reveals the bar.
      onSelect: (id: TaskId) => {
        const { model: m } = latest.current;
        const row = m.rows[m.indexById.get(id) ?? -1];
        const el = scrollerRef.current;
        const left = row && el ? revealScrollLeft(m.scale, row.startMinutes, row.finishMinutes, el.scrollLeft, el.clientWidth) : null;
        if (el && left !== null) el.scrollLeft = left;
      },
      onOpen: (id: TaskId) => latest.current.edits.onOpen(id),
      onCell: (row, col, e) => latest.current.onCell(row, col, e),
    };
  }, [props.readOnly, toggleCollapsed, scrollerRef]);
  const bands = props.phaseBands ?? [];
  const style = {
    '--gl-grid-width': `${String(gridWidth)}px`, '--gl-row-height': `${String(rowHeight)}px`,
    '--gl-grid-columns': columns.template, '--gl-grid-min': `${String(columns.rowWidthPx)}px`,
    // WBS and name stay put while the grid scrolls sideways (gantt.css), as the task table's frozen columns do.
    '--gl-wbs-width': `${String(GANTT_COLUMNS[0]?.widthPx ?? 0)}px`,
    '--gl-frozen-width': `${String((GANTT_COLUMNS[0]?.widthPx ?? 0) + columns.nameWidthPx)}px`,
  } as CSSProperties;

  return (
    <div ref={surfaceRef} className={`gl-surface${props.compactGrid ? ' is-compact' : ''}${bands.length > 0 ? ' has-phase-bands' : ''}`} style={style}>
      {find && find.query !== null ? <FindBar query={find.query} matches={model.rows.length} onQuery={find.onQuery} onNext={findNext} onClose={closeFind} /> : null}
      <div className="gl-head">
        <div className="gl-grid-head" role="row" ref={gridHead}>
          {GANTT_COLUMNS.filter((c) => !props.compactGrid || c.key === 'name').map((c) => <span key={c.key} role="columnheader" className={`gl-h-${c.key}`}>{c.header}</span>)}
        </div>
        <div className="gl-head-gap" />
        <div className="gl-time-viewport" ref={headerViewport}>
          {win && <TimeHeader scale={model.scale} window={win} upperEdges={edgeLabels.upperTicks} lowerEdges={edgeLabels.lowerTicks} />}
          {bands.length > 0 && <PhaseBandStrip scale={model.scale} bands={bands} />}
        </div>
      </div>
      <div className="gl-main">
        <div className="gl-grid-viewport" ref={gridViewport} role="grid" aria-label={`${props.label} tasks`} aria-rowcount={canvasRows + 1}
          // Wide columns scroll the grid sideways; the header follows.
          onScroll={(e) => { if (gridHead.current) gridHead.current.scrollLeft = e.currentTarget.scrollLeft; }}
          tabIndex={props.readOnly ? undefined : -1} data-view-start={props.readOnly ? undefined : ''} onKeyDown={props.readOnly ? undefined : entry.grid.onKeyDown} onFocus={props.readOnly ? undefined : entry.grid.onGridFocus}
          {...(props.readOnly ? {} : entry.grid.clipboardHandlers)}>
          {!props.readOnly && <GridTypeAhead typeAhead={entry.grid.typeAhead} grid={gridViewport} label={entry.typeAheadLabel} />}
          <div ref={rowsInner}>
            {win && <GanttGrid rows={model.rows} window={win} rowHeight={rowHeight} collapsed={collapsed} selected={selected} formatDate={model.formatDate} formatDuration={model.formatDuration}
              predecessors={entry.predecessors} people={entry.people} cursor={props.readOnly ? null : entry.grid.cursor} editor={props.readOnly ? null : entry.editor}
              compact={props.compactGrid ?? false} markers={markers} hasNewRow={hasNewRow} proposed={props.readOnly ? null : proposed} {...gridHandlers} />}
          </div>
        </div>
        {!props.compactGrid && <Splitter width={gridWidth} onWidth={setDraggedPx} onDone={chooseGridWidth} min={GRID_MIN_PX} max={gridMaxPx(viewPx)} />}
        <div className="gl-scroller" ref={scrollerRef} aria-label={`${props.label} chart`} role="region" tabIndex={0}>
          <div className="gl-canvas" style={{ width: model.scale.width, height: canvasRows * rowHeight, ...canvasBackground(model, rowHeight) }}>
            {/* The frappe host stays mounted (use-frappe.ts attaches it once); the layers wait for the window. */}
            <div
              className="gl-window"
              style={geometry ? { left: windowLeft(geometry), top: geometry.window.firstRow * rowHeight, width, height } : undefined}
              onPointerMove={(e) => {
                const index = geometry ? rowAt(geometry, e.clientY - e.currentTarget.getBoundingClientRect().top) : null;
                if (index !== hoverRow) setHoverRow(index);
              }}
            >
              {geometry && <svg className="gl-underlay" width={width} height={height}>
                {bands.length > 0 && <PhaseBandLayer geometry={geometry} bands={bands} />}
                <SelectedRows geometry={geometry} indexes={selectedIndexes} />
                <DateLines geometry={geometry} todayMinutes={props.todayMinutes} statusMinutes={model.statusMinutes} holidays={holidays} />
              </svg>}
              <div className="gl-frappe" ref={frappeRef} style={{ top: -FRAPPE_HEADER_OFFSET }} />
              {geometry && <svg className="gl-overlay" width={width} height={height}>
                <SplitLayer geometry={geometry} rows={model.rows} colourOf={model.colouring.colourOf} trailingPx={trailingPx} onSplit={props.readOnly ? undefined : props.onSplit} />
                <BarLayer geometry={geometry} rows={model.rows} colourOf={model.colouring.colourOf} showBaseline={settings.baselineId !== null || model.ghostName !== null} ghostName={model.ghostName} showSlack={settings.showSlack} slackEnd={model.slackEnd} formatDate={model.formatDate} formatVariance={model.formatVariance} markers={markers} />
                <ArrowLayer geometry={geometry} rows={model.rows} indexById={model.indexById} links={model.plan.links} lagLabel={model.lagLabel} highlightCritical={settings.showCritical} violated={violated} {...(props.onEditLink ? { onEdit: props.onEditLink } : {})} />
                <MilestoneLabelLayer geometry={geometry} rows={model.rows} markers={markers} labelStarts={edgeLabels.milestoneLabelStarts} />
                {!props.readOnly && <LinkHandles geometry={geometry} rows={model.rows} hoverRow={hoverRow} onLink={props.edits.onLink} />}
              </svg>}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * What frappe-gantt does not draw, per rendered row: summary brackets, milestone diamonds (their
 * names are MilestoneLabelLayer's, drawn over the arrows),
 * baseline bars with their variance, total-slack tails, deadline markers, late flags and risk
 * markers (the last two after the bar's end, bar-end.ts). Each row's marks are memoised: an edit
 * re-renders the rows whose row object (or risk marker) changed.
 */
import { memo } from 'react';
import type { RiskMarker } from '../../domain/raid';
import { BarRiskMarker } from '../risks/RiskMarker';
import { LABEL_PAD } from './label-pin';
import { barEndMarks, LATE_FLAG_RADIUS, RISK_MARK_SIZE } from './bar-end';
import { barBox, barTop, localX, rowTop, windowLeft, type ChartGeometry } from './chart-geometry';
import type { GanttRow } from './gantt-rows';

export interface BarLayerProps {
  readonly geometry: ChartGeometry;
  readonly rows: readonly GanttRow[];
  readonly colourOf: (row: GanttRow) => string;
  readonly showBaseline: boolean;
  /** The baseline is a compared version's dates (ghost bars), named so. */
  readonly ghostName?: string | null;
  readonly showSlack: boolean;
  /** Working minutes to elapsed minutes after an instant, for slack tails on the task's calendar. */
  readonly slackEnd: (row: GanttRow) => number;
  /**
   * How far a row's finish is from its baseline's (or a compared version's), in working time on
   * the row's calendar as the task table's Finish var. says it: "+3d", "−1d", "none".
   */
  readonly formatVariance: (row: GanttRow, baselineFinishMinutes: number) => string;
  readonly formatDate: (minutes: number) => string;
  /** Risk markers by task id (use-risk-markers.ts); a marked row gets one after its bar. */
  readonly markers: ReadonlyMap<string, RiskMarker>;
}

type Formats = Pick<BarLayerProps, 'formatDate' | 'formatVariance' | 'slackEnd'>;

const Summary = memo(function Summary({ g, row }: { g: ChartGeometry; row: GanttRow }) {
  const { x1, x2 } = barBox(g, row);
  const top = rowTop(g, row.index) + barTop(g) + 2;
  const h = Math.max(5, g.barHeight * 0.35);
  const tip = h + 5;
  const d = `M${String(x1)},${String(top)} H${String(x2)} V${String(top + tip)} L${String(x2 - 6)},${String(top + h)} H${String(x1 + 6)} L${String(x1)},${String(top + tip)} Z`;
  return <path className="gl-summary-bracket" d={d} data-row={row.index} aria-hidden="true" />;
});

const Milestone = memo(function Milestone({ g, row, colour }: { g: ChartGeometry; row: GanttRow; colour: string }) {
  const x = localX(g, row.startMinutes);
  const y = rowTop(g, row.index) + g.rowHeight / 2;
  const r = g.barHeight / 2;
  const points = `${String(x)},${String(y - r)} ${String(x + r)},${String(y)} ${String(x)},${String(y + r)} ${String(x - r)},${String(y)}`;
  return <polygon className="gl-milestone-diamond" points={points} style={{ fill: colour }} data-row={row.index} aria-hidden="true" />;
});

const MilestoneLabel = memo(function MilestoneLabel({ g, row, trailingPx, labelStart }: { g: ChartGeometry; row: GanttRow; trailingPx: number; labelStart: number | undefined }) {
  const y = rowTop(g, row.index) + g.rowHeight / 2;
  // frappe's hit area for a milestone has no label; the name goes right of the diamond, like a bar's that does not fit,
  // else where use-edge-labels placed it (left of the diamond at the chart's right edge, pinned at its left edge).
  const x = localX(g, row.startMinutes);
  const r = g.barHeight / 2;
  const start = labelStart === undefined ? null : labelStart - windowLeft(g);
  // Left of the diamond the text ends there (anchored at its end, so the name's measured width cannot leave a gap or overlap).
  const isLeft = start !== null && start < x;
  const textX = isLeft ? x - r - LABEL_PAD : start ?? x + r + trailingPx + LABEL_PAD;
  return <text className="gl-milestone-label" x={textX} y={y} textAnchor={isLeft ? 'end' : undefined} data-row={row.index} aria-hidden="true">{row.name}</text>;
});

export interface MilestoneLabelLayerProps extends Pick<BarLayerProps, 'geometry' | 'rows' | 'markers'> {
  /** Where names start (chart x) that are not right of their diamonds: left of them at the chart's right edge, pinned at its left edge (use-edge-labels.ts). */
  readonly labelStarts?: ReadonlyMap<string, number>;
}

/**
 * Milestone names, drawn over the dependency arrows (after ArrowLayer) on a halo of the chart's
 * background: an arrow leaving a diamond turns down 8 px right of it, through the name written
 * there, and at Days zoom struck it through (a new user's plan, December 2026). The arrow now
 * passes behind the name, which stays readable.
 */
export const MilestoneLabelLayer = memo(function MilestoneLabelLayer({ geometry: g, rows, markers, labelStarts }: MilestoneLabelLayerProps) {
  return (
    <g className="gl-milestone-labels">
      {rows.slice(g.window.firstRow, g.window.endRow).map((row) => (row.kind === 'milestone'
        ? <MilestoneLabel key={row.id} g={g} row={row} trailingPx={barEndMarks(0, row.isLate, markers.has(row.id)).widthPx} labelStart={labelStarts?.get(row.id)} />
        : null))}
    </g>
  );
});

const Baseline = memo(function Baseline({ g, row, formatDate, formatVariance, ghostName }: { g: ChartGeometry; row: GanttRow; ghostName: string | null } & Omit<Formats, 'slackEnd'>) {
  const base = row.baseline;
  if (!base) return null;
  const x1 = localX(g, base.startMinutes);
  const x2 = Math.max(x1 + 2, localX(g, base.finishMinutes));
  const y = rowTop(g, row.index) + barTop(g) + g.barHeight + 1;
  const variance = formatVariance(row, base.finishMinutes);
  const dates = `${formatDate(base.startMinutes)} – ${formatDate(base.finishMinutes)}`;
  const title = ghostName === null
    ? `${row.name} baseline: ${dates}; finish variance ${variance}`
    : `${row.name} in ${ghostName}: ${dates}; finish ${row.finishMinutes === base.finishMinutes ? 'the same' : `${variance} now`}`;
  return (
    <rect className={ghostName === null ? 'gl-baseline' : 'gl-baseline gl-ghost'} x={x1} y={y} width={x2 - x1} height={Math.max(3, (g.rowHeight - g.barHeight) / 2 - 2)}
      data-testid={ghostName === null ? 'baseline-bar' : 'ghost-bar'} data-moved={ghostName !== null && (row.finishMinutes !== base.finishMinutes || row.startMinutes !== base.startMinutes) ? 'true' : undefined}>
      <title>{title}</title>
    </rect>
  );
});

interface DecorationsProps extends Omit<Formats, 'formatVariance'> {
  readonly g: ChartGeometry;
  readonly row: GanttRow;
  readonly showSlack: boolean;
  readonly marker: RiskMarker | undefined;
}

const Decorations = memo(function Decorations({ g, row, showSlack, slackEnd, formatDate, marker }: DecorationsProps) {
  const box = barBox(g, row);
  const ends = barEndMarks(box.x2, row.isLate, marker !== undefined);
  const top = rowTop(g, row.index);
  const items = [];
  if (showSlack && row.kind !== 'summary' && row.totalSlackMinutes > 0) {
    const end = localX(g, slackEnd(row));
    items.push(<line key="slack" className="gl-slack" x1={box.x2} x2={end} y1={box.y} y2={box.y} />);
  }
  if (row.deadlineMinutes !== null) {
    const x = localX(g, row.deadlineMinutes);
    const y = top + barTop(g) - 1;
    items.push(
      <path key="deadline" className="gl-deadline" d={`M${String(x - 5)},${String(y - 6)} H${String(x + 5)} L${String(x)},${String(y)} Z`}>
        <title>{`Deadline ${formatDate(row.deadlineMinutes)}`}</title>
      </path>,
    );
  }
  if (ends.lateCx !== null) {
    items.push(
      <g key="late" className="gl-late" aria-label={`${row.name} is late`}>
        <circle cx={ends.lateCx} cy={box.y} r={LATE_FLAG_RADIUS} />
        <text x={ends.lateCx} y={box.y}>!</text>
      </g>,
    );
  }
  if (marker && ends.riskX !== null) items.push(<BarRiskMarker key="risk" marker={marker} x={ends.riskX} y={box.y} size={RISK_MARK_SIZE} />);
  return <>{items}</>;
});

export const BarLayer = memo(function BarLayer(props: BarLayerProps) {
  const { geometry: g, rows, formatDate, formatVariance, slackEnd, markers } = props;
  const shown = rows.slice(g.window.firstRow, g.window.endRow);
  return (
    <g className="gl-bars">
      {props.showBaseline && (
        <g className="gl-baselines">
          {shown.map((row) => <Baseline key={row.id} g={g} row={row} formatDate={formatDate} formatVariance={formatVariance} ghostName={props.ghostName ?? null} />)}
        </g>
      )}
      {shown.map((row) =>
        row.kind === 'summary' ? <Summary key={row.id} g={g} row={row} /> : row.kind === 'milestone' ? <Milestone key={row.id} g={g} row={row} colour={props.colourOf(row)} /> : null,
      )}
      {shown.map((row) => <Decorations key={`d${row.id}`} g={g} row={row} showSlack={props.showSlack} slackEnd={slackEnd} formatDate={formatDate} marker={markers.get(row.id)} />)}
    </g>
  );
});

/**
 * Split tasks as MS Project draws them: one bar per piece of work, the pieces joined by a dotted
 * line through the gaps (frappe's own bar stays underneath, invisible, as the drag target). In
 * split mode each task bar also takes the split gesture: press where the work should stop and
 * drag right to where it should resume; a dashed box shows the gap while dragging.
 */
import { memo, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { TaskId } from '../../domain/model';
import { barBox, barTop, localX, rowTop, windowLeft, type ChartGeometry } from './chart-geometry';
import { LABEL_PAD } from './label-pin';
import type { GanttRow } from './gantt-rows';
import { minutesAt } from './time-scale';

const SplitBar = memo(function SplitBar({ g, row, colour, trailingPx }: { g: ChartGeometry; row: GanttRow; colour: string; trailingPx: number }) {
  const pieces = row.segments ?? [];
  const top = rowTop(g, row.index) + barTop(g);
  const middle = top + g.barHeight / 2;
  const last = pieces[pieces.length - 1];
  return (
    <g className="gl-split-bar" data-testid="split-bar" data-row={row.index} aria-label={`${row.name}: split into ${String(pieces.length)} parts`}>
      {pieces.map((p, k) => {
        const x1 = localX(g, p.startMinutes);
        const x2 = Math.max(x1 + 2, localX(g, p.finishMinutes));
        const next = pieces[k + 1];
        return (
          <g key={p.startMinutes}>
            <rect className="gl-split-piece" x={x1} y={top} width={x2 - x1} height={g.barHeight} rx={3} style={{ fill: colour }} />
            {row.progressMinutes > p.startMinutes && (
              <rect className="gl-split-progress" x={x1} y={top} width={Math.min(x2, localX(g, row.progressMinutes)) - x1} height={g.barHeight} rx={3} />
            )}
            {next && <line className="gl-split-gap" x1={x2} x2={localX(g, next.startMinutes)} y1={middle} y2={middle} />}
          </g>
        );
      })}
      {/* frappe would centre the name over the gap: it goes right of the last piece instead, past the marks after it (bar-end.ts). */}
      {last && <text className="gl-split-label" x={localX(g, last.finishMinutes) + Math.max(16, trailingPx + LABEL_PAD)} y={middle}>{row.name}</text>}
    </g>
  );
});

export interface SplitLayerProps {
  readonly geometry: ChartGeometry;
  readonly rows: readonly GanttRow[];
  readonly colourOf: (row: GanttRow) => string;
  /** Px the marks after a row's bar take (bar-end.ts): its name starts after them. */
  readonly trailingPx: (row: GanttRow) => number;
  /** Split mode: bars take the split gesture; absent = drawing only. */
  readonly onSplit?: ((id: TaskId, fromMinutes: number, toMinutes: number) => void) | undefined;
}

interface Drag { readonly row: GanttRow; readonly x0: number; readonly x: number }

const localXOf = (e: ReactPointerEvent<Element>): number => e.clientX - (e.currentTarget.closest('svg')?.getBoundingClientRect().left ?? 0);

export function SplitLayer({ geometry: g, rows, colourOf, trailingPx, onSplit }: SplitLayerProps) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const shown = rows.slice(g.window.firstRow, g.window.endRow);
  const at = (x: number): number => minutesAt(g.scale, x + windowLeft(g));
  const end = (e: ReactPointerEvent<SVGRectElement>): void => {
    if (!drag) return;
    const x = localXOf(e);
    setDrag(null);
    if (x > drag.x0) onSplit?.(drag.row.id, at(drag.x0), at(x));
  };
  return (
    <g className="gl-splits">
      {shown.map((row) => (row.segments ? <SplitBar key={row.id} g={g} row={row} colour={colourOf(row)} trailingPx={trailingPx(row)} /> : null))}
      {onSplit && shown.filter((row) => row.kind === 'task').map((row) => {
        const box = barBox(g, row);
        return (
          <rect
            key={`t${row.id}`} className="gl-split-target" role="button" aria-label={`Split ${row.name}`}
            x={box.x1} y={rowTop(g, row.index) + barTop(g)} width={Math.max(4, box.x2 - box.x1)} height={g.barHeight}
            onPointerDown={(e) => {
              e.stopPropagation();
              e.currentTarget.setPointerCapture(e.pointerId);
              const x = localXOf(e);
              setDrag({ row, x0: x, x });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, x: localXOf(e) })}
            onPointerUp={end}
            onPointerCancel={() => setDrag(null)}
          />
        );
      })}
      {drag && drag.x > drag.x0 && (
        <rect className="gl-split-preview" x={drag.x0} y={rowTop(g, drag.row.index) + barTop(g) - 2} width={drag.x - drag.x0} height={g.barHeight + 4} />
      )}
    </g>
  );
}

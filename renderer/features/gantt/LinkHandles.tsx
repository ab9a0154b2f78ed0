/**
 * Drag from one bar's start or end to another bar to link them; the ends choose the type
 * (end→start FS, start→start SS, end→end FF, start→end SF). Handles sit just outside the bar
 * ends so they never fight frappe's resize handles.
 */
import { useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { TaskId } from '../../domain/model';
import { linkTypeForEnds } from './arrow-geometry';
import { barBox, rowAt, type ChartGeometry } from './chart-geometry';
import type { GanttRow } from './gantt-rows';
import type { LinkType } from '../../domain/model';

type End = 'start' | 'finish';

export interface LinkHandlesProps {
  readonly geometry: ChartGeometry;
  readonly rows: readonly GanttRow[];
  readonly hoverRow: number | null;
  readonly onLink: (from: TaskId, to: TaskId, type: LinkType) => void;
}

interface Drag {
  readonly from: GanttRow;
  readonly end: End;
  readonly x0: number;
  readonly y0: number;
  readonly x: number;
  readonly y: number;
}

const OUTSET = 9;

function localPoint(e: ReactPointerEvent<Element>): [number, number] {
  const svg = e.currentTarget.closest('svg');
  const box = svg?.getBoundingClientRect();
  return [e.clientX - (box?.left ?? 0), e.clientY - (box?.top ?? 0)];
}

export function LinkHandles({ geometry: g, rows, hoverRow, onLink }: LinkHandlesProps) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const row = hoverRow === null ? undefined : rows[hoverRow];

  const start = (e: ReactPointerEvent<SVGCircleElement>, from: GanttRow, end: End): void => {
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    const box = barBox(g, from);
    const x0 = end === 'start' ? box.x1 - OUTSET : box.x2 + OUTSET;
    const [x, y] = localPoint(e);
    setDrag({ from, end, x0, y0: box.y, x, y });
  };
  const move = (e: ReactPointerEvent<SVGCircleElement>): void => {
    if (!drag) return;
    const [x, y] = localPoint(e);
    setDrag({ ...drag, x, y });
  };
  const finish = (e: ReactPointerEvent<SVGCircleElement>): void => {
    if (!drag) return;
    const [x, y] = localPoint(e);
    setDrag(null);
    const index = rowAt(g, y);
    const to = index === null ? undefined : rows[index];
    if (!to || to.id === drag.from.id) return;
    const box = barBox(g, to);
    const toEnd: End = Math.abs(x - box.x1) <= Math.abs(x - box.x2) ? 'start' : 'finish';
    onLink(drag.from.id, to.id, linkTypeForEnds(drag.end, toEnd));
  };

  const handle = (target: GanttRow, end: End) => {
    const box = barBox(g, target);
    const cx = end === 'start' ? box.x1 - OUTSET : box.x2 + OUTSET;
    return (
      <circle
        key={`${target.id}-${end}`}
        className="gl-link-end"
        cx={cx}
        cy={box.y}
        r={5}
        role="button"
        aria-label={`Link from ${end === 'start' ? 'start' : 'end'} of ${target.name}`}
        onPointerDown={(e) => start(e, target, end)}
        onPointerMove={move}
        onPointerUp={finish}
      />
    );
  };

  const source = drag?.from ?? (row && row.kind !== 'summary' ? row : undefined);
  return (
    <g className="gl-link-handles">
      {drag && <line className="gl-link-draft" x1={drag.x0} y1={drag.y0} x2={drag.x} y2={drag.y} />}
      {source && [handle(source, 'start'), handle(source, 'finish')]}
    </g>
  );
}

/** Dependency arrows, typed by where they attach, with lag on hover; click one to edit it. */
import { memo, useMemo } from 'react';
import type { Link, LinkId, Plan } from '../../domain/model';
import { arrowShape, type ArrowShape } from './arrow-geometry';
import { barBox, isRendered, type ChartGeometry } from './chart-geometry';
import type { GanttRow } from './gantt-rows';

export interface ArrowLayerProps {
  readonly geometry: ChartGeometry;
  readonly rows: readonly GanttRow[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly links: Plan['links'];
  readonly lagLabel: (link: Link) => string;
  readonly highlightCritical: boolean;
  /** Links an actual date breaks (the schedule's 'violated-link' warnings): drawn as broken. */
  readonly violated?: ReadonlySet<string>;
  readonly onEdit?: (id: LinkId, clientX: number, clientY: number) => void;
}

/**
 * Both ends in the rendered rows, or one: a link to a row outside the window is drawn in full
 * and clipped by the window, which reaches well past the viewport, so it reads as a line
 * leaving the screen rather than a dangling stub.
 */
function shapeFor(g: ChartGeometry, link: Link, from: GanttRow, to: GanttRow): ArrowShape | null {
  if (!isRendered(g, from.index) && !isRendered(g, to.index)) return null;
  return arrowShape(link.type, barBox(g, from), barBox(g, to), g.rowHeight);
}

/**
 * The links touching the given tasks, each once, in the plan's order: one pass over the links
 * with a set of the window's task ids. A plan-wide index by task cost a 10,000-task Gantt's first
 * mount ~10 ms before its first frame (and again on every link edit) to answer a few dozen rows.
 */
export function linksTouching(links: Plan['links'], taskIds: readonly string[]): Link[] {
  const out: Link[] = [];
  if (taskIds.length === 0) return out;
  const ids = new Set(taskIds);
  for (const link of Object.values(links)) {
    if (ids.has(link.predecessorId) || ids.has(link.successorId)) out.push(link);
  }
  return out;
}

const NO_LINKS: readonly Link[] = [];

/**
 * The links entering each task's start (FS, SS), by successor: indexed on the first question,
 * which only a name going left of its bar asks (label-pin.ts), not on every mount.
 */
export function startEntries(links: Plan['links']): (taskId: string) => readonly Link[] {
  let index: Map<string, Link[]> | null = null;
  return (taskId) => {
    if (!index) {
      index = new Map();
      for (const link of Object.values(links)) {
        if (link.type !== 'FS' && link.type !== 'SS') continue;
        const list = index.get(link.successorId);
        if (list) list.push(link);
        else index.set(link.successorId, [link]);
      }
    }
    return index.get(taskId) ?? NO_LINKS;
  };
}

/** The rendered rows' task ids as one string, so an edit that keeps them (and the links) does not scan the links again. */
function windowIdsKey(rows: readonly GanttRow[], firstRow: number, endRow: number): string {
  let key = '';
  for (let i = firstRow; i < endRow; i++) {
    const row = rows[i];
    if (row) key += (key ? '\n' : '') + row.id;
  }
  return key;
}

interface ArrowProps {
  readonly g: ChartGeometry;
  readonly link: Link;
  readonly from: GanttRow;
  readonly to: GanttRow;
  readonly label: string;
  readonly isCritical: boolean;
  readonly isViolated: boolean;
  readonly onEdit?: ((id: LinkId, clientX: number, clientY: number) => void) | undefined;
}

/** Memoised per link: an edit re-renders the arrows whose end rows (or link) changed. */
const Arrow = memo(function Arrow({ g, link, from, to, label, isCritical, isViolated, onEdit }: ArrowProps) {
  const shape = shapeFor(g, link, from, to);
  if (!shape) return null;
  return (
    <g
      className={`gl-arrow${isCritical ? ' gl-critical' : ''}${isViolated ? ' gl-violated' : ''}`}
      data-link-type={link.type}
      data-violated={isViolated ? 'true' : undefined}
      onClick={(e) => onEdit?.(link.id, e.clientX, e.clientY)}
    >
      <title>{label}</title>
      <path className="gl-arrow-hit" d={shape.hit} />
      <path className="gl-arrow-line" d={shape.d} />
      <polygon className="gl-arrow-head" points={shape.head} />
      {/* The arrow's button: a grip on the route itself, so a click on its centre lands on
          the link rather than on whatever bar lies inside the route's bounding box. */}
      <circle
        className="gl-arrow-grip"
        cx={shape.labelX}
        cy={shape.labelY}
        r={5}
        role="button"
        tabIndex={onEdit ? 0 : -1}
        aria-label={label}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            const box = e.currentTarget.getBoundingClientRect();
            onEdit?.(link.id, box.left + box.width / 2, box.top + box.height / 2);
          }
        }}
      />
    </g>
  );
});

export const ArrowLayer = memo(function ArrowLayer(props: ArrowLayerProps) {
  const { geometry: g, rows, indexById, links } = props;
  const idsKey = windowIdsKey(rows, g.window.firstRow, g.window.endRow);
  const shown = useMemo(() => linksTouching(links, idsKey ? idsKey.split('\n') : []), [links, idsKey]);
  return (
    <g className="gl-arrows">
      {shown.map((link) => {
        const from = rows[indexById.get(link.predecessorId) ?? -1];
        const to = rows[indexById.get(link.successorId) ?? -1];
        if (!from || !to) return null;
        const isViolated = props.violated?.has(link.id) === true;
        const label = `Link ${from.name} → ${to.name} (${link.type}${props.lagLabel(link)})${isViolated ? ', violated by an actual date' : ''}`;
        const isCritical = props.highlightCritical && from.isCritical && to.isCritical;
        return <Arrow key={link.id} g={g} link={link} from={from} to={to} label={label} isCritical={isCritical} isViolated={isViolated} onEdit={props.onEdit} />;
      })}
    </g>
  );
});

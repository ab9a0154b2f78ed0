/**
 * Dependency arrows drawn by Plotline (frappe-gantt only draws finish-to-start). The link type
 * shows in where the arrow attaches: FS leaves the predecessor's end and enters the successor's
 * start, SS start→start, FF end→end, SF start→end. Routes are orthogonal, as in MS Project.
 */
import type { LinkType } from '../../domain/model';

export interface BarBox {
  readonly x1: number;
  readonly x2: number;
  /** Vertical centre of the bar. */
  readonly y: number;
}

export interface ArrowShape {
  /** SVG path of the line. */
  readonly d: string;
  /** The line's corners in order (what `d` draws): where a printed tile asks whether the route crosses it. */
  readonly route: readonly (readonly [x: number, y: number])[];
  /**
   * The same route minus a few px at each bar: the click target. A full-length target would lie
   * over frappe's resize handles at the bar ends and steal their drags.
   */
  readonly hit: string;
  /** Arrowhead polygon points. */
  readonly head: string;
  /** Where a lag label or hit target sits. */
  readonly labelX: number;
  readonly labelY: number;
}

/** Horizontal run before the first and after the last turn. */
export const ARROW_GAP = 8;
/** Less than ARROW_GAP, so the trimmed first and last runs keep their direction. */
const HIT_CLEARANCE = 5;
const HEAD = 5;

interface Ends {
  readonly exitX: number;
  /** +1 leaves to the right (from an end), -1 to the left (from a start). */
  readonly exitDir: 1 | -1;
  readonly entryX: number;
  /** +1 arrives moving right (into a start), -1 moving left (into an end). */
  readonly entryDir: 1 | -1;
}

export function attachment(type: LinkType, from: BarBox, to: BarBox): Ends {
  switch (type) {
    case 'FS': return { exitX: from.x2, exitDir: 1, entryX: to.x1, entryDir: 1 };
    case 'SS': return { exitX: from.x1, exitDir: -1, entryX: to.x1, entryDir: 1 };
    case 'FF': return { exitX: from.x2, exitDir: 1, entryX: to.x2, entryDir: -1 };
    case 'SF': return { exitX: from.x1, exitDir: -1, entryX: to.x2, entryDir: -1 };
    default: {
      const never: never = type;
      return never;
    }
  }
}

function arrowHead(x: number, y: number, dir: 1 | -1): string {
  const back = x - dir * HEAD;
  return `${String(x)},${String(y)} ${String(back)},${String(y - HEAD)} ${String(back)},${String(y + HEAD)}`;
}

/**
 * The route between two bars. One vertical segment when a single x satisfies both ends'
 * clearance; otherwise an S-route that crosses over between the rows.
 */
export function arrowShape(type: LinkType, from: BarBox, to: BarBox, rowHeight: number): ArrowShape {
  const { exitX, exitDir, entryX, entryDir } = attachment(type, from, to);
  const lo = Math.max(exitDir > 0 ? exitX + ARROW_GAP : -Infinity, entryDir < 0 ? entryX + ARROW_GAP : -Infinity);
  const hi = Math.min(exitDir < 0 ? exitX - ARROW_GAP : Infinity, entryDir > 0 ? entryX - ARROW_GAP : Infinity);
  const head = arrowHead(entryX, to.y, entryDir);
  if (lo <= hi) {
    const x = exitDir > 0 ? lo : hi;
    const route = (x0: number, x1: number): string => `M${String(x0)},${String(from.y)} H${String(x)} V${String(to.y)} H${String(x1)}`;
    return {
      d: route(exitX, entryX),
      route: [[exitX, from.y], [x, from.y], [x, to.y], [entryX, to.y]],
      hit: route(exitX + exitDir * HIT_CLEARANCE, entryX - entryDir * HIT_CLEARANCE),
      head,
      labelX: x,
      labelY: (from.y + to.y) / 2,
    };
  }
  const a = exitX + exitDir * ARROW_GAP;
  const b = entryX - entryDir * ARROW_GAP;
  const midY = to.y === from.y ? from.y + rowHeight / 2 : (from.y + to.y) / 2;
  const route = (x0: number, x1: number): string =>
    `M${String(x0)},${String(from.y)} H${String(a)} V${String(midY)} H${String(b)} V${String(to.y)} H${String(x1)}`;
  return {
    d: route(exitX, entryX),
    route: [[exitX, from.y], [a, from.y], [a, midY], [b, midY], [b, to.y], [entryX, to.y]],
    hit: route(exitX + exitDir * HIT_CLEARANCE, entryX - entryDir * HIT_CLEARANCE),
    head,
    labelX: (a + b) / 2,
    labelY: midY,
  };
}

/** The link type a drag between two bar ends makes: end→start FS, start→start SS, end→end FF, start→end SF. */
export function linkTypeForEnds(fromEnd: 'start' | 'finish', toEnd: 'start' | 'finish'): LinkType {
  if (fromEnd === 'finish') return toEnd === 'start' ? 'FS' : 'FF';
  return toEnd === 'start' ? 'SS' : 'SF';
}

/**
 * Where an arrow into a bar's start turns into its last horizontal run (window-local x), or null
 * for a link that enters the bar's end (FF, SF). A name drawn left of the bar ends before it, so
 * the run does not strike through the name.
 */
export function entryTurnX(type: LinkType, from: BarBox, to: BarBox, rowHeight: number): number | null {
  if (type === 'FF' || type === 'SF') return null;
  const { route } = arrowShape(type, from, to, rowHeight);
  return route[route.length - 2]?.[0] ?? null;
}

/**
 * The tasks an arrow leaves from the end of (the predecessors of FS and FF links): the arrow runs
 * ARROW_GAP right of the bar's end and turns there, so a name written right of the bar starts
 * after that turn (roomAfterBarEnd), not through it ("Design" had its D struck through, on screen
 * and in exports).
 */
export function endExits(links: Iterable<{ readonly type: LinkType; readonly predecessorId: string }>): ReadonlySet<string> {
  const exits = new Set<string>();
  for (const link of links) if (link.type === 'FS' || link.type === 'FF') exits.add(link.predecessorId);
  return exits;
}

/**
 * The room a name right of a bar leaves after the bar's end: its marks (bar-end.ts), and at least
 * an exit arrow's run. A milestone's name is drawn over the arrows on a halo (BarLayer, the
 * export's haloedLabel), so it leaves room for its marks only.
 */
export function roomAfterBarEnd(marksPx: number, hasEndExit: boolean, isMilestone = false): number {
  return hasEndExit && !isMilestone ? Math.max(marksPx, ARROW_GAP) : marksPx;
}
